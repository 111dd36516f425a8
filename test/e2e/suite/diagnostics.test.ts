import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { clausewiseDiagnostics, codeOf, show, lineOf, openFixture, sleep, waitFor } from './helpers';

suite('diagnostics', () => {
  teardown(async () => {
    // Never leave an unsaved fixture behind (closing it would prompt).
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('zh: a missing clause 1.3 is reported as numbering-gap on the 1.4 line', async () => {
    const doc = await openFixture('zh-gap.md');
    const diags = await waitFor(
      'a numbering-gap diagnostic in zh-gap.md',
      () => clausewiseDiagnostics(doc.uri),
      (ds) => ds.some((d) => codeOf(d) === 'numbering-gap'),
    );
    const gaps = diags.filter((d) => codeOf(d) === 'numbering-gap');
    assert.equal(gaps.length, 1, `expected exactly one gap, got ${show(gaps)}`);
    assert.equal(gaps[0].range.start.line, lineOf(doc, '1.4.'), 'the gap is reported on the line of clause 1.4');
    assert.ok(gaps[0].message.length > 0);
    assert.ok(!diags.some((d) => codeOf(d) === 'numbering-duplicate'), `unexpected duplicate: ${show(diags)}`);
  });

  test('en: a second heading 1.1 is reported as numbering-duplicate', async () => {
    const doc = await openFixture('en-duplicate.md');
    const diags = await waitFor(
      'a numbering-duplicate diagnostic in en-duplicate.md',
      () => clausewiseDiagnostics(doc.uri),
      (ds) => ds.some((d) => codeOf(d) === 'numbering-duplicate'),
    );
    const dups = diags.filter((d) => codeOf(d) === 'numbering-duplicate');
    const lines = dups.map((d) => d.range.start.line);
    assert.ok(
      lines.includes(lineOf(doc, '### 1.1', 1)),
      `expected a duplicate on the second "### 1.1" heading (line ${lineOf(doc, '### 1.1', 1)}), got lines ${lines}`,
    );
    assert.ok(!diags.some((d) => codeOf(d) === 'numbering-gap'), `unexpected gap: ${show(diags)}`);
  });

  test('en: a well-numbered agreement has no numbering diagnostics', async () => {
    // Warm-up: make sure the server answers for another document first, so an
    // empty list below means "clean" rather than "not analysed yet".
    const warm = await openFixture('en-duplicate.md');
    await waitFor('diagnostics for en-duplicate.md', () => clausewiseDiagnostics(warm.uri), (ds) => ds.length > 0);
    const doc = await openFixture('en-clean.md');
    await sleep(2_000);
    const numbering = clausewiseDiagnostics(doc.uri).filter((d) => codeOf(d)?.startsWith('numbering-'));
    assert.deepEqual(numbering.map((d) => `${codeOf(d)}@${d.range.start.line}`), []);
  });

  test('zh: inserting the missing clause 1.3 (unsaved edit) clears the gap', async () => {
    const doc = await openFixture('zh-gap.md');
    await waitFor('the gap', () => clausewiseDiagnostics(doc.uri), (ds) => ds.some((d) => codeOf(d) === 'numbering-gap'));
    const line = lineOf(doc, '1.4.');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(line, 0), '1.3. “书面形式”包括电子邮件及双方认可的其他电子通讯方式。\n\n');
    assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit failed');
    await waitFor(
      'the gap diagnostic to disappear after the edit',
      () => clausewiseDiagnostics(doc.uri),
      (ds) => !ds.some((d) => codeOf(d) === 'numbering-gap'),
    );
  });
});
