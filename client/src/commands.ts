/** Palette commands under "Clausewise". Each asks the server; none analyses anything itself. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface ClauseListItem { id: string; label: string; detail: string; part: string; depth: number; range: { start: { line: number; character: number } } }

export async function goToClause(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const items = await client.sendRequest<ClauseListItem[]>('clausewise/clauses', { uri: editor.document.uri.toString() });
  if (!items.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No numbered clauses in this document.'));
    return;
  }
  const picked = await vscode.window.showQuickPick(
    items.map((item) => ({ label: `${'\u2003'.repeat(item.depth)}${item.label}`, description: item.part, detail: item.detail || undefined, item })),
    { placeHolder: vscode.l10n.t('Go to clause by number or title'), matchOnDescription: true, matchOnDetail: true },
  );
  if (!picked) return;
  const position = new vscode.Position(picked.item.range.start.line, picked.item.range.start.character);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
}

/** Runs the server's "Renumber sequentially" code action for the section at the cursor. */
export async function renumberSection(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, editor.selection, vscode.CodeActionKind.RefactorRewrite.value);
  const renumber = actions?.find((a) => a.kind?.value.startsWith('refactor.rewrite') && /renumber|重新编号/i.test(a.title));
  if (!renumber?.edit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a clause whose section has a numbering gap or is out of order to renumber it.'));
    return;
  }
  await vscode.workspace.applyEdit(renumber.edit);
}

/** Sends every Markdown file of the workspace to the server, which publishes their diagnostics. */
export async function checkWorkspace(client: LanguageClient): Promise<void> {
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Clausewise: checking the workspace'), cancellable: true }, async (progress, token) => {
    const uris = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/node_modules/**', 5000, token);
    let agreements = 0, errors = 0, warnings = 0;
    for (let i = 0; i < uris.length && !token.isCancellationRequested; i += 20) {
      const batch = await Promise.all(uris.slice(i, i + 20).map(async (uri) => ({ uri: uri.toString(), text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) })));
      const result = await client.sendRequest<{ agreements: number; errors: number; warnings: number }>('clausewise/checkFiles', { files: batch });
      agreements += result.agreements; errors += result.errors; warnings += result.warnings;
      progress.report({ increment: (batch.length / uris.length) * 100 });
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('Clausewise checked {0} files ({1} agreements): {2} errors, {3} warnings.', uris.length, agreements, errors, warnings));
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  });
}
