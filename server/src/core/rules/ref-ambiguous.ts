import type { Rule } from './rule';
import { refMessage } from '../references/messages';
import { clauseName, lineOf, referenceText } from '../references/describe';

/** A number that several clauses carry, with nothing to choose between them. */
export const refAmbiguous: Rule = {
  code: 'ref-ambiguous',
  defaultSeverity: 'warning',
  description: 'A cross-reference matches several clauses (the same number twice in one part, or in two parts with the reference in neither).',
  check(model, report) {
    const lang = model.language;
    for (const ref of model.references ?? []) {
      if (ref.status !== 'ambiguous' || !ref.candidates) continue;
      const lines = ref.candidates.map((c) => lineOf(model, c.labelSpan.start)).join(lang === 'zh' ? '、' : ', ');
      report({
        span: ref.span,
        message: refMessage(lang, 'ref-ambiguous', referenceText(model, ref), ref.candidates.length, ref.id, lines),
        related: ref.candidates.map((c) => ({ span: c.labelSpan, message: refMessage(lang, 'ref-ambiguous-related', `${clauseName(lang, c)} ${c.title}`.trim()) })),
      });
    }
  },
};
