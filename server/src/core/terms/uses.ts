/**
 * Finds the uses of defined terms in one pass (matcher.ts), then keeps whole-term
 * matches, longest first: "Customer Data" before "Customer", 阿里云网站 before 阿里云.
 * English terms are case-sensitive and bounded by non-word characters; plural and
 * possessive endings are accepted; a lower-case occurrence of a capitalised term is a
 * case mismatch, not a use.
 */
import { Matcher, fedText, foldPattern } from './matcher';
import type { Term, UseVariant } from './types';
import { isSpace, isWordChar, normalizeTerm } from './text';
import { EN_FUNCTION_WORDS } from '../lang/definitions';

/** `term` is the index of the pattern's term in the term list; only its key and language matter. */
interface Pattern { text: string; key: string; language: 'zh' | 'en'; term: number; kind: 'exact' | 'plural' | 'singular' }

/** The patterns of one term set and their automaton, built once per version and only when a section needs them. */
export interface UsePatterns { patterns: Pattern[]; matcher: Matcher }

interface Candidate { start: number; end: number; tokenEnd: number; term: number; variant: UseVariant | 'mismatch'; text: string }

/**
 * The uses found in one section, packed USE_WIDTH numbers each — start, end, token end
 * (offsets relative to the section), term (an index into the term list), variant (an index
 * into VARIANTS) —: kept in the section's memo, one small-integer array instead of an object
 * per use (6,100 on the 1 MB agreement).
 */
export type LocalUses = number[];
export const USE_WIDTH = 5;
/** Where each field sits in a use's run of USE_WIDTH numbers (its start at 0). */
export const USE_END = 1, USE_TOKEN_END = 2, USE_TERM = 3, USE_VARIANT = 4;
export const VARIANTS: readonly UseVariant[] = ['exact', 'plural', 'possessive', 'caps', 'capitalised'];
export interface LocalMismatch { start: number; end: number; term: number; text: string }
export interface SectionUses { uses: LocalUses; mismatches: LocalMismatch[] }

/** The last few term lists' patterns: a version whose term set is unchanged reuses its automaton. */
const recent: { list: string; patterns: UsePatterns }[] = [];

/** The patterns of a term list; `list` spells out the terms' languages and keys, in order. */
export function usePatterns(terms: Term[], list: string): UsePatterns {
  const hit = recent.find((r) => r.list === list);
  if (hit) return hit.patterns;
  const patterns = buildPatterns(terms);
  const built = { patterns, matcher: new Matcher(patterns.map((p) => p.text)) };
  recent.unshift({ list, patterns: built });
  if (recent.length > 4) recent.pop();
  return built;
}

/** The patterns of a term list if an automaton was built for it lately (usePatterns), else undefined. */
export function knownUsePatterns(list: string): UsePatterns | undefined {
  return recent.find((r) => r.list === list)?.patterns;
}

/**
 * Of `all` (a term list's patterns), those that occur in `prose`, with an automaton for
 * them alone: a section read again under a new term list (a keystroke inside a defined
 * term's quotes) needs no automaton for all 550 terms of a long agreement (3 ms to build)
 * when a dozen occur in it. Read as the matcher reads (fedText), so the patterns picked
 * are exactly those the full automaton would match, and findSectionUses gives the same.
 */
export function patternsIn(prose: string, all: FoldedPatterns): UsePatterns {
  const fed = fedText(prose);
  const patterns = all.patterns.filter((_, i) => fed.includes(all.folded[i]));
  return { patterns, matcher: new Matcher(patterns.map((p) => p.text)) };
}

/** A term list's patterns, each with its text as the matcher reads it (foldPattern). */
export interface FoldedPatterns { patterns: Pattern[]; folded: string[] }

export function foldedPatterns(terms: Term[]): FoldedPatterns {
  const patterns = buildPatterns(terms);
  return { patterns, folded: patterns.map((p) => foldPattern(p.text)) };
}

/**
 * The uses and case mismatches in one section's prose (section-relative offsets).
 * Depends only on the prose, the term list (names and languages, in order) and the
 * section's definition spans (`exclude`, relative, sorted): callers cache it under a
 * signature of those.
 */
export function findSectionUses(prose: string, { patterns, matcher }: UsePatterns, exclude: { start: number; end: number }[]): SectionUses {
  const uses: LocalUses = [];
  const mismatches: LocalMismatch[] = [];
  if (!patterns.length) return { uses, mismatches };
  const raw = matcher.scan(prose);

  const candidates: Candidate[] = [];
  for (const m of raw) {
    const p = patterns[m.pattern];
    const c = judge(prose, m.start, m.end, p);
    if (c) candidates.push(c);
  }
  // Leftmost-longest, no overlaps; definitions themselves are not uses.
  candidates.sort((a, b) => a.start - b.start || (b.end - a.end) || rank(a) - rank(b));
  let ei = 0;
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    while (ei < exclude.length && exclude[ei].end <= c.start) ei++;
    if (ei < exclude.length && exclude[ei].start < c.end) continue;
    lastEnd = c.end;
    if (c.variant === 'mismatch') mismatches.push({ start: c.start, end: c.end, term: c.term, text: c.text });
    else uses.push(c.start, c.end, c.tokenEnd, c.term, VARIANTS.indexOf(c.variant));
  }
  // Kept in the section's memo: an exact-size copy, not the pushed-to array and its spare room.
  return { uses: uses.length ? uses.slice() : uses, mismatches };
}

/** At the same span an exact use beats a case variant, which beats a mismatch. */
function rank(c: Candidate): number { return c.variant === 'exact' ? 0 : c.variant === 'mismatch' ? 2 : 1; }

/** The patterns of a term list (each term's key, and English plural/singular variants no other term takes). */
export function buildPatterns(terms: Term[]): Pattern[] {
  const taken = new Set(terms.map((t) => t.key.toLowerCase()));
  const out: Pattern[] = [];
  terms.forEach(({ key, language }, term) => {
    out.push({ text: key, key, language, term, kind: 'exact' });
    if (language !== 'en') return;
    const name = key;
    // Party → Parties; Beta Previews → Beta Preview.
    const variants: [string, Pattern['kind']][] = [];
    if (/[^aeiou]y$/.test(name)) variants.push([name.slice(0, -1) + 'ies', 'plural']);
    if (name.includes(' ') && /[^s]s$/.test(name) && name.length > 3 && !/(?:ss|us|is|ics|news)$/i.test(name)) variants.push([name.slice(0, -1), 'singular']);
    for (const [text, kind] of variants) {
      if (taken.has(text.toLowerCase())) continue;
      taken.add(text.toLowerCase());
      out.push({ text, key, language, term, kind });
    }
  });
  return out;
}

function judge(prose: string, start: number, end: number, p: Pattern): Candidate | undefined {
  const { term } = p;
  const text = normalizeTerm(prose.slice(start, end));
  if (p.language !== 'en') return { start, end, tokenEnd: end, term, variant: 'exact', text };
  if (isWordChar(prose[start - 1]) || prose[start - 1] === "'" && isWordChar(prose[start - 2])) return undefined;
  // Host names, paths and addresses: github.com, /site/github, user@github.
  if (/[./@\\]/.test(prose[start - 1] ?? '') && !isSpace(prose[start - 2]) || /^[./@][A-Za-z0-9]/.test(prose.slice(end, end + 2))) return undefined;
  // "European Union" is not a use of "Union": the term is the tail of a longer name.
  if (tailOfName(prose, start)) return undefined;
  let tokenEnd = end;
  let variant: UseVariant = p.kind === 'plural' ? 'plural' : 'exact';
  if (isWordChar(prose[end])) {
    const rest = prose.slice(end, end + 3);
    const m = /^(?:s|es)(?![A-Za-z0-9\-_])/.exec(rest);
    if (!m || /[sS]$/.test(p.key) && p.kind !== 'singular') return undefined;
    tokenEnd = end + m[0].length;
    variant = 'plural';
  } else if (/^['’]s(?![A-Za-z0-9])/.test(prose.slice(end, end + 3))) {
    tokenEnd = end + 2;
    variant = 'possessive';
  }
  if (text === p.text) return { start, end, tokenEnd, term, variant, text };
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length > 1 && text === text.toUpperCase() && p.text !== p.text.toUpperCase()) return { start, end, tokenEnd, term, variant: 'caps', text };
  // A lower-case term at a sentence start: "Data exporter" for "data exporter".
  if (/^[a-z]/.test(p.text) && text === p.text[0].toUpperCase() + p.text.slice(1)) return { start, end, tokenEnd, term, variant: 'capitalised', text };
  if (text === text.toLowerCase() && p.text !== p.text.toLowerCase()) return { start, end, tokenEnd, term, variant: 'mismatch', text };
  return undefined;
}

function tailOfName(prose: string, start: number): boolean {
  let i = start - 1;
  if (prose[i] !== ' ') return false;
  while (i >= 0 && prose[i] === ' ') i--;
  const end = i + 1;
  while (i >= 0 && /[A-Za-z]/.test(prose[i])) i--;
  const word = prose.slice(i + 1, end);
  return /^[A-Z][a-z]/.test(word) && !EN_FUNCTION_WORDS.has(word) && start - end <= 2;
}
