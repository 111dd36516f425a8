import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../helpers/lsp';
import { fixture } from '../helpers/fixtures';

describe('protocol: workspace trust and config files', function () {
  this.timeout(30000);
  const dir = mkdtempSync(join(tmpdir(), 'cw-trust-'));
  writeFileSync(join(dir, '.clausewise.json'), '{ "severity": { "numbering-gap": "off" } }');
  const file = join(dir, 'a.md');
  writeFileSync(file, fixture('zh-numbering-planted.md'));
  const uri = pathToFileURL(file).toString();

  for (const trusted of [true, false]) {
    it(`${trusted ? 'a trusted' : 'an untrusted'} workspace ${trusted ? 'applies' : 'ignores'} its .clausewise.json`, async () => {
      const client = await TestClient.start({}, [], trusted);
      try {
        const codes = (await client.open(uri, fixture('zh-numbering-planted.md'))).map((d) => d.code);
        assert.equal(codes.includes('numbering-gap'), !trusted);
        assert.ok(codes.includes('numbering-duplicate'));
      } finally { await client.stop(); }
    });
  }

  it('a malformed config file gets its own diagnostic and the document is still checked', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'cw-trust-'));
    writeFileSync(join(bad, '.clausewise.json'), '{ "severity": { "numbering-gpa": "off" }');
    const doc = join(bad, 'b.md');
    writeFileSync(doc, fixture('zh-numbering-planted.md'));
    const client = await TestClient.start();
    try {
      const configUri = pathToFileURL(join(bad, '.clausewise.json')).toString();
      const configDiagnostics = client.waitForDiagnostics(configUri);
      const codes = (await client.open(pathToFileURL(doc).toString(), fixture('zh-numbering-planted.md'))).map((d) => d.code);
      assert.ok(codes.includes('numbering-gap'));
      const problems = await configDiagnostics;
      assert.equal(problems[0].code, 'config-invalid');
      assert.match(String(problems[0].message), /invalid JSON/);
    } finally { await client.stop(); }
  });
});

describe('protocol: the server speaks the editor\'s language about its settings', function () {
  this.timeout(30000);
  for (const [locale, expected] of [['zh-cn', /^Clausewise 设置有误：agreementDetection 只能是 .*；未知的规则代码 "no-such-rule"。/], ['en', /^Clausewise settings: agreementDetection must be .*; unknown rule code "no-such-rule". Defaults/]] as const) {
    it(`invalid settings are named once, in ${locale}`, async () => {
      const client = await TestClient.start({ severity: { 'no-such-rule': 'error' }, agreementDetection: 'sometimes' }, [], true, [], locale);
      try {
        await client.open('file:///s.md', fixture('zh-numbering-planted.md'));
        assert.equal(client.messages.length, 1, client.messages.join('\n'));
        assert.match(client.messages[0], expected);
      } finally { await client.stop(); }
    });
  }
});
