/**
 * A lint result must not keep its model alive past the next version. It did while the
 * result was an object literal with a getter: in the server, each version's model survived
 * the next young collection and was promoted (a 2 MB marker on the model raised the old
 * generation's growth per collection from 2.4 to 4.4 MB), about 2 MB of garbage in the old
 * generation per keystroke on a 1 MB agreement. The findings are now a getter of the
 * result's class (lint.ts Linted); the growth is measured in the server (docs/incremental-model.md).
 */
import { strict as assert } from 'node:assert';
import { lint } from '../../../server/src/core/lint';

describe('lint result', () => {
  it('reads its findings through its class, not through an accessor made for each result', () => {
    const first = lint('# 1. 定义\n\n1.1 本协议……\n');
    const second = lint('# 1. Definitions\n\n1.1 This Agreement …\n');
    for (const result of [first, second]) assert.equal(Object.getOwnPropertyDescriptor(result, 'findings'), undefined);
    assert.equal(Object.getPrototypeOf(first), Object.getPrototypeOf(second));
    assert.equal(typeof Object.getOwnPropertyDescriptor(Object.getPrototypeOf(first), 'findings')?.get, 'function');
  });

  it('computes its findings once, when first read, and says whether the text was cut', () => {
    const result = lint('# 1. 定义\n\n1.1 本协议……\n');
    assert.equal(result.model.stats.rules, undefined, 'no rule run before the findings are read');
    const findings = result.findings;
    assert.ok(Array.isArray(findings));
    assert.equal(result.findings, findings, 'the same list when read again');
    assert.equal(typeof result.model.stats.rules, 'number');
    assert.equal(result.truncated, false);
  });
});
