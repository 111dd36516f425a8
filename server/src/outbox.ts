/**
 * The server's side of the transport, with two additions. The inbox counts the messages
 * jsonrpc has handled, so diagnostics can wait for the ones already queued (a burst of
 * keystrokes, a hover) without a timer. The outbox knows when every message it
 * has written has reached the client. An answer computed right after an edit (the outline:
 * over a megabyte of JSON for a long agreement) is written in pieces as the client reads
 * it; a diagnostics pass started meanwhile would block the event loop and hold the rest
 * of the answer back for its whole length. server.ts starts diagnostics once the outbox
 * is empty (`whenSent`), so answers already computed never wait for them.
 */
import {
  createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, IPCMessageReader,
  AbstractMessageWriter, type Connection, type ConnectionOptions, type Message, type MessageWriter,
} from 'vscode-languageserver/node';
import { Console } from 'node:console';
import { Writable } from 'node:stream';

/** Counts the messages jsonrpc has handled (it handles one queued message per event-loop turn). */
export class Inbox {
  private handled = 0;

  /** Connection options that count each message as jsonrpc hands it to its handler. */
  get options(): ConnectionOptions {
    return { messageStrategy: { handleMessage: (message, next) => { this.handled++; return next(message); } } };
  }

  /**
   * Runs `fn` once a whole turn of the event loop has passed without a message handled,
   * that is, once the messages already queued have been. At least two turns: jsonrpc
   * queues its next message's turn after the handler that called this. A client that
   * never stops sending does not hold `fn` back longer than `maxWaitMs`.
   */
  whenQuiet(fn: () => void, maxWaitMs: number): void {
    const started = performance.now();
    let seen = -1;
    const check = () => {
      if (this.handled === seen || performance.now() - started >= maxWaitMs) fn();
      else { seen = this.handled; setImmediate(check); }
    };
    setImmediate(check);
  }
}

/** Counts the messages written but not yet handed to the operating system. */
export class Outbox {
  private pending = 0;
  private waiting: (() => void)[] = [];

  /** `writer` with its writes counted. */
  track(writer: MessageWriter): MessageWriter {
    return {
      onError: writer.onError, onClose: writer.onClose,
      write: (message: Message) => {
        this.pending++;
        return writer.write(message).finally(() => { if (--this.pending === 0) this.release(); });
      },
      end: () => writer.end(),
      dispose: () => writer.dispose(),
    };
  }

  get idle(): boolean { return this.pending === 0; }

  /** Runs `fn` once every message written so far has been sent, or after `maxWaitMs` (a client that stops reading must not stop diagnostics). */
  whenSent(fn: () => void, maxWaitMs: number): void {
    if (this.pending === 0) { fn(); return; }
    let done = false;
    const once = () => { if (!done) { done = true; clearTimeout(timer); fn(); } };
    const timer = setTimeout(once, maxWaitMs);
    this.waiting.push(once);
  }

  private release(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const fn of waiting) fn();
  }
}

/** Node IPC (how VS Code starts the server): resolves a write when process.send has sent it. */
class IpcWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;
  constructor() {
    super();
    // As vscode-jsonrpc's IPCMessageWriter: the parent going away is noticed by the
    // client-process watchdog (initialize's processId), not here.
    process.on('error', (error) => this.fireError(error));
  }
  write(message: Message): Promise<void> {
    return new Promise((resolve) => {
      if (typeof process.send !== 'function') { resolve(); return; }
      process.send(message, undefined, undefined, (error) => {
        if (error) this.fireError(error, message, ++this.errors); else this.errors = 0;
        resolve();
      });
    });
  }
  end(): void {}
}

/**
 * The connection for `--stdio` or `--node-ipc`, with an outbox; any other transport
 * (`--socket`, `--pipe`) is left to vscode-languageserver, without one.
 */
export function openConnection(argv = process.argv): { connection: Connection; inbox: Inbox; outbox?: Outbox } {
  const inbox = new Inbox();
  const outbox = new Outbox();
  if (argv.includes('--node-ipc')) {
    return { connection: createConnection(ProposedFeatures.all, new IPCMessageReader(process), outbox.track(new IpcWriter()), inbox.options), inbox, outbox };
  }
  if (argv.includes('--stdio')) {
    let shutdown = false;
    const reader = new StreamMessageReader(process.stdin);
    const listen = reader.listen.bind(reader);
    reader.listen = (callback) => listen((message) => {
      if ((message as { method?: string }).method === 'shutdown') shutdown = true;
      callback(message);
    });
    const connection = createConnection(ProposedFeatures.all, reader, outbox.track(new StreamMessageWriter(process.stdout)), inbox.options);
    // What vscode-languageserver does for --stdio itself: stdout carries the protocol, so
    // console output goes to the client's log; the client closing stdin ends the server.
    globalThis.console = new Console({ stdout: lines((s) => connection.console.log(s)), stderr: lines((s) => connection.console.error(s)) });
    const end = () => process.exit(shutdown ? 0 : 1);
    process.stdin.on('end', end);
    process.stdin.on('close', end);
    return { connection, inbox, outbox };
  }
  return { connection: createConnection(ProposedFeatures.all, inbox.options), inbox };
}

/** A stream that hands each write, without its final line break, to `send`. */
function lines(send: (text: string) => void): Writable {
  return new Writable({ write(chunk, _encoding, done) { send(String(chunk).replace(/\n$/, '')); done(); } });
}
