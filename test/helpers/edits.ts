/** Small helpers the tests share for positions, LSP edits and deterministic randomness. */
import type { Position, TextEdit } from 'vscode-languageserver-protocol';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { applyEdits } from '../../server/src/core/fixAll';
// @ts-expect-error plain ESM module without types
import { rng as mulberry32 } from '../../bench/generate.mjs';

/** The LSP position of `needle` (plus `delta` characters) in `text`, searching from `from`. */
export function positionOf(text: string, needle: string, delta = 0, from = 0): Position {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`no ${needle}`);
  return new LineIndex(text).positionAt(at + delta);
}

/** Applies LSP text edits to `text` (what an editor does with a WorkspaceEdit). */
export function applyLspEdits(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  return applyEdits(text, edits.map((e) => ({ span: { start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end) }, newText: e.newText })));
}

/** mulberry32 (bench/generate.mjs): a deterministic random number generator for reproducible edits. */
export const rng: (seedValue: number) => () => number = mulberry32;
