import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lsp';
import { fixture, seed, ROOT, lineOf } from '../helpers/fixtures';

describe('protocol: bad input, hostile content, no network', function () {
  this.timeout(180_000);
  let client: TestClient;
  before(async () => { client = await TestClient.start({}, ['--require', join(ROOT, 'test/helpers/no-network.cjs')]); });
  after(async () => { await client.stop(); });

  const alive = async (uri: string) => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(symbols));
    assert.ok(client.alive);
  };

  it('answers for an empty file, a binary file, lone surrogates and a non-agreement', async () => {
    assert.deepEqual(await client.open('file:///empty.md', ''), []);
    await alive('file:///empty.md');
    const binary = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    await client.open('file:///binary.md', binary);
    await alive('file:///binary.md');
    await client.open('file:///surrogates.md', '# 协议\n\n1.1. \uD800甲方\uDC00\n\n1.3. 乙方 \uDBFF\n');
    await alive('file:///surrogates.md');
    assert.deepEqual(await client.open('file:///readme.md', fixture('readme-not-agreement.md')), []);
  });

  it('a 50 MB document: one informative diagnostic, analysis of what fits, and the server keeps answering', async () => {
    const unit = fixture('zh-cloud-storage-agreement.md').replace(/^---[\s\S]*?---\n/, '');
    const huge = unit.repeat(Math.ceil(50_000_000 / unit.length));
    const diagnostics = await client.open('file:///huge.md', huge, 'markdown', 150_000);
    const notice = diagnostics.filter((d) => d.code === 'document-too-large');
    assert.equal(notice.length, 1);
    assert.match(String(notice[0].message), /MB/);
    await alive('file:///huge.md');
  });

  it('hovers show document text as text: no HTML, no command or javascript links', async () => {
    const uri = 'file:///hostile.md';
    const text = fixture('en-hostile-content.md');
    await client.open(uri, text);
    const positions = [
      { line: lineOf(text, '2.1 Customer') - 1, character: text.split('\n')[lineOf(text, '2.1 Customer') - 1].indexOf('Service') + 2 }, // a defined term
      { line: lineOf(text, '2.1 Customer') - 1, character: text.split('\n')[lineOf(text, '2.1 Customer') - 1].indexOf('thirty') + 2 }, // a deadline
      { line: lineOf(text, 'period in Section 2.1') - 1, character: text.split('\n')[lineOf(text, 'period in Section 2.1') - 1].indexOf('Section 2.1') + 9 }, // a reference
    ];
    let answered = 0;
    for (const position of positions) {
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
      if (!hover) continue;
      answered++;
      const value = (hover.contents as MarkupContent).value;
      assert.doesNotMatch(value, /<img|<script|<b\b|onerror=|onmouseover=/i, value);
      assert.doesNotMatch(value, /\]\((?:command|javascript):/i, value);
    }
    assert.equal(answered, 3);
  });

  it('makes no network request while serving every feature (the preload reports any)', async () => {
    const uri = 'file:///seed.md';
    await client.open(uri, seed());
    for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/codeLens', 'textDocument/documentLink', 'textDocument/semanticTokens/full']) {
      await client.request(method, { textDocument: { uri } });
    }
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 263, character: 20 } });
    await client.request('clausewise/timelines', { uri, start: '2026-10-01T00:00' });
    assert.doesNotMatch(client.stderr, /NETWORK:/);
    assert.ok(client.alive);
  });
});
