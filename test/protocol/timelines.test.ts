import { strict as assert } from 'node:assert';
import type { CodeAction, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lsp';
import { fixture, fixturePath, lineOf } from '../helpers/fixtures';
import { main } from '../../server/src/cli/main';

function cliJson(file: string, ...extra: string[]): unknown {
  let out = '';
  main(['timeline', fixturePath(file), '--format', 'json', ...extra], (s) => { out += s; }, () => undefined);
  return JSON.parse(out);
}

describe('protocol: deadlines and timelines', function () {
  this.timeout(30000);
  let client: TestClient;
  before(async () => { client = await TestClient.start(); });
  after(async () => { await client.stop(); });

  it('answers clausewise/timelines with the same JSON as the CLI', async () => {
    await client.open('file:///zh-planted.md', fixture('zh-deadlines-planted.md'));
    const viaServer = await client.request('clausewise/timelines', { uri: 'file:///zh-planted.md' });
    assert.deepEqual(viaServer, cliJson('zh-deadlines-planted.md'));
    const withStart = await client.request('clausewise/timelines', { uri: 'file:///zh-planted.md', start: '2026-03-01T00:00' });
    assert.deepEqual(withStart, cliJson('zh-deadlines-planted.md', '--start', '2026-03-01T00:00'));
    assert.deepEqual(await client.request('clausewise/timelines', { uri: 'file:///missing.md' }), []);
  });

  it('shows the whole timeline on hover over a duration, with the dates and the rule the CLI gives', async () => {
    const text = fixture('zh-cloud-storage-agreement.md');
    await client.open('file:///cloud.md', text);
    const line = lineOf(text, '1.1. 自首次欠费之时起') - 1;
    const character = text.split('\n')[line].indexOf('24小时');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: 'file:///cloud.md' }, position: { line, character: character + 1 } });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /T0 首次欠费 → T0\+24小时 暂停服务（1\.1） → \+7日 删除数据（1\.2） = T0\+8日/);
    assert.match(value, /民法典/);
    assert.equal(hover.range!.start.line, line);
  });

  it('hover dates equal the CLI dates when the front matter sets the start', async () => {
    const text = fixture('zh-deadlines-planted.md');
    const line = lineOf(text, '1.2. 自云帆暂停服务之时起') - 1;
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: 'file:///zh-planted.md' }, position: { line, character: text.split('\n')[line].indexOf('7日') } });
    const value = (hover.contents as MarkupContent).value;
    const json = cliJson('zh-deadlines-planted.md') as { text: string; title: string }[];
    const sequence = json.find((s) => s.title.includes('数据仓库'))!;
    assert.ok(value.includes(sequence.text), `${value}\n---\n${sequence.text}`);
    assert.match(value, /2026-10-08/);
    assert.match(value, /国庆节/);
  });

  it('hovers on the number of a clause that is a step of a sequence', async () => {
    const text = fixture('zh-cloud-storage-agreement.md');
    const line = lineOf(text, '1.2. 自星河云暂停服务') - 1;
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: 'file:///cloud.md' }, position: { line, character: 1 } });
    assert.match((hover.contents as MarkupContent).value, /删除数据（1\.2）/);
  });

  it('offers the quick fixes of a words-and-figures mismatch', async () => {
    const text = fixture('en-deadlines-planted.md');
    const diagnostics = await client.open('file:///en-planted.md', text);
    const d = diagnostics.find((x) => x.code === 'deadline-words-figures')!;
    assert.equal(d.range.start.line, lineOf(text, 'forty-five (54)') - 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: 'file:///en-planted.md' }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    const edits = actions.filter((a) => a.edit).map((a) => a.edit!.changes!['file:///en-planted.md'][0].newText);
    assert.ok(edits.includes('45') && edits.includes('fifty-four'), JSON.stringify(edits));
  });
});
