/**
 * Aho–Corasick over the prose view: every occurrence of every pattern in one pass,
 * whatever the number of terms. The text is fed normalised — ASCII folded to lower
 * case, ’ as ', whitespace runs as one space, and line breaks between CJK characters
 * skipped (hard-wrapped Chinese) — and each match is mapped back to document offsets.
 * A blank line resets the automaton, so no match spans two paragraphs.
 */

export interface RawMatch { start: number; end: number; pattern: number }

interface Node { next: Map<number, number>; fail: number; out: number[]; dict: number }

export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
  if (ch === '’') return "'";
  return ch;
}

export function foldPattern(pattern: string): string {
  let out = '';
  for (const ch of pattern) out += foldChar(ch);
  return out;
}

export class Matcher {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, out: [], dict: -1 }];
  private readonly lengths: number[] = [];

  /** Patterns must already be normalised (normalizeTerm); matching folds ASCII case. */
  constructor(patterns: string[]) {
    patterns.forEach((p, index) => this.insert(foldPattern(p), index));
    this.build();
  }

  private insert(pattern: string, index: number): void {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let next = this.nodes[node].next.get(c);
      if (next === undefined) {
        next = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, out: [], dict: -1 });
        this.nodes[node].next.set(c, next);
      }
      node = next;
    }
    this.nodes[node].out.push(index);
    this.lengths[index] = pattern.length;
  }

  private build(): void {
    const queue: number[] = [];
    for (const child of this.nodes[0].next.values()) queue.push(child);
    for (let qi = 0; qi < queue.length; qi++) {
      const n = queue[qi];
      for (const [c, child] of this.nodes[n].next) {
        let f = this.nodes[n].fail;
        while (f !== 0 && !this.nodes[f].next.has(c)) f = this.nodes[f].fail;
        const target = this.nodes[f].next.get(c);
        this.nodes[child].fail = target !== undefined && target !== child ? target : 0;
        const fail = this.nodes[child].fail;
        this.nodes[child].dict = this.nodes[fail].out.length ? fail : this.nodes[fail].dict;
        queue.push(child);
      }
    }
  }

  /** Every occurrence (overlapping ones included), in order of their end. */
  scan(text: string): RawMatch[] {
    const matches: RawMatch[] = [];
    if (this.lengths.length === 0) return matches;
    const { nodes, lengths } = this;
    // Document offset of each fed character, as a ring big enough for the longest pattern.
    let longest = 0;
    for (const l of lengths) if (l > longest) longest = l;
    const ringSize = longest + 1;
    const ring = new Int32Array(ringSize);
    let fed = 0;
    let node = 0;
    /** The last character fed (as written, not folded); -1: none since the start or a blank line. */
    let lastFed = -1;
    const feed = (c: number, at: number) => {
      ring[fed % ringSize] = at;
      let next = nodes[node].next.get(c);
      while (next === undefined && node !== 0) { node = nodes[node].fail; next = nodes[node].next.get(c); }
      node = next ?? 0;
      for (let n = nodes[node].out.length ? node : nodes[node].dict; n > 0; n = nodes[n].dict) {
        for (const p of nodes[n].out) {
          const len = lengths[p];
          matches.push({ start: ring[(fed - len + 1 + ringSize * len) % ringSize], end: at + 1, pattern: p });
        }
      }
      fed++;
    };
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      if (isSpaceCode(c)) {
        let j = i, newlines = 0;
        for (let d = c; j < length && isSpaceCode(d = text.charCodeAt(j)); j++) if (d === 10) newlines++;
        if (newlines >= 2) { node = 0; lastFed = -1; }
        else if (lastFed !== -1 && !(isCjkCode(lastFed) && j < length && isCjkCode(text.charCodeAt(j)))) { feed(32, i); lastFed = 32; }
        i = j - 1;
        continue;
      }
      // Matching folds ASCII case and reads ’ as ' (foldChar).
      feed(c >= 65 && c <= 90 ? c + 32 : c === 0x2019 ? 39 : c, i);
      lastFed = c;
    }
    return matches;
  }
}

/** isSpace() on a character code. */
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0x2002 || c === 0xa0;
}

/** isCjk() on a character code. */
function isCjkCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}
