import type { Rule } from './rule';
import { termMessage } from '../terms/messages';
import type { DocumentModel } from '../model';
import type { TermDefinition } from '../terms/types';
import { blankLineBetween, normalizeTerm } from '../terms/text';

/**
 * A term defined twice. Not reported: a second definition in the same paragraph (a
 * variant: “GDPR” means … In the United Kingdom, “GDPR” means …), and a restatement that
 * names the same thing the same way (an attachment repeating "GitHub, Inc. (“GitHub”)").
 */
export const termDuplicate: Rule = {
  code: 'term-duplicate',
  defaultSeverity: 'warning',
  description: 'A term is defined more than once, or given two different definitions.',
  check(model, report) {
    const facts = model.terms;
    if (!facts) return;
    for (const term of facts.terms) {
      const defs = term.definitions;
      if (defs.length < 2) continue;
      const first = defs[0];
      for (let i = 1; i < defs.length; i++) {
        const d = defs[i];
        const earlier = defs.slice(0, i);
        if (earlier.some((e) => !blankLineBetween(model.text, e.span.end, d.span.start))) continue;
        if (earlier.some((e) => signature(model, e) === signature(model, d))) continue;
        const line = model.lines.positionAt(first.span.start).line + 1;
        report({
          span: d.span,
          message: termMessage(model.language, 'term-duplicate', term.name, line),
          related: [{ span: first.span, message: termMessage(model.language, 'term-duplicate-related', term.name) }],
        });
      }
    }
  },
};

/** What a definition says: the words it names in a parenthesis, or its sentence. */
function signature(model: DocumentModel, d: TermDefinition): string {
  if (d.form === 'parenthetical' && d.quoted) {
    // The last parenthesis less than 60 characters before the quote.
    const from = Math.max(0, d.quoted.start - 59);
    const before = model.prose.slice(from, d.quoted.start + 1);
    const last = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
    const open = from + last;
    if (last >= 0) return 'p:' + normalizeTerm(model.prose.slice(Math.max(0, open - 30), open));
  }
  return 's:' + normalizeTerm(model.prose.slice(d.extent.start, d.extent.end));
}
