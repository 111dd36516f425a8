/** The outbox: diagnostics start only once the answers already written have been sent (server/src/outbox.ts). */
import { strict as assert } from 'node:assert';
import { Emitter, type Message, type MessageWriter } from 'vscode-languageserver/node';
import { Inbox, Outbox } from '../../../server/src/outbox';

/** A writer whose writes finish when the test says so. */
function slowWriter() {
  const finish: (() => void)[] = [];
  const writer: MessageWriter = {
    onError: new Emitter<[Error, Message | undefined, number | undefined]>().event,
    onClose: new Emitter<void>().event,
    write: () => new Promise<void>((resolve) => finish.push(resolve)),
    end: () => undefined, dispose: () => undefined,
  };
  return { writer, finish };
}
const turn = () => new Promise((r) => setImmediate(r));

describe('Outbox', () => {
  it('runs at once when nothing is being sent', () => {
    const outbox = new Outbox();
    let ran = 0;
    outbox.whenSent(() => ran++, 1000);
    assert.equal(ran, 1);
  });

  it('waits until every message written so far has been sent, and runs once', async () => {
    const outbox = new Outbox();
    const { writer, finish } = slowWriter();
    const tracked = outbox.track(writer);
    void tracked.write({ jsonrpc: '2.0' });
    void tracked.write({ jsonrpc: '2.0' });
    let ran = 0;
    outbox.whenSent(() => ran++, 60_000);
    assert.equal(outbox.idle, false);
    finish[0]();
    await turn();
    assert.equal(ran, 0, 'ran while a message was still being sent');
    finish[1]();
    await turn();
    assert.equal(ran, 1);
    assert.equal(outbox.idle, true);
    void tracked.write({ jsonrpc: '2.0' });
    finish[2]();
    await turn();
    assert.equal(ran, 1, 'ran again');
  });

  it('gives up waiting after the longest wait (a client that stops reading)', async () => {
    const outbox = new Outbox();
    const { writer } = slowWriter();
    void outbox.track(writer).write({ jsonrpc: '2.0' });
    let ran = 0;
    outbox.whenSent(() => ran++, 5);
    await new Promise((r) => setTimeout(r, 30));
    assert.equal(ran, 1);
  });
});

describe('Inbox', () => {
  /** Hands a message to the inbox the way jsonrpc does (through its message strategy). */
  const handle = (inbox: Inbox) => inbox.options.messageStrategy!.handleMessage({ jsonrpc: '2.0' } as Message, () => undefined);

  it('runs after two turns when no message is handled meanwhile', async () => {
    const inbox = new Inbox();
    let ran = 0;
    inbox.whenQuiet(() => ran++, 1000);
    await turn();
    assert.equal(ran, 0, 'not in the first turn: jsonrpc queues its next message after the caller');
    await turn();
    assert.equal(ran, 1);
  });

  it('waits while messages are handled, one per turn, and runs in the first quiet turn after them', async () => {
    const inbox = new Inbox();
    let ran = 0;
    inbox.whenQuiet(() => ran++, 1000);
    for (let i = 0; i < 5; i++) { handle(inbox); await turn(); assert.equal(ran, 0, `turn ${i}`); }
    await turn();
    await turn();
    assert.equal(ran, 1);
  });

  it('runs after maxWaitMs when messages never stop', async () => {
    const inbox = new Inbox();
    let ran = 0;
    const started = performance.now();
    inbox.whenQuiet(() => ran++, 30);
    while (!ran && performance.now() - started < 2000) { handle(inbox); await turn(); }
    assert.equal(ran, 1);
    assert.ok(performance.now() - started >= 30, 'not before maxWaitMs');
  });
});
