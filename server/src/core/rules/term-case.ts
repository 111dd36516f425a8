import type { Rule } from './rule';
import { termMessage } from '../terms/messages';
import type { CaseMismatch, Term } from '../terms/types';

/**
 * "services" where "Services" is defined. Reported only where the capitalised form is
 * the document's habit (lower-case occurrences at most a fifth of the uses): when the
 * lower-case word is the common one ("you", "content"), it is ordinary English. A single
 * word is reported only after "the".
 */
export const termCase: Rule = {
  code: 'term-case',
  defaultSeverity: 'hint',
  description: 'A defined term is written in lower case.',
  check(model, report) {
    const facts = model.terms;
    if (!facts) return;
    const byTerm = new Map<Term, CaseMismatch[]>();
    for (const m of facts.caseMismatches) {
      if (m.text !== m.term.key.toLowerCase()) continue; // a singular/plural variant: too loose to suggest
      const list = byTerm.get(m.term) ?? [];
      list.push(m);
      byTerm.set(m.term, list);
    }
    for (const [term, list] of byTerm) {
      if (!term.uses.length || list.length * 5 > term.uses.length) continue;
      for (const m of list) {
        // One lower-case word is usually ordinary English ("a separate agreement"); "the agreement" points at the term.
        if (!term.key.includes(' ') && !/\bthe\s+$/.test(model.prose.slice(Math.max(0, m.span.start - 6), m.span.start))) continue;
        // The defining sentence itself: "sign a cover page … (“Cover Page”)".
        if (term.definitions.some((d) => d.extent.start <= m.span.start && m.span.end <= d.extent.end)) continue;
        report({
          span: m.span,
          message: termMessage(model.language, 'term-case', m.text, term.name),
          fixes: [{ title: termMessage(model.language, 'term-case-fix', term.name), edits: [{ span: m.span, newText: term.name }], preferred: true }],
        });
      }
    }
  },
};
