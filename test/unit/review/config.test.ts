import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigResolver, parseConfigFile } from '../../../server/src/core/config';
import { main } from '../../../server/src/cli/main';
import { ModelStore } from '../../../server/src/documents';
import { DEFAULT_SETTINGS, type Settings } from '../../../server/src/core/settings';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { configSchema, SCHEMA_PATH } from '../../../scripts/schema';
import { fixture } from '../../helpers/fixtures';

function run(...args: string[]) {
  let out = '', err = '';
  const code = main(args, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

/** contracts/.clausewise.json (root) › contracts/sub/.clausewise.yaml; a file in each. */
function project() {
  const dir = mkdtempSync(join(tmpdir(), 'cw-config-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, '.clausewise.json'), '// project defaults\n{ "root": true, "severity": { "numbering-gap": "error", "numbering-order": "off" }, "timeline": { "start": "2026-03-01" } }\n');
  writeFileSync(join(dir, 'sub', '.clausewise.yaml'), 'severity:\n  numbering-gap: "off"\ntimeline:\n  holidays: CN\n');
  writeFileSync(join(dir, 'a.md'), fixture('zh-numbering-planted.md'));
  writeFileSync(join(dir, 'sub', 'b.md'), fixture('zh-numbering-planted.md'));
  return dir;
}

describe('config files (.clausewise.json / .clausewise.yaml)', () => {
  it('cascade: the nearest file wins key by key, root stops the search', () => {
    const dir = project();
    const resolver = new ConfigResolver();
    const top = resolver.resolve(join(dir, 'a.md'));
    const sub = resolver.resolve(join(dir, 'sub', 'b.md'));
    assert.equal(top.settings.severity['numbering-gap'], 'error');
    assert.equal(sub.settings.severity['numbering-gap'], 'off');
    assert.equal(sub.settings.severity['numbering-order'], 'off'); // inherited
    assert.deepEqual(sub.timeline, { start: '2026-03-01', holidays: 'CN' });
    assert.deepEqual(sub.files, [join(dir, 'sub', '.clausewise.yaml'), join(dir, '.clausewise.json')]);
  });

  it('the CLI applies them: same fixture, different findings per folder', () => {
    const dir = project();
    const top = run('check', join(dir, 'a.md'), '--format', 'json');
    const sub = run('check', join(dir, 'sub', 'b.md'), '--format', 'json');
    const codes = (r: { out: string }) => JSON.parse(r.out).flatMap((f: { diagnostics: { code: string; severity: string }[] }) => f.diagnostics.map((d) => `${d.code}:${d.severity}`));
    assert.ok(codes(top).includes('numbering-gap:error'));
    assert.ok(!codes(top).some((c: string) => c.startsWith('numbering-order')));
    assert.ok(!codes(sub).some((c: string) => c.startsWith('numbering-gap')));
    assert.ok(!codes(run('check', join(dir, 'a.md'), '--no-config', '--format', 'json')).includes('numbering-gap:error'));
  });

  it('"agreements" globs force files to be checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-config-'));
    writeFileSync(join(dir, 'notes.md'), '# Notes\n\n1.1. one\n\n1.3. three\n');
    assert.doesNotMatch(run('check', join(dir, 'notes.md')).out, /numbering-gap/);
    writeFileSync(join(dir, '.clausewise.yaml'), 'agreements: ["*.md"]\n');
    assert.match(run('check', join(dir, 'notes.md')).out, /numbering-gap/);
  });

  it('the server and the CLI read "agreements" alike: a named file is checked whatever the detection setting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-config-'));
    const file = join(dir, 'notes.md');
    const text = '# Notes\n\n1.1. one\n\n1.3. three\n';
    writeFileSync(file, text);
    writeFileSync(join(dir, '.clausewise.yaml'), 'agreementDetection: never\nagreements: ["*.md"]\n');
    const cli = JSON.parse(run('check', file, '--format', 'json').out)[0].diagnostics.map((d: { code: string }) => d.code);
    assert.ok(cli.includes('numbering-gap'));
    for (const agreementDetection of ['auto', 'always', 'never'] as const) {
      const settings: Settings = { ...DEFAULT_SETTINGS, agreementDetection };
      const store = new ModelStore(() => settings);
      const { findings } = store.get(TextDocument.create(pathToFileURL(file).href, 'markdown', 1, text));
      assert.deepEqual(findings.map((f) => f.code), cli, `editor setting ${agreementDetection}`);
    }
  });

  it('a malformed config and an unknown rule code give clear messages at their position; defaults apply', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-config-'));
    writeFileSync(join(dir, '.clausewise.json'), '{\n  "severity": { "numbering-gpa": "off", "numbering-order": "loud" },\n  "colour": 1\n}\n');
    writeFileSync(join(dir, 'a.md'), fixture('zh-numbering-planted.md'));
    const r = run('check', join(dir, 'a.md'));
    assert.equal(r.code, 1);
    assert.match(r.out, /\.clausewise\.json:2:17 error unknown rule code "numbering-gpa"/);
    assert.match(r.out, /severity of numbering-order must be error, warning, information, hint or off/);
    assert.match(r.out, /\.clausewise\.json:3:3 error unknown setting "colour"/);
    assert.match(r.out, /a\.md:\d+:1 warning .+\[numbering-gap\]/); // the document is still checked, with defaults
    const broken = parseConfigFile('x.json', '{ "severity": ');
    assert.match(broken.problems[0].message, /invalid JSON/);
    const yaml = parseConfigFile('x.yaml', 'severity: [unclosed\n');
    assert.match(yaml.problems[0].message, /invalid YAML/);
  });

  it('the JSON schema contributed to VS Code lists every rule code (regenerate: npx tsx scripts/schema.ts)', () => {
    assert.deepEqual(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')), JSON.parse(JSON.stringify(configSchema())));
  });
});

describe('README', () => {
  it('documents every rule code with its default severity (regenerate: npx tsx scripts/readme-rules.ts)', () => {
    const { README, withRulesTable } = require('../../../scripts/readme-rules') as typeof import('../../../scripts/readme-rules');
    const readme = readFileSync(README, 'utf8');
    assert.equal(readme, withRulesTable(readme));
  });
});
