/**
 * A real LSP client for protocol tests: starts `node dist/server.js --stdio` (or
 * `--node-ipc`, as VS Code does) and speaks JSON-RPC to it with
 * vscode-languageserver-protocol, as an editor would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, IPCMessageReader, IPCMessageWriter, InitializeRequest, InitializedNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, PublishDiagnosticsNotification, ShutdownRequest, ExitNotification,
  type ProtocolConnection, type Diagnostic, type PublishDiagnosticsParams, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './fixtures';

export type Transport = 'stdio' | 'ipc';

/**
 * vscode-jsonrpc's stream reader re-arms a 10 s timer for as long as a message is half
 * read, and disposing the connection does not stop it: a server stopped in the middle of a
 * long answer kept mocha from exiting (one CI run hung after "471 passing"). This stops it.
 */
export function stopPartialMessageTimer(reader: StreamMessageReader): void {
  reader.partialMessageTimeout = 0;
  (reader as unknown as { clearPartialMessageTimer?: () => void }).clearPartialMessageTimer?.();
}

export class TestClient {
  readonly connection: ProtocolConnection;
  private readonly process: ChildProcess;
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** How many times diagnostics were published for each uri. */
  readonly publishes = new Map<string, number>();
  private readonly waiters: { uri: string; version?: number; resolve: (d: Diagnostic[]) => void }[] = [];
  private versions = new Map<string, number>();
  stderr = '';
  /** Messages the server showed (window/showMessage and window/showMessageRequest). */
  readonly messages: string[] = [];

  private readonly reader?: StreamMessageReader;

  private constructor(nodeArgs: string[] = [], transport: Transport = 'stdio') {
    const ipc = transport === 'ipc';
    this.process = spawn(process.execPath, [...nodeArgs, join(ROOT, 'dist/server.js'), ipc ? '--node-ipc' : '--stdio'], { stdio: ipc ? ['pipe', 'pipe', 'pipe', 'ipc'] : ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d) => { this.stderr += d; });
    if (!ipc) this.reader = new StreamMessageReader(this.process.stdout!);
    this.connection = ipc
      ? createProtocolConnection(new IPCMessageReader(this.process), new IPCMessageWriter(this.process))
      : createProtocolConnection(this.reader!, new StreamMessageWriter(this.process.stdin!));
    // Once the server's output has closed no more can arrive: the reader's timer, if a message was cut short, goes too.
    this.process.once('close', () => { if (this.reader) stopPartialMessageTimer(this.reader); });
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.set(p.uri, p);
      this.publishes.set(p.uri, (this.publishes.get(p.uri) ?? 0) + 1);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && (w.version === undefined || p.version === w.version)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p.diagnostics);
        }
      }
    });
    this.connection.onRequest('workspace/configuration', () => [{}]);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/showMessage', (p: { type: number; message: string }) => { this.messages.push(p.message); });
    this.connection.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => { this.messages.push(p.message); return null; });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  static async start(settings: Record<string, unknown> = {}, nodeArgs: string[] = [], trusted = true, workspaceFolders: string[] = [], locale?: string, transport: Transport = 'stdio'): Promise<TestClient> {
    const client = new TestClient(nodeArgs, transport);
    await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: null, workspaceFolders: workspaceFolders.length ? workspaceFolders.map((uri) => ({ uri, name: 'workspace' })) : null,
      capabilities: { workspace: { configuration: false }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
      initializationOptions: { settings, trusted }, locale,
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Opens a document and resolves with its first diagnostics. */
  open(uri: string, text: string, languageId = 'markdown', timeoutMs = 10000): Promise<Diagnostic[]> {
    this.versions.set(uri, 1);
    const waiting = this.waitForDiagnostics(uri, 1, timeoutMs);
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return waiting;
  }

  /** Applies changes and resolves with the diagnostics of the new version. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<Diagnostic[]> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const waiting = this.waitForDiagnostics(uri, version);
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return waiting;
  }

  /**
   * Sends notifications in one write, so the server reads them together (as it does with
   * the keystrokes that arrived while it was busy). Stdio only.
   */
  notifyAtOnce(notifications: { method: string; params: unknown }[]): void {
    const frames = notifications.map((n) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: n.method, params: n.params }), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    });
    this.process.stdin!.write(Buffer.concat(frames));
  }

  waitForDiagnostics(uri: string, version?: number, timeoutMs = 10000): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms; server stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({ uri, version, resolve: (d) => { clearTimeout(timer); resolve(d); } });
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch { /* already gone */ }
    this.connection.dispose();
    this.process.kill();
  }

  get alive(): boolean { return this.process.exitCode === null && !this.process.killed; }

  /** The server process's exit code, once it has exited. */
  exited(timeoutMs = 5000): Promise<number | null> {
    if (this.process.exitCode !== null) return Promise.resolve(this.process.exitCode);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server did not exit within ${timeoutMs} ms`)), timeoutMs);
      this.process.once('exit', (code) => { clearTimeout(timer); resolve(code); });
    });
  }

  /** Closes the server's standard input, as an editor that goes away does. */
  closeInput(): void { this.process.stdin!.end(); }
}
