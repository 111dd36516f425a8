/**
 * The Clausewise language server: LSP wiring only. Every feature is a small reader of
 * the document model (core/) in features/. Start with `node dist/server.js --stdio`.
 */
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type InitializeParams, type InitializeResult, type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ModelStore } from './documents';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './core/settings';
import { toDiagnostic } from './features/convert';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/folding';
import { selectionRanges } from './features/selectionRanges';
import { workspaceSymbols } from './features/workspaceSymbols';
import { clauseList } from './features/clauseList';

/** Diagnostics wait this long after the last keystroke, so typing never waits for them. */
const DIAGNOSTICS_DELAY_MS = 25;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let settings: Settings = DEFAULT_SETTINGS;
  let canPullConfiguration = false;
  const store = new ModelStore(() => settings);
  const timers = new Map<string, NodeJS.Timeout>();

  const guard = <T>(what: string, fallback: T, fn: () => T): T => {
    try { return fn(); } catch (e) {
      connection.console.error(`Clausewise: ${what} failed: ${e instanceof Error ? e.stack : String(e)}`);
      return fallback;
    }
  };

  const publish = (document: TextDocument) => {
    guard('diagnostics', undefined, () => {
      const { model, findings } = store.get(document);
      connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: findings.map((f) => toDiagnostic(model, f)) });
    });
  };

  const schedule = (document: TextDocument) => {
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(() => {
      timers.delete(document.uri);
      const current = documents.get(document.uri);
      if (current) publish(current);
    }, DIAGNOSTICS_DELAY_MS));
  };

  const refreshSettings = async () => {
    if (canPullConfiguration) {
      const raw = await connection.workspace.getConfiguration('clausewise').catch(() => undefined);
      const { settings: next, problems } = readSettings(raw);
      settings = next;
      if (problems.length) connection.window.showWarningMessage(`Clausewise settings: ${problems.join('; ')}. Defaults are used for these.`);
    }
    documents.all().forEach(schedule);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    const init = readSettings(params.initializationOptions?.settings);
    settings = init.settings;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: 'Clausewise' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        workspaceSymbolProvider: true,
      },
      serverInfo: { name: 'clausewise', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => { void refreshSettings(); });
  connection.onDidChangeConfiguration((change) => {
    if (!canPullConfiguration) settings = readSettings(change.settings?.clausewise).settings;
    void refreshSettings();
  });

  documents.onDidOpen((e) => publish(e.document));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    store.delete(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  const withModel = <T>(uri: string, what: string, fallback: T, fn: (r: ReturnType<ModelStore['get']>) => T): T => {
    const document = documents.get(uri);
    if (!document) return fallback;
    return guard(what, fallback, () => fn(store.get(document)));
  };

  connection.onDocumentSymbol((p) => withModel(p.textDocument.uri, 'outline', [], ({ model }) => documentSymbols(model)));
  connection.onFoldingRanges((p) => withModel(p.textDocument.uri, 'folding', [], ({ model }) => foldingRanges(model)));
  connection.onSelectionRanges((p) => withModel(p.textDocument.uri, 'selection ranges', [], ({ model }) => selectionRanges(model, p.positions)));
  connection.onWorkspaceSymbol((p) => guard('workspace symbols', [], () => workspaceSymbols(documents.all().map((d) => store.get(d).model), p.query)));
  connection.onRequest('clausewise/clauses', (p: { uri: string }) => withModel(p.uri, 'clause list', [], ({ model }) => clauseList(model)));
  connection.onRequest('clausewise/documentInfo', (p: { uri: string }) => withModel(p.uri, 'document info', null, ({ model, findings }) => ({
    isAgreement: model.agreement.isAgreement, reason: model.agreement.reason, language: model.language,
    clauses: model.clauses.length, parts: model.parts.length,
    problems: { error: findings.filter((f) => f.severity === 'error').length, warning: findings.filter((f) => f.severity === 'warning').length },
  })));

  documents.listen(connection);
  connection.listen();
}

// The server never dies on a bad document: log and carry on.
process.on('uncaughtException', (e) => { console.error(`Clausewise server error: ${e instanceof Error ? e.stack : e}`); });

if (require.main === module || process.argv.includes('--stdio') || process.argv.includes('--node-ipc')) {
  startServer(createConnection(ProposedFeatures.all));
}
