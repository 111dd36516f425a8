import { messageFor } from '../timelines/messages';
import type { Rule } from './rule';
import { unplaced } from '../timelines/placed';

const HOURS_PER: Partial<Record<string, number>> = { day: 24, week: 168 };

/** "7日（7×24即186个小时）": a stated equivalence must add up, and match the period it explains. */
export const deadlineArithmetic: Rule = {
  code: 'deadline-arithmetic',
  defaultSeverity: 'error',
  description: 'A stated equivalence of a deadline is wrong: "7日（7×24即186个小时）".',
  check(model, report) {
    const lang = model.language;
    for (const d of model.durations) {
      // The numbers are checked as the section read them; only a problem is placed in the document.
      const local = unplaced(d).equivalences;
      for (let k = 0; k < local.length; k++) {
        const { factors, stated } = local[k];
        const product = factors[0] * factors[1];
        const per = HOURS_PER[d.unit];
        const wrongProduct = stated !== undefined && !!local[k].statedSpan && stated !== product;
        if (!wrongProduct && (!per || d.kind !== 'period' || d.value * per === product)) continue;
        const eq = d.equivalences[k];
        if (wrongProduct) {
          const statedSpan = eq.statedSpan!;
          report({
            span: statedSpan,
            message: messageFor(lang, 'deadline-arithmetic', factors[0], factors[1], product, stated!),
            fixes: [{ title: messageFor(lang, 'fix-arithmetic', product), edits: [{ span: statedSpan, newText: String(product) }], preferred: true }],
          });
          continue;
        }
        const hours = d.value * per!;
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
