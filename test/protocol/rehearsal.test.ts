/**
 * After a long document opens, the server rehearses typing in it (server.ts rehearseTyping,
 * ModelStore.rehearse): keystrokes analysed through the document's cache and taken back,
 * nothing published, the document's state afterwards that of its own text. A keystroke of
 * the user stops the rehearsal.
 */
import { strict as assert } from 'node:assert';
import { TestClient } from '../helpers/lsp';
import { lint } from '../../server/src/core/lint';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { LineIndex } from '../../server/src/core/text/lineIndex';
// @ts-expect-error plain ESM module without types
import { generateAgreement } from '../../bench/generate.mjs';

type Stats = { warmUps: number; rehearsals: number; rehearsalsPerOpen: number; longDocumentChars: number; analyses: number };

describe('protocol: typing rehearsed after a long document opens', function () {
  this.timeout(60000);
  let client: TestClient;
  before(async () => { client = await TestClient.start(); });
  after(async () => { await client.stop(); });
  const stats = () => client.request<Stats>('clausewise/stats', {});
  const settle = async (warmUps: number) => {
    for (let tries = 0; tries < 300 && (await stats()).warmUps === warmUps; tries++) await new Promise((r) => setTimeout(r, 20));
  };
  const diagnosticsOf = (text: string, uri: string) => {
    const { model, findings } = lint(text, { uri });
    return findings.map((f) => [f.code, model.lines.range(f.span.start, f.span.end), f.message]);
  };

  it('rehearses every keystroke of a long document, publishes nothing for them, and leaves the document as its own text gives it', async () => {
    const uri = 'file:///rehearsal/long.md';
    const text: string = generateAgreement(170 * 1024, 31);
    const before = await stats();
    assert.ok(text.length >= before.longDocumentChars);
    await client.open(uri, text);
    await settle(before.warmUps);
    const after = await stats();
    assert.equal(after.warmUps, before.warmUps + 1, 'the rehearsal ran to its end');
    assert.equal(after.rehearsals - before.rehearsals, after.rehearsalsPerOpen, 'every keystroke rehearsed');
    assert.ok(after.rehearsalsPerOpen >= 4);
    assert.equal(client.publishes.get(uri), 1, 'diagnostics published once: for the opened version only');
    // The stats of the document are those of the analysis behind its diagnostics (every section parsed), not a rehearsal's.
    const { model: shown } = await client.request<{ model: { sections: number; parsedSections: number } }>('clausewise/stats', { uri });
    assert.ok(shown.sections > 10);
    assert.equal(shown.parsedSections, shown.sections);

    // The outline the rehearsals refreshed in place is the document's own again.
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols, JSON.parse(JSON.stringify(documentSymbols(lint(text, { uri }).model))));
    // And the next edit starts from the document's own text.
    const lines = new LineIndex(text);
    const at = text.indexOf('\n', text.length >> 1) - 5;
    const diagnostics = await client.change(uri, [{ range: lines.range(at, at), text: '的' }]);
    const edited = text.slice(0, at) + '的' + text.slice(at);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range, d.message]), diagnosticsOf(edited, uri));
    assert.equal((await stats()).analyses, after.analyses + 1, 'the edit analysed once');
  });

  it('stops when the user types, with the diagnostics of what was typed', async () => {
    const uri = 'file:///rehearsal/typing.md';
    const text: string = generateAgreement(170 * 1024, 37);
    const before = await stats();
    const lines = new LineIndex(text);
    const at = text.indexOf('\n', 2000) - 3;
    await client.open(uri, text);
    // At once: the rehearsal has at most begun.
    const diagnostics = await client.change(uri, [{ range: lines.range(at, at), text: 'x' }]);
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range, d.message]), diagnosticsOf(edited, uri));
    await new Promise((r) => setTimeout(r, 300));
    const after = await stats();
    assert.equal(after.warmUps, before.warmUps, 'the rehearsal did not run to its end');
    assert.ok(after.rehearsals - before.rehearsals < after.rehearsalsPerOpen, `${after.rehearsals - before.rehearsals} of ${after.rehearsalsPerOpen} rehearsed`);
  });

  it('rehearses nothing for a short document', async () => {
    const before = await stats();
    const short: string = generateAgreement(20 * 1024, 5);
    assert.ok(short.length < before.longDocumentChars);
    await client.open('file:///rehearsal/short.md', short);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal((await stats()).rehearsals, before.rehearsals);
  });
});
