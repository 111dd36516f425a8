/** The status bar item on agreements: recognised or not, language, problem counts; click → Go to Clause. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isAgreementCandidate } from './documents';

interface DocumentInfo { isAgreement: boolean; reason: string; language: 'zh' | 'en'; clauses: number; parts: number; problems: { error: number; warning: number } }

export function createStatusBar(client: LanguageClient): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('clausewise.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Clausewise';
  item.command = 'clausewise.goToClause';
  let pending: NodeJS.Timeout | undefined;

  const refresh = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isAgreementCandidate(editor.document)) { item.hide(); return; }
    const info = await client.sendRequest<DocumentInfo | null>('clausewise/documentInfo', { uri: editor.document.uri.toString() }).catch(() => null);
    if (!info?.isAgreement) { item.hide(); return; }
    const language = info.language === 'zh' ? '中文' : 'EN';
    item.text = `$(law) ${language} · $(error) ${info.problems.error} $(warning) ${info.problems.warning}`;
    item.tooltip = new vscode.MarkdownString(vscode.l10n.t('Clausewise: agreement ({0} clauses, {1} parts). {2}. Click to go to a clause.', info.clauses, info.parts, info.reason));
    item.show();
  };
  const soon = () => { clearTimeout(pending); pending = setTimeout(() => void refresh(), 150); };

  const subscriptions = [
    item,
    vscode.window.onDidChangeActiveTextEditor(soon),
    vscode.languages.onDidChangeDiagnostics((e) => { if (e.uris.some((u) => u.toString() === vscode.window.activeTextEditor?.document.uri.toString())) soon(); }),
  ];
  soon();
  return vscode.Disposable.from(...subscriptions, { dispose: () => clearTimeout(pending) });
}
