/**
 * Editing does not grow the heap: the section caches keep copies of what they need, never
 * views into a version's whole text (a substring is a view in V8; each edit used to pin
 * one old copy of the document: +2.5 MB per keystroke on a 1 MB agreement).
 */
import { strict as assert } from 'node:assert';
import v8 from 'node:v8';
import vm from 'node:vm';
import { lint } from '../../../server/src/core/lint';
import { SectionCache } from '../../../server/src/core/analyze';
// @ts-expect-error plain ESM module without types
import { generateAgreement, SIZES } from '../../../bench/generate.mjs';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

describe('memory across edits', function () {
  this.timeout(120_000);
  it('40 single-character edits of a 1 MB agreement leave the heap where it was', () => {
    let text: string = generateAgreement(SIZES['1m']);
    const cache = new SectionCache();
    void lint(text, { cache }).findings;
    // Two edits first: the code of the edit path is compiled before the baseline is taken.
    for (const at of [text.indexOf('\n', 1000), text.indexOf('\n', text.length >> 1)]) {
      text = text.slice(0, at) + 'x' + text.slice(at);
      void lint(text, { cache }).findings;
    }
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 1; i <= 40; i++) {
      const at = text.indexOf('\n', Math.floor(((i * 7919 * 13) % 997) / 997 * text.length));
      text = text.slice(0, at) + 'x' + text.slice(at);
      void lint(text, { cache, version: i }).findings;
    }
    gc();
    const grown = (process.memoryUsage().heapUsed - before) / 1e6;
    console.log(`      heap after 40 edits: ${grown >= 0 ? '+' : ''}${grown.toFixed(1)} MB (document ${(text.length * 2 / 1e6).toFixed(1)} MB as UTF-16)`);
    assert.ok(grown < 10, `the heap grew by ${grown.toFixed(1)} MB`);
  });
});
