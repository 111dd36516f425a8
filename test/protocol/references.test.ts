/** Cross-references through the real server: definition, hover, references, CodeLens, links, completion, rename, renumber. */
import { strict as assert } from 'node:assert';
import type { CodeAction, CodeLens, CompletionItem, Diagnostic, DocumentLink, Hover, Location, MarkupContent, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lsp';
import { corpus, fixture, lineOf } from '../helpers/fixtures';
import { applyLspEdits as apply, positionOf as pos } from '../helpers/edits';

const lineOfRange = (r: Range) => r.start.line + 1;

describe('protocol: cross-references', function () {
  this.timeout(30000);
  let client: TestClient;
  const zh = fixture('zh-references-planted.md');
  const en = fixture('en-references-planted.md');
  const csa = corpus('commonpaper-csa.md');
  const civil = corpus('民法典-合同编.md');
  before(async () => {
    client = await TestClient.start();
    await client.open('file:///zh.md', zh);
    await client.open('file:///en.md', en);
    await client.open('file:///csa.md', csa);
    await client.open('file:///civil.md', civil);
  });
  after(async () => { await client.stop(); });
  const td = (uri: string) => ({ textDocument: { uri } });

  it('publishes the planted reference diagnostics with their codes', async () => {
    const diagnostics = await client.change('file:///en.md', [{ text: en }]);
    const ours = diagnostics.filter((d: Diagnostic) => /^(ref-|link-)/.test(String(d.code)));
    assert.deepEqual(ours.map((d) => `${d.code}@${d.range.start.line + 1}`).slice(0, 3), [
      `ref-unresolved@${lineOf(en, 'the remedies of Section 3.2(d)')}`, `ref-caption-mismatch@${lineOf(en, 'Section 5 (Confidentiality)')}`, `ref-unresolved@${lineOf(en, 'provided in Section 12')}`,
    ]);
  });

  it('goes to the definition of Section 8.1(a) (the item) and of 本法第五百一十条', async () => {
    const [loc] = await client.request<Location[]>('textDocument/definition', { ...td('file:///csa.md'), position: pos(csa, 'Section 8.1(a)', 9) });
    // 8.1 "Liability Caps" is one list item; its item (a) is the next line.
    assert.equal(lineOfRange(loc.range), lineOf(csa, 'id="8.1">Liability Caps') + 1);
    assert.match(csa.split('\n')[loc.range.start.line], /^ {8}a\. /);
    const [civilLoc] = await client.request<Location[]>('textDocument/definition', { ...td('file:///civil.md'), position: pos(civil, '本法第五百一十条', 4) });
    assert.equal(lineOfRange(civilLoc.range), lineOf(civil, '第五百一十条 合同生效后'));
  });

  it('hovers with a preview of the target', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { ...td('file:///csa.md'), position: pos(csa, 'Section 10 (Confidentiality)', 8) });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /\*\*Section 10\*\* Confidentiality/);
    const zhHover = await client.request<Hover>('textDocument/hover', { ...td('file:///zh.md'), position: pos(zh, '本部分第1.1条', 5) });
    assert.match((zhHover.contents as MarkupContent).value, /第 1\.1 条.*专用条款[\s\S]*对象存储服务按实际使用量计费/);
  });

  it('finds all references of a clause from its number and from a reference', async () => {
    const fromLabel = await client.request<Location[]>('textDocument/references', { ...td('file:///en.md'), position: pos(en, '2.2 Provider will keep', 1), context: { includeDeclaration: false } });
    assert.deepEqual(fromLabel.map((l) => lineOfRange(l.range)), [lineOf(en, 'Sections 2.2 and 2.3'), lineOf(en, 'protections of Section 2.2')]);
    const fromRef = await client.request<Location[]>('textDocument/references', { ...td('file:///en.md'), position: pos(en, 'protections of Section 2.2', 25), context: { includeDeclaration: true } });
    assert.equal(fromRef.length, 3);
    assert.equal(lineOfRange(fromRef[0].range), lineOf(en, '2.2 Provider will keep'));
  });

  it('shows a CodeLens with the reference count on each referenced clause', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', td('file:///en.md'));
    const on22 = lenses.find((l) => l.range.start.line + 1 === lineOf(en, '2.2 Provider will keep') && /references?/.test(l.command?.title ?? ''))!;
    assert.equal(on22.command!.title, '2 references');
    assert.equal(on22.command!.command, 'clausewise.showReferences');
    const civilLenses = await client.request<CodeLens[]>('textDocument/codeLens', td('file:///civil.md'));
    const on510 = civilLenses.find((l) => l.range.start.line + 1 === lineOf(civil, '第五百一十条 合同生效后') && /被引用/.test(l.command?.title ?? ''))!;
    assert.match(on510.command!.title, /被引用 2\d 次/);
  });

  it('gives document links to the target line', async () => {
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', td('file:///en.md'));
    const link = links.find((l) => l.range.start.line + 1 === lineOf(en, 'protections of Section 2.2') && l.target?.startsWith('file:///en.md#L'))!;
    assert.equal(link.target, `file:///en.md#L${lineOf(en, '2.2 Provider will keep')}`);
  });

  it('completes clause numbers after 第 and after Section', async () => {
    const text = `${zh}\n3.4. 参见第`;
    await client.change('file:///zh.md', [{ text }]);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { ...td('file:///zh.md'), position: pos(text, '参见第', 3, text.length - 10) });
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('2.1') && labels.includes('1.1'), labels.join(' '));
    assert.equal(items.find((i) => i.label === '2.1')!.textEdit && (items.find((i) => i.label === '2.1')!.textEdit as TextEdit).newText, '2.1条');
    await client.change('file:///zh.md', [{ text: zh }]);
    const enText = `${en}\nSee Section 6`;
    await client.change('file:///en.md', [{ text: enText }]);
    const enItems = await client.request<CompletionItem[]>('textDocument/completion', { ...td('file:///en.md'), position: pos(enText, 'See Section 6', 13, enText.length - 20) });
    assert.deepEqual(enItems.map((i) => i.label).filter((l) => l.startsWith('6')), ['6', '6.1', '6.1', '6.2']);
    await client.change('file:///en.md', [{ text: en }]);
  });

  it('renames a clause number and every reference to it, each in its own form', async () => {
    const prepared = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { ...td('file:///en.md'), position: pos(en, '2.2 Provider will keep', 1) });
    assert.equal(prepared.placeholder, '2.2');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...td('file:///en.md'), position: pos(en, '2.2 Provider will keep', 1), newName: '2.4' });
    const edits = edit.changes!['file:///en.md'];
    assert.equal(edits.length, 3, 'the label and two references, nothing else');
    const out = apply(en, edits);
    assert.match(out, /Sections 2\.4 and 2\.3/);
    assert.match(out, /\n2\.4 Provider will keep/);
    assert.match(out, /protections of Section 2\.4\./);
    for (const e of edits) assert.equal(e.range.end.character - e.range.start.character, 3);
  });

  it('offers "Renumber sequentially" on a numbering gap and rewrites the references it moved', async () => {
    const text = '# 服务协议\n\n## 1. 定义\n\n1.1. 本协议适用于存储服务。\n\n1.3. 服务费用见第1.3条及第1.4条，另见第一条。\n\n1.4. 保密义务适用第1.1条。\n\n## 2. 费用\n\n2.1. 按月支付。\n';
    const diagnostics = await client.open('file:///gap.md', text);
    const gap = diagnostics.find((d) => d.code === 'numbering-gap')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { ...td('file:///gap.md'), range: gap.range, context: { diagnostics: [gap] } });
    const renumber = actions.find((a) => /重新编号/.test(a.title))!;
    assert.equal(renumber.kind, 'quickfix');
    const out = apply(text, renumber.edit!.changes!['file:///gap.md']);
    assert.equal(out, text.replace('1.3. 服务', '1.2. 服务').replace('第1.3条', '第1.2条').replace('第1.4条', '第1.3条').replace('1.4. 保密', '1.3. 保密'));
    const rewrite = await client.request<CodeAction[]>('textDocument/codeAction', { ...td('file:///gap.md'), range: { start: pos(text, '1.4. 保密', 6), end: pos(text, '1.4. 保密', 6) }, context: { diagnostics: [], only: ['refactor.rewrite'] } });
    assert.ok(rewrite.some((a) => a.kind === 'refactor.rewrite' && /重新编号/.test(a.title)));
  });

  it('offers the caption fix on ref-caption-mismatch', async () => {
    const diagnostics = await client.change('file:///zh.md', [{ text: zh }]);
    const mismatch = diagnostics.find((d) => d.code === 'ref-caption-mismatch')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { ...td('file:///zh.md'), range: mismatch.range, context: { diagnostics: [mismatch] } });
    const fix = actions.find((a) => /定义与适用范围/.test(a.title))!;
    assert.equal(apply(zh, fix.edit!.changes!['file:///zh.md']).includes('第1条（定义与适用范围）'), true);
  });
});
