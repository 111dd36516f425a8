/**
 * A section's uses found under the last term list, carried over to a new one. Typing
 * inside a defined term's quotes changes the term list on every keystroke; finding every
 * section's uses again then cost 40 ms on a 1 MB agreement. A section's uses under the new
 * list are its old ones, term indexes remapped by key, when
 * - none of its old uses or case mismatches is of a term whose patterns changed or went
 *   (such a use may now be another term's, or none), and
 * - none of the patterns new in this list has a candidate in it that is not inside one of
 *   its definitions (an excluded candidate shadows nothing: uses.ts).
 * Otherwise the section is read again. Most sections cannot hold a new pattern: a native
 * regular expression (matcher.ts probeFor) says so before the automaton reads them (the
 * 1 MB agreement: 840 sections scanned per keystroke, 6–8 ms, before), and when every term
 * keeps its index — a term renamed in place — the uses are kept as they are, not copied.
 * test/unit/terms/incremental.test.ts makes and breaks definitions on every eighth edit and
 * compares with a fresh analysis.
 */
import { Matcher, probeFor } from './matcher';
import { buildPatterns, findSectionUses, USE_TERM, USE_WIDTH, type SectionUses, type UsePatterns } from './uses';
import type { Span } from '../model';
import type { Term } from './types';

/** How uses found under one term list map to another. */
export interface TermChange {
  /** Old term index → new one (-1: the term is gone). */
  remap: Int32Array;
  /** Old term indexes whose patterns are not all in the new list. */
  unsafe: Set<number>;
  /** The patterns new in this list (their `term` indexes are the new list's), if any. */
  added: UsePatterns | undefined;
  /** A quick test for texts in which the added patterns may occur (matcher.ts probeFor): the others need no scan. */
  probe: RegExp | undefined;
  /** Every term still in the list keeps its index: uses carried over need no remapping. */
  sameIndexes: boolean;
}

const SEPARATOR = '\u0001';

/** A term list spelt as a string: each term's language and key, joined by U+0001 (what termChange reads back). */
export function termListOf(terms: Term[]): string {
  return terms.map((t) => t.language + t.key).join(SEPARATOR);
}

/** How uses found under `oldList` (termListOf) map to `terms`. */
export function termChange(oldList: string, terms: Term[]): TermChange {
  const oldTerms = oldList ? oldList.split(SEPARATOR).map((entry) => ({ language: entry.slice(0, 2) as Term['language'], key: entry.slice(2) }) as Term) : [];
  const newIndex = new Map<string, number>();
  terms.forEach((t, i) => newIndex.set(t.language + t.key, i));
  const patternKey = (p: UsePatterns['patterns'][number]) => `${p.text}${SEPARATOR}${p.key}${SEPARATOR}${p.language}${SEPARATOR}${p.kind}`;
  // Only patterns are compared: no automaton is built for either list (the new list's is
  // built when a section has to be read again).
  const oldPatterns = buildPatterns(oldTerms);
  const newPatterns = buildPatterns(terms);
  const oldKeys = new Set(oldPatterns.map(patternKey));
  const newKeys = new Set(newPatterns.map(patternKey));
  const remap = new Int32Array(oldTerms.length);
  const unsafe = new Set<number>();
  oldTerms.forEach((t, j) => { remap[j] = newIndex.get(t.language + t.key) ?? -1; if (remap[j] < 0) unsafe.add(j); });
  for (const p of oldPatterns) if (!newKeys.has(patternKey(p))) unsafe.add(p.term);
  const fresh = newPatterns.filter((p) => !oldKeys.has(patternKey(p)));
  // Typing inside a term's quotes replaces that term in place: the others keep their indexes.
  const sameIndexes = remap.every((to, from) => to === from || to < 0);
  return {
    remap, unsafe, sameIndexes,
    added: fresh.length ? { patterns: fresh, matcher: new Matcher(fresh.map((p) => p.text)) } : undefined,
    probe: probeFor(fresh.map((p) => p.text)),
  };
}

/** How many sections' uses were carried over to a new term list since the process started: for tests. */
export const carried = { count: 0 };

/** `uses` (found under the change's old list) under the new list, or undefined when the section must be read again. */
export function carryUses(uses: SectionUses, change: TermChange, prose: string, exclude: Span[]): SectionUses | undefined {
  const { remap, unsafe, added, probe } = change;
  const packed = uses.uses;
  for (let k = USE_TERM; k < packed.length; k += USE_WIDTH) if (unsafe.has(packed[k])) return undefined;
  for (const m of uses.mismatches) if (unsafe.has(m.term)) return undefined;
  // Most sections cannot hold a new pattern: the native probe says so without the automaton.
  if (added && (!probe || probe.test(prose))) {
    const found = findSectionUses(prose, added, exclude);
    if (found.uses.length || found.mismatches.length) return undefined;
  }
  carried.count++;
  // The uses hold no term that went (unsafe), so with the same indexes they are the same.
  if (change.sameIndexes) return uses;
  return {
    uses: packed.map((value, k) => (k % USE_WIDTH === USE_TERM ? remap[value] : value)),
    mismatches: uses.mismatches.map((m) => ({ start: m.start, end: m.end, term: remap[m.term], text: m.text })),
  };
}
