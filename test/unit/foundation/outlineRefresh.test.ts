/**
 * The outline of a new version is the last one refreshed in place when the edit changed no
 * structure (parse/outlineRefresh.ts): it must equal an outline built afresh, whatever the
 * edit, and it must keep the clause objects when it can.
 */
import { strict as assert } from 'node:assert';
import { analyze, SectionCache } from '../../../server/src/core/analyze';
import { outlineRefreshes } from '../../../server/src/core/parse/outlineRefresh';
import { numberingSequences } from '../../../server/src/core/rules/sequences';
import { buildIndex } from '../../../server/src/core/references/resolve';
import type { Clause, DocumentModel, OutlineNode } from '../../../server/src/core/model';
import { corpus, CORPUS_FILES, fixture, seed } from '../../helpers/fixtures';
import { randomEdit, rng } from '../../helpers/edits';
// @ts-expect-error plain ESM module without types
import { generateAgreement } from '../../../bench/generate.mjs';

/** Everything the outline says, node by node in document order, as plain data. */
function outlineData(model: DocumentModel): unknown[] {
  const rows: unknown[] = [];
  const visit = (node: OutlineNode) => {
    const c = node as Partial<Clause>;
    rows.push([node.kind, node.key, node.parent?.key, node.title, node.headingLevel, [node.span.start, node.span.end], [node.headSpan.start, node.headSpan.end],
      c.labelSpan && [c.labelSpan.start, c.labelSpan.end], c.bodySpan && [c.bodySpan.start, c.bodySpan.end],
      c.id, c.labelText, c.label?.raw, c.label?.style, c.part?.index, c.part?.title, node.children.map((child) => child.key)]);
    node.children.forEach(visit);
  };
  visit(model.root);
  rows.push(model.parts.map((p) => [p.index, p.title, p.node.key]), model.clauses.map((c) => c.key), model.containers.map((c) => c.key));
  return rows;
}

/** Edits that keep the structure (body text) and edits that change it (labels, headings, list markers, blank lines). */
const INSERTS = ['x', '，', '款', ' ', '\n', '\n\n', '1', '.', '# ', '## ', '3.2 ', '(a) ', '(i) ', '第五条 ', '（一）', '一、', '1. ', '- ', 'Section 2 ', '🙂'];


describe('outline refreshed in place', () => {
  const documents: [string, string, number][] = [
    ['fixture zh', fixture('zh-cloud-storage-agreement.md'), 60],
    ['fixture en numbering', fixture('en-numbering-planted.md'), 60],
    ['fixture zh numbering', fixture('zh-numbering-planted.md'), 60],
    ['generated', generateAgreement(40 * 1024, 5), 60],
    ['seed', seed(), 30],
    ...CORPUS_FILES.map((f): [string, string, number] => [`corpus ${f}`, corpus(f), 15]),
  ];

  for (const [name, original, count] of documents) {
    it(`equals an outline built afresh after random edits: ${name}`, () => {
      const random = rng(name.length * 7919);
      const cache = new SectionCache();
      let text = original;
      analyze(text, { cache });
      const before = outlineRefreshes.count;
      for (let i = 0; i < count; i++) {
        text = randomEdit(text, random, INSERTS);
        const incremental = analyze(text, { cache, uri: 'file:///a.md' });
        assert.deepEqual(outlineData(incremental), outlineData(analyze(text, { uri: 'file:///a.md' })), `${name}: edit ${i + 1}`);
      }
      // Both ways were taken: some edits kept the structure, some changed it.
      const refreshed = outlineRefreshes.count - before;
      assert.ok(refreshed > 0 && refreshed < count, `${name}: ${refreshed} of ${count} outlines refreshed`);
    });
  }

  it('equals a fresh outline in plain text, where indentation nests the clauses', () => {
    const text0 = 'SERVICES AGREEMENT\n\n1. Scope.\n   a. first item\n   b. second item\n      i. sub item\n2. Fees.\n   a. due in thirty days\n';
    const random = rng(11);
    const cache = new SectionCache();
    let text = text0;
    analyze(text, { cache, format: 'text' });
    for (let i = 0; i < 60; i++) {
      text = randomEdit(text, random, INSERTS);
      assert.deepEqual(outlineData(analyze(text, { cache, format: 'text' })), outlineData(analyze(text, { format: 'text' })), `edit ${i + 1}`);
    }
  });

  it('keeps the clause objects when an edit changes no structure, and moves the ones after it', () => {
    const text = fixture('zh-cloud-storage-agreement.md');
    const cache = new SectionCache();
    const first = analyze(text, { cache });
    const spans = first.clauses.map((c) => [c.span.start, c.headSpan.start]);
    const at = text.indexOf('\n', Math.floor(text.length / 3));
    const second = analyze(text.slice(0, at) + '补充' + text.slice(at), { cache });
    assert.equal(second.clauses.length, first.clauses.length);
    assert.ok(second.clauses.every((c, i) => c === first.clauses[i]), 'the same clause objects');
    assert.ok(second.root === first.root);
    const moved = second.clauses.filter((c, i) => c.headSpan.start === spans[i][1] + 2 && spans[i][1] > at).length;
    assert.equal(moved, spans.filter(([, head]) => head > at).length, 'every clause after the edit moved by its length');
    // A new paragraph before a section's clauses moves their block indexes, not their places.
    const heading = second.containers[2].headSpan.end;
    const withParagraph = second.text.slice(0, heading) + '\n\n新增的一段说明。' + second.text.slice(heading);
    const third = analyze(withParagraph, { cache });
    assert.ok(third.clauses.every((c, i) => c === first.clauses[i]), 'the same clause objects after a new paragraph');
    assert.deepEqual(outlineData(third), outlineData(analyze(withParagraph)));
  });

  it('keeps what is read from the structure alone (numbering sequences, the clause ids of the reference index) while the outline is refreshed', () => {
    const text = fixture('zh-cloud-storage-agreement.md');
    const cache = new SectionCache();
    const first = analyze(text, { cache });
    const at = text.indexOf('\n', Math.floor(text.length / 2));
    const second = analyze(text.slice(0, at) + '补充' + text.slice(at), { cache });
    assert.equal(numberingSequences(second), numberingSequences(first));
    assert.equal(buildIndex(second).byId, buildIndex(first).byId);
    const label = second.clauses[3].labelSpan;
    const third = analyze(second.text.slice(0, label.start) + '9' + second.text.slice(label.start), { cache });
    assert.notEqual(numberingSequences(third), numberingSequences(first));
    assert.notEqual(buildIndex(third).byId, buildIndex(first).byId);
  });

  it('builds afresh when an edit changes a label, and gives the new ids', () => {
    const text = '# Agreement\n\n## 1. Scope\n\n1.1 First.\n\n1.2 Second.\n\n## 2. Fees\n';
    const cache = new SectionCache();
    const first = analyze(text, { cache });
    const second = analyze(text.replace('1.2 Second', '1.3 Second'), { cache });
    assert.deepEqual(second.clauses.map((c) => c.id), ['1', '1.1', '1.3', '2']);
    assert.notEqual(second.clauses[0], first.clauses[0]);
  });
});
