/**
 * Aho–Corasick over the prose view: every occurrence of every pattern in one pass,
 * whatever the number of terms. The text is fed normalised — ASCII folded to lower
 * case, ’ as ', whitespace runs as one space, and line breaks between CJK characters
 * skipped (hard-wrapped Chinese) — and each match is mapped back to document offsets.
 * A blank line resets the automaton, so no match spans two paragraphs.
 */
import { isCjk, isSpace } from './text';

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
    // Document offset of each fed character, as a ring big enough for the longest pattern.
    const ringSize = Math.max(...this.lengths) + 1;
    const ring = new Int32Array(ringSize);
    let fed = 0;
    let node = 0;
    let lastFed = '';
    const feed = (c: number, at: number) => {
      ring[fed % ringSize] = at;
      while (node !== 0 && !this.nodes[node].next.has(c)) node = this.nodes[node].fail;
      node = this.nodes[node].next.get(c) ?? 0;
      for (let n = this.nodes[node].out.length ? node : this.nodes[node].dict; n > 0; n = this.nodes[n].dict) {
        for (const p of this.nodes[n].out) {
          const len = this.lengths[p];
          matches.push({ start: ring[(fed - len + 1 + ringSize * len) % ringSize], end: at + 1, pattern: p });
        }
      }
      fed++;
    };
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (isSpace(ch)) {
        let j = i, newlines = 0;
        while (j < text.length && isSpace(text[j])) { if (text[j] === '\n') newlines++; j++; }
        if (newlines >= 2) { node = 0; lastFed = ''; }
        else if (!(isCjk(lastFed) && isCjk(text[j])) && lastFed !== '') { feed(32, i); lastFed = ' '; }
        i = j - 1;
        continue;
      }
      const folded = foldChar(ch);
      feed(folded.charCodeAt(0), i);
      lastFed = ch;
    }
    return matches;
  }
}
