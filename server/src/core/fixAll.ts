/**
 * "Fix all": the preferred fix of every finding that has one, without overlapping
 * edits, applied in one pass. Shared by the "Fix all Clausewise problems" source action
 * and `clausewise check --fix`, so both make the same edits.
 */
import type { Finding, TextEdit } from './diagnostics';

export function fixAllEdits(findings: Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes?.find((f) => f.preferred) ?? (finding.fixes?.length === 1 ? finding.fixes[0] : undefined);
    if (!fix) continue;
    const overlaps = fix.edits.some((e) => edits.some((x) => e.span.start < x.span.end && x.span.start < e.span.end || (e.span.start === x.span.start && e.span.end === x.span.end)));
    if (!overlaps) edits.push(...fix.edits);
  }
  return edits.sort((a, b) => a.span.start - b.span.start);
}

/** Applies non-overlapping edits; text outside them is kept byte for byte. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  let out = '';
  let pos = 0;
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    if (e.span.start < pos) continue;
    out += text.slice(pos, e.span.start) + e.newText;
    pos = e.span.end;
  }
  return out + text.slice(pos);
}
