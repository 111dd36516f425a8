import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { clausewiseDiagnostics, codeOf, openFixture, waitFor } from './helpers';

/** The position of the first `needle` on the line that starts with `lineStart`. */
function at(doc: vscode.TextDocument, lineStart: string, needle: string, offset = 1): vscode.Position {
  for (let i = 0; i < doc.lineCount; i++) {
    const text = doc.lineAt(i).text;
    if (text.startsWith(lineStart)) return new vscode.Position(i, text.indexOf(needle) + offset);
  }
  throw new Error(`no line starting with ${lineStart}`);
}

const hoverText = (hovers: vscode.Hover[]) => hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');

suite('features through the VS Code API', () => {
  test('hover on a deadline shows the computed timeline, and its Markdown is not trusted', async () => {
    const doc = await openFixture('zh-billing.md');
    await waitFor('diagnostics to settle', () => vscode.languages.getDiagnostics(doc.uri), () => true);
    const hovers = await waitFor('a hover', () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at(doc, '1.2. 自服务商', '7日')), (h) => hoverText(h ?? []).includes('T0'));
    assert.match(hoverText(hovers), /T0\+8日/);
    for (const h of hovers) for (const c of h.contents) if (c instanceof vscode.MarkdownString) assert.ok(!c.isTrusted, 'hover Markdown must not be trusted');
  });

  test('go to definition on a clause reference lands on the clause', async () => {
    const doc = await openFixture('zh-features.md');
    const locations = await waitFor('a definition', () => vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, at(doc, '1.2. ', '2.1')), (l) => (l ?? []).length > 0);
    const first = locations[0];
    const range = 'targetRange' in first ? first.targetSelectionRange ?? first.targetRange : first.range;
    assert.ok(doc.lineAt(range.start.line).text.startsWith('2.1.'), doc.lineAt(range.start.line).text);
  });

  test('find references of a clause includes the reference to it', async () => {
    const doc = await openFixture('zh-features.md');
    const refs = await waitFor('references', () => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at(doc, '2.1. ', '2.1', 0)), (r) => (r ?? []).length > 0);
    assert.ok(refs.some((r) => doc.lineAt(r.range.start.line).text.startsWith('1.2.')));
  });

  test('rename a defined term renames its definition and every use', async () => {
    const doc = await openFixture('zh-features.md');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, at(doc, '1.2. ', '北辰'), '北辰科技');
    const edits = edit.get(doc.uri);
    assert.equal(edits.length, 4); // the definition and three uses
    assert.ok(edits.every((e) => doc.getText(e.range) === '北辰'));
  });

  test('a numbering gap has quick fixes: renumber and suppress', async () => {
    const doc = await openFixture('zh-gap.md');
    const gap = await waitFor('the numbering gap', () => clausewiseDiagnostics(doc.uri).find((d) => codeOf(d) === 'numbering-gap'), (d) => !!d);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, gap!.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => /重新编号|Renumber/.test(t)), titles.join(' | '));
    assert.ok(titles.some((t) => /屏蔽 numbering-gap|Suppress numbering-gap/.test(t)), titles.join(' | '));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
