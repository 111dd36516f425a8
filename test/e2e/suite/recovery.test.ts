import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, clausewiseDiagnostics, codeOf, openFixture, waitFor } from './helpers';

interface Api { client: { sendRequest<R>(method: string, params: unknown): Promise<R> } }

suite('crash recovery', () => {
  test('when the server dies, the client starts a new one and diagnostics come back', async () => {
    const doc = await openFixture('zh-gap.md');
    const api = (await activateExtension()).exports as Api;
    const before = await api.client.sendRequest<{ pid: number }>('clausewise/stats', {});
    assert.ok(before.pid > 0);
    process.kill(before.pid, 'SIGKILL');
    const after = await waitFor('a new server process', async () => {
      try { return await api.client.sendRequest<{ pid: number }>('clausewise/stats', {}); } catch { return { pid: before.pid }; }
    }, (s) => s.pid !== before.pid, 30_000, 500);
    assert.notEqual(after.pid, before.pid);
    // The restarted server analyses the open document again.
    await waitFor('the numbering gap after the restart', () => clausewiseDiagnostics(doc.uri).map(codeOf), (codes) => codes.includes('numbering-gap'));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
