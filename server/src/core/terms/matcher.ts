/**
 * Aho–Corasick over the prose view: every occurrence of every pattern in one pass,
 * whatever the number of terms. The text is fed normalised — ASCII folded to lower
 * case, ’ as ', whitespace runs as one space, and line breaks between CJK characters
 * skipped (hard-wrapped Chinese) — and each match is mapped back to document offsets.
 * A blank line resets the automaton, so no match spans two paragraphs.
 */

export interface RawMatch { start: number; end: number; pattern: number }

/** A trie node while the automaton is built; frozen into flat arrays afterwards. */
interface BuildNode { next: Map<number, number>; fail: number; out: number[]; dict: number }

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

/**
 * The automaton is kept for the document's term list (and read on every re-scanned
 * section), so after building it is stored flat: each node's edges are a run of
 * (character, target) pairs sorted by character, and fail links, dictionary links and
 * outputs are typed arrays — about 20 bytes a node instead of an object, a Map and an
 * array (some 250 bytes; a 1 MB agreement's 3,800 nodes took 1 MB of heap).
 */
export class Matcher {
  /** Node n's edges are edgeChar/edgeTarget[edgeStart[n] .. edgeStart[n + 1]). */
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private readonly fail: Int32Array;
  /** The nearest node along the fail links that ends a pattern (-1: none). */
  private readonly dict: Int32Array;
  /** Node n's patterns are outList[outStart[n] .. outStart[n + 1]). */
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;
  /** The root's edges by character: it has one per first character of every pattern. */
  private readonly rootNext = new Map<number, number>();
  /** A bit per UTF-16 code unit that starts a pattern: the scan skips the others at the root without a lookup. */
  private readonly rootChars = new Uint32Array(2048);
  private readonly lengths: number[] = [];

  /** Patterns must already be normalised (normalizeTerm); matching folds ASCII case. */
  constructor(patterns: string[]) {
    const nodes: BuildNode[] = [{ next: new Map(), fail: 0, out: [], dict: -1 }];
    patterns.forEach((p, index) => this.insert(nodes, foldPattern(p), index));
    link(nodes);
    const count = nodes.length;
    this.edgeStart = new Int32Array(count + 1);
    this.fail = new Int32Array(count);
    this.dict = new Int32Array(count);
    this.outStart = new Int32Array(count + 1);
    let edges = 0, outs = 0;
    for (const node of nodes) { edges += node.next.size; outs += node.out.length; }
    this.edgeChar = new Uint16Array(edges);
    this.edgeTarget = new Int32Array(edges);
    this.outList = new Int32Array(outs);
    let e = 0, o = 0;
    nodes.forEach((node, n) => {
      this.edgeStart[n] = e;
      for (const [c, target] of [...node.next].sort((a, b) => a[0] - b[0])) { this.edgeChar[e] = c; this.edgeTarget[e++] = target; }
      this.fail[n] = node.fail;
      this.dict[n] = node.dict;
      this.outStart[n] = o;
      for (const p of node.out) this.outList[o++] = p;
    });
    this.edgeStart[count] = e;
    this.outStart[count] = o;
    for (const [c, target] of nodes[0].next) { this.rootNext.set(c, target); this.rootChars[c >>> 5] |= 1 << (c & 31); }
  }

  private insert(nodes: BuildNode[], pattern: string, index: number): void {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let next = nodes[node].next.get(c);
      if (next === undefined) {
        next = nodes.length;
        nodes.push({ next: new Map(), fail: 0, out: [], dict: -1 });
        nodes[node].next.set(c, next);
      }
      node = next;
    }
    nodes[node].out.push(index);
    this.lengths[index] = pattern.length;
  }

  /** The node reached from `node` by character `c`, or -1. */
  private step(node: number, c: number): number {
    if (node === 0) return this.rootNext.get(c) ?? -1;
    const { edgeChar, edgeTarget } = this;
    let lo = this.edgeStart[node], hi = this.edgeStart[node + 1];
    // Most nodes have one or two edges: a linear look; a binary search for the few with many.
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) if (edgeChar[lo] === c) return edgeTarget[lo];
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edgeChar[mid] < c) lo = mid + 1; else hi = mid;
    }
    return lo < this.edgeStart[node + 1] && edgeChar[lo] === c ? edgeTarget[lo] : -1;
  }

  /** Every occurrence (overlapping ones included), in order of their end. */
  scan(text: string): RawMatch[] {
    const matches: RawMatch[] = [];
    if (this.lengths.length === 0) return matches;
    const { lengths, dict, outStart, outList, rootChars } = this;
    // Document offset of each fed character, as a ring big enough for the longest pattern.
    let longest = 0;
    for (const l of lengths) if (l > longest) longest = l;
    const ringSize = longest + 1;
    const ring = new Int32Array(ringSize);
    // The loop keeps its state in locals, not in a closure's context: it reads every character.
    let fed = 0;
    let node = 0;
    /** The last character fed (as written, not folded); -1: none since the start or a blank line. */
    let lastFed = -1;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const at = i;
      let c = text.charCodeAt(i);
      if (isSpaceCode(c)) {
        let j = i, newlines = 0;
        for (let d = c; j < length && isSpaceCode(d = text.charCodeAt(j)); j++) if (d === 10) newlines++;
        i = j - 1;
        if (newlines >= 2) { node = 0; lastFed = -1; continue; }
        // A whitespace run is one space, except a line break inside hard-wrapped Chinese.
        if (lastFed === -1 || isCjkCode(lastFed) && j < length && isCjkCode(text.charCodeAt(j))) continue;
        c = 32;
        lastFed = 32;
      } else {
        lastFed = c;
        // Matching folds ASCII case and reads ’ as ' (foldChar).
        c = c >= 65 && c <= 90 ? c + 32 : c === 0x2019 ? 39 : c;
      }
      // At the root a character that starts no pattern leaves it there: nothing to feed (most
      // characters of the prose; a match is a run of fed characters, so none spans it).
      if (node === 0 && (rootChars[c >>> 5] & (1 << (c & 31))) === 0) continue;
      ring[fed % ringSize] = at;
      node = this.advance(node, c);
      for (let n = outStart[node + 1] > outStart[node] ? node : dict[node]; n > 0; n = dict[n]) {
        for (let k = outStart[n]; k < outStart[n + 1]; k++) {
          const p = outList[k];
          const len = lengths[p];
          matches.push({ start: ring[(fed - len + 1 + ringSize * len) % ringSize], end: at + 1, pattern: p });
        }
      }
      fed++;
    }
    return matches;
  }

  /** The node `c` leads to from `node`, following fail links (the root: no pattern continues). */
  private advance(node: number, c: number): number {
    let next = this.step(node, c);
    while (next < 0 && node !== 0) { node = this.fail[node]; next = this.step(node, c); }
    return next < 0 ? 0 : next;
  }
}

/** Stands for a blank line in fedText: no pattern holds it, so no occurrence spans one. */
const PARAGRAPH_BREAK = '\u0000';

/**
 * The characters scan() feeds the automaton, in order: ASCII folded to lower case, ’ as ',
 * a whitespace run as one space (none at the start, after a blank line or inside
 * hard-wrapped Chinese), a blank line as PARAGRAPH_BREAK. A pattern (folded: foldPattern)
 * occurs in it exactly where scan() finds it — what lets a section's patterns be picked
 * with indexOf before an automaton is built for only those (uses.ts patternsIn).
 */
export function fedText(text: string): string {
  let out = '';
  let lastFed = -1;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    let c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      let j = i, newlines = 0;
      for (let d = c; j < length && isSpaceCode(d = text.charCodeAt(j)); j++) if (d === 10) newlines++;
      i = j - 1;
      if (newlines >= 2) { if (lastFed !== -1) out += PARAGRAPH_BREAK; lastFed = -1; continue; }
      if (lastFed === -1 || isCjkCode(lastFed) && j < length && isCjkCode(text.charCodeAt(j))) continue;
      out += ' ';
      lastFed = 32;
      continue;
    }
    lastFed = c;
    c = c >= 65 && c <= 90 ? c + 32 : c === 0x2019 ? 39 : c;
    out += String.fromCharCode(c);
  }
  return out;
}

/** Most patterns a probe is made for: a long alternation would cost more than it skips. */
const PROBE_MAX_PATTERNS = 32;

/**
 * A native regular expression that matches every text in which Matcher(patterns).scan
 * finds something (and possibly more): a quick test, with no automaton, of whether a text
 * needs scanning at all. It reads the text as scan() does — any ASCII case (the `i` flag
 * also folds other letters: more matches, never fewer), ' or ’ for ', any whitespace run
 * for a space, and optional whitespace between two CJK characters (a hard-wrapped line).
 * Linear: each alternative is a fixed sequence of characters and whitespace classes, each
 * class followed by a character it does not hold. Undefined for none or too many patterns.
 */
export function probeFor(patterns: string[]): RegExp | undefined {
  if (!patterns.length || patterns.length > PROBE_MAX_PATTERNS) return undefined;
  const alternatives: string[] = [];
  for (const pattern of patterns) {
    const folded = foldPattern(pattern);
    if (!folded || isSpaceCode(folded.charCodeAt(0)) || isSpaceCode(folded.charCodeAt(folded.length - 1))) return undefined;
    let source = '';
    for (let i = 0; i < folded.length; i++) {
      const c = folded.charCodeAt(i);
      if (isSpaceCode(c)) { while (i + 1 < folded.length && isSpaceCode(folded.charCodeAt(i + 1))) i++; source += '\\s+'; continue; }
      if (i > 0 && isCjkCode(c) && isCjkCode(folded.charCodeAt(i - 1))) source += '\\s*';
      source += c === 39 ? "['\u2019]" : folded[i].replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
    }
    alternatives.push(source);
  }
  return new RegExp(alternatives.join('|'), 'i');
}

/** Fail and dictionary links, breadth first (the classic construction). */
function link(nodes: BuildNode[]): void {
  const queue: number[] = [];
  for (const child of nodes[0].next.values()) queue.push(child);
  for (let qi = 0; qi < queue.length; qi++) {
    const n = queue[qi];
    for (const [c, child] of nodes[n].next) {
      let f = nodes[n].fail;
      while (f !== 0 && !nodes[f].next.has(c)) f = nodes[f].fail;
      const target = nodes[f].next.get(c);
      nodes[child].fail = target !== undefined && target !== child ? target : 0;
      const fail = nodes[child].fail;
      nodes[child].dict = nodes[fail].out.length ? fail : nodes[fail].dict;
      queue.push(child);
    }
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
