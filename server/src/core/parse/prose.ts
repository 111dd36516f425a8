/**
 * The prose view: the text with markup ranges replaced by spaces, line breaks kept (same
 * length, same offsets). A document's prose is not kept as a second string: each section
 * keeps its markup ranges, and a read blanks them in a slice of the text. A 1 MB agreement's
 * prose was a 1.4 MB string held by every version, and every edit joined a new one.
 */

/** What readers of prose use: a string is one, and so is a ProseView. */
export interface ProseText {
  readonly length: number;
  slice(start?: number, end?: number): string;
  charCodeAt(index: number): number;
  charAt(index: number): string;
}

/** Markup ranges, sorted, without overlaps: [start, end) pairs one after another. */
export type Ranges = readonly number[];

const NO_RANGES: Ranges = [];

/** A parse's masks (any order, may overlap) as sorted ranges; a later mask starting inside an earlier one is cut. */
export function normalizeMasks(masks: [number, number][]): Ranges {
  if (!masks.length) return NO_RANGES;
  const sorted = [...masks].sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  let pos = 0;
  for (const [s, e] of sorted) {
    const start = Math.max(s, pos);
    if (e <= start) continue;
    out.push(start, e);
    pos = e;
  }
  return out;
}

/** text[from, to) with `ranges` (offsets from `base`) blanked. */
export function maskSlice(text: string, from: number, to: number, ranges: Ranges, base: number): string {
  let out = '';
  let pos = from;
  for (let k = firstEndingAfter(ranges, from - base); k < ranges.length; k += 2) {
    const start = ranges[k] + base;
    if (start >= to) break;
    const end = Math.min(ranges[k + 1] + base, to);
    if (start > pos) out += text.slice(pos, start);
    out += blank(text.slice(Math.max(start, pos), end));
    pos = end;
  }
  return pos === from ? text.slice(from, to) : out + text.slice(pos, to);
}

/** The prose of a whole document, from its text and each section's ranges. */
export class ProseView implements ProseText {
  /** The section of the last read: reads come in runs nearby. */
  private lastSection = 0;

  /** `starts`: section starts, ascending; `ranges[i]`: section i's markup, relative to its start. */
  constructor(private readonly text: string, private readonly starts: readonly number[], private readonly ranges: readonly Ranges[]) {}

  get length(): number { return this.text.length; }

  slice(start = 0, end = this.text.length): string {
    const length = this.text.length;
    start = start < 0 ? Math.max(0, length + start) : Math.min(start, length);
    end = end < 0 ? Math.max(0, length + end) : Math.min(end, length);
    if (end <= start) return '';
    let section = this.sectionAt(start);
    let out = '';
    for (let pos = start; pos < end; section++) {
      const stop = Math.min(end, section + 1 < this.starts.length ? this.starts[section + 1] : length);
      out += section < 0 ? this.text.slice(pos, stop) : maskSlice(this.text, pos, stop, this.ranges[section], this.starts[section]);
      pos = stop;
    }
    return out;
  }

  charCodeAt(index: number): number {
    const c = this.text.charCodeAt(index);
    if (c === 10 || c === 13 || c !== c) return c;
    const section = this.sectionAt(index);
    if (section < 0) return c;
    const ranges = this.ranges[section];
    const relative = index - this.starts[section];
    const k = firstEndingAfter(ranges, relative);
    return k < ranges.length && ranges[k] <= relative ? 32 : c;
  }

  charAt(index: number): string {
    return index >= 0 && index < this.text.length ? String.fromCharCode(this.charCodeAt(index)) : '';
  }

  startsWith(search: string, position = 0): boolean {
    const at = Math.min(Math.max(position, 0), this.text.length);
    return at + search.length <= this.text.length && this.slice(at, at + search.length) === search;
  }

  /** The whole prose as one string, made now and not kept: for the few readers that scan all of it. */
  toString(): string { return this.slice(0, this.text.length); }

  /** The last section starting at or before `offset` (-1: before the first). */
  private sectionAt(offset: number): number {
    const { starts } = this;
    let i = this.lastSection;
    if (i < starts.length && starts[i] <= offset && (i + 1 === starts.length || starts[i + 1] > offset)) return i;
    let lo = 0, hi = starts.length - 1;
    if (hi < 0 || starts[0] > offset) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    this.lastSection = i = lo;
    return i;
  }
}

/** The index (even) of the first range ending after `offset`, or ranges.length. */
function firstEndingAfter(ranges: Ranges, offset: number): number {
  let lo = 0, hi = ranges.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[2 * mid + 1] <= offset) lo = mid + 1; else hi = mid;
  }
  return 2 * lo;
}

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}
