/**
 * The plain-text fast path of parseSection answers exactly what remark answers, wherever
 * it answers: on every section of the seed, the corpus, the fixtures and a generated
 * agreement, and on random texts built from the characters where Markdown is subtle.
 */
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { parsePlainSection } from '../../../server/src/core/parse/plain';
import { parseSection, parseWithRemark, type SectionParse } from '../../../server/src/core/parse/markdown';
import { splitSections } from '../../../server/src/core/parse/sections';
import { CORPUS_FILES, corpus, fixture, FIXTURES, seed } from '../../helpers/fixtures';
// @ts-expect-error plain ESM module without types
import { generateAgreement, SIZES } from '../../../bench/generate.mjs';

function sectionsOf(text: string): string[] {
  return splitSections(text).map((s) => text.slice(s.start, s.end));
}

/** A parse as plain data: absent and undefined fields alike, masks in order. */
function normal(p: SectionParse): unknown {
  const data = JSON.parse(JSON.stringify({ ...p, memo: undefined }));
  data.masks.sort((a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1]);
  return data;
}

describe('parse: the plain-text fast path', () => {
  it('a section parsed paragraph by paragraph (fast path where it can) equals remark on the whole section', () => {
    const docs = [seed(), ...CORPUS_FILES.map(corpus), ...readdirSync(FIXTURES).filter((f) => /\.(md|txt)$/.test(f)).map(fixture), generateAgreement(SIZES['100k'])];
    let sections = 0;
    for (const text of docs) {
      for (const section of sectionsOf(text)) {
        sections++;
        assert.deepStrictEqual(normal(parseSection(section)), normal(parseWithRemark(section)), JSON.stringify(section.slice(0, 80)));
      }
    }
    assert.ok(sections > 500);
  });

  it('equals remark on every section it takes, and takes hundreds of them', () => {
    const docs: [string, string][] = [
      ['seed', seed()],
      ...CORPUS_FILES.map((f): [string, string] => [f, corpus(f)]),
      ...readdirSync(FIXTURES).filter((f) => /\.(md|txt)$/.test(f)).map((f): [string, string] => [f, fixture(f)]),
      ['generated-100k', generateAgreement(SIZES['100k'])],
    ];
    let taken = 0, takenChars = 0, total = 0, totalChars = 0;
    for (const [name, text] of docs) {
      for (const section of sectionsOf(text)) {
        total++; totalChars += section.length;
        const fast = parsePlainSection(section);
        if (!fast) continue;
        taken++; takenChars += section.length;
        assert.deepStrictEqual(fast, parseWithRemark(section), `${name}: ${JSON.stringify(section.slice(0, 80))}`);
      }
    }
    console.log(`      fast path: ${taken} of ${total} sections, ${(100 * takenChars / totalChars).toFixed(0)}% of the characters`);
    assert.ok(taken > 200, `only ${taken} sections took the fast path`);
  });

  it('equals remark on random texts built from the subtle characters', () => {
    const pieces = ['# ', '## ', '####### ', '#', 'a', 'Clause', '第一条', '1.', '1. ', '2)', '3.2', '（一）', '(a)', ' ', '  ', '\u3000', '\u00a0',
      '\n', '\n\n', '=', '==', '-', '--- ', '+', '>', '*', '_', '`', '~', '[', ']', '<', '&', '\\', '|', 'www.x', 'http:', 'a@b', ':', '.', '。',
      '😀', '\u200b', '\r\n', '\t', '\0'];
    let answered = 0;
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      const fast = parsePlainSection(text);
      if (!fast) return;
      answered++;
      assert.deepStrictEqual(fast, parseWithRemark(text), JSON.stringify(text));
    }), { numRuns: 20_000, seed: 8 });
    assert.ok(answered > 1000, `the fast path answered only ${answered} random texts`);
  });

  it('equals remark on random lists: nesting, indentation, blank lines, numbering, bullets, lazy lines', () => {
    // Lines of items at the indentations remark nests by (and a few it does not), with the
    // texts and separators where lists are subtle: a list interrupting a paragraph, "10."
    // widening the item's text column, "-" and "1." lists meeting, lazy continuation, a
    // marker inside an item's text.
    const item = (indents: string[], numbers: string[], markers: string[], texts: string[]) =>
      fc.tuple(fc.constantFrom(...indents), fc.constantFrom(...numbers), fc.constantFrom(...markers), fc.constantFrom(...texts)).map((p) => p.join(''));
    const line = fc.oneof(
      { weight: 12, arbitrary: item(['', '   ', '      ', '    '], ['1', '1', '2', '3', '10', '01', '0', '123456789'], ['. '], ['Text.', '第一条 内容', 'x']) },
      { weight: 6, arbitrary: item(['', '  ', '   ', '     '], ['-'], [' '], ['Text.', '“术语”是指', 'x']) },
      { weight: 1, arbitrary: item(['', '  '], ['-', '+'], ['', '  ', ' - ', ' -'], ['x', '- y', '1. z']) },
      { weight: 3, arbitrary: fc.constantFrom('', '', 'Paragraph text.') },
      { weight: 1, arbitrary: item([' ', '  ', '       ', '         '], ['9', '11', '01', '0', '123456789'], ['.', ') ', '.  '], ['2. y', '# h', '- b', '> q', 'a\u00a0b', '  two']) },
      { weight: 1, arbitrary: fc.constantFrom('   continued', '# Heading', '---', '===', 'lazy') },
    );
    // …and lists that nest by the rules, with a step now and then off them.
    const step = fc.record({
      move: fc.constantFrom(0, 0, 1, 1, -1, -2), marker: fc.constantFrom('1.', '1.', '2.', '7.', '10.', '-', '-'), text: fc.oneof({ weight: 12, arbitrary: fc.constantFrom('Text.', '第一条 内容', 'x') }, { weight: 1, arbitrary: fc.constant('2. y') }),
      before: fc.oneof({ weight: 12, arbitrary: fc.constantFrom('', '', '', '\n', '\n\n', '\nParagraph text.\n\n') }, { weight: 1, arbitrary: fc.constant('lazy\n') }),
      jitter: fc.oneof({ weight: 12, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(1, -1) }),
    });
    const nested = fc.array(step, { minLength: 1, maxLength: 10 }).map((steps) => {
      const columns: number[] = [];
      let out = '';
      for (const { move, marker, text, before, jitter } of steps) {
        const depth = Math.max(0, Math.min(columns.length, columns.length - 1 + move));
        const indent = Math.max(0, (depth ? columns[depth - 1] : 0) + jitter);
        columns.length = depth;
        columns.push(indent + marker.length + 1);
        out += `${before}${' '.repeat(indent)}${marker} ${text}\n`;
      }
      return out.slice(0, -1);
    });
    let answered = 0, lists = 0, bullets = 0;
    fc.assert(fc.property(fc.oneof(fc.array(line, { minLength: 1, maxLength: 8 }).map((lines) => lines.join('\n')), nested), (text) => {
      const fast = parsePlainSection(text);
      if (!fast) return;
      answered++;
      if (fast.blocks.some((b) => b.kind === 'listItem')) lists++;
      if (fast.blocks.some((b) => b.kind === 'listItem' && !b.ordered)) bullets++;
      assert.deepStrictEqual(fast, parseWithRemark(text), JSON.stringify(text));
    }), { numRuns: 20_000, seed: 11 });
    console.log(`      lists: ${lists} read, ${bullets} with bullets`);
    assert.ok(lists > 2500 && bullets > 800, `the fast path read lists in only ${lists} of ${answered} random texts (${bullets} with bullets)`);
  });
});
