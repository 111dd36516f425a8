import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, clausewiseDiagnostics, codeOf, openFixture, waitFor } from './helpers';

interface Api { client: { sendRequest<R>(method: string, params: unknown): Promise<R> }; crashNotices(): number }

suite('crash recovery', () => {
  test('when the server dies, the client starts a new one, diagnostics come back, and the user is told once', async () => {
    const doc = await openFixture('zh-gap.md');
    const api = (await activateExtension()).exports as Api;
    for (let crash = 1; crash <= 2; crash++) {
      const before = await api.client.sendRequest<{ pid: number }>('clausewise/stats', {});
      assert.ok(before.pid > 0);
      process.kill(before.pid, 'SIGKILL');
      const after = await waitFor(`a new server process after crash ${crash}`, async () => {
        try { return await api.client.sendRequest<{ pid: number }>('clausewise/stats', {}); } catch { return { pid: before.pid }; }
      }, (s) => s.pid !== before.pid, 30_000, 500);
      assert.notEqual(after.pid, before.pid);
      // The restarted server analyses the open document again.
      await waitFor('the numbering gap after the restart', () => clausewiseDiagnostics(doc.uri).map(codeOf), (codes) => codes.includes('numbering-gap'));
    }
    assert.equal(api.crashNotices(), 1, 'one notice for two crashes');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
