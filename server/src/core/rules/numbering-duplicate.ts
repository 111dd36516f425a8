import { message } from '../messages';
import { sequencesWhere, displayNumber } from './sequences';
import type { Rule } from './rule';
import type { Clause } from '../model';

export const numberingDuplicate: Rule = {
  code: 'numbering-duplicate',
  defaultSeverity: 'error',
  description: 'Two clauses in one sequence carry the same number.',
  check(model, report) {
    // Most sequences increase: no number can repeat.
    for (const { clauses } of sequencesWhere(model, 'duplicate', (clauses) => !increasing(clauses))) {
      const seen = new Map<number, Clause>();
      for (const clause of clauses) {
        const first = seen.get(clause.ordinal);
        if (!first) { seen.set(clause.ordinal, clause); continue; }
        const line = model.lines.positionAt(first.labelSpan.start).line + 1;
        report({
          span: clause.labelSpan,
          message: message(model.language, 'numbering-duplicate', displayNumber(clause), line),
          related: [{ span: first.labelSpan, message: message(model.language, 'numbering-duplicate-related', displayNumber(first)) }],
        });
      }
    }
  },
};

function increasing(clauses: Clause[]): boolean {
  for (let i = 1; i < clauses.length; i++) if (clauses[i].ordinal <= clauses[i - 1].ordinal) return false;
  return true;
}
