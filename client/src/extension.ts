/**
 * The VS Code side of Clausewise: starts the bundled language server and adds the few
 * commands that need UI. All analysis happens in the server.
 */
import * as vscode from 'vscode';
import {
  LanguageClient, TransportKind, CloseAction, ErrorAction,
  type LanguageClientOptions, type ServerOptions, type ErrorHandler,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

interface ClauseListItem { id: string; label: string; detail: string; part: string; depth: number; range: { start: { line: number; character: number } } }

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown', scheme: 'file' }, { language: 'markdown', scheme: 'untitled' }],
    synchronize: { configurationSection: 'clausewise' },
    errorHandler: restartingErrorHandler(),
  };
  client = new LanguageClient('clausewise', 'Clausewise', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('clausewise.goToClause', () => goToClause()),
    vscode.commands.registerCommand('clausewise.restartServer', async () => { await client?.restart(); }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** Restart the server when it dies; tell the user once, not on every crash. */
function restartingErrorHandler(): ErrorHandler {
  let told = false;
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      if (!told) {
        told = true;
        void vscode.window.showWarningMessage(vscode.l10n.t('The Clausewise server stopped unexpectedly and was restarted.'));
      }
      return { action: CloseAction.Restart };
    },
  };
}

async function goToClause(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return;
  const items = await client.sendRequest<ClauseListItem[]>('clausewise/clauses', { uri: editor.document.uri.toString() });
  if (!items.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No numbered clauses in this document.'));
    return;
  }
  const picked = await vscode.window.showQuickPick(
    items.map((item) => ({ label: `${'  '.repeat(item.depth)}${item.label}`, description: item.part, detail: item.detail, item })),
    { placeHolder: vscode.l10n.t('Go to clause by number or title'), matchOnDescription: true, matchOnDetail: true },
  );
  if (!picked) return;
  const position = new vscode.Position(picked.item.range.start.line, picked.item.range.start.character);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
}
