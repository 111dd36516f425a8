import { message } from '../messages';
import type { Rule } from './rule';
import { clausesWhere } from './sequences';
import { isPrefixOf } from '../parse/outline';
import type { Clause } from '../model';

export const numberingParent: Rule = {
  code: 'numbering-parent',
  defaultSeverity: 'error',
  description: "A clause sits under the wrong parent: 6.1 inside section 5.",
  check(model, report) {
    for (const clause of clausesWhere(model, 'parent', misplaced)) {
      const p = clause.parent as Clause;
      const expected = clause.label.values.slice(0, -1).join('.');
      report({ span: clause.labelSpan, message: message(model.language, 'numbering-parent', clause.id, p.id, expected) });
    }
  },
};

/** A decimal clause under a decimal parent whose number is not its own prefix (structural: kept per outline). */
function misplaced(clause: Clause): boolean {
  if (clause.style !== 'decimal' || clause.label.values.length < 2) return false;
  const parent = clause.parent;
  if (parent?.kind !== 'clause' || (parent as Clause).style !== 'decimal') return false;
  return !isPrefixOf((parent as Clause).label.values, clause.label.values);
}
