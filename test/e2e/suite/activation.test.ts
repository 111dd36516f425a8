import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension, openFixture } from './helpers';

suite('activation', () => {
  test('runs inside a real VS Code extension host', () => {
    console.log(`[suite]       vscode ${vscode.version}, node ${process.version}, host ${vscode.env.appHost}, remote ${vscode.env.remoteName ?? '-'}`);
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
  });

  test('the extension is present and activates on a Markdown file', async () => {
    await openFixture('en-clean.md');
    const ext = await activateExtension();
    assert.equal(ext.id.toLowerCase(), EXTENSION_ID);
    assert.equal(ext.isActive, true);
  });

  test('contributes its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['clausewise.goToClause', 'clausewise.restartServer']) {
      assert.ok(commands.includes(c), `command ${c} is not registered`);
    }
  });
});
