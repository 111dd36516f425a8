import type { Rule } from './rule';
import { termMessage } from '../terms/messages';
import type { Term } from '../terms/types';
import type { DocumentModel } from '../model';

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

/** The prose view hides code and markup; a mention there (an indented block of a plain-text file) still counts. */
function mentionedInHiddenText(model: DocumentModel, term: Term): boolean {
  const own = new Set(term.definitions.map((d) => d.span.start));
  for (let at = model.text.indexOf(term.name); at >= 0; at = model.text.indexOf(term.name, at + 1)) {
    if (!own.has(at) && model.prose[at] !== model.text[at]) return true;
  }
  // Hard-wrapped: "Effective\n   Technological Measures".
  const words = term.name.split(' ');
  if (words.length < 2) return false;
  for (let at = model.text.indexOf(words[0]); at >= 0; at = model.text.indexOf(words[0], at + 1)) {
    if (own.has(at) || model.prose[at] === model.text[at]) continue;
    const tail = model.text.slice(at, at + term.name.length * 3).replace(/\s+/g, ' ');
    if (tail.startsWith(term.name)) return true;
  }
  return false;
}
