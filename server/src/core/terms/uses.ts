/**
 * Finds the uses of defined terms in one pass (matcher.ts), then keeps whole-term
 * matches, longest first: "Customer Data" before "Customer", 阿里云网站 before 阿里云.
 * English terms are case-sensitive and bounded by non-word characters; plural and
 * possessive endings are accepted; a lower-case occurrence of a capitalised term is a
 * case mismatch, not a use.
 */
import type { DocumentModel } from '../model';
import { Matcher } from './matcher';
import type { CaseMismatch, Term, TermUse, UseVariant } from './types';
import { isSpace, isWordChar, normalizeTerm } from './text';
import { EN_FUNCTION_WORDS } from '../lang/definitions';

interface Pattern { text: string; term: Term; kind: 'exact' | 'plural' | 'singular' }

interface Candidate { start: number; end: number; tokenEnd: number; term: Term; variant: UseVariant | 'mismatch'; text: string }

export function findUses(model: DocumentModel, terms: Term[], exclude: { start: number; end: number }[]): { uses: TermUse[]; mismatches: CaseMismatch[] } {
  const patterns = buildPatterns(terms);
  if (!patterns.length) return { uses: [], mismatches: [] };
  const { prose } = model;
  const raw = new Matcher(patterns.map((p) => p.text)).scan(prose);

  const candidates: Candidate[] = [];
  for (const m of raw) {
    const p = patterns[m.pattern];
    const c = judge(prose, m.start, m.end, p);
    if (c) candidates.push(c);
  }
  // Leftmost-longest, no overlaps; definitions themselves are not uses.
  candidates.sort((a, b) => a.start - b.start || (b.end - a.end) || rank(a) - rank(b));
  const excluded = [...exclude].sort((a, b) => a.start - b.start);
  let ei = 0;
  let lastEnd = -1;
  const uses: TermUse[] = [];
  const mismatches: CaseMismatch[] = [];
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    while (ei < excluded.length && excluded[ei].end <= c.start) ei++;
    if (ei < excluded.length && excluded[ei].start < c.end) continue;
    lastEnd = c.end;
    if (c.variant === 'mismatch') mismatches.push({ span: { start: c.start, end: c.end }, term: c.term, text: c.text });
    else uses.push({ span: { start: c.start, end: c.end }, term: c.term, variant: c.variant, end: c.tokenEnd });
  }
  return { uses, mismatches };
}

/** At the same span an exact use beats a case variant, which beats a mismatch. */
function rank(c: Candidate): number { return c.variant === 'exact' ? 0 : c.variant === 'mismatch' ? 2 : 1; }

function buildPatterns(terms: Term[]): Pattern[] {
  const taken = new Set(terms.map((t) => t.key.toLowerCase()));
  const out: Pattern[] = [];
  for (const term of terms) {
    out.push({ text: term.key, term, kind: 'exact' });
    if (term.language !== 'en') continue;
    const name = term.key;
    // Party → Parties; Beta Previews → Beta Preview.
    const variants: [string, Pattern['kind']][] = [];
    if (/[^aeiou]y$/.test(name)) variants.push([name.slice(0, -1) + 'ies', 'plural']);
    if (name.includes(' ') && /[^s]s$/.test(name) && name.length > 3 && !/(?:ss|us|is|ics|news)$/i.test(name)) variants.push([name.slice(0, -1), 'singular']);
    for (const [text, kind] of variants) {
      if (taken.has(text.toLowerCase())) continue;
      taken.add(text.toLowerCase());
      out.push({ text, term, kind });
    }
  }
  return out;
}

function judge(prose: string, start: number, end: number, p: Pattern): Candidate | undefined {
  const { term } = p;
  const text = normalizeTerm(prose.slice(start, end));
  if (term.language !== 'en') return { start, end, tokenEnd: end, term, variant: 'exact', text };
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
    if (!m || /[sS]$/.test(term.key) && p.kind !== 'singular') return undefined;
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
