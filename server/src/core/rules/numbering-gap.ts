import { message } from '../messages';
import { sequencesWhere, displayNumber, idWithOrdinal } from './sequences';
import type { Clause } from '../model';
import type { Rule } from './rule';

/** Sub-levels start at 1; top-level sequences may continue another document (statutes, excerpts). */
const MUST_START_AT_ONE = new Set(['alphaParen', 'romanParen', 'upperParen', 'numParen', 'cnParen', 'alphaDot', 'romanDot']);

export const numberingGap: Rule = {
  code: 'numbering-gap',
  defaultSeverity: 'warning',
  description: 'A number is skipped: 2.1 is followed by 2.3.',
  check(model, report) {
    // Most sequences count 1, 2, 3 without a skip: only the others are looked at.
    for (const { clauses } of sequencesWhere(model, 'gap', (clauses) => mayMissFirst(clauses) || hasSkip(clauses))) {
      const first = clauses[0];
      const present = new Set(clauses.map((c) => c.ordinal));
      if (mayMissFirst(clauses) && !present.has(1)) {
        report({ span: first.labelSpan, message: message(model.language, 'numbering-gap-first', displayNumber(first), idWithOrdinal(first, 1)) });
      }
      for (let i = 1; i < clauses.length; i++) {
        const prev = clauses[i - 1], cur = clauses[i];
        if (cur.ordinal <= prev.ordinal + 1) continue;
        const missing: string[] = [];
        for (let n = prev.ordinal + 1; n < cur.ordinal && missing.length < 4; n++) if (!present.has(n)) missing.push(idWithOrdinal(cur, n));
        if (!missing.length) continue; // the numbers are there, only out of order
        if (cur.ordinal - prev.ordinal - 1 > missing.length && missing.length === 4) missing.push('…');
        report({ span: cur.labelSpan, message: message(model.language, 'numbering-gap', displayNumber(prev), displayNumber(cur), missing.join(model.language === 'zh' ? '、' : ', ')) });
      }
    }
  },
};

/** A sub-level that must start at 1 and does not (statutes and excerpts may start a top level anywhere). */
function mayMissFirst(clauses: Clause[]): boolean {
  const first = clauses[0];
  const startsDeep = first.style === 'decimal' && first.label.values.length > 1;
  return first.ordinal > 1 && (MUST_START_AT_ONE.has(first.style) || startsDeep);
}

function hasSkip(clauses: { ordinal: number }[]): boolean {
  for (let i = 1; i < clauses.length; i++) if (clauses[i].ordinal > clauses[i - 1].ordinal + 1) return true;
  return false;
}
