import { strict as assert } from 'node:assert';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lsp';
import { fixture, lineOf } from '../helpers/fixtures';
import { applyLspEdits as apply } from '../helpers/edits';


describe('protocol: quick fixes, suppressions and fix all', function () {
  this.timeout(30000);
  let client: TestClient;
  before(async () => { client = await TestClient.start(); });
  after(async () => { await client.stop(); });

  it('offers the rule\'s fix and a suppression for a diagnostic, and "fix all" as a source action', async () => {
    const uri = 'file:///review.md';
    const text = fixture('zh-cloud-storage-agreement.md');
    const diagnostics = await client.open(uri, text);
    const style = diagnostics.find((d) => d.code === 'numbering-style')!;
    assert.equal(style.range.start.line, lineOf(text, '2.1 如果') - 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: style.range, context: { diagnostics: [style], only: ['quickfix'] } });
    const fix = actions.find((a) => a.isPreferred)!;
    assert.equal(fix.title, '改为“2.1.”');
    assert.equal(apply(text, fix.edit!.changes![uri]), text.replace('\n2.1 如果', '\n2.1. 如果'));
    const suppress = actions.find((a) => a.title === '在此行屏蔽 numbering-style')!;
    const suppressed = apply(text, suppress.edit!.changes![uri]);
    const after = await client.change(uri, [{ text: suppressed }]);
    assert.ok(!after.some((d) => d.code === 'numbering-style'));

    const all = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: style.range, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.deepEqual(all.map((a) => a.kind), []); // the style problem is suppressed now: nothing to fix
  });
});
