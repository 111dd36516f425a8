import { messageFor } from '../timelines/messages';
import type { Rule } from './rule';

/** Plain "days" in a document that counts both calendar days and business days. Off by default. */
export const deadlineUnitAmbiguous: Rule = {
  code: 'deadline-unit-ambiguous',
  defaultSeverity: 'hint',
  defaultOff: true,
  description: 'A deadline in plain "days" where the document uses both calendar days and business days.',
  check(model, report) {
    const periods = model.durations.filter((d) => d.kind === 'period' && d.unit === 'day');
    const kinds = new Set(periods.map((d) => d.dayKind).filter(Boolean));
    if (kinds.size < 2) return;
    for (const d of periods) {
      if (!d.dayKind) report({ span: d.span, message: messageFor(model.language, 'deadline-unit-ambiguous', d.text) });
    }
  },
};
