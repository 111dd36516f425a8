import { messageFor } from '../timelines/messages';
import type { Rule } from './rule';

const HOURS_PER: Partial<Record<string, number>> = { day: 24, week: 168 };

/** "7日（7×24即186个小时）": a stated equivalence must add up, and match the period it explains. */
export const deadlineArithmetic: Rule = {
  code: 'deadline-arithmetic',
  defaultSeverity: 'error',
  description: 'A stated equivalence of a deadline is wrong: "7日（7×24即186个小时）".',
  check(model, report) {
    const lang = model.language;
    for (const d of model.durations) {
      for (const eq of d.equivalences) {
        const product = eq.factors[0] * eq.factors[1];
        if (eq.stated !== undefined && eq.statedSpan && eq.stated !== product) {
          report({
            span: eq.statedSpan,
            message: messageFor(lang, 'deadline-arithmetic', eq.factors[0], eq.factors[1], product, eq.stated),
            fixes: [{ title: messageFor(lang, 'fix-arithmetic', product), edits: [{ span: eq.statedSpan, newText: String(product) }], preferred: true }],
          });
          continue;
        }
        const per = HOURS_PER[d.unit];
        if (!per || d.kind !== 'period' || d.value * per === product) continue;
        const hours = d.value * per;
        const edits = [{ span: eq.factorsSpan, newText: `${d.value}×${per}` }];
        if (eq.statedSpan) edits.push({ span: eq.statedSpan, newText: String(hours) });
        report({
          span: eq.span,
          message: messageFor(lang, 'deadline-arithmetic-period', d.text, hours, product),
          fixes: [{ title: messageFor(lang, 'fix-arithmetic', `${d.value}×${per}=${hours}`), edits }],
        });
      }
    }
  },
};
