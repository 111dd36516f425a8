/** Cross-references on the real corpus: targets checked by hand, and nothing reported. */
import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/core/analyze';
import { lint } from '../../../server/src/core/lint';
import type { DocumentModel } from '../../../server/src/core/model';
import type { Reference } from '../../../server/src/core/references/types';
import { CORPUS_FILES, corpus, seed, lineOf } from '../../helpers/fixtures';

const models = new Map<string, DocumentModel>();
function model(name: string): DocumentModel {
  let m = models.get(name);
  if (!m) models.set(name, (m = analyze(corpus(name))));
  return m;
}
const line = (m: DocumentModel, offset: number) => m.lines.positionAt(offset).line + 1;
const text = (m: DocumentModel, r: Reference) => m.text.slice(r.span.start, r.span.end);
/** The references whose text starts with `start`, on the line of `needle`. */
function at(m: DocumentModel, needle: string, start: string): Reference[] {
  const l = lineOf(m.text, needle);
  return m.references.filter((r) => line(m, r.span.start) === l && text(m, r).startsWith(start));
}

describe('references: corpus', () => {
  it('民法典: 本法第五百一十条 resolves in the file, 本法第一百四十二条 is external', () => {
    const m = model('民法典-合同编.md');
    const in510 = m.references.filter((r) => r.id === '510');
    assert.ok(in510.length >= 20);
    for (const r of in510) { assert.equal(r.status, 'resolved'); assert.equal(r.base?.labelText, '第五百一十条'); }
    const external = m.references.filter((r) => r.status === 'external').map((r) => r.id).sort();
    assert.deepEqual(external, ['137', '137', '141', '141', '142']);
  });

  it('民法典: 第六百零三条第二款第一项 goes to item (一) of the second paragraph', () => {
    const m = model('民法典-合同编.md');
    const [r] = at(m, '依据本法第六百零三条第二款第一项', '第六百零三条第二款第一项');
    assert.equal(r.status, 'resolved');
    assert.equal(r.target?.id, '603(1)');
    assert.ok(m.text.slice(r.target!.span.start, r.target!.span.end).startsWith('（一）标的物需要运输的'));
    const [item4] = at(m, '第五百一十一条第四项', '第五百一十一条第四项');
    assert.equal(item4.target?.id, '511(4)');
  });

  it('民法典: 前款 is the previous paragraph, 前条 the previous article', () => {
    const m = model('民法典-合同编.md');
    const relative = m.references.filter((r) => r.kind === 'relative');
    assert.ok(relative.every((r) => r.status === 'resolved'));
    assert.equal(relative.filter((r) => r.relative === '前款').length, 20);
    assert.equal(relative.filter((r) => r.relative === '前条').length, 7);
    for (const r of relative.filter((x) => x.relative === '前条')) {
      assert.equal(r.target!.ordinal, r.container!.ordinal - 1, `前条 on line ${line(m, r.span.start)}`);
    }
    for (const r of relative.filter((x) => x.relative === '前款')) {
      // The paragraph before the one the reference stands in, within the same article.
      assert.ok(r.targetSpan!.end < r.span.start && r.targetSpan!.start >= r.container!.span.start);
    }
    const [first] = at(m, '前款规定的', '前款');
    assert.equal(first.status, 'resolved');
  });

  it('secret scanning: Section 2.2(b), Sections 16.2 or 16.3, this Section 6', () => {
    const m = model('github-secret-scanning-partner-program-agreement.md');
    const [b] = m.references.filter((r) => text(m, r) === 'Section 2.2(b)');
    assert.equal(b.target?.id, '2.2(b)');
    assert.equal(b.target?.title, 'Open-Source Distribution');
    const or = at(m, 'Sections 16.2 or 16.3', 'Section').concat(at(m, 'Sections 16.2 or 16.3', '16.3'));
    assert.deepEqual(or.map((r) => [r.target?.id, r.target?.title]), [['16.2', m.clauses.find((c) => c.id === '16.2')!.title], ['16.3', 'Termination for Cause']]);
    const self = m.references.filter((r) => r.thisForm);
    assert.ok(self.length >= 1);
    for (const r of self) assert.ok(r.container && r.base && r.container.span.start >= r.base.span.start && r.container.span.end <= r.base.span.end);
  });

  it('commonpaper CSA: Section 8.1(a) and "Section 10 (Confidentiality)"', () => {
    const m = model('commonpaper-csa.md');
    const a = m.references.find((r) => text(m, r) === 'Section 8.1(a)')!;
    assert.equal(a.target?.id, '8.1(a)');
    assert.equal(a.target?.parent && (a.target.parent as { title: string }).title, 'Liability Caps');
    const conf = m.references.filter((r) => text(m, r) === 'Section 10 (Confidentiality)');
    assert.ok(conf.length >= 4);
    for (const r of conf) { assert.equal(r.base?.id, '10'); assert.equal(r.base?.title, 'Confidentiality'); assert.equal(r.caption?.text, 'Confidentiality'); }
    const far = m.references.filter((r) => r.id === '12.212');
    assert.deepEqual(far.map((r) => r.status), ['external']);
  });

  it('GitHub terms: Sections D.4 — D.7 is a range of two resolved ends; Section B(5) and this Section H', () => {
    for (const name of ['github-terms-of-service.md', 'github-terms-of-service.zh-CN.md']) {
      const m = model(name);
      const d4 = m.references.filter((r) => r.id === 'D.4');
      const d7 = m.references.filter((r) => r.id === 'D.7');
      assert.ok(d4.length >= 3 && d7.length === 2, name);
      for (const r of d7) { assert.equal(r.rangeEnd, 'end'); assert.equal(r.status, 'resolved'); assert.equal(r.base?.id, 'D.7'); }
      const b5 = m.references.find((r) => r.id === 'B')!;
      assert.equal(b5.target?.id, 'B.5');
      const h = m.references.find((r) => r.id === 'H')!;
      assert.equal(h.base?.id, 'H');
      assert.equal(h.thisForm, true);
    }
    const m = model('github-terms-of-service.md');
    assert.equal(m.references.find((r) => r.id === 'D.7')!.base!.title, 'Moral Rights');
  });

  it('DPA 2023: EU clauses resolve in their part, GDPR articles are external, HTML-list sections are not judged', () => {
    const m = model('github-data-protection-agreement-2023.md');
    const c81b = m.references.find((r) => text(m, r) === 'Clause 8.1(b)')!;
    assert.equal(c81b.base?.id, '8.1');
    assert.equal(c81b.base?.part.index, 0);
    assert.ok(m.references.filter((r) => /^Article 28\(3\)\(h\)/.test(text(m, r))).every((r) => r.status === 'external'));
    assert.ok(m.references.filter((r) => r.id === '2' && r.keyword === 'section').every((r) => r.status === 'unknown'));
  });

  for (const name of CORPUS_FILES) {
    it(`${name}: no reference or link is reported, and none is unresolved`, () => {
      const { findings, model: m } = lint(corpus(name));
      const reported = findings.filter((f) => /^(ref-|link-broken)/.test(f.code));
      assert.deepEqual(reported.map((f) => `${f.code} ${line(m, f.span.start)} ${f.message}`), []);
      assert.deepEqual(m.references.filter((r) => r.status === 'unresolved' || r.status === 'ambiguous' || r.missingItem).map((r) => `${line(m, r.span.start)} ${text(m, r)}`), []);
    });
  }

  it('the seed: no reference or link is reported; 本条 resolves, 本条款 is not a reference', () => {
    const { findings, model: m } = lint(seed());
    assert.deepEqual(findings.filter((f) => /^(ref-|link-broken)/.test(f.code)).map((f) => f.message), []);
    assert.ok(m.references.every((r) => r.status === 'resolved' || r.status === 'external'));
    assert.ok(m.references.every((r) => m.text.slice(r.span.start, r.span.end + 1) !== '本条款'));
  });
});
