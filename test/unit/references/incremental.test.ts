/**
 * References are scanned per section and memoised with the section (sectionLocal), then
 * resolved in one pass over the whole document. Whatever the edit history, the result must
 * equal a from-scratch analysis: random edit sequences with one shared SectionCache are
 * compared, reference by reference, with analyze() on the same text without a cache.
 */
import { strict as assert } from 'node:assert';
import { analyze, SectionCache } from '../../../server/src/core/analyze';
import type { DocumentModel } from '../../../server/src/core/model';
import { fixture, seed } from '../../helpers/fixtures';
// @ts-expect-error plain ESM module without types
import { generateAgreement } from '../../../bench/generate.mjs';
import { rng } from '../../helpers/edits';


/** What a reference is, as every consumer sees it. */
function shape(model: DocumentModel) {
  return model.references.map((r) => [
    r.kind, r.span.start, r.span.end, r.numberSpan.start, r.numberSpan.end, r.id, r.items.join(','), r.qualifier ?? '', r.annexNumber ?? '',
    r.status, r.base?.id ?? '', r.base?.labelSpan.start ?? -1, r.target?.id ?? '', r.target?.labelSpan.start ?? -1,
    r.targetSpan ? `${r.targetSpan.start}-${r.targetSpan.end}` : '', r.container?.labelSpan.start ?? -1,
    (r.candidates ?? []).map((c) => c.labelSpan.start).join(','), r.missingItem ?? '', r.caption?.text ?? '', r.rangeEnd ?? '',
  ].join('|'));
}

/** Groups as partitions (their numbers may differ between runs; which references share one may not). */
function groups(model: DocumentModel): string {
  const first = new Map<number, number>();
  return model.references.map((r, i) => {
    if (r.group === undefined) return '-';
    if (!first.has(r.group)) first.set(r.group, i);
    return String(first.get(r.group));
  }).join(',');
}

const SNIPPETS = [
  '第3.1条', '第二条', '第7.2条至第7.4条', '本条', '前款', '本协议第1条', '附件一第2条', '《民法典》第五条', 'Section 2(a)',
  'Sections 1 and 2', 'Section 4 of the GDPR', 'Schedule 1, paragraph 2', 'paragraph 3 of Schedule A', 'Section 2 of Schedule 1',
  '\n\n', '\n\n## 附件一 细则\n\n### 1. 范围\n\n1.1. 见第2条。\n\n', '\n\n## Schedule A Details\n\n### 1. Scope\n\nSee Section 2.\n\n',
  '\n\n### 9. 新条款\n\n', '\n\n1.1. ', '（一）', '(a) ', 'x', '、', '至',
];

function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const r = next();
  if (r < 0.45) return text.slice(0, at) + SNIPPETS[Math.floor(next() * SNIPPETS.length)] + text.slice(at);
  if (r < 0.7) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 3)));
  if (r < 0.85) return text.slice(0, at) + text.slice(Math.min(text.length, at + Math.floor(next() * 400)));
  // Move a chunk: headings and references travel between sections.
  const len = Math.floor(next() * 300);
  const chunk = text.slice(at, at + len);
  const rest = text.slice(0, at) + text.slice(at + len);
  const to = Math.floor(next() * (rest.length + 1));
  return rest.slice(0, to) + chunk + rest.slice(to);
}

describe('references: incremental = from scratch', () => {
  const documents: [string, string, number][] = [
    ['seed', seed(), 25],
    ['zh-references-planted', fixture('zh-references-planted.md'), 40],
    ['en-references-planted', fixture('en-references-planted.md'), 40],
    ['generated 100k (schedules)', generateAgreement(100 * 1024), 12],
  ];
  for (const [name, original, steps] of documents) {
    it(`random edits with a shared section cache: ${name}`, function () {
      this.timeout(120_000);
      const next = rng(name.length * 7919 + 17);
      const cache = new SectionCache();
      let text = original;
      analyze(text, { cache });
      for (let i = 0; i < steps; i++) {
        text = edit(text, next);
        const incremental = analyze(text, { cache });
        const scratch = analyze(text);
        assert.deepEqual(shape(incremental), shape(scratch), `${name}, edit ${i + 1}`);
        assert.equal(groups(incremental), groups(scratch), `${name}, edit ${i + 1}: groups`);
        assert.ok(incremental.stats.parsedSections < incremental.stats.sections || incremental.stats.sections <= 2, 'the cache is used');
      }
    });
  }

  it('an edit re-scans only the section it touched (the others keep their memo)', () => {
    const text = generateAgreement(100 * 1024);
    const cache = new SectionCache();
    const first = analyze(text, { cache });
    void first.references; // areas are computed when first read
    const at = text.indexOf('\n', Math.floor(text.length / 2)) - 5;
    const second = analyze(text.slice(0, at) + 'x' + text.slice(at), { cache });
    void second.references;
    const memoised = (m: DocumentModel) => m.sections.filter((s) => [...s.memo.keys()].some((k) => k === 'references.scan')).length;
    assert.equal(memoised(first), first.sections.length);
    // Every section has its scan; all but the edited one (and at most a neighbour whose labels changed) came from the memo.
    const reused = second.sections.filter((s) => first.sections.some((f) => f.memo === s.memo)).length;
    assert.ok(reused >= second.sections.length - 2, `${reused} of ${second.sections.length} reused`);
    assert.deepEqual(shape(second), shape(analyze(text.slice(0, at) + 'x' + text.slice(at))));
  });
});
