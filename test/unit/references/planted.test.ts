/** Planted broken, ambiguous, caption-mismatched, self and link problems: reported exactly (code and line). */
import { strict as assert } from 'node:assert';
import { lint } from '../../../server/src/core/lint';
import { fixture, lineOf } from '../../helpers/fixtures';

const OURS = /^(ref-|link-)/;
function reported(name: string): string[] {
  const { findings, model } = lint(fixture(name));
  return findings.filter((f) => OURS.test(f.code)).map((f) => `${f.code}@${model.lines.positionAt(f.span.start).line + 1}`);
}

describe('references: planted problems', () => {
  it('Chinese fixture', () => {
    const text = fixture('zh-references-planted.md');
    const L = (needle: string) => lineOf(text, needle);
    assert.deepEqual(reported('zh-references-planted.md'), [
      `ref-self@${L('您未按本协议第2.2条付款')}`,
      `ref-unresolved@${L('依照第2.5条处理')}`,
      `ref-caption-mismatch@${L('第1条（保密条款）')}`,
      `ref-unresolved@${L('按照第九条的约定')}`,
      `ref-ambiguous@${L('本协议第4.2条另有约定')}`,
      `link-placeholder@${L('《[服务使用规则](#)》')}`,
      `link-broken@${L('[服务说明](#)')}`,
      `link-broken@${L('[附录](#not-there)')}`,
    ]);
  });

  it('Chinese fixture: messages are in Chinese and name the target', () => {
    const { findings } = lint(fixture('zh-references-planted.md'));
    const caption = findings.find((f) => f.code === 'ref-caption-mismatch')!;
    assert.match(caption.message, /定义与适用范围/);
    assert.equal(caption.fixes?.[0].edits[0].newText, '定义与适用范围');
    const ambiguous = findings.find((f) => f.code === 'ref-ambiguous')!;
    assert.equal(ambiguous.related?.length, 2);
  });

  it('Chinese fixture: 本部分第1.2条 in 专用条款 goes to 专用条款 1.2, not 通用条款 1.2', () => {
    const { model } = lint(fixture('zh-references-planted.md'));
    const r = model.references.find((x) => model.text.slice(x.span.start - 3, x.span.end) === '本部分第1.2条')!;
    assert.equal(r.status, 'resolved');
    assert.equal(r.base?.part.title, '专用条款');
    assert.equal(model.lines.positionAt(r.base!.labelSpan.start).line + 1, lineOf(model.text, '1.2. 本部分第1.1条'));
    const qian = model.references.find((x) => x.relative === '前条')!;
    assert.equal(qian.target?.id, '3.1');
  });

  it('English fixture', () => {
    const text = fixture('en-references-planted.md');
    const L = (needle: string) => lineOf(text, needle);
    assert.deepEqual(reported('en-references-planted.md'), [
      `ref-unresolved@${L('the remedies of Section 3.2(d)')}`,
      `ref-caption-mismatch@${L('Section 5 (Confidentiality)')}`,
      `ref-unresolved@${L('provided in Section 12')}`,
      `ref-ambiguous@${L('The cap in Section 6.1')}`,
      `ref-unresolved@${L('breaches of Section 4.7')}`,
      `ref-self@${L('this Section 4 applies to any suspension')}`,
      `ref-self@${L('governed by Section 7.2')}`,
      `link-broken@${L('[Order Form](#order-form)')}`,
      `link-broken@${L('[support page](#)')}`,
    ]);
  });

  it('English fixture: messages are in English; the caption fix uses the target title', () => {
    const { findings } = lint(fixture('en-references-planted.md'));
    const caption = findings.find((f) => f.code === 'ref-caption-mismatch')!;
    assert.match(caption.message, /Term and Termination/);
    assert.equal(caption.fixes?.[0].edits[0].newText, 'Term and Termination');
    assert.match(findings.find((f) => f.code === 'ref-unresolved')!.message, /has no item \(d\)/);
  });
});
