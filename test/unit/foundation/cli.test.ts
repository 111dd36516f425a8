import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../server/src/cli/main';
import { fixturePath, lineOf, fixture } from '../../helpers/fixtures';

function run(...args: string[]): { code: number; out: string; err: string } {
  let out = '', err = '';
  const code = main(args, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

describe('CLI', () => {
  it('check prints linter-style lines and exits 1 when errors are found', () => {
    const r = run('check', fixturePath('zh-numbering-planted.md'));
    assert.equal(r.code, 1);
    const line = lineOf(fixture('zh-numbering-planted.md'), '2.2. 费用');
    assert.match(r.out, new RegExp(`zh-numbering-planted\\.md:${line}:1 error .+ \\[numbering-duplicate\\]`));
    assert.match(r.out, /1 file checked \(1 agreement\): 2 errors, 2 warnings/);
  });

  it('check exits 0 when there are only warnings or nothing', () => {
    assert.equal(run('check', fixturePath('readme-not-agreement.md')).code, 0);
  });

  it('check --format json gives 0-based LSP ranges and severities as words', () => {
    const r = run('check', fixturePath('en-numbering-planted.md'), '--format', 'json');
    const json = JSON.parse(r.out);
    assert.equal(json.length, 1);
    const gap = json[0].diagnostics.find((d: { code: string }) => d.code === 'numbering-gap');
    assert.deepEqual(gap.range.start, { line: lineOf(fixture('en-numbering-planted.md'), '### 2.3') - 1, character: 4 });
    assert.equal(gap.severity, 'warning');
  });

  it('check takes folders and globs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-'));
    writeFileSync(join(dir, 'a.md'), fixture('zh-numbering-planted.md'));
    writeFileSync(join(dir, 'b.markdown'), fixture('en-numbering-planted.md'));
    writeFileSync(join(dir, 'c.txt'), 'ignored in folders');
    assert.match(run('check', dir).out, /2 files checked/);
    assert.match(run('check', `${dir}/*.md`).out, /1 file checked/);
  });

  it('outline --format json gives the clause tree', () => {
    const r = run('outline', fixturePath('zh-cloud-storage-agreement.md'), '--format', 'json');
    const tree = JSON.parse(r.out);
    const doc = tree.find((n: { title: string }) => n.title === '星河云存储服务协议');
    const special = doc.children.find((n: { title: string }) => n.title === '专用条款');
    assert.deepEqual(special.children.map((c: { id: string }) => c.id), ['1', '2', '3']);
    assert.equal(special.children[0].children[0].id, '1.1');
    assert.equal(special.children[0].children[0].part, '专用条款');
    assert.ok(special.children[0].range.start.line > 0);
  });

  it('bad usage and unreadable input exit 2 with a clear message and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-'));
    writeFileSync(join(dir, 'bin.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    writeFileSync(join(dir, 'gbk.md'), Buffer.from([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5]));
    const cases: [string[], RegExp][] = [
      [['check', join(dir, 'missing.md')], /no such file or folder/],
      [['check', join(dir, 'bin.md')], /binary file/],
      [['check', join(dir, 'gbk.md')], /not UTF-8 text/],
      [['check'], /needs at least one file/],
      [['frobnicate'], /unknown command/],
      [['check', '--format', 'xml', 'a.md'], /--format must be text, json or sarif/],
      [['check', '--bogus'], /unknown option --bogus/],
      [[], /Usage/],
    ];
    for (const [args, message] of cases) {
      const r = run(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err + r.out, message);
      assert.doesNotMatch(r.err, /\n\s+at /);
    }
  });

  it('strips a BOM so positions match the editor', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-'));
    writeFileSync(join(dir, 'bom.md'), '\uFEFF' + fixture('en-numbering-planted.md'));
    const plain = JSON.parse(run('check', fixturePath('en-numbering-planted.md'), '--format', 'json').out)[0].diagnostics;
    const bom = JSON.parse(run('check', join(dir, 'bom.md'), '--format', 'json').out)[0].diagnostics;
    assert.deepEqual(bom, plain);
  });
});
