/**
 * Sentence ends of one text, found once and searched by bisection: the linking asks for
 * the sentence around every period, and scanning a window per period cost 160 characters
 * each way per period (a text dense with periods spent most of its time there).
 */
import type { Language, Span } from '../model';
import { EN_SENTENCE_END_CHARS, ZH_SENTENCE_END, ZH_STRONG_SENTENCE_END } from '../lang/durations';

export class SentenceEnds {
  private weak?: number[];
  private strong?: number[];
  constructor(private readonly text: string, private readonly lang: Language) {}

  get textLength(): number { return this.text.length; }

  /** The sentence around `span`, its start not before `floor` and its end not after `ceiling`. */
  around(span: Span, floor: number, ceiling: number): Span {
    const ends = (this.weak ??= this.collect(false));
    let start = span.start;
    if (start > floor) start = Math.max(floor, (ends[lastBelow(ends, start)] ?? -1) + 1);
    let end = span.end;
    if (end < ceiling) end = Math.min(ceiling, ends[lastBelow(ends, end) + 1] ?? ceiling);
    return { start, end };
  }

  /** The end of the whole sentence from `from` (a Chinese "；" does not end it), not after `ceiling`. */
  fullEnd(from: number, ceiling: number): number {
    if (from >= ceiling) return from;
    const ends = (this.strong ??= this.collect(true));
    return Math.min(ceiling, ends[lastBelow(ends, from) + 1] ?? ceiling);
  }

  private collect(strong: boolean): number[] {
    const { text } = this;
    const chars = this.lang === 'zh' ? (strong ? ZH_STRONG_SENTENCE_END : ZH_SENTENCE_END) : EN_SENTENCE_END_CHARS;
    const ends: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (chars.includes(c) || (this.lang === 'en' && c === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1])))) ends.push(i);
    }
    return ends;
  }
}

/** Index of the last element below `value` in sorted `values`, or -1. */
function lastBelow(values: number[], value: number): number {
  let lo = 0, hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < value) lo = mid + 1; else hi = mid;
  }
  return lo - 1;
}
