/**
 * After an edit, the section split and the line index are updated around the changed
 * stretch instead of being computed again: each must equal the from-scratch result for
 * every edit — edits that make or unmake headings, fences, comments, front matter, line
 * breaks (\r\n split and joined), at the start, the end and across sections.
 */
import { strict as assert } from 'node:assert';
import { changedRange } from '../../../server/src/core/text/change';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { splitAfterChange, splitSections } from '../../../server/src/core/parse/sections';
import { analyze, SectionCache } from '../../../server/src/core/analyze';
import { corpus, seed, CORPUS_FILES, fixture } from '../../helpers/fixtures';
import { rng } from '../../helpers/edits';

/** Insertions that change what the split and the line index see. */
const PIECES = ['x', '\n', '\r', '\r\n', '\n\n', '# ', '\n## 3. Heading\n', '```\n', '\n```\n', '<!-- ', ' -->', '---\n', '\n\n1. ', '    ', '第一条 ', '中文'];

function* randomEdits(text: string, count: number, seed0: number): Generator<string> {
  const rnd = rng(seed0);
  let current = text;
  for (let i = 0; i < count; i++) {
    // Near line starts most of the time: that is where the split decides.
    let at = Math.floor(rnd() * (current.length + 1));
    if (rnd() < 0.6) at = current.lastIndexOf('\n', at) + 1;
    const removed = rnd() < 0.3 ? Math.floor(rnd() * 40) : 0;
    const piece = rnd() < 0.2 ? '' : PIECES[Math.floor(rnd() * PIECES.length)];
    current = current.slice(0, at) + piece + current.slice(at + removed);
    yield current;
  }
}

const DOCUMENTS: [string, () => string][] = [
  ['seed', seed],
  ['front matter and fences', () => `---\ntitle: x\n---\n# A\n\n${'Para one. '.repeat(500)}\n\n\`\`\`\n# code\n\`\`\`\n\n<!-- c\n\n# hidden\n-->\n\n${'## 1. B\n\nText.\r\n\r\n'.repeat(40)}`],
  ['zh fixture', () => fixture('zh-cloud-storage-agreement.md')],
  ...CORPUS_FILES.filter((f) => /github-terms-of-service\.md|commonpaper-csa/.test(f)).map((f): [string, () => string] => [f, () => corpus(f)]),
];

describe('updating around a change', () => {
  it('changedRange finds the stretch that differs, and applying it gives the new text', () => {
    const cases: [string, string][] = [['abc', 'abc'], ['abc', 'abxc'], ['abc', 'ac'], ['', 'a'], ['a', ''], ['aaaa', 'aaaaa'], ['x'.repeat(5000), 'x'.repeat(4999) + 'y'], ['y' + 'x'.repeat(5000), 'x'.repeat(5000)]];
    for (const [before, after] of cases) {
      const change = changedRange(before, after);
      if (before === after) { assert.equal(change, undefined); continue; }
      assert.ok(change);
      assert.ok(change.start <= change.oldEnd && change.start <= change.newEnd);
      assert.equal(before.slice(0, change.start) + after.slice(change.start, change.newEnd) + before.slice(change.oldEnd), after);
    }
    assert.deepEqual(changedRange('aaaa', 'aaaaa'), { start: 4, oldEnd: 4, newEnd: 5 });
  });

  for (const [name, load] of DOCUMENTS) {
    it(`the split and the line index equal the from-scratch ones after random edits: ${name}`, () => {
      let before = load();
      let spans = splitSections(before);
      let lines = new LineIndex(before);
      let resplits = 0;
      for (const after of randomEdits(before, 150, name.length * 7919)) {
        const change = changedRange(before, after);
        if (change) {
          spans = splitAfterChange(after, spans, change);
          lines = LineIndex.afterChange(lines, after, change);
          resplits++;
        }
        assert.deepEqual(spans, splitSections(after), `split after edit ${resplits} of ${name}`);
        assert.deepEqual(lines.lineStarts, new LineIndex(after).lineStarts, `lines after edit ${resplits} of ${name}`);
        before = after;
      }
      assert.ok(resplits > 100);
    });
  }

  it('\\r and \\n typed apart and then joined make one line break', () => {
    const before = 'a\rb\nc';
    const after = 'a\r\nb\nc'; // a \n typed after the \r: one break, not two
    const lines = LineIndex.afterChange(new LineIndex(before), after, changedRange(before, after)!);
    assert.deepEqual(lines.lineStarts, [0, 3, 5]);
  });

  it('an edit re-parses one section and reuses the rest of the last version, with the same model', () => {
    const text = seed();
    const cache = new SectionCache();
    analyze(text, { cache });
    const at = text.indexOf('\n', text.length >> 1);
    const edited = text.slice(0, at) + '，增补' + text.slice(at);
    const model = analyze(edited, { cache });
    assert.equal(model.stats.parsedSections, 1);
    const fresh = analyze(edited);
    assert.equal(model.prose.toString(), fresh.prose.toString());
    assert.deepEqual(model.lines.lineStarts, fresh.lines.lineStarts);
    assert.deepEqual(model.sections.map((s) => [s.start, s.end]), fresh.sections.map((s) => [s.start, s.end]));
    // The same text again (a settings change re-analyses it): nothing is parsed.
    assert.equal(analyze(edited, { cache }).stats.parsedSections, 0);
  });
});
