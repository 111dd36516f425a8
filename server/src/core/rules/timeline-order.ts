import { messageFor } from '../timelines/messages';
import { approxMillis, formatSigned } from '../timelines/offset';
import type { Rule } from './rule';

/**
 * Within one sequence a more final step must not come before a less final one: data is
 * not deleted before the service is suspended. Only consequences (suspend, stop,
 * terminate, release, delete) are ordered; notices and payments are not.
 */
export const timelineOrder: Rule = {
  code: 'timeline-order',
  defaultSeverity: 'warning',
  description: 'A later step of a timeline falls before an earlier one (data deleted before the service is suspended).',
  check(model, report) {
    const lang = model.language;
    for (const s of model.timelines) {
      const events = s.events.filter((e) => e.rank >= 2 && approxMillis(e.total) >= 0);
      for (const early of events) {
        const later = events.find((e) => e.rank < early.rank && approxMillis(e.total) > approxMillis(early.total));
        if (!later) continue;
        report({
          span: early.span,
          message: messageFor(lang, 'timeline-order', early.action, early.clause?.id ?? '', formatSigned(early.total, lang), later.action, later.clause?.id ?? '', formatSigned(later.total, lang)),
          related: [{ span: later.span, message: messageFor(lang, 'timeline-order-related', later.action, formatSigned(later.total, lang)) }],
        });
      }
    }
  },
};
