import type { Rule } from './rule';
import type { Clause } from '../model';
import type { Related } from '../diagnostics';
import { refMessage } from '../references/messages';
import { clauseName, lineOf, referenceText } from '../references/describe';

const MAX_LISTED = 10;

/** A number that several clauses carry, with nothing to choose between them. */
export const refAmbiguous: Rule = {
  code: 'ref-ambiguous',
  defaultSeverity: 'warning',
  description: 'A cross-reference matches several clauses (the same number twice in one part, or in two parts with the reference in neither).',
  check(model, report) {
    const lang = model.language;
    // Candidate lists are shared between the references to one number: describe each list once.
    const described = new Map<Clause[], { lines: string; related: Related[] }>();
    for (const ref of model.references ?? []) {
      if (ref.status !== 'ambiguous' || !ref.candidates) continue;
      let d = described.get(ref.candidates);
      if (!d) {
        // At most MAX_LISTED candidates are named, so a number shared by hundreds of clauses stays cheap to report.
        const shown = ref.candidates.slice(0, MAX_LISTED);
        const more = ref.candidates.length > MAX_LISTED ? (lang === 'zh' ? '等' : ', …') : '';
        d = {
          lines: shown.map((c) => lineOf(model, c.labelSpan.start)).join(lang === 'zh' ? '、' : ', ') + more,
          related: shown.map((c) => ({ span: c.labelSpan, message: refMessage(lang, 'ref-ambiguous-related', `${clauseName(lang, c)} ${c.title}`.trim()) })),
        };
        described.set(ref.candidates, d);
      }
      report({
        span: ref.span,
        message: refMessage(lang, 'ref-ambiguous', referenceText(model, ref), ref.candidates.length, ref.id, d.lines),
        related: [...d.related],
      });
    }
  },
};
