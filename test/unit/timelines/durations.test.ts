import { strict as assert } from 'node:assert';
import { model } from './helpers';
import { toIso } from '../../../server/src/core/timelines';
import { offsetOf } from '../../../server/src/core/timelines/offset';

const periods = (text: string, lang?: string) => model(text, lang).durations.filter((d) => d.kind === 'period').map((d) => `${d.text}=${toIso(offsetOf(d))}`);

describe('timelines: duration extraction', () => {
  it('reads Chinese periods in digits, numerals, words-and-figures and with 个', () => {
    assert.deepEqual(periods('甲方应在7天内、3日内、24小时内、24个小时内、1个小时内付款。'), ['7天=P7D', '3日=P3D', '24小时=PT24H', '24个小时=PT24H', '1个小时=PT1H']);
    assert.deepEqual(periods('保留30个自然日，审核15个工作日，租期12个月，一年内，十五日内，三十（30）日内。'),
      ['30个自然日=P30D', '15个工作日=P15D', '12个月=P12M', '一年=P1Y', '十五日=P15D', '三十（30）日=P30D']);
  });

  it('knows qualifiers, bounds (art. 1259) and periods before an event', () => {
    const m = model('乙方应提前30天通知。服务期满前7天内续费。超过24小时的，暂停服务。72小时以内。');
    const [a, b, c, d] = m.durations;
    assert.equal(a.direction, 'before');
    assert.equal(b.direction, 'before');
    assert.equal(c.bound, 'exceeds'); assert.equal(c.inclusive, false);
    assert.equal(d.bound, 'within'); assert.equal(d.inclusive, true);
    const w = model('审核期为15个工作日，自然日按30个自然日计。').durations;
    assert.deepEqual(w.map((x) => x.dayKind), ['business', 'calendar']);
  });

  it('reads the explanation brackets and their equivalences as part of the period', () => {
    const m = model('仍可继续使用7日（7×24即168个小时），欠费15日（至暂停之时起至360（15 X24）个小时届满）。');
    const [seven, , fifteen] = m.durations;
    assert.equal(seven.text, '7日');
    assert.deepEqual(seven.equivalences.map((e) => [e.factors, e.stated]), [[[7, 24], 168]]);
    assert.equal(m.durations[1].kind, 'explanation');
    assert.equal(fifteen.text, '15日');
    assert.deepEqual(fifteen.equivalences.map((e) => [e.factors, e.stated]), [[[15, 24], 360]]);
    const same = model('自暂停之时起7日届满（自服务被暂停之日的暂停开始时刻至第7日相同时刻为期限届满）').durations[0];
    assert.equal(same.sameClock, true);
  });

  it('does not take service hours, ages, amounts, dates or rates for deadlines', () => {
    assert.deepEqual(periods('提供7×24小时服务。用户须年满18周岁。费用为100元。2026年3月1日生效，3月5日前。'), []);
    const m = model('阿里云有权对您的欠费按日承担万分之五的违约金。');
    assert.deepEqual(m.durations.filter((d) => d.kind === 'period'), []);
    assert.deepEqual(m.rates.map((r) => r.text), ['万分之五']);
    assert.deepEqual(periods('按小时收取前一小时的服务费用。'), []);
  });

  it('reads the ordinal day and immediate / vague deadlines', () => {
    const m = model('交邮后第五个自然日视为送达；阿里云有权立即停止服务，并及时通知。');
    assert.deepEqual(m.durations.map((d) => [d.text, d.kind, d.ordinal ?? false]), [['第五个自然日', 'period', true], ['立即', 'immediate', false], ['及时', 'vague', false]]);
  });

  it('reads English periods in words and figures, with qualifiers', () => {
    assert.deepEqual(periods('Pay within thirty (30) days, or 30 calendar days, or ten (10) Business Days, or within 72 hours, one (1) year, twelve (12) months.', 'en'),
      ['thirty (30) days=P30D', '30 calendar days=P30D', 'ten (10) Business Days=P10D', '72 hours=PT72H', 'one (1) year=P1Y', 'twelve (12) months=P12M']);
    const m = model('Either party may terminate on at least sixty (60) days\' prior written notice.', 'en');
    assert.equal(m.durations[0].direction, 'before');
    assert.equal(m.durations[0].bound, 'atLeast');
    assert.equal(model('ten (10) Business Days', 'en').durations[0].dayKind, 'business');
  });

  it('does not take ages, amounts, dates or section numbers for English deadlines', () => {
    assert.deepEqual(periods('You must be at least 13 years of age. The fee is 30 dollars. On 1 March 2026 under Section 30.', 'en'), []);
    const vague = model('Provider shall notify Customer promptly and without undue delay.', 'en').durations;
    assert.deepEqual(vague.map((d) => d.kind), ['vague', 'vague']);
  });
});
