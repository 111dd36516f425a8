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

/**
 * A random edit of `text` as an editor makes it: half at a line start (where labels and
 * markers are), three in ten a deletion of one to four characters, the rest one of
 * `inserts`; never inside a surrogate pair or a \r\n.
 */
export function randomChange(text: string, random: () => number, inserts: readonly string[]): { start: number; end: number; insert: string } {
  const at = Math.floor(random() * (text.length + 1));
  const pos = random() < 0.5 ? text.lastIndexOf('\n', at - 1) + 1 : at;
  const safe = (p: number) => (p > 0 && p < text.length && ((text.charCodeAt(p) & 0xfc00) === 0xdc00 || (text[p - 1] === '\r' && text[p] === '\n')) ? p - 1 : p);
  const start = safe(pos);
  if (random() < 0.3) return { start, end: safe(Math.min(text.length, start + 1 + Math.floor(random() * 4))), insert: '' };
  return { start, end: start, insert: inserts[Math.floor(random() * inserts.length)] };
}

/** `text` with a random change applied (randomChange). */
export function randomEdit(text: string, random: () => number, inserts: readonly string[]): string {
  const { start, end, insert } = randomChange(text, random, inserts);
  return text.slice(0, start) + insert + text.slice(end);
}
