/**
 * Maps string offsets (UTF-16 code units, as JavaScript indexes strings) to LSP
 * positions and back. LSP's default position encoding is UTF-16, so a CJK character
 * counts 1 and an astral character (emoji, rare CJK) counts 2 — exactly like the
 * string index. Line breaks are \n, \r\n and a lone \r, as the LSP spec defines them.
 */
import type { TextChange } from './change';

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

export class LineIndex {
  /** Offset at which each line starts. */
  readonly lineStarts: number[];

  constructor(readonly text: string, lineStarts?: number[]) {
    if (lineStarts) { this.lineStarts = lineStarts; return; }
    const starts = [0];
    pushLineStarts(text, 0, text.length, starts);
    this.lineStarts = starts;
  }

  /**
   * The index of `text`, which is `previous.text` with `change` applied: the line starts
   * before the change are kept, the changed stretch is scanned, the ones after are shifted.
   */
  static afterChange(previous: LineIndex, text: string, change: TextChange): LineIndex {
    const old = previous.lineStarts;
    const delta = change.newEnd - change.oldEnd;
    // A start s is decided by the characters at s - 1 and s ("\r\n" is one break): starts
    // before the change keep both unchanged; the scan from change.start - 1 through newEnd
    // decides every start up to newEnd + 2; later ones read only unchanged characters.
    let keep = previous.lineAt(change.start);
    while (keep > 0 && old[keep] >= change.start) keep--;
    const starts = old.slice(0, keep + 1);
    pushLineStarts(text, Math.max(0, change.start - 1), Math.min(text.length, change.newEnd + 1), starts);
    const last = starts[starts.length - 1];
    let i = previous.lineAt(Math.min(change.oldEnd + 1, previous.text.length));
    while (i < old.length && old[i] + delta <= Math.max(last, change.newEnd + 1)) i++;
    for (; i < old.length; i++) starts.push(old[i] + delta);
    return new LineIndex(text, starts);
  }

  get lineCount(): number { return this.lineStarts.length; }

  /** The 0-based line containing `offset`. */
  lineAt(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.lineStarts[line] };
  }

  /** Offset of an LSP position; characters past the line's end clamp to it. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    return Math.max(start, Math.min(start + position.character, this.lineEnd(position.line)));
  }

  /** Offset just past the last character of the line, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

/** Appends the line starts that the characters in [from, to) begin (a start may be at `to` + 1). */
function pushLineStarts(text: string, from: number, to: number, starts: number[]): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
}
