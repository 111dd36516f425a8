/**
 * lint() builds the model at once and runs the rules when findings are first read: a
 * hover, a definition or the outline asked right after an edit is answered from the model
 * without waiting for every rule. Likewise each area's facts (references, terms,
 * timelines) are computed when one of its fields is first read.
 */
import { strict as assert } from 'node:assert';
import { lint } from '../../../server/src/core/lint';
import { analyze } from '../../../server/src/core/analyze';
import { check } from '../../../server/src/core/check';
import { RULES } from '../../../server/src/core/rules';
import { EXTRACTORS } from '../../../server/src/core/extractors';
import { documentSymbols } from '../../../server/src/features/documentSymbols';
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

  it('computes an area when one of its fields is first read, once; the outline needs none', () => {
    const text = fixture('zh-numbering-planted.md');
    const runs = new Map<string, number>();
    const originals = EXTRACTORS.map((e) => e.run);
    EXTRACTORS.forEach((e, i) => { e.run = (model) => { runs.set(e.name, (runs.get(e.name) ?? 0) + 1); originals[i].call(e, model); }; });
    try {
      const model = analyze(text);
      assert.ok(documentSymbols(model).length > 0);
      assert.deepEqual([...runs], [], 'the outline ran an extractor');
      const durations = model.durations;
      assert.deepEqual([...runs], [['timelines', 1]]);
      assert.equal(model.durations, durations);
      assert.ok(Array.isArray(model.timelines) && Array.isArray(model.rates));
      assert.deepEqual([...runs], [['timelines', 1]], 'the area ran again for its other fields');
      assert.ok(model.stats.extractors.timelines >= 0 && !('references' in model.stats.extractors));
      const fresh = analyze(text);
      assert.deepEqual(JSON.parse(JSON.stringify(model.references)), JSON.parse(JSON.stringify(fresh.references)));
      assert.deepEqual([...runs].sort(), [['references', 2], ['timelines', 1]]);
      check(model);
      assert.deepEqual([...runs].sort(), [['references', 2], ['terms', 1], ['timelines', 1]], 'the rules read every area');
    } finally {
      EXTRACTORS.forEach((e, i) => { e.run = originals[i]; });
    }
  });

  it('gives every model the same lazy accessors (a closure per model outlived its model in V8 inline caches)', () => {
    const [a, b] = [analyze('# A\n\n1. One\n'), analyze('# B\n\n1. Two\n')];
    for (const field of EXTRACTORS.flatMap((e) => e.fields)) {
      const [da, db] = [Object.getOwnPropertyDescriptor(a, field)!, Object.getOwnPropertyDescriptor(b, field)!];
      assert.ok(da.get && da.get === db.get && da.set === db.set, field);
    }
  });
});
