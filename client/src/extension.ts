/**
 * The VS Code side of Clausewise: starts the bundled language server and adds the few
 * things that need UI — palette commands, the status bar item, the timeline view. All
 * analysis happens in the server (dist/server.js), which other editors can use too.
 */
import * as vscode from 'vscode';
import {
  LanguageClient, TransportKind, CloseAction, ErrorAction,
  type LanguageClientOptions, type ServerOptions, type ErrorHandler,
} from 'vscode-languageclient/node';
import { checkWorkspace, goToClause, renumberSection } from './commands';
import { createStatusBar } from './statusBar';
import { TimelineView } from './timelineView';
import { showReferences } from './showReferences';
import { RestartPolicy } from './restartPolicy';
import { DOCUMENT_SELECTOR } from './documents';

let client: LanguageClient | undefined;

/** What activate returns, for the end-to-end tests: the language client and the crash notices shown. */
export interface ClausewiseApi { client: LanguageClient; crashNotices(): number }

export async function activate(context: vscode.ExtensionContext): Promise<ClausewiseApi> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const policy = new RestartPolicy();
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: 'clausewise', fileEvents: vscode.workspace.createFileSystemWatcher('**/.clausewise.{json,yaml,yml}') },
    initializationOptions: { trusted: vscode.workspace.isTrusted },
    errorHandler: restartingErrorHandler(policy),
  };
  client = new LanguageClient('clausewise', 'Clausewise', serverOptions, clientOptions);
  const c = client;
  const timelines = new TimelineView(context, client);

  context.subscriptions.push(
    vscode.commands.registerCommand('clausewise.goToClause', () => goToClause(c)),
    vscode.commands.registerCommand('clausewise.renumberSection', () => renumberSection()),
    vscode.commands.registerCommand('clausewise.checkWorkspace', () => checkWorkspace(c)),
    vscode.commands.registerCommand('clausewise.restartServer', async () => { await c.restart(); }),
    vscode.commands.registerCommand('clausewise.showTimeline', () => timelines.show()),
    timelines,
    vscode.commands.registerCommand('clausewise.showReferences', showReferences),
  );
  await client.start();
  context.subscriptions.push(
    createStatusBar(client),
    // Config files are read only in trusted workspaces: start over once trust is granted.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void c.restart()),
  );
  return { client, crashNotices: () => policy.notices };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** Restart the server when it dies (restartPolicy.ts decides, and whether to tell the user). */
function restartingErrorHandler(policy: RestartPolicy): ErrorHandler {
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const decision = policy.onClosed();
      if (decision.tell === 'restarted') void vscode.window.showWarningMessage(vscode.l10n.t('The Clausewise server stopped unexpectedly and was restarted.'));
      if (decision.tell === 'gave-up') void vscode.window.showErrorMessage(vscode.l10n.t('The Clausewise server stopped repeatedly and was not restarted. Run "Clausewise: Restart Server" to try again.'));
      return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
    },
  };
}
