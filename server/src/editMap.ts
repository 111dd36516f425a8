/**
 * Maps offsets between the text a model was built from and the document's current text,
 * so hover and definition can answer from the last model while a newer version waits for
 * its (debounced) analysis. The texts differ in one region, found as the common prefix and
 * suffix; offsets outside it map exactly, offsets inside it do not map at all.
 */
import type { LineIndex, Position } from './core/text/lineIndex';

export class EditMap {
  private readonly prefix: number;
  private readonly suffix: number;
  private readonly delta: number;

  constructor(private readonly oldText: string, private readonly newText: string) {
    const max = Math.min(oldText.length, newText.length);
    let p = 0;
    while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
    let s = 0;
    while (s < max - p && oldText.charCodeAt(oldText.length - 1 - s) === newText.charCodeAt(newText.length - 1 - s)) s++;
    this.prefix = p;
    this.suffix = s;
    this.delta = newText.length - oldText.length;
  }

  /** Offset in the new text → offset in the old one, or undefined inside the edited region. */
  toOld(offset: number): number | undefined {
    if (offset <= this.prefix) return offset;
    if (offset >= this.newText.length - this.suffix) return offset - this.delta;
    return undefined;
  }

  /** Offset in the old text → offset in the new one, or undefined inside the edited region. */
  toNew(offset: number): number | undefined {
    if (offset <= this.prefix) return offset;
    if (offset >= this.oldText.length - this.suffix) return offset + this.delta;
    return undefined;
  }

  /** Does the old range [start, end) cover text that the edit replaced (or span an insertion)? */
  private touchesEdit(start: number, end: number): boolean {
    const editStart = this.prefix, editEnd = this.oldText.length - this.suffix;
    return editEnd > editStart ? start < editEnd && end > editStart : start < editStart && end > editStart;
  }

  /**
   * Rewrites, in place, every LSP range of `value` (an answer computed on the old text)
   * to the new text. Returns false when a range falls in the edited region: the caller
   * then computes a fresh answer instead.
   */
  remapRanges(value: unknown, oldLines: LineIndex, newLines: LineIndex, uri: string): boolean {
    let ok = true;
    const visit = (v: unknown, depth: number, inOtherDocument: boolean) => {
      if (!ok || !v || typeof v !== 'object' || depth > 10) return;
      const o = v as Record<string, unknown>;
      const other = inOtherDocument || (typeof o.uri === 'string' && o.uri !== uri);
      if (isRange(o)) {
        if (other) return;
        const oldStart = oldLines.offsetAt(o.start), oldEnd = oldLines.offsetAt(o.end);
        const start = this.toNew(oldStart), end = this.toNew(oldEnd);
        if (start === undefined || end === undefined || this.touchesEdit(oldStart, oldEnd)) { ok = false; return; }
        o.start = newLines.positionAt(start);
        o.end = newLines.positionAt(end);
        return;
      }
      for (const child of Object.values(o)) visit(child, depth + 1, other);
    };
    visit(value, 0, false);
    return ok;
  }
}

function isRange(o: Record<string, unknown>): o is { start: Position; end: Position } {
  const s = o.start as Position | undefined, e = o.end as Position | undefined;
  return !!s && !!e && typeof s.line === 'number' && typeof e.line === 'number' && Object.keys(o).length === 2;
}
