import { strict as assert } from 'node:assert';
import { analyze, SectionCache } from '../../../server/src/core/analyze';
import { splitSections } from '../../../server/src/core/parse/sections';
import type { DocumentModel } from '../../../server/src/core/model';
import { corpus, seed, CORPUS_FILES, fixture } from '../../helpers/fixtures';

/** What must not depend on how the text was split: every clause, where it is, what it is. */
function shape(model: DocumentModel) {
  return {
    prose: model.prose.toString(),
    clauses: model.clauses.map((c) => [c.id, c.labelText, c.title, c.span.start, c.span.end, c.parent?.key, c.part.title]),
    containers: model.containers.map((c) => [c.title, c.span.start, c.span.end]),
  };
}

describe('sectioned parsing', () => {
  const documents: [string, string][] = [['seed', seed()], ...CORPUS_FILES.map((f): [string, string] => [f, corpus(f)]), ['fixture', fixture('zh-cloud-storage-agreement.md')]];

  for (const [name, text] of documents) {
    it(`gives the same model as parsing the whole document: ${name}`, () => {
      const sectioned = analyze(text);
      if (name === 'seed' || name.startsWith('民法典')) assert.ok(sectioned.stats.sections > 10, `${name} is split (${sectioned.stats.sections} sections)`);
      assert.deepEqual(shape(sectioned), shape(analyze(text, { wholeDocument: true })));
    });
  }

  it('never starts a section with "---" (it would open front matter there)', () => {
    const text = '# A\n\n' + 'Long paragraph. '.repeat(300) + '\n\n---\n\nAfter the rule.\n';
    const starts = splitSections(text).map((s) => s.start);
    assert.ok(!starts.includes(text.indexOf('---')), 'a section starts at ---');
    assert.deepEqual(shape(analyze(text)), shape(analyze(text, { wholeDocument: true })));
  });

  it('never splits inside a fenced code block or an HTML comment', () => {
    const text = '# A\n\n```\n# not a heading\n\nx\n```\n\n<!-- note\n\n# hidden\n-->\n\n# B\n';
    const starts = splitSections(text).map((s) => s.start);
    assert.deepEqual(starts, [0, text.indexOf('# B')]);
  });

  it('re-parses only the section an edit touched', () => {
    const text = seed();
    const cache = new SectionCache();
    const first = analyze(text, { cache });
    const at = text.indexOf('7.2. 您应保证');
    const edited = text.slice(0, at) + '7.2. 您必须保证' + text.slice(at + '7.2. 您应保证'.length);
    const second = analyze(edited, { cache });
    assert.equal(first.stats.parsedSections, first.stats.sections);
    assert.equal(second.stats.parsedSections, 1);
    assert.deepEqual(shape(second), shape(analyze(edited)));
  });
});
