import { message } from '../messages';
import { sequencesWhere, displayNumber } from './sequences';
import type { Rule } from './rule';

export const numberingOrder: Rule = {
  code: 'numbering-order',
  defaultSeverity: 'warning',
  description: 'A clause comes after a higher number: 3.4 before 3.3.',
  check(model, report) {
    // Most sequences ascend: nothing comes after a higher number.
    for (const { clauses } of sequencesWhere(model, 'order', (clauses) => !ascending(clauses))) {
      let highest = clauses[0];
      const seen = new Set<number>([highest.ordinal]);
      for (const clause of clauses.slice(1)) {
        if (clause.ordinal < highest.ordinal && !seen.has(clause.ordinal)) {
          report({ span: clause.labelSpan, message: message(model.language, 'numbering-order', displayNumber(clause), displayNumber(highest)) });
        }
        seen.add(clause.ordinal);
        if (clause.ordinal > highest.ordinal) highest = clause;
      }
    }
  },
};

function ascending(clauses: { ordinal: number }[]): boolean {
  for (let i = 1; i < clauses.length; i++) if (clauses[i].ordinal < clauses[i - 1].ordinal) return false;
  return true;
}
