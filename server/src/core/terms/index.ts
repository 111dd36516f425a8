/**
 * The terms extractor: definitions (definitions.ts), uses (uses.ts) and undefined-term
 * candidates (undefinedTerms.ts), stored on the model as `model.terms`.
 */
import type { DocumentModel, Span } from '../model';
import type { Extractor } from '../extractors';
import { INCORPORATES_EXTERNAL_TERMS } from '../lang/definitions';
import { findCoverPageTerms, findDefinitions } from './definitions';
import { findUses } from './uses';
import { findUndefinedCandidates, findUndefinedChinese } from './undefinedTerms';
import type { Term, TermDefinition, TermsFacts, TermUse } from './types';

export * from './types';

declare module '../model' {
  interface DocumentModel {
    /** Defined terms: definitions, uses, case mismatches, undefined candidates. */
    terms: TermsFacts;
  }
}

export const termsExtractor: Extractor = {
  name: 'terms',
  run(model) { model.terms = extractTerms(model); },
};

export function extractTerms(model: DocumentModel): TermsFacts {
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
  for (const d of findDefinitions(model)) {
    const { language, ...definition } = d;
    const term = termFor(d.name, language);
    term.definitions.push(definition);
    definitions.push({ term, definition });
  }
  const coverSpans: Span[] = [];
  for (const c of findCoverPageTerms(model.text)) {
    coverSpans.push(c.span);
    const term = termFor(c.name, 'en');
    if (!term.definitions.length) term.external = 'coverPage';
  }

  const exclude = definitions.map((d) => d.definition.span);
  const found = findUses(model, terms, exclude);
  const mismatches = found.mismatches;
  // The name a parenthesis abbreviates is not a use: 杭州云帆信息技术有限公司（以下简称“云帆”）.
  const antecedents = new Map<Term, Span[]>();
  for (const { term, definition: d } of definitions) {
    if (d.form !== 'parenthetical' || !d.quoted) continue;
    const open = Math.max(model.prose.lastIndexOf('(', d.quoted.start), model.prose.lastIndexOf('（', d.quoted.start));
    if (open < 0 || d.quoted.start - open > 40) continue;
    const list = antecedents.get(term) ?? [];
    list.push({ start: Math.max(d.extent.start, open - 40), end: open });
    antecedents.set(term, list);
  }
  const uses = found.uses.filter((u) => !antecedents.get(u.term)?.some((a) => a.start <= u.span.start && u.span.end <= a.end));
  for (const use of uses) use.term.uses.push(use);

  const incorporated = INCORPORATES_EXTERNAL_TERMS.exec(model.prose);
  const facts: TermsFacts = {
    terms, byKey, uses, definitions, caseMismatches: mismatches, undefinedCandidates: [],
    incorporatesExternal: incorporated ? { start: incorporated.index, end: incorporated.index + incorporated[0].length } : undefined,
  };
  const englishDefinitions = definitions.filter((d) => d.term.language === 'en').length;
  if (model.language === 'en' && englishDefinitions >= 3 && !facts.incorporatesExternal) {
    const occupied = [...exclude, ...uses.map((u) => ({ start: u.span.start, end: u.end })), ...mismatches.map((m) => m.span), ...coverSpans];
    facts.undefinedCandidates = findUndefinedCandidates(model, facts, occupied);
  } else if (model.language === 'zh' && definitions.length >= 2) {
    facts.undefinedCandidates = findUndefinedChinese(model, facts);
  }
  return facts;
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
