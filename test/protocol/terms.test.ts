/** Defined terms through the real server: diagnostics, hover, definition, references, rename, completion, semantic tokens. */
import { strict as assert } from 'node:assert';
import type { CompletionItem, Hover, Location, MarkupContent, Range, SemanticTokens, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lsp';
import { fixture, lineOf } from '../helpers/fixtures';
import { applyLspEdits as apply, positionOf as pos } from '../helpers/edits';

const line = (r: Range) => r.start.line + 1;

describe('protocol: defined terms', function () {
  this.timeout(30000);
  let client: TestClient;
  const en = fixture('en-terms-planted.md');
  const zh = fixture('zh-terms-planted.md');
  const enDiagnostics: { code?: string | number; line: number }[] = [];
  before(async () => {
    client = await TestClient.start();
    for (const d of await client.open('file:///en-terms.md', en)) enDiagnostics.push({ code: d.code, line: line(d.range) });
    await client.open('file:///zh-terms.md', zh);
  });
  after(async () => { await client.stop(); });
  const td = (uri: string) => ({ textDocument: { uri } });

  it('publishes the planted term diagnostics', () => {
    const terms = enDiagnostics.filter((d) => String(d.code).startsWith('term-'));
    assert.deepEqual(terms.map((d) => `${d.code}:${d.line}`).sort(), [
      `term-unused:${lineOf(en, '"Service Credits"')}`, `term-before-definition:${lineOf(en, 'from the Launch Date')}`,
      `term-undefined:${lineOf(en, 'comply with the Acceptable')}`, `term-case:${lineOf(en, 'sell customer data')}`,
      `term-duplicate:${lineOf(en, '"Confidential Information" also')}`,
    ].sort());
  });

  it('hovers a use with the definition and where it is, as escaped text', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { ...td('file:///en-terms.md'), position: pos(en, 'process Customer Data', 9) });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /\*\*Customer Data\*\*/);
    assert.match(value, /means all data that the Customer uploads/);
    assert.match(value, new RegExp(`line ${lineOf(en, '"Customer Data" means')}`));
    assert.ok(value.includes('\\"Customer Data\\"') || value.includes('"Customer Data"'));
  });

  it('escapes Markdown and HTML of the document in hovers', async () => {
    const text = '---\nclausewise: agreement\n---\n\n# T\n\n## 1. Terms\n\n1.1 "Widget" means a <b>[thing](javascript:alert(1))</b> *bold*.\n\n1.2 Each Widget is sold.\n';
    await client.open('file:///escape.md', text);
    const hover = await client.request<Hover>('textDocument/hover', { ...td('file:///escape.md'), position: pos(text, 'Each Widget', 6) });
    const value = (hover.contents as MarkupContent).value;
    assert.ok(!value.includes('<b>') && !value.includes('](javascript'), value);
  });

  it('goes to the definition (both, for a term defined twice)', async () => {
    const locations = await client.request<Location[]>('textDocument/definition', { ...td('file:///en-terms.md'), position: pos(en, "Customer's Confidential Information", 14) });
    assert.deepEqual(locations.map((l) => line(l.range)), [lineOf(en, '"Confidential Information" means'), lineOf(en, '"Confidential Information" also')]);
    const zhLoc = await client.request<Location[]>('textDocument/definition', { ...td('file:///zh-terms.md'), position: pos(zh, '保护客户数据', 3) });
    assert.equal(line(zhLoc[0].range), lineOf(zh, '本协议所称客户数据'));
  });

  it('finds all references, with or without the definition', async () => {
    const params = { ...td('file:///zh-terms.md'), position: pos(zh, '“云帆”', 1) };
    const withDecl = await client.request<Location[]>('textDocument/references', { ...params, context: { includeDeclaration: true } });
    const without = await client.request<Location[]>('textDocument/references', { ...params, context: { includeDeclaration: false } });
    assert.equal(withDecl.length, without.length + 1);
    assert.ok(without.some((l) => line(l.range) === lineOf(zh, '按照云帆的要求')));
  });

  it('renames a term everywhere, keeping quote marks and plural endings', async () => {
    const prep = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { ...td('file:///en-terms.md'), position: pos(en, 'the Platform available', 5) });
    assert.equal(prep.placeholder, 'Platform');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...td('file:///en-terms.md'), position: pos(en, 'the Platform available', 5), newName: 'Portal' });
    const edits = edit.changes!['file:///en-terms.md'];
    assert.ok(edits.every((e) => e.newText === 'Portal' && e.range.end.character - e.range.start.character === 'Platform'.length));
    const after = apply(en, edits);
    assert.ok(after.includes('"Portal" means the hosted analytics software'));
    assert.ok(!/\bPlatform\b/.test(after));
    const zhEdit = await client.request<WorkspaceEdit>('textDocument/rename', { ...td('file:///zh-terms.md'), position: pos(zh, '按照云帆', 3), newName: '云帆科技' });
    const zhAfter = apply(zh, zhEdit.changes!['file:///zh-terms.md']);
    assert.ok(zhAfter.includes('（以下简称“云帆科技”）'));
    assert.ok(zhAfter.includes('按照云帆科技的要求'));
    assert.ok(zhAfter.includes('杭州云帆信息技术有限公司'), 'the antecedent name is not a use and keeps its words');
  });

  it('completes defined terms and colours them with standard semantic token types', async () => {
    const items = await client.request<CompletionItem[]>('textDocument/completion', { ...td('file:///en-terms.md'), position: pos(en, 'the Launch Date', 4) });
    assert.ok(items.some((i) => i.label === 'Customer Data'));
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', td('file:///en-terms.md'));
    assert.ok(tokens.data.length >= 5 * 10);
  });
});
