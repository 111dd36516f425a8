/**
 * Speed never changes answers: after every edit of a random sequence, sent as incremental
 * didChange events, the server publishes exactly the diagnostics a fresh analysis of the
 * new text gives — whatever the server keeps between versions (section parses and memos,
 * the outline refreshed in place, kept durations, structural caches of the rules).
 */
import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lsp';
import { CORPUS_FILES, corpus, fixture, seed } from '../helpers/fixtures';
import { randomChange, rng } from '../helpers/edits';
import { lint } from '../../server/src/core/lint';
import { LineIndex } from '../../server/src/core/text/lineIndex';
// @ts-expect-error plain ESM module without types
import { generateAgreement } from '../../bench/generate.mjs';

/** Body text, labels, headings, list markers, line breaks, deadlines, defined terms, references. */
const INSERTS = ['x', '的', ' ', '\n', '\n\n', '1', '2.', '# ', '## ', '3.2 ', '(a) ', '第五条 ', '（一）', '- ', '7日', 'thirty (30) days', '“服务”', '"Fee" means ', '第7.2条', 'Section 2', '🙂', '\r\n'];


function expected(text: string, uri: string): unknown[] {
  const { model, findings } = lint(text, { uri });
  return findings.map((f) => [f.code, model.lines.range(f.span.start, f.span.end), f.message]);
}

const published = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.code, d.range, d.message]);

describe('protocol: incremental diagnostics equal a fresh analysis after random edit sequences', function () {
  this.timeout(300000);
  const documents: [string, string, number][] = [
    ['zh-cloud-storage-agreement.md', fixture('zh-cloud-storage-agreement.md'), 50],
    ['en-numbering-planted.md', fixture('en-numbering-planted.md'), 50],
    ['en-terms-planted.md', fixture('en-terms-planted.md'), 40],
    ['zh-deadlines-planted.md', fixture('zh-deadlines-planted.md'), 40],
    ['generated 60 KB', generateAgreement(60 * 1024, 17), 40],
    // Long enough for the server's warm-up (server.ts rehearseTyping: keystrokes rehearsed once it opens).
    ['generated 170 KB', generateAgreement(170 * 1024, 23), 15],
    ['seed', seed(), 25],
    // Divisions (编/章/节) and articles counted through them; a plain-text licence nested by indentation.
    ...['民法典-合同编.md', 'cc-by-4.0.txt'].filter((f) => CORPUS_FILES.includes(f)).map((f): [string, string, number] => [f, corpus(f), 25]),
  ];
  let client: TestClient;
  before(async () => { client = await TestClient.start(); });
  after(async () => { await client.stop(); });

  for (const [name, original, count] of documents) {
    it(name, async () => {
      const uri = `file:///incremental/${encodeURIComponent(name)}${name.endsWith('.txt') ? '' : '.md'}`;
      let text = original;
      const stats = () => client.request<{ warmUps: number; longDocumentChars: number }>('clausewise/stats', {});
      const warmUps = async () => (await stats()).warmUps;
      const { warmUps: warmedBefore, longDocumentChars } = await stats();
      assert.deepEqual(published(await client.open(uri, text, uri.endsWith('.txt') ? 'plaintext' : 'markdown')), expected(text, uri), 'on open');
      if (name === 'generated 170 KB') assert.ok(text.length >= longDocumentChars, `${text.length} characters is too short for the warm-up (${longDocumentChars})`);
      if (text.length >= longDocumentChars) {
        // The edits below then start from the state the rehearsal left: the opened version's.
        for (let tries = 0; tries < 200 && (await warmUps()) === warmedBefore; tries++) await new Promise((r) => setTimeout(r, 50));
        assert.equal(await warmUps(), warmedBefore + 1, 'the opened document was warmed up');
      }
      const random = rng(name.length * 104729);
      for (let i = 0; i < count; i++) {
        const { start, end, insert } = randomChange(text, random, INSERTS);
        const lines = new LineIndex(text);
        const diagnostics = await client.change(uri, [{ range: lines.range(start, end), text: insert }]);
        text = text.slice(0, start) + insert + text.slice(end);
        assert.deepEqual(published(diagnostics), expected(text, uri), `${name}: edit ${i + 1} (${JSON.stringify(insert)} at ${start}, removing ${end - start})`);
      }
    });
  }
});
