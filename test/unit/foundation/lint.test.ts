/**
 * lint() builds the model at once and runs the rules when findings are first read: a
 * hover, a definition or the outline asked right after an edit is answered from the model
 * without waiting for every rule.
 */
import { strict as assert } from 'node:assert';
import { lint } from '../../../server/src/core/lint';
import { analyze } from '../../../server/src/core/analyze';
import { check } from '../../../server/src/core/check';
import { RULES } from '../../../server/src/core/rules';
import { fixture } from '../../helpers/fixtures';

describe('lint', () => {
  it('runs the rules only when findings are read, once, with the findings check() gives', () => {
    const text = fixture('zh-numbering-planted.md');
    const rule = RULES.find((r) => r.code === 'numbering-gap')!;
    const original = rule.check;
    let runs = 0;
    rule.check = (model, report) => { runs++; original.call(rule, model, report); };
    try {
      const result = lint(text);
      assert.ok(result.model.clauses.length > 0);
      assert.equal(runs, 0, 'the rules ran before anyone asked for findings');
      const findings = result.findings;
      assert.equal(runs, 1);
      assert.equal(result.findings, findings, 'the findings are computed once');
      assert.equal(runs, 1);
      assert.ok(findings.some((f) => f.code === 'numbering-gap'));
      assert.deepEqual(findings, check(analyze(text)));
    } finally {
      rule.check = original;
    }
  });
});
