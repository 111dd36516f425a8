/**
 * Hostile input finishes in time proportional to its size: each input is timed against a
 * plain agreement of the same size, the two runs interleaved (median of three each) so
 * that a machine growing busier slows both, and the ratio is bounded. Ratios, not
 * absolute times, so a busy machine does not fail the test.
 */
import { strict as assert } from 'node:assert';
import { lint } from '../../../server/src/core/lint';
import { fixture } from '../../helpers/fixtures';

const SIZE = 100_000;
/** A plain agreement is the yardstick; hostile input may cost at most this many times as much. */
const MAX_RATIO = 30;

const time = (text: string) => { const t = performance.now(); void lint(text).findings; return performance.now() - t; };
const median = (runs: number[]) => runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)];

/** Median times of `a` and `b`, run alternately. */
function interleaved(a: string, b: string): [number, number] {
  const as: number[] = [], bs: number[] = [];
  for (let i = 0; i < 3; i++) { as.push(time(a)); bs.push(time(b)); }
  return [median(as), median(bs)];
}
const sized = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe('hostile input runs in linear time', function () {
  this.timeout(600_000);
  const plainText = sized(fixture('zh-cloud-storage-agreement.md') + '\n\n' + fixture('en-numbering-planted.md') + '\n\n');
  before(() => lint(plainText).findings);

  const inputs: [string, () => string][] = [
    ['100,000 repeated digits', () => sized('1')],
    ['第第第…', () => sized('第')],
    ['((((…', () => sized('(')],
    ['（（（（…', () => sized('（')],
    ['Section Section …', () => sized('Section ')],
    ['“““…', () => sized('“')],
    ['1.1.1.1…', () => sized('1.')],
    ['[[[[…', () => sized('[')],
    ['<<<<…', () => sized('<')],
    [']]]]…', () => sized(']')],
    ['*a*a*a…', () => sized('*a')],
    ['**a**a…', () => sized('**a')],
    ['*a_*a_…', () => sized('*a_')],
    ['~~a~~a…', () => sized('~~a')],
    ['[a][a][a]…', () => sized('[a]')],
    ['[a]([a](…', () => sized('[a](')],
    ['10,000 nested list levels', () => '- '.repeat(10_000) + 'x'],
    ['10,000 nested blockquotes', () => '> '.repeat(10_000) + 'x'],
    ['a list nested by indentation, 300 levels', () => Array.from({ length: 300 }, (_, i) => ' '.repeat(i * 2) + '- item').join('\n')],
    ['前款前款…', () => '第一条 ' + sized('前款')],
    ['7日（7×24即…', () => sized('7日（7×24即')],
  ];
  for (const [name, make] of inputs) {
    it(name, () => {
      const text = make();
      void lint(text).findings;
      const [plain, ms] = interleaved(plainText, text);
      const ratio = ms / plain;
      console.log(`      ${name}: ${ms.toFixed(0)} ms for ${(text.length / 1000).toFixed(0)} k chars, ${ratio.toFixed(2)}× a plain agreement of ${SIZE / 1000} k`);
      assert.ok(ratio * (SIZE / Math.max(text.length, 1)) < MAX_RATIO, `${ratio.toFixed(1)}× slower than plain text`);
    });
  }

  it('a 1 MB line costs about as much per character as ten 100 k lines', () => {
    const line = sized('The Customer shall pay within thirty (30) days after 第7.2条 “服务” Section 8.1(a). ', 1_000_000);
    const [small, big] = interleaved(line.slice(0, SIZE), line);
    console.log(`      1 MB line: ${big.toFixed(0)} ms; 100 k: ${small.toFixed(0)} ms; ratio ${(big / small).toFixed(1)} for 10× the size`);
    assert.ok(big / small < 30, `1 MB took ${(big / small).toFixed(1)}× the time of 100 k`);
  });
});
