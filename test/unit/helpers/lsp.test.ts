/**
 * The protocol tests' client stops the reader's partial-message timer when it stops
 * (test/helpers/lsp.ts): vscode-jsonrpc re-arms it every 10 s while a message is half read,
 * even after the connection is disposed, and a process with it never exits.
 */
import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import { StreamMessageReader } from 'vscode-languageserver-protocol/node';
import { stopPartialMessageTimer } from '../../helpers/lsp';

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describe('test client: a half-read message does not keep the process alive', () => {
  it('stopPartialMessageTimer ends the timer a half-read message armed', () => {
    const stream = new PassThrough();
    const reader = new StreamMessageReader(stream);
    reader.listen(() => undefined);
    const before = timers();
    stream.write('Content-Length: 100\r\n\r\n{"jsonrpc":');
    assert.equal(timers(), before + 1, 'a half-read message arms a timer');
    reader.dispose();
    assert.equal(timers(), before + 1, 'disposing the reader leaves it (the library\'s behaviour this works around)');
    stopPartialMessageTimer(reader);
    assert.equal(timers(), before);
    stream.destroy();
  });
});
