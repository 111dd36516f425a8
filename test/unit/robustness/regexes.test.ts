/**
 * Every regular expression of the analysis core, checked for catastrophic backtracking
 * with recheck (https://makenowjust-labs.github.io/recheck/). Exponential is always a
 * failure. Polynomial is a failure unless every quantifier of the pattern is bounded
 * ({0,60}, ?), which caps the work per start position by a constant: linear overall
 * (recheck's fuzzer reports such patterns as polynomial on long repeated prefixes).
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import * as recheck from 'recheck';
const { check } = recheck;
import { ROOT } from '../../helpers/fixtures';
import { probeFor } from '../../../server/src/core/terms/matcher';

interface Found { source: string; flags: string; where: string }

/** True when the pattern has an unbounded quantifier (*, +, {n,}) outside a character class. */
export function hasUnboundedQuantifier(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') { inClass = true; continue; }
    if (c === '*' || c === '+') return true;
    if (c === '{' && /^\{\d+,\}/.test(source.slice(i))) return true;
  }
  return false;
}

describe('regular expressions are linear-time (recheck)', function () {
  this.timeout(600_000);
  const found: Found[] = JSON.parse(execFileSync(process.execPath, ['--require', 'tsx/cjs', join(ROOT, 'test/helpers/collect-regexes.ts')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 }));

  // recheck starts its checking process on first use: started by one check, not by the first
  // eight at once (each of those started its own, and one CI run's mocha never exited after
  // them); stopped when the tests are done.
  before(async () => { await check('a', ''); });
  after(() => { (recheck as unknown as { __mock__?: { agent?: { kill(): void } | null } }).__mock__?.agent?.kill(); });

  it('finds the regexes of every area (labels, references, terms, durations)', () => {
    for (const area of ['lang/labels.ts', 'lang/references.ts', 'lang/definitions.ts', 'lang/durations.ts']) {
      assert.ok(found.some((f) => f.where.includes(area)), area);
    }
    assert.ok(found.length > 200, `${found.length} regexes`);
  });

  it('no exponential or unbounded polynomial backtracking in any of them', async () => {
    const failures: string[] = [];
    let polynomialBounded = 0;
    for (let i = 0; i < found.length; i += 8) {
      await Promise.all(found.slice(i, i + 8).map(async (r) => {
        // Step limits, not wall-clock ones, decide (attackTimeout and incubationTimeout off): a
        // loaded machine must not turn a slow match of a linear expression into a finding.
        const result = await check(r.source, r.flags, { timeout: 20_000, randomSeed: 20261129, attackTimeout: null, incubationTimeout: null });
        if (result.status === 'vulnerable') {
          if (result.complexity.type === 'polynomial' && !hasUnboundedQuantifier(r.source)) { polynomialBounded++; return; }
          failures.push(`${r.where}: /${r.source}/ is ${result.complexity.type} (attack: ${JSON.stringify(result.attack.pattern).slice(0, 80)})`);
        }
      }));
    }
    console.log(`      recheck: ${found.length} regexes, ${polynomialBounded} bounded-polynomial (linear with a constant), ${failures.length} failing`);
    assert.deepEqual(failures, []);
  });

  it('and so are the term probes made at run time (terms/matcher.ts probeFor)', async () => {
    const probes = [['Customer Data'], ["Party's"], ['客户数据'], ['a b c d'], ['Service Level Agreement', 'Service Level Agreements', '服务 水平'], ['x.y (z)*']].map((patterns) => probeFor(patterns)!);
    for (const probe of probes) {
      const result = await check(probe.source, probe.flags, { timeout: 20_000, randomSeed: 20261130, attackTimeout: null, incubationTimeout: null });
      assert.equal(result.status, 'safe', `/${probe.source}/${probe.flags}: ${result.status}`);
    }
  });

  it('the bounded-quantifier test itself', () => {
    assert.equal(hasUnboundedQuantifier('a{0,60}[*+]\\+'), false);
    assert.equal(hasUnboundedQuantifier('(?:a|b)*'), true);
    assert.equal(hasUnboundedQuantifier('x{2,}'), true);
  });
});
