import { messageFor } from '../timelines/messages';
import { formatSigned } from '../timelines/offset';
import type { Rule } from './rule';

/**
 * The same trigger and consequence with two different periods ("暂停 24小时后" here, "48小时后"
 * there), or one period counted from two different anchors (7日 from the suspension here,
 * from the arrears there) — both show up as one consequence at two offsets of one sequence.
 */
export const timelineConflict: Rule = {
  code: 'timeline-conflict',
  defaultSeverity: 'warning',
  description: 'The same trigger and action are given two different periods, or one period two different anchors.',
  check(model, report) {
    const lang = model.language;
    for (const s of model.timelines) {
      const seen = new Map<string, (typeof s.events)[number]>();
      const byPosition = [...s.events].sort((a, b) => a.span.start - b.span.start);
      for (const e of byPosition) {
        if (e.rank < 2 || !e.duration) continue;
        const first = seen.get(e.actionKey);
        if (!first) { seen.set(e.actionKey, e); continue; }
        report({
          span: e.span,
          message: messageFor(lang, 'timeline-conflict', e.action, s.trigger, formatSigned(e.total, lang), formatSigned(first.total, lang), first.clause?.id ?? '—'),
          related: [{ span: first.span, message: messageFor(lang, 'timeline-conflict-related', first.action, formatSigned(first.total, lang)) }],
        });
      }
    }
  },
};
