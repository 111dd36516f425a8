import { strict as assert } from 'node:assert';
import type { Diagnostic, DocumentSymbol, FoldingRange, SelectionRange, SymbolInformation } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lsp';
import { corpus, fixture, lineOf, seed } from '../helpers/fixtures';
import { lint } from '../../server/src/core/lint';

describe('protocol: the server over stdio (foundation)', function () {
  this.timeout(30000);
  let client: TestClient;
  before(async () => { client = await TestClient.start(); });
  after(async () => { await client.stop(); });

  it('publishes the same diagnostics as the CLI core, with codes and source', async () => {
    const text = fixture('zh-numbering-planted.md');
    const diagnostics = await client.open('file:///zh.md', text);
    const expected = lint(text).findings;
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.message]),
      expected.map((f) => { const { model } = lint(text); const p = model.lines.positionAt(f.span.start); return [f.code, p.line, p.character, f.message]; }));
    assert.ok(diagnostics.every((d: Diagnostic) => d.source === 'clausewise'));
  });

  it('answers document symbols as a clause tree (seed: 专用服务条款 › 11 › 11.1)', async () => {
    await client.open('file:///seed.md', seed());
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///seed.md' } });
    const special = symbols.find((s) => s.name === '专用服务条款')!;
    const eleven = special.children!.find((s) => s.name.startsWith('11 '))!;
    assert.equal(eleven.children![0].name, '11.1');
    const general = symbols.find((s) => s.name === '通用服务条款')!;
    const three = general.children!.find((s) => s.name.startsWith('3 '))!;
    assert.deepEqual(three.children!.find((s) => s.name.startsWith('3.2'))!.children!.map((s) => s.name), ['3.2.1', '3.2.2']);
  });

  it('folds per clause and expands selections clause by clause', async () => {
    const text = fixture('zh-cloud-storage-agreement.md');
    await client.open('file:///cloud.md', text);
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: 'file:///cloud.md' } });
    const line = lineOf(text, '#### 2.2. 预付费') - 1;
    assert.ok(folds.some((f) => f.startLine === line && f.endLine === lineOf(text, '2.2.2.') - 1));
    const [sel] = await client.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri: 'file:///cloud.md' }, positions: [{ line: lineOf(text, '2.2.1.') - 1, character: 8 }] });
    const chain: number[] = [];
    for (let r: SelectionRange | undefined = sel; r; r = r.parent) chain.push(r.range.start.line);
    // 2.2.1 (one line: head and clause coincide) → 2.2 → 2 → 通用条款
    assert.deepEqual(chain.slice(0, 4), [line + 2, line, lineOf(text, '### 2. 服务费用') - 1, lineOf(text, '## 通用条款') - 1]);
  });

  it('finds clauses by number across open documents (workspace symbols)', async () => {
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: '3.2.1' });
    assert.ok(symbols.some((s) => s.name === '3.2.1' && s.location.uri === 'file:///seed.md'));
  });

  it('serves the Go to Clause list', async () => {
    const items = await client.request<{ id: string; label: string; part: string; depth: number }[]>('clausewise/clauses', { uri: 'file:///cloud.md' });
    const item = items.find((i) => i.id === '1.2' && i.part === '专用条款')!;
    assert.equal(item.depth, 1);
  });

  it('updates diagnostics after incremental edits exactly as a fresh analysis would', async () => {
    const text = fixture('en-numbering-planted.md');
    await client.open('file:///en.md', text);
    const line = lineOf(text, '### 2.3') - 1;
    const after = await client.change('file:///en.md', [{ range: { start: { line, character: 6 }, end: { line, character: 7 } }, text: '2' }]);
    assert.ok(!after.some((d) => d.code === 'numbering-gap' && d.range.start.line === line));
    const edited = text.replace('### 2.3', '### 2.2');
    assert.deepEqual(after.map((d) => d.code), lint(edited).findings.map((f) => f.code));
  });

  it('gives a non-agreement no diagnostics', async () => {
    assert.deepEqual(await client.open('file:///readme.md', fixture('readme-not-agreement.md')), []);
  });
});

describe('protocol: hover never waits for analysis', function () {
  this.timeout(30000);
  it('answers right after an edit, from the last model, with positions mapped to the new text', async () => {
    const client = await TestClient.start();
    try {
      const text = fixture('zh-cloud-storage-agreement.md');
      await client.open('file:///h.md', text);
      const line = lineOf(text, '1.2. 自星河云暂停服务之时起') - 1;
      const character = text.split('\n')[line].indexOf('7日') + 1;
      // Insert two lines at the top, then hover at once: the hover is handled before the
      // analysis (which waits for the queued messages), from the last model, mapped.
      for (const version of [2, 3]) {
        void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///h.md', version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }] });
      }
      const hover = await client.request<{ contents: { value: string }; range?: { start: { line: number } } } | null>('textDocument/hover', { textDocument: { uri: 'file:///h.md' }, position: { line: line + 2, character } });
      assert.ok(hover, 'a hover');
      assert.match(hover!.contents.value, /T0\+8日/);
      if (hover!.range) assert.equal(hover!.range.start.line, line + 2);
    } finally { await client.stop(); }
  });
});

describe('protocol: semantic tokens for the structure', function () {
  this.timeout(30000);
  it('colours clause numbers, references and deadlines with standard token types', async () => {
    const client = await TestClient.start();
    try {
      const text = fixture('zh-cloud-storage-agreement.md');
      await client.open('file:///tokens.md', text);
      const legend = ['namespace', 'variable', 'property', 'function', 'string', 'number', 'keyword', 'macro', 'label', 'enumMember', 'type', 'parameter', 'event', 'operator', 'decorator'];
      const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: 'file:///tokens.md' } });
      const lines = text.split('\n');
      const tokens: string[] = [];
      let line = 0, char = 0;
      for (let i = 0; i < data.length; i += 5) {
        line += data[i]; char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
        tokens.push(`${legend[data[i + 3]]}:${lines[line].slice(char, char + data[i + 2])}`);
      }
      assert.ok(tokens.includes('enumMember:2.2.1.'), tokens.slice(0, 20).join(' '));
      assert.ok(tokens.includes('number:3天'));
      assert.ok(tokens.some((t) => t.startsWith('enumMember:') && t.includes('第3.2条')));
      assert.ok(tokens.includes('variable:星河云'));
    } finally { await client.stop(); }
  });
});

describe('protocol: plain-text agreements', function () {
  this.timeout(30000);
  it('a .txt document (languageId plaintext) is read as plain text: cc-by-4.0\'s indented items are in the outline', async () => {
    const client = await TestClient.start();
    try {
      const diagnostics = await client.open('file:///licence/cc-by-4.0.txt', corpus('cc-by-4.0.txt'), 'plaintext');
      assert.ok(diagnostics.every((d) => d.severity === 4), 'only hints');
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///licence/cc-by-4.0.txt' } });
      const names: string[] = [];
      const walk = (s: DocumentSymbol) => { names.push(s.name); s.children?.forEach(walk); };
      symbols.forEach(walk);
      assert.ok(names.includes('2(a)(1)') && names.includes('3(a)(1)(a)(iv)'), names.slice(0, 30).join(' | '));
    } finally { await client.stop(); }
  });
});
