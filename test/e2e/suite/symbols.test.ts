import * as assert from 'node:assert/strict';
import { show, documentSymbols, openFixture, waitFor, walk } from './helpers';

suite('document symbols', () => {
  test('zh: paragraph clauses 1.1/1.2/1.4 are nested under "1. 定义" inside "通用条款"', async () => {
    const doc = await openFixture('zh-gap.md');
    // The built-in Markdown extension also provides heading symbols; VS Code
    // merges both providers. Only Clausewise knows paragraph clauses like "1.1.".
    const symbols = await waitFor(
      'a clause symbol 1.1 in zh-gap.md',
      () => documentSymbols(doc.uri),
      (s) => [...walk(s)].some(({ symbol }) => /^1\.1(?!\d)/.test(symbol.name.trim())),
    );
    const all = [...walk(symbols)];
    for (const n of ['1.1', '1.2', '1.4']) {
      const hit = all.find(({ symbol }) => new RegExp(`^${n.replace('.', '\\.')}(?!\\d)`).test(symbol.name.trim()));
      assert.ok(hit, `no symbol for clause ${n}; tree: ${show(symbols)}`);
      assert.ok(hit.ancestors.some((a) => a.includes('定义')), `clause ${n} is not under "1. 定义": ancestors ${show(hit.ancestors)}`);
      assert.ok(hit.ancestors.some((a) => a.includes('通用条款')), `clause ${n} is not under "通用条款": ancestors ${show(hit.ancestors)}`);
    }
    assert.ok(!all.some(({ symbol }) => /^1\.3(?!\d)/.test(symbol.name.trim())), 'there is no clause 1.3 in the fixture');
    const c11 = all.find(({ symbol }) => /^1\.1(?!\d)/.test(symbol.name.trim()))!.symbol;
    assert.equal(c11.range.start.line, doc.getText().split(/\r?\n/).findIndex((l) => l.startsWith('1.1.')));
  });

  test('en: heading clauses form a tree (1.2 under 1. Definitions, 2.1 under 2. Payment)', async () => {
    const doc = await openFixture('en-duplicate.md');
    const symbols = await waitFor('symbols for en-duplicate.md', () => documentSymbols(doc.uri), (s) => s.length > 0);
    const all = [...walk(symbols)];
    const find = (re: RegExp) => all.filter(({ symbol }) => re.test(symbol.name.trim()));
    const c12 = find(/^1\.2(?!\d)/);
    const c21 = find(/^2\.1(?!\d)/);
    assert.ok(c12.length > 0 && c21.length > 0, `missing 1.2 or 2.1: ${show(symbols)}`);
    assert.ok(c12.some((h) => h.ancestors.some((a) => a.includes('Definitions'))), show(c12.map((h) => h.ancestors)));
    assert.ok(c21.some((h) => h.ancestors.some((a) => a.includes('Payment'))), show(c21.map((h) => h.ancestors)));
  });
});
