/**
 * `npm run bench`: measures the real language server over LSP stdio (dist/server.js) and
 * the CLI on generated agreements (100 KB, 1 MB, 5 MB) and the corpus' largest documents,
 * against two baselines measured in the same run on the same text:
 *   (a) remark-parse parsing the whole document once (what a naive server does per keystroke);
 *   (b) vscode-markdown-languageservice (VS Code's Markdown service) computing document
 *       symbols and link diagnostics for a new document version.
 * Prints a Markdown table and writes bench/results.md (+ bench/results.json).
 *
 * `npm run bench` builds first (dist/ must match the source). Environment:
 *   BENCH_SIZES=100k,1m,5m,corpus   which inputs (default: all)
 *   BENCH_EDITS=200                 single-character edits per input
 *   BENCH_FROM_JSON=bench/results.json  only re-render results.md from a previous run's raw figures
 *   BENCH_EDIT_BUDGET_S=60          stop an input's edit loop after this long (the count is reported);
 *                                   the other loops stop after a third of it (at least 3 samples each)
 */
import { spawn, spawnSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { generateAgreement, rng, SIZES } from './generate.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const require = createRequire(join(ROOT, 'package.json'));
const SERVER = join(ROOT, 'dist/server.js');
const CLI = join(ROOT, 'dist/cli.js');

if (!existsSync(SERVER) || !existsSync(CLI)) {
  console.error(`bench: ${existsSync(SERVER) ? CLI : SERVER} is missing. Run \`npm run build\` first, then \`npm run bench\`.`);
  process.exit(2);
}

const rpc = require('vscode-languageserver-protocol/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const CORPUS_DIR = process.env.BENCH_CORPUS_DIR ?? '/work/shared/corpus';
const CORPUS_FILES = ['github-data-protection-agreement-2023.md', '民法典-合同编.md'];
const WANTED = (process.env.BENCH_SIZES ?? '100k,1m,5m,corpus').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
const EDITS = Number(process.env.BENCH_EDITS ?? 200);
const EDIT_BUDGET_MS = Number(process.env.BENCH_EDIT_BUDGET_S ?? 60) * 1000;
const SIDE_BUDGET_MS = EDIT_BUDGET_MS / 3;
const FRESH_PROBES = 20;
const log = (...a) => console.error('bench:', ...a);

// ---- statistics ---------------------------------------------------------------------------

const sorted = (xs) => [...xs].sort((a, b) => a - b);
/** Nearest-rank percentile. */
const pct = (xs, p) => { if (!xs.length) return NaN; const s = sorted(xs); return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]; };
const median = (xs) => pct(xs, 0.5);
const ms = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) + ' ms' : '—');
const mb = (b) => (b / 1024 / 1024).toFixed(1) + ' MB';
const ratio = (x) => (Number.isFinite(x) ? (x >= 10 ? x.toFixed(0) : x.toFixed(1)) + '×' : '—');

// ---- an LSP client (the approach of test/helpers/lsp.ts) ----------------------------------

class Session {
  constructor() {
    this.stderr = '';
    this.waiters = [];
    this.proc = spawn(process.execPath, ['--expose-gc', SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr.on('data', (d) => { this.stderr = (this.stderr + d).slice(-4000); });
    this.reader = new rpc.StreamMessageReader(this.proc.stdout);
    this.conn = rpc.createProtocolConnection(this.reader, new rpc.StreamMessageWriter(this.proc.stdin));
    this.conn.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => {
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && p.version === w.version) { this.waiters.splice(this.waiters.indexOf(w), 1); w.resolve(p.diagnostics); }
      }
    });
    this.conn.onRequest('workspace/configuration', () => [{}]);
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onNotification('window/showMessage', () => undefined);
    this.conn.onNotification('window/logMessage', () => undefined);
    this.conn.listen();
  }

  /**
   * The server's stats after two forced GCs. One is not always enough: it can run while the
   * message reader still holds the last message (after a 1 MB didOpen, +1.3 MiB of the heap
   * in about one measurement in seven; the second GC frees it).
   */
  async heap(uri) {
    await this.request('clausewise/stats', { gc: true });
    return this.request('clausewise/stats', { uri, gc: true });
  }

  /**
   * Opens a document and waits until the server is idle again: after a long document's (as
   * long as the server's stats say) first diagnostics the server rehearses typing in it
   * (server.ts rehearseTyping), and a heap read meanwhile would count a pass half done.
   */
  async openSettled(uri, text) {
    const { warmUps: before, longDocumentChars } = await this.request('clausewise/stats', {});
    await this.open(uri, text);
    if (before === undefined || text.length < longDocumentChars) return;
    for (let tries = 0; tries < 100 && (await this.request('clausewise/stats', {})).warmUps === before; tries++) await new Promise((r) => setTimeout(r, 20));
  }

  async init() {
    await this.conn.sendRequest(rpc.InitializeRequest.type, {
      processId: process.pid, rootUri: null, workspaceFolders: null,
      capabilities: { workspace: { configuration: false }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
      initializationOptions: { settings: {} },
    });
    await this.conn.sendNotification(rpc.InitializedNotification.type, {});
  }

  diagnostics(uri, version, timeoutMs = 600000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for v${version} within ${timeoutMs} ms; server stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({ uri, version, resolve: (d) => { clearTimeout(timer); resolve(d); } });
    });
  }

  /** Opens a Markdown document; resolves with its first diagnostics. */
  open(uri, text) {
    const diagnosed = this.diagnostics(uri, 1);
    void this.notify(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return diagnosed;
  }

  request(method, params) { return this.conn.sendRequest(method, params); }
  notify(type, params) { return this.conn.sendNotification(type, params); }

  async stop() {
    try {
      await Promise.race([this.conn.sendRequest(rpc.ShutdownRequest.type), new Promise((r) => setTimeout(r, 3000))]);
      await this.conn.sendNotification(rpc.ExitNotification.type);
    } catch { /* gone */ }
    this.conn.dispose();
    if (this.proc.exitCode === null) this.proc.kill();
    // The reader re-arms a timer while a message is half read, and dispose does not stop it (test/helpers/lsp.ts).
    this.reader.partialMessageTimeout = 0;
    this.reader.clearPartialMessageTimer?.();
  }
}

// ---- where to ask: clause numbers, references, terms ----------------------------------------

/** The server's analysis of one version: the outline and what precedes it, each area (computed when first read), the rules. */
function analysisMs(stats) {
  if (!stats) return NaN;
  return stats.millis + Object.values(stats.extractors ?? {}).reduce((a, b) => a + b, 0) + (stats.rules ?? 0);
}

function evenly(list, n) {
  if (list.length <= n) return list;
  return Array.from({ length: n }, (_, i) => list[Math.floor(((i + 0.5) * list.length) / n)]);
}

function probeOffsets(text) {
  const clauses = [], refs = [], terms = [];
  for (const m of text.matchAll(/^(?:#{1,6}[ \t]+)?(?:第)?(\d{1,3}(?:\.\d{1,3}){0,4})(?:\.|条|[ \t])/gm)) clauses.push(m.index + m[0].indexOf(m[1]));
  for (const m of text.matchAll(/第[0-9一二三四五六七八九十百]{1,8}(?:\.[0-9]{1,3}){0,4}条|Sections? \d{1,3}(?:\.\d{1,3}){0,4}/g)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (/^#{1,6}[ \t]/.test(text.slice(lineStart, lineStart + 7)) || m.index - lineStart < 2) continue; // a heading's own label, not a reference
    refs.push(m.index + Math.floor(m[0].length / 2));
  }
  const defined = new Map();
  for (const m of text.matchAll(/[“"]([^“”"\n]{2,40})[”"]/g)) if (!defined.has(m[1])) defined.set(m[1], m.index + m[0].length);
  for (const [term, after] of defined) {
    const use = text.indexOf(term, after);
    if (use > 0) terms.push(use + Math.floor(term.length / 2));
  }
  terms.sort((a, b) => a - b);
  return { clause: evenly(clauses, 20), reference: evenly(refs, 20), term: evenly(terms, 20) };
}

/** Lines where a single character can be typed in running text. */
function editableLines(doc) {
  const lines = [];
  for (let i = 0; i < doc.lineCount; i++) {
    const line = doc.getText({ start: { line: i, character: 0 }, end: { line: i + 1, character: 0 } }).replace(/\r?\n$/, '');
    if (line.trim().length < 24 || /^\s*(?:#|\||```|~~~|<|---|\[)/.test(line)) continue;
    lines.push({ line: i, length: line.length, cjk: /[\u4e00-\u9fff]/.test(line) });
  }
  return lines;
}

// ---- one input through the server ----------------------------------------------------------

async function measureServer(name, text) {
  const s = new Session();
  const uri = pathToFileURL(join(os.tmpdir(), 'clausewise-bench', `${name}.md`)).href;
  const out = { name };
  try {
    await s.init();
    const idle = await s.heap();
    if (!idle) throw new Error('the server does not answer clausewise/stats: rebuild with `npm run build`');
    const beforeOpen = await s.request('clausewise/stats', {});

    // cold open → first diagnostics
    let t0 = performance.now();
    const waiting = s.open(uri, text);
    const first = await waiting;
    out.coldMs = performance.now() - t0;
    out.diagnostics = first.length;
    const afterOpen = await s.request('clausewise/stats', { uri });
    out.coldCpuMs = afterOpen.cpuMs - beforeOpen.cpuMs;
    const opened = await s.heap(uri);
    out.coldAnalysisMs = analysisMs(opened.model);
    out.sections = opened.model?.sections;
    out.heapIdle = idle.heapUsed;
    out.heapAfterOpen = opened.heapUsed;
    out.gcExposed = opened.gc;
    const info = await s.request('clausewise/documentInfo', { uri });
    out.isAgreement = info?.isAgreement;
    out.clauses = info?.clauses;
    log(`${name}: cold ${ms(out.coldMs)} (analysis ${ms(out.coldAnalysisMs)}, CPU ${ms(out.coldCpuMs)}), ${out.clauses} clauses, ${out.diagnostics} diagnostics, heap ${mb(out.heapAfterOpen)}`);

    // edits → diagnostics
    const editing = editor(s, uri, text);
    const { targets, edit } = editing;
    Object.assign(out, await editSeries(s, uri, name, editing));
    log(`${name}: edit → diagnostics p50 ${ms(median(out.editMs))} p95 ${ms(pct(out.editMs, 0.95))} over ${out.editMs.length} edits (server CPU p50 ${ms(median(out.editCpuMs))} p95 ${ms(pct(out.editCpuMs, 0.95))})`);
    // Editing must not grow the heap (a leak once pinned one old copy of the document per edit).
    out.heapAfterEdits = (await s.heap(uri)).heapUsed;

    // requests on the current version (model already built)
    const doc = editing.doc();
    const probes = probeOffsets(doc.getText());
    out.probeCounts = Object.fromEntries(Object.entries(probes).map(([k, v]) => [k, v.length]));
    out.hoverMs = []; out.definitionMs = []; out.hoverAnswers = 0; out.definitionAnswers = 0;
    for (const offset of Object.values(probes).flat()) {
      const position = doc.positionAt(offset);
      t0 = performance.now();
      const hover = await s.request('textDocument/hover', { textDocument: { uri }, position });
      out.hoverMs.push(performance.now() - t0);
      if (hover) out.hoverAnswers++;
      t0 = performance.now();
      const def = await s.request('textDocument/definition', { textDocument: { uri }, position });
      out.definitionMs.push(performance.now() - t0);
      if (def && (!Array.isArray(def) || def.length)) out.definitionAnswers++;
    }
    out.symbolMs = [];
    let sideStart = performance.now();
    for (let i = 0; i < 20 && (i < 3 || performance.now() - sideStart < SIDE_BUDGET_MS); i++) {
      t0 = performance.now();
      const symbols = await s.request('textDocument/documentSymbol', { textDocument: { uri } });
      out.symbolMs.push(performance.now() - t0);
      if (i === 0) out.symbols = countSymbols(symbols);
    }

    // requests right after an edit: the new version must be analysed first
    out.freshSymbolMs = []; out.freshHoverMs = [];
    const allProbes = Object.values(probes).flat();
    sideStart = performance.now();
    // With edits this slow, even one more round would blow the run's time: skip (reported as —).
    out.freshSkipped = median(out.editMs) > SIDE_BUDGET_MS / 2;
    for (let i = 0; i < FRESH_PROBES && !out.freshSkipped && EDITS + 2 * i + 1 < targets.length && (i < 3 || performance.now() - sideStart < SIDE_BUDGET_MS); i++) {
      let diagnosed = edit(targets[EDITS + 2 * i]);
      t0 = performance.now();
      await s.request('textDocument/documentSymbol', { textDocument: { uri } });
      out.freshSymbolMs.push(performance.now() - t0);
      await diagnosed;
      diagnosed = edit(targets[EDITS + 2 * i + 1]);
      t0 = performance.now();
      await s.request('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(allProbes[i % Math.max(1, allProbes.length)] ?? 0) });
      out.freshHoverMs.push(performance.now() - t0);
      await diagnosed;
    }
    log(`${name}: hover p95 ${ms(pct(out.hoverMs, 0.95))}, definition p95 ${ms(pct(out.definitionMs, 0.95))}, symbols p95 ${ms(pct(out.symbolMs, 0.95))}, edit → symbols p95 ${ms(pct(out.freshSymbolMs, 0.95))}`);
  } catch (e) {
    out.error = e instanceof Error ? e.message : String(e);
    log(`${name}: server measurement failed: ${out.error}`);
  } finally {
    await s.stop();
  }
  return out;
}

/**
 * The edit series of one document: EDITS single-character insertions at lines spread over
 * it (shuffled with a fixed seed: the same edits in every server), each sent as an
 * incremental didChange. `edit` applies the next one and resolves with its diagnostics.
 */
function editor(s, uri, text) {
  let doc = TextDocument.create(uri, 'markdown', 1, text);
  const random = rng(7);
  const targets = evenly(editableLines(doc), EDITS + 2 * FRESH_PROBES);
  for (let i = targets.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [targets[i], targets[j]] = [targets[j], targets[i]]; }
  let version = 1;
  const edit = (target) => {
    version++;
    let character = Math.max(12, Math.floor(target.length / 2));
    const lineText = doc.getText({ start: { line: target.line, character: 0 }, end: { line: target.line + 1, character: 0 } });
    const code = lineText.charCodeAt(character - 1);
    if (code >= 0xd800 && code <= 0xdbff) character++;
    const change = { range: { start: { line: target.line, character }, end: { line: target.line, character } }, text: target.cjk ? '的' : 'x' };
    doc = TextDocument.update(doc, [change], version);
    target.length++;
    const diagnosed = s.diagnostics(uri, version);
    void s.notify(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    return diagnosed;
  };
  return { targets, edit, doc: () => doc };
}

/** Runs the first EDITS edits of `editing`, each timed from its didChange until its diagnostics arrive. */
async function editSeries(s, uri, name, editing) {
  const out = { editMs: [], editAnalysisMs: [], editParsedSections: [], editCpuMs: [] };
  let cpuBefore = (await s.request('clausewise/stats', {})).cpuMs;
  const started = performance.now();
  for (const target of editing.targets.slice(0, EDITS)) {
    const t0 = performance.now();
    await editing.edit(target);
    out.editMs.push(performance.now() - t0);
    const stats = await s.request('clausewise/stats', { uri });
    out.editCpuMs.push(stats.cpuMs - cpuBefore);
    cpuBefore = stats.cpuMs;
    out.editAnalysisMs.push(analysisMs(stats.model));
    out.editParsedSections.push(stats.model?.parsedSections ?? NaN);
    if (performance.now() - started > EDIT_BUDGET_MS) { log(`${name}: edit budget reached after ${out.editMs.length} edits`); break; }
  }
  return out;
}

/**
 * The same edit series in one more fresh server, opened the way measureServer opens it (the
 * same requests between the open and the first edit): the edit figures are the median of
 * three such series, as a single series moves by ±15% on this shared machine.
 */
async function measureEditsAgain(name, text) {
  const s = new Session();
  try {
    await s.init();
    await s.heap();
    const uri = pathToFileURL(join(os.tmpdir(), 'clausewise-bench', `edits-${name}.md`)).href;
    await s.open(uri, text);
    await s.request('clausewise/stats', { uri });
    await s.heap(uri);
    await s.request('clausewise/documentInfo', { uri });
    return (await editSeries(s, uri, name, editor(s, uri, text))).editMs;
  } catch (e) {
    log(`${name}: edit series failed: ${e instanceof Error ? e.message : e}`);
    return undefined;
  } finally {
    await s.stop();
  }
}

/** One more cold open in a fresh server: the cold figure is the median of three such opens. */
async function measureColdOpen(name, text) {
  const s = new Session();
  try {
    await s.init();
    const uri = pathToFileURL(join(os.tmpdir(), 'clausewise-bench', `cold-${name}.md`)).href;
    const t0 = performance.now();
    await s.open(uri, text);
    return performance.now() - t0;
  } catch (e) {
    log(`${name}: cold open failed: ${e instanceof Error ? e.message : e}`);
    return NaN;
  } finally {
    await s.stop();
  }
}

/**
 * The heap for the document: the median of three fresh servers (reported with all three).
 * A single measurement sometimes still counts the last message held by the reader (+1.3
 * MiB after the 1 MB didOpen, about one in seven even after two GCs).
 */
async function measureHeap(name, text) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const run = await measureHeapOnce(name, text);
    if (Number.isFinite(run.heapWarmOpen - run.heapWarmIdle)) runs.push(run);
  }
  if (!runs.length) return {};
  const size = (r) => r.heapWarmOpen - r.heapWarmIdle;
  const sorted = [...runs].sort((a, b) => size(a) - size(b));
  const chosen = sorted[Math.floor((sorted.length - 1) / 2)];
  return { heapWarmIdle: chosen.heapWarmIdle, heapWarmOpen: chosen.heapWarmOpen, heapRuns: runs.map(size) };
}

/** The agreement a heap measurement's server analyses first: over the server's long-document threshold (100,000 characters). */
const WARM_UP_BYTES = 160 * 1024;

/**
 * The heap a document costs, apart from the server's code: a fresh server first opens,
 * analyses and closes a generated agreement long enough for the server to rehearse typing
 * in it (server.ts rehearseTyping: the code the rehearsal optimises is compiled and in the
 * heap then — about 0.4 MB, which a 20 KB agreement, never rehearsed, left to be counted
 * with the document), then opens the document. Both after two forced GCs (Session.heap).
 */
async function measureHeapOnce(name, text) {
  const s = new Session();
  const out = {};
  try {
    await s.init();
    const warmUri = pathToFileURL(join(os.tmpdir(), 'clausewise-bench', `warm-up-${name}.md`)).href;
    const warmText = generateAgreement(WARM_UP_BYTES, 3);
    await s.openSettled(warmUri, warmText);
    await s.request('textDocument/documentSymbol', { textDocument: { uri: warmUri } });
    void s.notify(rpc.DidCloseTextDocumentNotification.type, { textDocument: { uri: warmUri } });
    out.heapWarmIdle = (await s.heap()).heapUsed;
    const uri = pathToFileURL(join(os.tmpdir(), 'clausewise-bench', `heap-${name}.md`)).href;
    await s.openSettled(uri, text);
    out.heapWarmOpen = (await s.heap(uri)).heapUsed;
    log(`${name}: heap of the document ${mb(out.heapWarmOpen - out.heapWarmIdle)} (warm server ${mb(out.heapWarmIdle)})`);
  } catch (e) {
    log(`${name}: heap measurement failed: ${e instanceof Error ? e.message : e}`);
  } finally {
    await s.stop();
  }
  return out;
}

function countSymbols(symbols) {
  let n = 0;
  const visit = (list) => { for (const x of list ?? []) { n++; visit(x.children); } };
  visit(symbols);
  return n;
}

// ---- the CLI ---------------------------------------------------------------------------------

function measureCli(file, runs) {
  const times = [];
  let status;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [CLI, 'check', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    times.push(performance.now() - t0);
    status = r.status;
    if (times[0] > 5000) break;
    if (r.status === 2 || r.status === null) return { ms: NaN, status, error: (r.stderr || r.stdout || '').trim().split('\n').slice(0, 3).join(' ') };
  }
  return { ms: median(times), status };
}

// ---- baseline (a): remark-parse, the whole document -----------------------------------------

async function remarkBaseline() {
  const { unified } = await import(pathToFileURL(require.resolve('unified')).href);
  const { default: remarkParse } = await import(pathToFileURL(require.resolve('remark-parse')).href);
  const processor = unified().use(remarkParse);
  return (text, runs) => {
    const times = [], cpu = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now(), c0 = process.cpuUsage();
      processor.parse(text);
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0); cpu.push((c.user + c.system) / 1000);
    }
    return { wall: median(times), cpu: median(cpu) };
  };
}

// ---- baseline (b): vscode-markdown-languageservice -------------------------------------------

function markdownServiceBaseline() {
  const mdls = require('vscode-markdown-languageservice');
  const mdItModule = require('markdown-it');
  const MarkdownIt = mdItModule.default ?? mdItModule;
  const md = new MarkdownIt({ html: true });
  const none = () => ({ dispose() {} });
  const emitter = () => {
    const listeners = new Set();
    const event = (listener, thisArg) => { const l = (e) => listener.call(thisArg, e); listeners.add(l); return { dispose: () => listeners.delete(l) }; };
    return { event, fire: (e) => { for (const l of listeners) l(e); } };
  };
  const changed = emitter(), created = emitter();
  const docs = new Map();
  const workspace = {
    get workspaceFolders() { return []; },
    onDidChangeMarkdownDocument: changed.event, onDidCreateMarkdownDocument: created.event, onDidDeleteMarkdownDocument: none,
    async getAllMarkdownDocuments() { return docs.values(); },
    hasMarkdownDocument: (resource) => docs.has(resource.toString()),
    async openMarkdownDocument(resource) { return docs.get(resource.toString()); },
    async stat(resource) { return docs.has(resource.toString()) ? { isDirectory: false } : undefined; },
    async readDirectory() { return []; },
  };
  const parser = { slugifier: mdls.githubSlugifier, async tokenize(doc) { return md.parse(doc.getText(), {}); } };
  const logger = { level: mdls.LogLevel.Off, log() {} };
  const service = mdls.createLanguageService({ workspace, parser, logger });
  const token = { isCancellationRequested: false, onCancellationRequested: none };
  const level = mdls.DiagnosticLevel.warning;
  const options = { validateReferences: level, validateFragmentLinks: level, validateFileLinks: level, validateMarkdownFileLinkFragments: level,
    validateUnusedLinkDefinitions: level, validateDuplicateLinkDefinitions: level, ignoreLinks: [] };
  let version = 0;
  /** Each call gets a new document version and the change event an editor would send, so nothing comes from the service's caches (as after an edit). */
  const fresh = (uri, text) => {
    const doc = TextDocument.create(uri, 'markdown', ++version, text);
    const known = docs.has(uri);
    docs.set(uri, doc);
    (known ? changed : created).fire(doc);
    return doc;
  };
  return async (name, text, runs) => {
    const uri = pathToFileURL(join(os.tmpdir(), 'clausewise-bench-md', `${name}.md`)).href;
    const symbols = [], diagnostics = [], symbolsCpu = [];
    let count = 0;
    for (let i = 0; i < runs; i++) {
      let doc = fresh(uri, text);
      let t0 = performance.now();
      const c0 = process.cpuUsage();
      const result = await service.getDocumentSymbols(doc, { includeLinkDefinitions: true }, token);
      symbols.push(performance.now() - t0);
      const c = process.cpuUsage(c0); symbolsCpu.push((c.user + c.system) / 1000);
      count = countSymbols(result);
      doc = fresh(uri, text);
      t0 = performance.now();
      await service.computeDiagnostics(doc, options, token);
      diagnostics.push(performance.now() - t0);
    }
    docs.delete(uri);
    return { symbolsP50: median(symbols), symbolsP95: pct(symbols, 0.95), symbolsCpuP95: pct(symbolsCpu, 0.95), diagnosticsP50: median(diagnostics), diagnosticsP95: pct(diagnostics, 0.95), symbolCount: count, runs };
  };
}

// ---- inputs ----------------------------------------------------------------------------------

function inputs() {
  const dir = join(BENCH, 'inputs');
  mkdirSync(dir, { recursive: true });
  const list = [];
  for (const size of Object.keys(SIZES)) {
    if (!WANTED.includes(size)) continue;
    const text = generateAgreement(SIZES[size]);
    const file = join(dir, `generated-${size}.md`);
    writeFileSync(file, text);
    list.push({ name: `generated-${size}`, key: size, file, text });
  }
  if (WANTED.includes('corpus')) {
    for (const f of CORPUS_FILES) {
      const file = join(CORPUS_DIR, f);
      if (existsSync(file)) list.push({ name: `corpus: ${basename(f, '.md')}`, key: 'corpus', file, text: readFileSync(file, 'utf8').replace(/^\uFEFF/, '') });
      else log(`corpus file ${file} not found: skipped`);
    }
  }
  return list;
}

// ---- the report ------------------------------------------------------------------------------

function machine() {
  let commit = 'unknown';
  try {
    const git = (args) => execSync(`git ${args}`, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    commit = git('rev-parse --short HEAD').trim();
    if (git('status --porcelain -- server client scripts').trim()) commit += ' + uncommitted changes';
  } catch { /* not a git checkout */ }
  const cpus = os.cpus();
  if (process.env.BENCH_LABEL) commit = process.env.BENCH_LABEL;
  return { load: os.loadavg().map((x) => x.toFixed(1)).join(' '), cores: cpus.length, cpu: cpus[0]?.model?.trim() ?? 'unknown', node: process.version, platform: `${os.platform()} ${os.release()}`, memory: mb(os.totalmem()), commit, date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC' };
}

function report(results, m, totalSeconds) {
  const by = (key) => results.find((r) => r.key === key);
  const one = by('1m'), five = by('5m');
  const p95 = (r, field) => (r && !r.error ? pct(r[field], 0.95) : NaN);
  const targets = [];
  const target = (what, value, display, ok) => targets.push(`| ${what} | ${display} | ${Number.isFinite(value) ? (ok ? 'met' : '**NOT met**') : 'not measured'} |`);
  const e95 = one && !one.error ? one.editP95 : NaN;
  const threeP95 = `the three: ${(one?.editP95s ?? []).map(ms).join(', ')}`;
  target('edit → diagnostics p95 ≤ 50 ms (1 MB; median of 3 fresh servers)', e95, `${ms(e95)} (${threeP95})`, e95 <= 50);
  const speedup = one ? one.remarkMs / e95 : NaN;
  target('edit → diagnostics ≥ 20× faster than (a) remark-parse of the whole document (1 MB; p95, median of 3 fresh servers)', speedup, `${ratio(speedup)} (remark ${ms(one?.remarkMs)} / p95 ${ms(e95)}; ${threeP95})`, speedup >= 20);
  target('cold open → first diagnostics ≤ 1 s (1 MB; median of 3 fresh servers)', one?.coldMs, `${ms(one?.coldMs)} (${(one?.coldOpens ?? []).map(ms).join(', ')})`, one?.coldMs <= 1000);
  const growth = five && one ? five.coldMs / one.coldMs : NaN;
  target('cold 5 MB / 1 MB ≤ 6', growth, `${ratio(growth)} (${ms(five?.coldMs)} / ${ms(one?.coldMs)})`, growth <= 6);
  const h95 = p95(one, 'hoverMs'), d95 = p95(one, 'definitionMs');
  target('hover p95 ≤ 10 ms (1 MB)', h95, `${ms(h95)} (${one?.hoverAnswers ?? 0}/${one?.hoverMs?.length ?? 0} non-null)`, h95 <= 10);
  target('definition p95 ≤ 10 ms (1 MB)', d95, `${ms(d95)} (${one?.definitionAnswers ?? 0}/${one?.definitionMs?.length ?? 0} non-null)`, d95 <= 10);
  const s95 = p95(one, 'freshSymbolMs');
  target('document symbols after an edit no slower than (b) VS Code Markdown service (1 MB)', s95, `${ms(s95)} vs ${ms(one?.md?.symbolsP95)}`, s95 <= one?.md?.symbolsP95);
  // The document's heap: the server's heap with the document open, less the same server's heap
  // after it analysed and closed a small agreement (its compiled code, which any document needs).
  const heap = one ? (one.heapWarmOpen - one.heapWarmIdle) / one.bytes : NaN;
  const total = one ? one.heapAfterOpen / one.bytes : NaN;
  target('server heap for the document ≤ 15× its size (1 MB; median of 3 fresh servers)', heap, `${ratio(heap)} (+${mb((one?.heapWarmOpen ?? NaN) - (one?.heapWarmIdle ?? NaN))} over a warmed-up server's ${mb(one?.heapWarmIdle ?? NaN)}; the three: ${(one?.heapRuns ?? []).map(mb).join(', ')}; whole heap ${mb(one?.heapAfterOpen ?? NaN)} = ${ratio(total)})`, heap <= 15);

  const cols = results.map((r) => r.name);
  const row = (label, f) => `| ${label} | ${results.map((r) => { try { return r.error && f.server ? 'failed' : f(r); } catch { return '—'; } }).join(' | ')} |`;
  const srv = (f) => Object.assign(f, { server: true });
  const rows = [
    row('size (UTF-8 bytes / characters)', (r) => `${(r.bytes / 1024).toFixed(0)} KB / ${r.chars.toLocaleString('en')}`),
    row('sections / clauses / symbols / diagnostics', srv((r) => `${r.sections} / ${r.clauses} / ${r.symbols} / ${r.diagnostics}${r.isAgreement ? '' : ' (not an agreement)'}`)),
    row('cold open → first diagnostics, median of 3 fresh servers (the first: of which analysis; server CPU)', srv((r) => `${ms(r.coldMs)} (${ms(r.coldFirstMs)}: ${ms(r.coldAnalysisMs)}; CPU ${ms(r.coldCpuMs)})`)),
    row('edit → diagnostics p50 / p95, median of 3 fresh servers (the p95 of each)', srv((r) => `${ms(r.editP50)} / ${ms(r.editP95)} (n=${r.editMs.length} each; ${r.editP95s.map(ms).join(', ')})`)),
    row('… of which server analysis: outline, areas and rules (wall) p50 / p95 (first server)', srv((r) => `${ms(median(r.editAnalysisMs))} / ${ms(pct(r.editAnalysisMs, 0.95))}`)),
    row('… server CPU time per edit p50 / p95 (first server)', srv((r) => `${ms(median(r.editCpuMs))} / ${ms(pct(r.editCpuMs, 0.95))}`)),
    row('… sections re-parsed per edit (median)', srv((r) => `${median(r.editParsedSections)} of ${r.sections}`)),
    row('hover p95 (current version)', srv((r) => `${ms(pct(r.hoverMs, 0.95))} (${r.hoverAnswers}/${r.hoverMs.length} non-null)`)),
    row('definition p95 (current version)', srv((r) => `${ms(pct(r.definitionMs, 0.95))} (${r.definitionAnswers}/${r.definitionMs.length} non-null)`)),
    row('documentSymbol p95 (current version)', srv((r) => ms(pct(r.symbolMs, 0.95)))),
    row('edit → documentSymbol p95 (new version)', srv((r) => (r.freshSkipped ? 'skipped: edits too slow' : `${ms(pct(r.freshSymbolMs, 0.95))} (n=${r.freshSymbolMs.length})`))),
    row('edit → hover p95 (new version)', srv((r) => (r.freshSkipped ? 'skipped' : `${ms(pct(r.freshHoverMs, 0.95))} (n=${r.freshHoverMs.length})`))),
    row('server heap after open = × size (above the idle server)', srv((r) => `${mb(r.heapAfterOpen)} = ${ratio(r.heapAfterOpen / r.bytes)} (+${mb(r.heapAfterOpen - r.heapIdle)} = ${ratio((r.heapAfterOpen - r.heapIdle) / r.bytes)})`)),
    row('heap for the document alone (over a warmed-up server; median of 3 fresh servers) = × size', srv((r) => `+${mb(r.heapWarmOpen - r.heapWarmIdle)} = ${ratio((r.heapWarmOpen - r.heapWarmIdle) / r.bytes)} (warm server ${mb(r.heapWarmIdle)}; the three: ${(r.heapRuns ?? []).map(mb).join(', ')})`)),
    row('server heap after the edits (change since open)', srv((r) => `${mb(r.heapAfterEdits)} (${r.heapAfterEdits >= r.heapAfterOpen ? '+' : '−'}${mb(Math.abs(r.heapAfterEdits - r.heapAfterOpen))} after ${r.editMs.length} edits)`)),
    row('CLI `check` wall time', (r) => (Number.isFinite(r.cli.ms) ? `${ms(r.cli.ms)} (exit ${r.cli.status})` : `failed: ${r.cli.error}`)),
    row('(a) remark-parse, whole document (CPU)', (r) => `${ms(r.remarkMs)} (${ms(r.remarkCpuMs)})`),
    row('(a) ÷ our edit → diagnostics p95 (the target\'s ratio; median of 3 servers)', srv((r) => ratio(r.remarkMs / r.editP95))),
    row('(a) ÷ our edit → diagnostics p50 (for comparison: the median remark parse against our median edit)', srv((r) => ratio(r.remarkMs / r.editP50))),
    row('(b) VS Code Markdown service: document symbols p95 (CPU)', (r) => `${ms(r.md.symbolsP95)} (${ms(r.md.symbolsCpuP95)}; ${r.md.symbolCount} symbols)`),
    row('(b) VS Code Markdown service: link diagnostics p95', (r) => ms(r.md.diagnosticsP95)),
    row('(b) symbols ÷ our edit → documentSymbol p95', srv((r) => ratio(r.md.symbolsP95 / pct(r.freshSymbolMs, 0.95)))),
  ];
  return [
    '# Clausewise benchmark',
    '',
    `\`npm run bench\` on ${m.date}: **${m.cores} cores** (${m.cpu}), Node ${m.node}, ${m.platform}, ${m.memory} RAM; load average at start ${m.load}; commit ${m.commit}; whole run ${totalSeconds.toFixed(0)} s.`,
    '',
    'Server figures are measured through the real language server (`node --expose-gc dist/server.js --stdio`) by an LSP client over stdio, one fresh server per input (and two more for the cold open, whose figure is the median of the three: a single cold open varies by ±10% on this shared machine); latencies are wall time at the client. ' +
    `Edits: ${EDITS} single-character insertions at lines spread over the document (shuffled), each sent as an incremental didChange and timed until publishDiagnostics for that version arrives (the server handles the messages already queued before it analyses). The same series runs in three fresh servers, each opened the same way (the first also answers the requests below); the edit figures are the median of the three series' p50 and p95, as one series moves by ±15% on this shared machine. The first edit follows the requests the bench makes after the open (stats, two forced GCs, documentInfo: about half a second), in which the server rehearses typing in a long document (server.ts rehearseTyping, about 0.3 s for the 1 MB one). ` +
    'Hover/definition: up to 20 positions each on clause numbers, references and defined-term uses. Heap: `heapUsed` after two forced GCs (one can run while the message reader still holds the last message: +1.3 MiB after the 1 MB didOpen in about one measurement in seven), document size in UTF-8 bytes; the heap for the document alone is measured in three more fresh servers (the median is the figure; one measurement sometimes still counts the last message the reader held, +1.3 MiB after the 1 MB didOpen, even after two GCs), each of which first opens, analyses and closes a 160 KB generated agreement, long enough for the server to rehearse typing in it (so the analysis code, and the code the rehearsal optimises, is compiled and counted in its baseline), then opens the document and waits for its rehearsal to end. ' +
    'Baselines run in the bench process on the same text: (a) `unified().use(remarkParse).parse(text)`; (b) `vscode-markdown-languageservice` with a markdown-it parser, each call on a new document version.',
    '',
    'Server CPU is the user + system CPU time of the server process over the interval (`process.cpuUsage()`, read through the `clausewise/stats` request): unlike wall time it does not grow when other processes compete for the cores.',
    '',
    '## Targets (issue #8)',
    '',
    ...(Number(m.load.split(' ')[0]) > m.cores ? [`> The machine was busy during this run (load average ${m.load.split(' ')[0]} on ${m.cores} cores): wall-clock latencies are inflated; the server CPU figures below show the work itself. Re-run on a quiet machine before quoting the wall-clock numbers.`, ''] : []),
    '| target | measured | |',
    '| --- | --- | --- |',
    ...targets,
    '',
    '## All figures',
    '',
    `| | ${cols.join(' | ')} |`,
    `| --- | ${cols.map(() => '---').join(' | ')} |`,
    ...rows,
    '',
    ...results.filter((r) => r.error).map((r) => `- ${r.name}: server measurement failed: ${r.error.split('\n')[0]}`),
  ].join('\n') + '\n';
}

// ---- main ------------------------------------------------------------------------------------

if (process.env.BENCH_FROM_JSON) {
  const saved = JSON.parse(readFileSync(process.env.BENCH_FROM_JSON, 'utf8'));
  const markdown = report(saved.results, saved.machine, saved.seconds ?? NaN);
  console.log(markdown);
  writeFileSync(join(BENCH, 'results.md'), markdown);
  process.exit(0);
}

const startedAll = performance.now();
const m = machine();
log(`${m.cores} cores, Node ${m.node}; inputs: ${WANTED.join(', ')}`);
const list = inputs();
if (!list.length) { console.error(`bench: no inputs selected by BENCH_SIZES=${process.env.BENCH_SIZES}`); process.exit(2); }
const remark = await remarkBaseline();
remark(generateAgreement(50 * 1024, 1), 2); // warm up
const mdService = markdownServiceBaseline();
await mdService('warmup', generateAgreement(50 * 1024, 1), 2);

const results = [];
for (const input of list) {
  const big = input.text.length > 2 * 1024 * 1024;
  const r = { ...input, bytes: Buffer.byteLength(input.text), chars: input.text.length };
  const fileName = input.name.replace(/[^\p{L}\p{N}-]+/gu, '_');
  Object.assign(r, await measureServer(fileName, input.text), { name: input.name });
  Object.assign(r, await measureHeap(fileName, input.text));
  if (r.editMs?.length) {
    r.editRuns = [r.editMs, await measureEditsAgain(fileName, input.text), await measureEditsAgain(fileName, input.text)].filter((run) => run?.length);
    r.editP95s = r.editRuns.map((run) => pct(run, 0.95));
    r.editP50s = r.editRuns.map((run) => median(run));
    r.editP95 = median(r.editP95s);
    r.editP50 = median(r.editP50s);
    log(`${input.name}: edit → diagnostics p95 in ${r.editRuns.length} servers ${r.editP95s.map(ms).join(', ')} (median ${ms(r.editP95)})`);
  }
  r.coldOpens = [r.coldMs, await measureColdOpen(fileName, input.text), await measureColdOpen(fileName, input.text)].filter(Number.isFinite);
  r.coldFirstMs = r.coldMs;
  r.coldMs = median(r.coldOpens);
  log(`${input.name}: cold opens ${r.coldOpens.map(ms).join(', ')} (median ${ms(r.coldMs)})`);
  r.cli = measureCli(input.file, 3);
  log(`${input.name}: CLI check ${ms(r.cli.ms)}`);
  const a = remark(input.text, big ? 1 : 3);
  r.remarkMs = a.wall;
  r.remarkCpuMs = a.cpu;
  log(`${input.name}: (a) remark-parse ${ms(r.remarkMs)}`);
  r.md = await mdService(fileName, input.text, big ? 3 : 10);
  log(`${input.name}: (b) md service symbols p95 ${ms(r.md.symbolsP95)}, diagnostics p95 ${ms(r.md.diagnosticsP95)}`);
  delete r.text;
  results.push(r);
}

const seconds = (performance.now() - startedAll) / 1000;
const markdown = report(results, m, seconds);
console.log(markdown);
writeFileSync(join(BENCH, 'results.md'), markdown);
writeFileSync(join(BENCH, 'results.json'), JSON.stringify({ machine: m, seconds, results }, null, 1) + '\n');
log(`wrote ${join('bench', 'results.md')} and bench/results.json`);
