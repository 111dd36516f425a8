import type { Rule } from './rule';
import { termMessage } from '../terms/messages';
import type { Term } from '../terms/types';
import type { DocumentModel } from '../model';
import { sectionLocal } from '../analyze';

/** A term defined and never used. Terms cited from statutes and cover-page variables are not checked. */
export const termUnused: Rule = {
  code: 'term-unused',
  defaultSeverity: 'warning',
  description: 'A defined term is never used.',
  check(model, report) {
    const facts = model.terms;
    if (!facts) return;
    const lowercase = new Map<Term, number>();
    for (const m of facts.caseMismatches) lowercase.set(m.term, (lowercase.get(m.term) ?? 0) + 1);
    for (const term of facts.terms) {
      if (term.external || !term.definitions.length || term.uses.length) continue;
      const first = term.definitions[0];
      if (first.form === 'statute' || first.form === 'elsewhere') continue;
      if (mentionedInHiddenText(model, term)) continue;
      const lower = lowercase.get(term);
      report({
        span: first.span,
        message: lower ? termMessage(model.language, 'term-unused-lowercase', term.name, lower) : termMessage(model.language, 'term-unused', term.name),
      });
    }
  },
};

/**
 * The prose view hides code and markup; a mention there (an indented block of a plain-text
 * file) still counts. Only the hidden stretches are searched (kept per section), not the
 * whole text once per unused term.
 */
function mentionedInHiddenText(model: DocumentModel, term: Term): boolean {
  const own = new Set(term.definitions.map((d) => d.span.start));
  const { text } = model;
  // Hard-wrapped: "Effective\n   Technological Measures" — found by its first word.
  const words = term.name.split(' ');
  // Every mention starts with the first word: none in the whole text but the definitions'
  // own (a term being typed, say) — then none in hidden text, and the sections' hidden
  // stretches (made when first asked for, 20 ms over a 1 MB agreement) are not read.
  if (!occursElsewhere(text, words[0], own)) return false;
  for (const section of model.sections) {
    const runs = sectionLocal(model, section, 'hidden-runs', hiddenRuns);
    for (let r = 0; r < runs.length; r += 2) {
      const start = section.start + runs[r], end = section.start + runs[r + 1];
      if (startsWithin(text, term.name, start, end, (at) => !own.has(at))) return true;
      if (words.length > 1 && startsWithin(text, words[0], start, end, (at) => !own.has(at) && text.slice(at, at + term.name.length * 3).replace(/\s+/g, ' ').startsWith(term.name))) return true;
    }
  }
  return false;
}

/** Whether `needle` occurs in `text` at an offset not in `own`. */
function occursElsewhere(text: string, needle: string, own: Set<number>): boolean {
  if (!needle) return true;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) if (!own.has(at)) return true;
  return false;
}

/** Whether `needle` occurs starting in [start, end) of `text` at a place `accept` takes. */
function startsWithin(text: string, needle: string, start: number, end: number, accept: (at: number) => boolean): boolean {
  // Searched in a window: indexOf over the text would run on to the next mention anywhere.
  const window = text.slice(start, Math.min(text.length, end + needle.length - 1));
  for (let i = window.indexOf(needle); i >= 0; i = window.indexOf(needle, i + 1)) if (accept(start + i)) return true;
  return false;
}

/**
 * The stretches of a section where its prose differs from its text (markup and code blanked
 * out), relative, as flat [from, to, from, to, …] pairs (kept with the section).
 */
function hiddenRuns(prose: string, text: string): number[] {
  const runs: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (prose.charCodeAt(i) === text.charCodeAt(i)) continue;
    const from = i;
    while (i < text.length && prose.charCodeAt(i) !== text.charCodeAt(i)) i++;
    runs.push(from, i);
  }
  return runs.slice(); // exact size: a pushed-to array keeps room to grow
}
