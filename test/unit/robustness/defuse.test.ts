/**
 * The guards in front of remark (parse/hostile.ts) keep offsets, never touch a real
 * document, and read markup past their limits as text.
 */
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { defuse, limitInlineMarkup, MAX_INLINE_MARKUP } from '../../../server/src/core/parse/hostile';
import { parseSection } from '../../../server/src/core/parse/markdown';
import { CORPUS_FILES, corpus, fixture, FIXTURES, seed } from '../../helpers/fixtures';

describe('guards in front of remark', () => {
  it('leave every corpus document, the seed and every fixture unchanged', () => {
    const texts: [string, string][] = [
      ...CORPUS_FILES.map((f): [string, string] => [f, corpus(f)]),
      ['seed', seed()],
      ...readdirSync(FIXTURES).filter((f) => /\.(md|txt)$/.test(f)).map((f): [string, string] => [f, fixture(f)]),
    ];
    assert.ok(texts.length > 12);
    for (const [name, text] of texts) assert.equal(defuse(text), text, `${name} was changed`);
  });

  it('keep the length, and read emphasis past the limit as text', () => {
    const text = '*a* '.repeat(MAX_INLINE_MARKUP);
    const guarded = limitInlineMarkup(text);
    assert.equal(guarded.length, text.length);
    assert.equal(guarded.slice(0, MAX_INLINE_MARKUP * 2), text.slice(0, MAX_INLINE_MARKUP * 2));
    assert.ok(!guarded.slice(MAX_INLINE_MARKUP * 2).includes('*'));
    const masks = parseSection(text).masks.length;
    assert.equal(masks, MAX_INLINE_MARKUP, 'one mask per marker, up to the limit');
  });

  it('count each paragraph on its own', () => {
    const paragraph = '**b** '.repeat(MAX_INLINE_MARKUP / 8) + '\n';
    const text = Array.from({ length: 6 }, () => paragraph).join('\n');
    assert.equal(limitInlineMarkup(text), text);
  });

  it('count each table row on its own, and stop when a block interrupts the table', () => {
    const rows = Array.from({ length: MAX_INLINE_MARKUP }, (_, i) => `| **${i}** | [x](#a) |`);
    const table = ['| Clause | Link |', '| --- | :-: |', ...rows].join('\n');
    assert.equal(limitInlineMarkup(table), table, 'a long table keeps its markup');
    assert.equal(parseSection(table).blocks.filter((b) => b.kind === 'tableCell').length, 2 * (rows.length + 1));
    const lazy = table + '\n> ' + '*a'.repeat(MAX_INLINE_MARKUP);
    assert.notEqual(limitInlineMarkup(lazy), lazy, 'a quote after the table is one paragraph again');
  });

  it('still parse GFM tables, strikethrough and autolink literals without remark-gfm', () => {
    const p = parseSection('| a | b |\n| - | - |\n| ~~c~~ | www.example.com |');
    assert.equal(p.blocks.filter((b) => b.kind === 'tableCell').length, 4);
    assert.ok(p.links.some((l) => l.url.includes('www.example.com')));
    assert.ok(p.masks.length >= 2, 'the strikethrough markers are masked');
  });
});
