import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/core/analyze';
import type { Reference } from '../../../server/src/core/references/types';

const refs = (text: string): Reference[] => analyze(text).references;
const shown = (text: string) => refs(text).map((r) => ({ text: text.slice(r.span.start, r.span.end), id: r.id, items: r.items, status: r.status, number: text.slice(r.numberSpan.start, r.numberSpan.end) }));

describe('references: extraction', () => {
  it('reads Chinese article references in every numeral form', () => {
    const text = '依照第7.2条、第九条和第四百六十三条，以及本协议第3.2条处理。';
    const got = refs(text);
    assert.deepEqual(got.map((r) => r.id), ['7.2', '9', '463', '3.2']);
    assert.deepEqual(got.map((r) => r.numeral), ['arabic', 'chinese', 'chinese', 'arabic']);
    assert.equal(text.slice(got[1].numberSpan.start, got[1].numberSpan.end), '九');
    assert.equal(got[3].qualifier, 'document');
    assert.equal(got[0].group, got[2].group, '第7.2条、第九条和第四百六十三条 is one list');
  });

  it('reads 款 and 项, ranges, lists and continuations', () => {
    const got = refs('本法第五百一十条第二款第一项；第7.2条至第7.4条；第3.1条、3.2条。');
    assert.equal(got[0].id, '510');
    assert.equal(got[0].paragraph, 2);
    assert.equal(got[0].item, 1);
    assert.equal(got[0].qualifier, 'instrument');
    assert.deepEqual(got.slice(1, 3).map((r) => [r.id, r.rangeEnd]), [['7.2', 'start'], ['7.4', 'end']]);
    assert.deepEqual(got.slice(3).map((r) => r.id), ['3.1', '3.2']);
  });

  it('reads relative references but not 本条款', () => {
    const got = refs('本条款中“服务”指存储服务。本条、前款、前两款、前条均适用。');
    assert.deepEqual(got.map((r) => r.relative), ['本条', '前款', '前两款', '前条']);
  });

  it('marks other instruments external', () => {
    const got = refs('依照《网络安全法》第二十一条和民法典第五百条处理。');
    assert.deepEqual(got.map((r) => [r.id, r.qualifier]), [['21', 'external'], ['500', 'external']]);
  });

  it('reads English references with items, lists, ranges and captions', () => {
    const text = 'See Section 8.1(a), Sections 4, 5.1 and 6.3, Sections 16.2 or 16.3, Sections D.4 — D.7, Clause 14(e), subsection 6b, § 4.2 and Section 10 (Confidentiality).';
    const got = refs(text);
    assert.deepEqual(got.map((r) => r.id), ['8.1', '4', '5.1', '6.3', '16.2', '16.3', 'D.4', 'D.7', '14', '6', '4.2', '10']);
    assert.deepEqual(got[0].items, ['a']);
    assert.deepEqual(got[8].items, ['e']);
    assert.deepEqual(got[9].items, ['b']);
    assert.deepEqual([got[6].rangeEnd, got[7].rangeEnd], ['start', 'end']);
    assert.equal(got[11].caption?.text, 'Confidentiality');
  });

  it('is case-insensitive and marks "this Section"', () => {
    const got = refs('The obligations of this Section 4 and section D.8 apply.');
    assert.deepEqual(got.map((r) => [r.id, !!r.thisForm]), [['4', true], ['D.8', false]]);
  });

  it('marks other instruments external in English, and amounts are not references', () => {
    const got = refs('Article 28(3)(h) of the GDPR, FAR section 12.212, Section 3.2 of this DPA; pay 30 days, version 1.2, age 13.');
    assert.deepEqual(got.map((r) => [r.id, r.qualifier]), [['28', 'external'], ['12.212', 'external'], ['3.2', 'document']]);
  });

  it('does not take clause labels for references', () => {
    const got = refs('## Section 1 -- Definitions\n\n第一条 本协议适用于存储服务。\n');
    assert.equal(got.length, 0);
  });

  it('stays linear on hostile input', function () {
    this.timeout(10000);
    for (const unit of ['第第第', 'Section Section ', '本条本条', 'Sections 1, ', '第1条至', '§§ ', '第 D.4-', '(a)(b)(c)', '《》第一条']) {
      const text = unit.repeat(100000 / unit.length | 0);
      const started = performance.now();
      analyze(text);
      const ms = performance.now() - started;
      assert.ok(ms < 3000, `${JSON.stringify(unit)} x ${text.length / unit.length | 0} took ${ms.toFixed(0)} ms`);
    }
    // 45,000 relative references inside one article: its paragraphs are counted once, not per reference.
    const article = `第一条 本法适用于合同。\n\n${'前款前款前款\n\n'.repeat(15000)}`;
    const started = performance.now();
    analyze(article);
    assert.ok(performance.now() - started < 4000);
  });

  it('reports what it read', () => {
    assert.deepEqual(shown('见第 B(5) 节和本 H 节。').map((r) => [r.id, r.items, r.number]), [['B', ['5'], 'B'], ['H', [], 'H']]);
  });
});
