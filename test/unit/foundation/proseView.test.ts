import { strict as assert } from 'node:assert';
import { maskSlice, normalizeMasks, ProseView } from '../../../server/src/core/parse/prose';
import { analyze, SectionCache } from '../../../server/src/core/analyze';
import { corpus, seed, CORPUS_FILES } from '../../helpers/fixtures';

/** The reference: every masked character a space, line breaks kept. */
function blanked(text: string, masks: [number, number][]): string {
  const chars = [...text.split('')];
  for (const [s, e] of masks) for (let i = s; i < e; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  return chars.join('');
}

describe('prose view', () => {
  let seedState = 17;
  // The high bits of the generator: its low bits repeat with a short period.
  const rnd = (n: number) => Math.floor(((seedState = (seedState * 1103515245 + 12345) & 0x7fffffff) / 0x80000000) * n);

  it('reads the same slices and characters as the blanked text (random sections and overlapping masks)', () => {
    const alphabet = ['a', '条', '\n', '\r\n', ' ', '#', '😀', '*'];
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: rnd(80) }, () => alphabet[rnd(alphabet.length)]).join('');
      const starts = [0];
      while (starts.length < 4 && text.length) { const s = starts[starts.length - 1] + rnd(30); if (s >= text.length) break; if (s > starts[starts.length - 1]) starts.push(s); }
      const masks: [number, number][] = [];
      const ranges = starts.map((start, i) => {
        const end = i + 1 < starts.length ? starts[i + 1] : text.length;
        const local: [number, number][] = [];
        for (let k = rnd(4); k > 0 && end > start; k--) { const a = rnd(end - start), b = a + 1 + rnd(end - start - a); local.push([a, b]); }
        for (const [a, b] of local) masks.push([a + start, b + start]);
        return normalizeMasks(local);
      });
      const expected = blanked(text, masks);
      const view = new ProseView(text, starts, ranges);
      assert.equal(view.toString(), expected, JSON.stringify({ text, masks, starts }));
      assert.equal(view.length, expected.length);
      for (let k = 0; k < 20; k++) {
        const a = rnd(text.length + 3) - 1, b = rnd(text.length + 3) - 1;
        assert.equal(view.slice(a, b), expected.slice(a, b), `slice(${a}, ${b}) of ${JSON.stringify({ text, masks, starts })}`);
        assert.equal(view.charCodeAt(a), expected.charCodeAt(a));
        assert.equal(view.charAt(a), expected.charAt(a));
        const probe = expected.slice(Math.max(0, a), Math.max(0, a) + rnd(6));
        assert.equal(view.startsWith(probe, Math.max(0, a)), expected.startsWith(probe, Math.max(0, a)));
      }
      assert.equal(maskSlice(text, 0, text.length, normalizeMasks(masks), 0), expected);
    }
  });

  it('after edits, reads what a fresh analysis reads (kept sections keep their markup ranges)', () => {
    for (const text of [seed(), corpus(CORPUS_FILES[0])]) {
      const cache = new SectionCache();
      let current = text;
      analyze(current, { cache });
      for (let i = 0; i < 12; i++) {
        const at = rnd(current.length);
        current = current.slice(0, at) + ['#', '**', '\n\n', '条', '- '][i % 5] + current.slice(at);
        const model = analyze(current, { cache });
        assert.equal(model.prose.toString(), analyze(current).prose.toString(), `edit ${i} at ${at}`);
      }
    }
  });
});
