/**
 * The Clausewise language server: LSP wiring only. Every feature is a small reader of
 * the document model (core/) in features/. Start with `node dist/server.js --stdio`.
 */
import {
  TextDocuments, TextDocumentSyncKind, ResponseError,
  type InitializeParams, type InitializeResult, type Connection, type Position,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ModelStore } from './documents';
import { openConnection, type Inbox, type Outbox } from './outbox';
import { runInTurns } from './inTurns';
import { EXTRACTORS, computeArea } from './core/extractors';
import { EditMap } from './editMap';
import { collectYoungGeneration } from './youngGeneration';
import { rehearsedKeystroke } from './rehearsal';
import { WorkspaceIndex } from './workspaceIndex';
import { LineIndex } from './core/text/lineIndex';
import { lint, stripBom, type LintResult } from './core/lint';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { ConfigProblem } from './core/config';
import { configFindings } from './core/configFindings';
import { DEFAULT_SETTINGS, readSettings, settingsMessage, uiLanguage, type Settings } from './core/settings';
import type { DocumentModel, Language } from './core/model';
import { toDiagnostic } from './features/convert';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/folding';
import { selectionRanges } from './features/selectionRanges';
import { workspaceSymbols } from './features/workspaceSymbols';
import { clauseList } from './features/clauseList';
import { PROVIDERS, SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, type FeatureContext } from './features/registry';
import { encodeSemanticTokens } from './features/semanticTokens';
import './features/all';
import { registerTimelineRequests } from './features/timelines';

/*
 * Diagnostics are computed right after an edit, once the messages already received are
 * handled (jsonrpc handles one per event-loop turn, a few microseconds each: the queued
 * ones — a burst of keystrokes that arrived during the last analysis, a hover — go first,
 * so the analysis reads the newest text and hover never waits; Inbox.whenQuiet) and the
 * answers already written have been sent (Outbox.whenSent).
 */
/** Diagnostics wait for the answers being sent at most this long (a client may stop reading). */
const MAX_SEND_WAIT_MS = 500;
/** …and for the messages being received at most this long (a client may never stop sending). */
const MAX_QUIET_WAIT_MS = 100;
/**
 * Long documents (at least this many UTF-16 units) have their edit path warmed once they
 * open (rehearseTyping) and the young generation collected after each diagnostics pass (collectAfter).
 */
const LONG_DOCUMENT_CHARS = 100_000;
/** Keystrokes rehearsed after a long document opens (rehearseTyping). */
const REHEARSALS = 8;

export function startServer(connection: Connection, inbox: Inbox, outbox?: Outbox): void {
  const documents = new TextDocuments(TextDocument);
  let settings: Settings = DEFAULT_SETTINGS;
  /** The editor's UI language, for the server's own notices (findings use the document's). */
  let ui: Language = 'en';
  let canPullConfiguration = false;
  let store = new ModelStore(() => settings);
  let workspaceIndex: WorkspaceIndex | undefined;
  const publishedConfigProblems = new Set<string>();
  /** The pending diagnostics pass of each document: a newer edit replaces it, and the older stands down. */
  const pending = new Map<string, object>();
  /** The statistics of the analysis behind each document's published diagnostics (not of a rehearsal since): for the stats request. */
  const publishedStats = new Map<string, DocumentModel['stats']>();

  const guard = <T>(what: string, fallback: T, fn: () => T): T => {
    try { return fn(); } catch (e) {
      if (e instanceof ResponseError) throw e; // a deliberate answer ("not a clause number"), shown to the user
      connection.console.error(`Clausewise: ${what} failed: ${e instanceof Error ? e.stack : String(e)}`);
      return fallback;
    }
  };

  /**
   * One version's analysis in steps (the model and outline, each area, the rules) with a turn
   * of the event loop between them: a hover or definition asked meanwhile is answered between
   * steps, and a newer version of the document stops the pass (its own pass follows). A step
   * that fails is logged once (guard) and ends the pass. Resolves with the result when every
   * step ran.
   */
  const inSteps = (what: string, document: TextDocument, analyse: () => LintResult | undefined): Promise<LintResult | undefined> => {
    const { uri, version } = document;
    let result: LintResult | undefined;
    let failed = false;
    const steps = [
      () => { result = analyse(); },
      ...EXTRACTORS.map((extractor) => () => { if (result) computeArea(result.model, extractor); }),
      () => { void result?.findings; },
    ].map((step) => () => { failed = !guard(what, false, () => { step(); return true; }); });
    const stale = () => failed || documents.get(uri)?.version !== version;
    return runInTurns(steps, stale).then((done) => (done ? result : undefined));
  };

  /** Diagnostics of one version, analysed in steps (no diagnostics from a broken model). */
  const publish = (document: TextDocument) => {
    const { uri, version } = document;
    void inSteps('diagnostics', document, () => store.get(document)).then((result) => {
      if (!result) return;
      const { model, findings } = result;
      guard('diagnostics', undefined, () => {
        connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => toDiagnostic(model, f)) });
        publishedStats.set(uri, model.stats);
        publishConfigProblems(store.configFor(uri).problems);
      });
      if (document.getText().length < LONG_DOCUMENT_CHARS) return;
      collectAfter(document);
      rehearseTyping(document);
    });
  };

  /**
   * The first keystrokes after a long agreement opens ran the edit path's code before the
   * engine had compiled it for this document's objects (the bench's 1 MB agreement: the
   * first 15 edits p50 22–25 ms in-process, against 11–14 from then on; analysing the
   * opened version once more did not change that, nor did rehearsing on another document).
   * So once a long document's first diagnostics are out, the server rehearses typing in it
   * while the user reads: REHEARSALS keystrokes at lines spread over the document
   * (rehearsal.ts), each analysed completely and taken back (ModelStore.rehearse), one
   * per event-loop turn, nothing published. In-process, ten rehearsed keystrokes brought
   * the first 15 edits to p50 13.6 ms. A message for the document (the user typing) stops
   * it: an edit waits at most for the keystroke being rehearsed.
   */
  const warmedUp = new Set<string>();
  let warmUps = 0;
  let rehearsals = 0;
  const rehearseTyping = (document: TextDocument) => {
    const { uri, version } = document;
    if (warmedUp.has(uri)) return;
    warmedUp.add(uri);
    let index = 0;
    const next = () => {
      const current = documents.get(uri);
      if (!current || current.version !== version || pending.has(uri)) return;
      const done = guard('warm-up', false, () => store.rehearse(current, rehearsedKeystroke(current.getText(), index, REHEARSALS)));
      if (!done) return;
      rehearsals++;
      collectYoungGeneration();
      if (++index < REHEARSALS) setImmediate(next); else warmUps++;
    };
    setImmediate(next);
  };

  /**
   * Once a long document's diagnostics are out, the young generation is collected while
   * the user is between keystrokes (youngGeneration.ts): otherwise the engine collects it in
   * the middle of the next analysis, copying the half-built model inside that edit's
   * latency. Two servers fed the same 150 edits of a 1 MB agreement alternately: p50
   * 16.2–21.6 → 13.8–19.2 ms, p95 36.3–53.5 → 31.7–40.1 ms (six runs). Not when a newer version is
   * already waiting: its analysis goes first.
   */
  let youngCollections = 0;
  const collectAfter = (document: TextDocument) => {
    const { uri, version } = document;
    setImmediate(() => {
      if (documents.get(uri)?.version === version && collectYoungGeneration()) youngCollections++;
    });
  };

  /** A malformed .clausewise.json gets its own diagnostics; the documents use defaults. */
  const publishConfigProblems = (problems: ConfigProblem[]) => {
    const byFile = configFindings(problems, (f) => readFileSync(f, 'utf8'));
    for (const { file, lines, findings } of byFile) {
      const uri = pathToFileURL(file).toString();
      publishedConfigProblems.add(uri);
      connection.sendDiagnostics({ uri, diagnostics: findings.map((f) => ({ range: lines.range(f.span.start, f.span.end), severity: 1, code: f.code, source: 'clausewise', message: f.message })) });
    }
  };

  const schedule = (document: TextDocument) => {
    const { uri } = document;
    const token = {};
    pending.set(uri, token);
    inbox.whenQuiet(() => {
      // Answers already computed (the outline asked right after the edit) go out first.
      const run = () => {
        if (pending.get(uri) !== token) return;
        pending.delete(uri);
        const current = documents.get(uri);
        if (current) publish(current);
      };
      if (outbox) outbox.whenSent(run, MAX_SEND_WAIT_MS); else run();
    }, MAX_QUIET_WAIT_MS);
  };

  let initProblems: string[] = [];
  const warnAboutSettings = (problems: string[]) => {
    if (problems.length) void connection.window.showWarningMessage(settingsMessage(ui, 'summary', problems.join(ui === 'zh' ? '；' : '; ')));
  };

  const refreshSettings = async () => {
    if (canPullConfiguration) {
      const raw = await connection.workspace.getConfiguration('clausewise').catch(() => undefined);
      const { settings: next, problems } = readSettings(raw, ui);
      settings = next;
      warnAboutSettings(problems);
    }
    store.invalidateConfig();
    documents.all().forEach(schedule);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    ui = uiLanguage(params.locale);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceIndex = folders.length && params.initializationOptions?.trusted !== false ? new WorkspaceIndex(folders) : undefined;
    const init = readSettings(params.initializationOptions?.settings, ui);
    settings = init.settings;
    initProblems = init.problems;
    // Untrusted workspace: do not let files in it (.clausewise.json) change behaviour.
    if (params.initializationOptions?.trusted === false) store = new ModelStore(() => settings, false);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: 'Clausewise' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        workspaceSymbolProvider: true,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        codeLensProvider: { resolveProvider: false },
        completionProvider: { triggerCharacters: ['第', ' ', '“', '"', '（', '('] },
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.clausewise', 'refactor.rewrite'] },
        documentLinkProvider: { resolveProvider: false },
        semanticTokensProvider: { legend: { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] }, full: true },
        executeCommandProvider: { commands: [] },
      },
      serverInfo: { name: 'clausewise', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    warnAboutSettings(initProblems);
    void refreshSettings();
  });
  connection.onDidChangeWatchedFiles(() => {
    for (const uri of publishedConfigProblems) connection.sendDiagnostics({ uri, diagnostics: [] });
    publishedConfigProblems.clear();
    store.invalidateConfig();
    documents.all().forEach(schedule);
  });
  connection.onDidChangeConfiguration((change) => {
    if (!canPullConfiguration) settings = readSettings(change.settings?.clausewise).settings;
    void refreshSettings();
  });

  // Fired on open too (after onDidOpen): one pass per version.
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    pending.delete(e.document.uri);
    publishedStats.delete(e.document.uri);
    warmedUp.delete(e.document.uri);
    store.delete(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  const withModel = <T>(uri: string, what: string, fallback: T, fn: (r: ReturnType<ModelStore['get']>) => T): T => {
    const document = documents.get(uri);
    if (!document) return fallback;
    return guard(what, fallback, () => fn(store.get(document)));
  };

  const context = (uri: string): FeatureContext | undefined => {
    const document = documents.get(uri);
    if (!document) return undefined;
    const result = store.get(document);
    return {
      model: result.model,
      get findings() { return result.findings; },
      // Open documents, then the workspace's other Markdown files (read lazily, on first use).
      workspace: () => {
        const open = documents.all().filter((d) => d.uri !== uri);
        const openUris = new Set(documents.all().map((d) => d.uri));
        return [...open.map((d) => store.get(d).model), ...(workspaceIndex?.models_(openUris) ?? [])];
      },
    };
  };
  /** Ask each provider in turn; the first non-empty answer wins. */
  const first = <T>(uri: string, what: string, ask: (ctx: FeatureContext) => (T | null | undefined)[]): T | null =>
    guard(what, null, () => {
      const ctx = context(uri);
      return ctx ? ask(ctx).find((x) => x !== null && x !== undefined) ?? null : null;
    });
  /** Ask every provider; concatenate the answers. */
  const all = <T>(uri: string, what: string, ask: (ctx: FeatureContext) => T[][]): T[] =>
    guard(what, [], () => {
      const ctx = context(uri);
      return ctx ? ask(ctx).flat() : [];
    });
  const offsetOf = (ctx: FeatureContext, position: { line: number; character: number }) => ctx.model.lines.offsetAt(position);

  /**
   * Hover and definition never wait for analysis: while a newer version awaits its
   * debounced analysis, they answer from the last model, with positions mapped across
   * the edit (editMap.ts). Only a position inside the edited region needs a fresh model.
   */
  const fromLastModel = <T>(uri: string, what: string, position: Position, ask: (ctx: FeatureContext, offset: number) => (T | null | undefined)[]): T | null =>
    guard(what, null, () => {
      const document = documents.get(uri);
      const last = store.peek(uri);
      if (document && last && last.model.version !== document.version && !last.truncated) {
        const newText = document.getText();
        const lines = linesOf(document.version, newText);
        const map = new EditMap(last.model.text, newText);
        const old = map.toOld(lines.offsetAt(position));
        if (old !== undefined) {
          const ctx: FeatureContext = { model: last.model, get findings() { return last.findings; }, workspace: () => [] };
          const found = ask(ctx, old).find((x) => x !== null && x !== undefined);
          const answer = found === undefined ? null : structuredClone(found); // remapped in place: never touch a provider's cache
          if (answer === null || map.remapRanges(answer, last.model.lines, lines, uri)) return answer;
        }
      }
      return first(uri, what, (ctx) => ask(ctx, offsetOf(ctx, position)));
    });
  let linesCache: { version: number; lines: LineIndex } | undefined;
  const linesOf = (version: number, text: string) => {
    if (linesCache?.version !== version || linesCache.lines.text !== text) linesCache = { version, lines: new LineIndex(text) };
    return linesCache.lines;
  };

  connection.onHover((p) => fromLastModel(p.textDocument.uri, 'hover', p.position, (ctx, offset) => PROVIDERS.hover.map((f) => f(ctx, offset))));
  connection.onDefinition((p) => fromLastModel(p.textDocument.uri, 'definition', p.position, (ctx, offset) => PROVIDERS.definition.map((f) => f(ctx, offset))));
  connection.onReferences((p) => all(p.textDocument.uri, 'references', (ctx) => PROVIDERS.references.map((f) => f(ctx, offsetOf(ctx, p.position), p.context.includeDeclaration) ?? [])));
  connection.onPrepareRename((p) => first(p.textDocument.uri, 'prepare rename', (ctx) => PROVIDERS.prepareRename.map((f) => f(ctx, offsetOf(ctx, p.position)))));
  connection.onRenameRequest((p) => first(p.textDocument.uri, 'rename', (ctx) => PROVIDERS.rename.map((f) => f(ctx, offsetOf(ctx, p.position), p.newName))));
  connection.onCodeLens((p) => all(p.textDocument.uri, 'code lens', (ctx) => PROVIDERS.codeLens.map((f) => f(ctx))));
  connection.onCompletion((p) => all(p.textDocument.uri, 'completion', (ctx) => PROVIDERS.completion.map((f) => f(ctx, offsetOf(ctx, p.position), p))));
  connection.onCodeAction((p) => all(p.textDocument.uri, 'code actions', (ctx) => PROVIDERS.codeActions.map((f) => f(ctx, p))));
  connection.onDocumentLinks((p) => all(p.textDocument.uri, 'document links', (ctx) => PROVIDERS.documentLinks.map((f) => f(ctx))));
  connection.languages.semanticTokens.on((p) => guard('semantic tokens', { data: [] }, () => {
    const ctx = context(p.textDocument.uri);
    return ctx ? encodeSemanticTokens(ctx.model, PROVIDERS.semanticTokens.flatMap((f) => f(ctx))) : { data: [] };
  }));

  connection.onDocumentSymbol((p) => withModel(p.textDocument.uri, 'outline', [], ({ model }) => documentSymbols(model)));
  connection.onFoldingRanges((p) => withModel(p.textDocument.uri, 'folding', [], ({ model }) => foldingRanges(model)));
  connection.onSelectionRanges((p) => withModel(p.textDocument.uri, 'selection ranges', [], ({ model }) => selectionRanges(model, p.positions)));
  connection.onWorkspaceSymbol((p) => guard('workspace symbols', [], () => workspaceSymbols(documents.all().map((d) => store.get(d).model), p.query)));
  registerTimelineRequests(connection, (uri) => withModel(uri, 'timelines', undefined, ({ model }) => model), guard);
  connection.onRequest('clausewise/clauses', (p: { uri: string }) => withModel(p.uri, 'clause list', [], ({ model }) => clauseList(model)));
  connection.onRequest('clausewise/documentInfo', (p: { uri: string }) => withModel(p.uri, 'document info', null, ({ model, findings }) => ({
    isAgreement: model.agreement.isAgreement, reason: model.agreement.reason, language: model.language,
    clauses: model.clauses.length, parts: model.parts.length,
    problems: { error: findings.filter((f) => f.severity === 'error').length, warning: findings.filter((f) => f.severity === 'warning').length },
  })));

  /** For bench/run.mjs: heap (after a GC when started with --expose-gc) and the latest analysis stats of a document. */
  connection.onRequest('clausewise/stats', (p: { uri?: string; gc?: boolean }) => guard('stats', null, () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (p?.gc && gc) gc();
    const m = process.memoryUsage(), cpu = process.cpuUsage();
    return { pid: process.pid, heapUsed: m.heapUsed, rss: m.rss, cpuMs: (cpu.user + cpu.system) / 1000, gc: !!(p?.gc && gc), analyses: store.analyses, warmUps, rehearsals, rehearsalsPerOpen: REHEARSALS, youngCollections, longDocumentChars: LONG_DOCUMENT_CHARS, model: (p?.uri && (publishedStats.get(p.uri) ?? store.peek(p.uri)?.model.stats)) || null };
  }));

  /** "Check Workspace": the client sends file contents (so virtual workspaces work too). */
  connection.onRequest('clausewise/checkFiles', (p: { files: { uri: string; text: string }[] }) => guard('check files', { agreements: 0, errors: 0, warnings: 0 }, () => {
    let agreements = 0, errors = 0, warnings = 0;
    for (const file of p.files) {
      if (documents.get(file.uri)) { const r = store.get(documents.get(file.uri)!); agreements += +r.model.agreement.isAgreement; continue; }
      const { model, findings } = lint(stripBom(file.text), { uri: file.uri, detection: settings.agreementDetection, severity: settings.severity, language: settings.language });
      agreements += +model.agreement.isAgreement;
      errors += findings.filter((f) => f.severity === 'error').length;
      warnings += findings.filter((f) => f.severity === 'warning').length;
      connection.sendDiagnostics({ uri: file.uri, diagnostics: findings.map((f) => toDiagnostic(model, f)) });
    }
    return { agreements, errors, warnings };
  }));

  documents.listen(connection);
  connection.listen();
}

// The server never dies on a bad document: log and carry on.
process.on('uncaughtException', (e) => { console.error(`Clausewise server error: ${e instanceof Error ? e.stack : e}`); });

if (require.main === module || process.argv.includes('--stdio') || process.argv.includes('--node-ipc')) {
  const { connection, inbox, outbox } = openConnection();
  startServer(connection, inbox, outbox);
}
