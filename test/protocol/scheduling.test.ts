/**
 * When diagnostics are computed: after the messages already received (server.ts schedule,
 * outbox.ts Inbox.whenQuiet). Keystrokes that arrive together — typed while the server was
 * busy — are analysed once, at their last version, not once per keystroke. And what follows
 * a long document's diagnostics: a collection of the young generation (youngGeneration.ts).
 */
import { strict as assert } from 'node:assert';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lsp';
import { lint } from '../../server/src/core/lint';
// @ts-expect-error plain ESM module without types
import { generateAgreement } from '../../bench/generate.mjs';

describe('protocol: scheduling of diagnostics', function () {
  this.timeout(60000);
  let client: TestClient;
  before(async () => { client = await TestClient.start(); });
  after(async () => { await client.stop(); });

  it('analyses a burst of keystrokes once, at its last version, with the diagnostics of that version', async () => {
    const uri = 'file:///scheduling/burst.md';
    let text: string = generateAgreement(60 * 1024, 11);
    await client.open(uri, text);
    const analyses = async () => (await client.request<{ analyses: number }>('clausewise/stats', {})).analyses;
    const before = await analyses();

    const line = text.split('\n').findIndex((l) => l.length > 40 && /^\d+\.\d+/.test(l));
    assert.ok(line > 0, 'a clause line to type in');
    const lineStart = text.split('\n').slice(0, line).join('\n').length + 1;
    const keys = [...'Liability'];
    const notifications = keys.map((key, i) => {
      const position = { line, character: 20 + i };
      return {
        method: DidChangeTextDocumentNotification.method,
        params: { textDocument: { uri, version: 2 + i }, contentChanges: [{ range: { start: position, end: position }, text: key }] },
      };
    });
    text = text.slice(0, lineStart + 20) + keys.join('') + text.slice(lineStart + 20);
    const last = 1 + keys.length;
    const diagnosed = client.waitForDiagnostics(uri, last);
    client.notifyAtOnce(notifications);
    const diagnostics = await diagnosed;

    assert.equal(await analyses(), before + 1, 'one analysis for the whole burst');
    const { model, findings } = lint(text, { uri });
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range]), findings.map((f) => [f.code, model.lines.range(f.span.start, f.span.end)]));
  });

  it('collects the young generation after a long document\'s diagnostics (the server is started without --expose-gc), not after a short one\'s', async () => {
    type Stats = { youngCollections: number; longDocumentChars: number };
    const stats = () => client.request<Stats>('clausewise/stats', {});
    const collections = async (above: number) => {
      for (let tries = 0; tries < 100; tries++) {
        const { youngCollections } = await stats();
        if (youngCollections > above) return youngCollections;
        await new Promise((r) => setTimeout(r, 20));
      }
      return (await stats()).youngCollections;
    };
    const { youngCollections: before, longDocumentChars } = await stats();
    const short: string = generateAgreement(20 * 1024, 5);
    assert.ok(short.length < longDocumentChars);
    await client.open('file:///scheduling/short.md', short);
    await client.change('file:///scheduling/short.md', [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'x' }]);
    assert.equal((await stats()).youngCollections, before, 'none for a short document');

    const uri = 'file:///scheduling/long.md';
    const long: string = generateAgreement(170 * 1024, 23);
    assert.ok(long.length >= longDocumentChars, `${long.length} characters is too short (${longDocumentChars})`);
    await client.open(uri, long);
    const afterOpen = await collections(before);
    assert.equal(afterOpen, before + 1, 'one after the diagnostics of the opened version');
    await client.change(uri, [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: 'x' }]);
    assert.equal(await collections(afterOpen), afterOpen + 1, 'one after the diagnostics of the edit');
  });
});
