import { message } from '../messages';
import type { Rule } from './rule';
import type { Clause } from '../model';

export const numberingParent: Rule = {
  code: 'numbering-parent',
  defaultSeverity: 'error',
  description: "A clause sits under the wrong parent: 6.1 inside section 5.",
  check(model, report) {
    for (const clause of model.clauses) {
      if (clause.style !== 'decimal' || clause.label.values.length < 2) continue;
      const parent = clause.parent;
      if (parent?.kind !== 'clause') continue;
      const p = parent as Clause;
      if (p.style !== 'decimal') continue;
      if (isParentNumber(p.label.values, clause.label.values)) continue;
      const expected = clause.label.values.slice(0, -1).join('.');
      report({ span: clause.labelSpan, message: message(model.language, 'numbering-parent', clause.id, p.id, expected) });
    }
  },
};

/** 3.2 is the parent number of 3.2.1 (compared without making strings: this runs for every decimal clause on every edit). */
function isParentNumber(parent: number[], child: number[]): boolean {
  if (parent.length !== child.length - 1) return false;
  for (let i = 0; i < parent.length; i++) if (parent[i] !== child[i]) return false;
  return true;
}
