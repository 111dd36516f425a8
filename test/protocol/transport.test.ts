/**
 * The two transports the server sets up itself (server/src/outbox.ts): --node-ipc, as VS
 * Code starts it, and --stdio, as Neovim, Emacs and most editors do. Both carry the same
 * answers; the process ends when the editor goes away.
 */
import { strict as assert } from 'node:assert';
import { ShutdownRequest, ExitNotification, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { TestClient, type Transport } from '../helpers/lsp';
import { fixture } from '../helpers/fixtures';

describe('protocol: transports', function () {
  this.timeout(30000);
  const text = fixture('zh-numbering-planted.md');

  async function answers(transport: Transport) {
    const client = await TestClient.start({}, [], true, [], undefined, transport);
    try {
      const diagnostics = await client.open('file:///zh.md', text);
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///zh.md' } });
      const changed = await client.change('file:///zh.md', [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
      return { diagnostics, symbols, changed };
    } finally {
      await client.stop();
    }
  }

  it('answers the same over node IPC as over stdio', async () => {
    const [ipc, stdio] = await Promise.all([answers('ipc'), answers('stdio')]);
    assert.ok(stdio.diagnostics.some((d) => d.code === 'numbering-gap'));
    assert.ok(stdio.symbols.length > 0);
    assert.deepEqual(ipc, stdio);
    assert.deepEqual(ipc.changed.map((d) => d.range.start.line), stdio.diagnostics.map((d) => d.range.start.line + 1));
  });

  for (const transport of ['ipc', 'stdio'] as const) {
    it(`exits with 0 after shutdown and exit (${transport})`, async () => {
      const client = await TestClient.start({}, [], true, [], undefined, transport);
      await client.connection.sendRequest(ShutdownRequest.type);
      await client.connection.sendNotification(ExitNotification.type);
      assert.equal(await client.exited(), 0);
      client.connection.dispose();
    });
  }

  it('exits when the editor closes its input without a shutdown (stdio: code 1)', async () => {
    const client = await TestClient.start({}, [], true, [], undefined, 'stdio');
    await client.open('file:///zh.md', text);
    client.closeInput();
    assert.equal(await client.exited(), 1);
  });
});
