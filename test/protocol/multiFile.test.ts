import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover, Location, MarkupContent } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lsp';
import { FIXTURES } from '../helpers/fixtures';
import { positionOf } from '../helpers/edits';

describe('protocol: references into annexes kept in other files', function () {
  this.timeout(30000);
  const dir = join(FIXTURES, 'multi');
  const uri = (name: string) => pathToFileURL(join(dir, name)).toString();
  const main = readFileSync(join(dir, 'main.md'), 'utf8');
  let client: TestClient;
  let diagnostics: { code?: unknown }[] = [];
  before(async () => {
    client = await TestClient.start({}, [], true, [uri('')]);
    diagnostics = await client.open(uri('main.md'), main);
  });
  after(async () => { await client.stop(); });

  it('附件一第2条 goes to clause 2 of the file that declares itself 附件一 (not open: read from the workspace)', async () => {
    const [target] = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: uri('main.md') }, position: positionOf(main, '第2条', 1) });
    assert.equal(target.uri, uri('annex-1-sla.md'));
    const annex = readFileSync(join(dir, 'annex-1-sla.md'), 'utf8').split('\n');
    assert.ok(annex[target.range.start.line].startsWith('2. 服务不可用'), annex[target.range.start.line]);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri('main.md') }, position: positionOf(main, '第2条', 1) });
    assert.match((hover.contents as MarkupContent).value, /annex\\-1\\-sla\\.md/); // escaped Markdown: shown as annex-1-sla.md
    assert.match((hover.contents as MarkupContent).value, /服务不可用超过4小时/);
  });

  it('"Schedule A, paragraph 1" goes to the file whose first heading is Schedule A', async () => {
    const [target] = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: uri('main.md') }, position: positionOf(main, 'paragraph 1', 2) });
    assert.equal(target.uri, uri('schedule-a.md'));
    assert.equal(target.range.start.line, 2);
  });

  it('references into another file are external, not broken', async () => {
    assert.ok(Array.isArray(diagnostics));
    assert.deepEqual(diagnostics.filter((d) => String(d.code).startsWith('ref-')), []);
  });
});
