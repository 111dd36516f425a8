/**
 * The terms extractor: definitions (definitions.ts), uses (uses.ts) and undefined-term
 * candidates (undefinedTerms.ts), stored on the model as `model.terms`.
 *
 * Incremental: every scan of the prose runs per section and is cached in the section's
 * memo (analyze.ts sectionLocal), with section-relative offsets —
 *   terms:local      definitions, cover-page variables, the "capitalised terms … have the
 *                    meanings …" sentence, quoted Chinese phrases (the section's text only);
 *   terms:runs       runs of Capitalised Words (English undefined-term candidates);
 *   terms:uses       uses and case mismatches, under a signature of the term list and of
 *                    the section's definition spans;
 *   terms:undefined  the runs that are not terms, uses or definitions (same signature).
 * After an edit only the edited section is scanned again, unless the edit changed the
 * term set (then every section's matcher pass runs again). What needs the whole document
 * — which list entries lie in a definitions section (the outline), definitions opening a
 * clause, counting — is assembled here in one linear pass over the sections' results.
 */
import type { DocumentModel, Span } from '../model';
import type { Extractor } from '../extractors';
import { sectionLocal, sectionStrings } from '../analyze';
import { shiftSpan } from '../text/spans';
import { carryUses, termChange, termListOf, type TermChange } from './carry';
import type { Link } from '../parse/markdown';
import { INCORPORATES_EXTERNAL_TERMS } from '../lang/definitions';
import {
  definitionsSectionSpans, findCoverPageTerms, findSectionDefinitions, insideAny,
  moveDefinition, resolveSectionDefinitions, type FoundDefinition,
} from './definitions';
import { findSectionUses, foldedPatterns, knownUsePatterns, patternsIn, usePatterns, type FoldedPatterns, USE_END, USE_TERM, USE_TOKEN_END, USE_VARIANT, USE_WIDTH, VARIANTS, type SectionUses, type UsePatterns } from './uses';
import {
  findCapitalisedRuns, findQuotedPhrases, keepUndefinedRuns, undefinedCandidates, undefinedChinese,
  type CapitalisedRun, type QuotedPhrase,
} from './undefinedTerms';
import { memoSlot, signatureOf } from './memo';
import { openingDefinitions } from './opening';
import { PlacedUse, type CaseMismatch, type Term, type TermDefinition, type TermsFacts, type TermUse } from './types';
import type { ProseText } from '../parse/prose';

export * from './types';

declare module '../model' {
  interface DocumentModel {
    /** Defined terms: definitions, uses, case mismatches, undefined candidates. */
    terms: TermsFacts;
  }
}

export const termsExtractor: Extractor = {
  name: 'terms',
  fields: ['terms'],
  run(model) { model.terms = extractTerms(model); },
};

/** What one section contributes that depends on its text alone (section-relative offsets). */
interface SectionTerms {
  definitions: ReturnType<typeof findSectionDefinitions>;
  cover: ReturnType<typeof findCoverPageTerms>;
  incorporates?: Span;
  quoted: QuotedPhrase[];
}

function sectionTerms(prose: string, text: string): SectionTerms {
  INCORPORATES_EXTERNAL_TERMS.lastIndex = 0;
  const incorporated = INCORPORATES_EXTERNAL_TERMS.exec(prose);
  return {
    definitions: findSectionDefinitions(prose),
    cover: findCoverPageTerms(text),
    incorporates: incorporated ? { start: incorporated.index, end: incorporated.index + incorporated[0].length } : undefined,
    quoted: findQuotedPhrases(prose),
  };
}

export function extractTerms(model: DocumentModel): TermsFacts {
  const { sections } = model;
  const locals = sections.map((section) => sectionLocal(model, section, 'terms:local', sectionTerms));

  // ---- definitions: the sections' own, then those opening a clause ------------------
  const definitionsSections = definitionsSectionSpans(model);
  const inDefinitions = (offset: number) => insideAny(definitionsSections, offset);
  const found: FoundDefinition[] = [];
  const taken = new Set<number>();
  locals.forEach((local, i) => {
    const shift = sections[i].start;
    for (const d of resolveSectionDefinitions(local.definitions, (relative) => inDefinitions(relative + shift))) {
      const definition = moveDefinition(d, shift);
      found.push(definition);
      taken.add(definition.span.start);
    }
  });
  const opening: FoundDefinition[] = [];
  for (const d of openingDefinitions(model)) {
    if (taken.has(d.span.start)) continue;
    taken.add(d.span.start);
    opening.push(d);
  }
  const allFound = opening.length ? mergeByStart(found, opening.sort((a, b) => a.span.start - b.span.start)) : found;

  const byKey = new Map<string, Term>();
  const terms: Term[] = [];
  const termFor = (name: string, language: 'zh' | 'en'): Term => {
    let term = byKey.get(name);
    if (!term) {
      term = { key: name, name, language, definitions: [], uses: [] };
      byKey.set(name, term);
      terms.push(term);
    }
    return term;
  };
  const definitions: { term: Term; definition: TermDefinition }[] = [];
  let sd = 0;
  for (const d of allFound) {
    while (sd < definitionsSections.length && definitionsSections[sd].end <= d.span.start) sd++;
    const definition: TermDefinition = {
      name: d.name, span: d.span, quoted: d.quoted, extent: d.extent, form: d.form,
      inDefinitionsSection: sd < definitionsSections.length && definitionsSections[sd].start <= d.span.start,
    };
    const term = termFor(d.name, d.language);
    term.definitions.push(definition);
    definitions.push({ term, definition });
  }
  const coverSpans: Span[][] = [];
  let incorporatesExternal: Span | undefined;
  locals.forEach((local, i) => {
    const shift = sections[i].start;
    for (const c of local.cover) {
      const term = termFor(c.name, 'en');
      if (!term.definitions.length) term.external = 'coverPage';
    }
    coverSpans.push(local.cover.map((c) => c.span));
    if (!incorporatesExternal && local.incorporates) incorporatesExternal = shiftSpan(local.incorporates, shift);
  });

  // ---- uses, per section, cached under the term list's signature ----------------------
  const termList = termListOf(terms);
  const termSignature = signatureOf(termList);
  let patterns: UsePatterns | undefined;
  // The definitions of each section (relative spans, sorted): excluded from its uses.
  const excluded: Span[][] = sections.map(() => []);
  let si = 0;
  for (const { definition } of definitions) {
    while (si < sections.length - 1 && sections[si].end <= definition.span.start) si++;
    excluded[si].push(shiftSpan(definition.span, -sections[si].start));
  }
  // Most sections hold no definition: their signature is the term list's own, no string made.
  const excludedKeys = excluded.map((spans) => (spans.length ? spans.map((s) => s.start + '-' + s.end).join(',') : ''));
  // Kept in the memos: join makes one flat string, where concatenation keeps a tree of pieces.
  const signatures = excludedKeys.map((key) => (key ? [termSignature, key].join('|') : termSignature));
  // A new term list (a keystroke inside a defined term's quotes): carry a section's uses over
  // when the terms that changed cannot touch them (carry.ts), rather than read it again.
  const changes = new Map<string, TermChange>();
  // The first few sections read again under a term list with no automaton yet get one for the
  // patterns that occur in them (uses.ts patternsIn); past FEW_REREAD, the list's own is built.
  let reread = 0;
  let folded: FoldedPatterns | undefined;
  const patternsFor = (prose: string): UsePatterns => {
    if (patterns) return patterns;
    const known = knownUsePatterns(termList);
    if (known) return (patterns = known);
    if (++reread > FEW_REREAD) return (patterns = usePatterns(terms, termList));
    return patternsIn(prose, folded ??= foldedPatterns(terms));
  };
  const sectionUses: SectionUses[] = sections.map((section, i) => {
    const kept = section.memo.get('terms:uses') as KeptUses | undefined;
    if (kept && kept.signature === signatures[i]) return kept.value;
    let value: SectionUses | undefined;
    if (kept && kept.list !== termList && kept.excludedKey === excludedKeys[i]) {
      let change = changes.get(kept.list);
      if (!change) changes.set(kept.list, (change = termChange(kept.list, terms)));
      value = carryUses(kept.value, change, model.prose.slice(section.start, section.end), excluded[i]);
    }
    if (!value) {
      const prose = sectionStrings(model, section)[0];
      value = findSectionUses(prose, patternsFor(prose), excluded[i]);
    }
    section.memo.set('terms:uses', { signature: signatures[i], list: termList, excludedKey: excludedKeys[i], value });
    return value;
  });

  // The name a parenthesis abbreviates is not a use: 杭州云帆信息技术有限公司（以下简称“云帆”）.
  const antecedents = new Map<Term, Span[]>();
  for (const { term, definition: d } of definitions) {
    if (d.form !== 'parenthetical' || !d.quoted) continue;
    const open = lastOpenParen(model.prose, d.quoted.start, 40);
    if (open < 0) continue;
    const list = antecedents.get(term) ?? [];
    list.push({ start: Math.max(d.extent.start, open - 40), end: open });
    antecedents.set(term, list);
  }
  const uses: TermUse[] = [];
  const mismatches: CaseMismatch[] = [];
  sectionUses.forEach((local, i) => {
    const shift = sections[i].start;
    const packed = local.uses;
    for (let k = 0; k < packed.length; k += USE_WIDTH) {
      const term = terms[packed[k + USE_TERM]];
      const start = packed[k] + shift, end = packed[k + USE_END] + shift;
      const within = antecedents.get(term);
      if (within && within.some((a) => a.start <= start && end <= a.end)) continue;
      const use = new PlacedUse(start, end, term, VARIANTS[packed[k + USE_VARIANT]], packed[k + USE_TOKEN_END] + shift);
      uses.push(use);
      term.uses.push(use);
    }
    for (const m of local.mismatches) mismatches.push({ span: { start: m.start + shift, end: m.end + shift }, term: terms[m.term], text: m.text });
  });

  // The model keeps these lists until the next version: exact-size copies, not pushed-to arrays with room for 17.
  for (const t of terms) {
    if (t.uses.length) t.uses = t.uses.slice();
    if (t.definitions.length) t.definitions = t.definitions.slice();
  }

  const facts: TermsFacts = {
    terms, byKey, uses, definitions, caseMismatches: mismatches, undefinedCandidates: [], incorporatesExternal,
  };

  // ---- undefined-term candidates ------------------------------------------------------
  const isTerm = (text: string) => byKey.has(text);
  let englishDefinitions = 0;
  for (const d of definitions) if (d.term.language === 'en') englishDefinitions++;
  if (model.language === 'en' && englishDefinitions >= 3 && !incorporatesExternal) {
    let links: Link[][] | undefined;
    const kept = sections.map((section, i) => memoSlot(model, section, 'terms:undefined', signatures[i], () => {
      const runs = sectionLocal(model, section, 'terms:runs', findCapitalisedRuns);
      const local = sectionUses[i];
      // Everything the section's uses, mismatches, definitions and cover-page variables occupy.
      const busy: Span[] = [...excluded[i], ...coverSpans[i]];
      for (let k = 0; k < local.uses.length; k += USE_WIDTH) busy.push({ start: local.uses[k], end: local.uses[k + USE_TOKEN_END] });
      for (const m of local.mismatches) busy.push({ start: m.start, end: m.end });
      links ??= linksBySection(model);
      return keepUndefinedRuns(runs, busy, links[i], isTerm);
    }));
    facts.undefinedCandidates = undefinedCandidates(shifted(kept, sections));
  } else if (model.language === 'zh' && definitions.length >= 2) {
    const definedQuotes = new Set(definitions.map((d) => d.definition.quoted?.start));
    facts.undefinedCandidates = undefinedChinese(locals.map((local, i) => ({ phrases: local.quoted, shift: sections[i].start })), definedQuotes, isTerm);
  }
  return facts;
}

/** Sections read again one by one, each with an automaton of its own patterns, before a term list's whole automaton pays. */
const FEW_REREAD = 8;

/** A section's uses as kept in its memo: under which term list and definition spans they were found. */
interface KeptUses { signature: string; list: string; excludedKey: string; value: SectionUses }

/** Two lists sorted by span start, merged (starts are distinct). */
function mergeByStart<T extends { span: Span }>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].span.start <= b[j].span.start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

/** The "(" or "（" at most `within` characters before `offset`, or -1. */
function lastOpenParen(prose: ProseText, offset: number, within: number): number {
  for (let i = offset; i >= Math.max(0, offset - within); i--) { const c = prose.charCodeAt(i); if (c === 0x28 || c === 0xff08) return i; }
  return -1;
}

/** The links of each section, with section-relative text offsets. */
function linksBySection(model: DocumentModel): Link[][] {
  const { sections } = model;
  const out: Link[][] = sections.map(() => []);
  const sorted = [...model.links].sort((a, b) => a.textStart - b.textStart);
  let si = 0;
  for (const l of sorted) {
    while (si < sections.length - 1 && sections[si].end <= l.textStart) si++;
    const shift = sections[si].start;
    out[si].push({ ...l, start: l.start - shift, end: l.end - shift, textStart: l.textStart - shift, textEnd: l.textEnd - shift });
  }
  return out;
}

function* shifted(perSection: CapitalisedRun[][], sections: { start: number }[]): Iterable<CapitalisedRun> {
  for (let i = 0; i < perSection.length; i++) {
    const shift = sections[i].start;
    for (const r of perSection[i]) yield { ...r, start: r.start + shift, end: r.end + shift };
  }
}


/** The term at an offset: a use, or a definition (the term's own words). */
export function termAt(model: DocumentModel, offset: number): { term: Term; span: Span; use?: TermUse; definition?: TermDefinition } | undefined {
  const facts = model.terms;
  if (!facts) return undefined;
  for (const { term, definition } of facts.definitions) {
    if (definition.span.start <= offset && offset <= definition.span.end) return { term, span: definition.span, definition };
  }
  const uses = facts.uses;
  let lo = 0, hi = uses.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (uses[mid].end < offset) lo = mid + 1; else hi = mid; }
  const use = uses[lo];
  if (use && use.span.start <= offset && offset <= use.end) return { term: use.term, span: use.span, use };
  return undefined;
}
