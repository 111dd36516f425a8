import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { main } from '../../../server/src/cli/main';
import { fixturePath, fixture, lineOf, ROOT } from '../../helpers/fixtures';

describe('clausewise check --format sarif', () => {
  let out = '';
  const code = main(['check', fixturePath('zh-numbering-planted.md'), fixturePath('en-numbering-planted.md'), '--format', 'sarif'], (s) => { out += s; }, () => undefined);
  const sarif = JSON.parse(out);

  it('is valid against the SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3), null, 2));
    assert.equal(code, 1); // errors found: exit code as for text
  });

  it('carries rule metadata with help, and every result points at its rule', () => {
    const run = sarif.runs[0];
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const id of ['numbering-gap', 'numbering-duplicate', 'config-invalid']) assert.ok(ids.includes(id), id);
    const gapRule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'numbering-gap');
    assert.match(gapRule.help.text, /clausewise-disable-next-line numbering-gap/);
    for (const r of run.results) assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
  });

  it('locates results with 1-based lines and UTF-16 columns', () => {
    const dup = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'numbering-duplicate');
    const region = dup.locations[0].physicalLocation.region;
    assert.equal(region.startLine, lineOf(fixture('zh-numbering-planted.md'), '2.2. 费用'));
    assert.equal(region.startColumn, 1);
    assert.equal(dup.level, 'error');
    assert.match(dup.locations[0].physicalLocation.artifactLocation.uri, /^file:\/\/.+zh-numbering-planted\.md$/);
  });
});
