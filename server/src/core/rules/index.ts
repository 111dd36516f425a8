/** The registry of rules. Codes are stable: they appear in settings, configs and suppressions. */
import { numberingGap } from './numbering-gap';
import { numberingDuplicate } from './numbering-duplicate';
import { numberingOrder } from './numbering-order';
import { numberingParent } from './numbering-parent';
import { numberingStyle } from './numbering-style';
import { refUnresolved } from './ref-unresolved';
import { refAmbiguous } from './ref-ambiguous';
import { refCaptionMismatch } from './ref-caption-mismatch';
import { refSelf } from './ref-self';
import { linkBroken } from './link-broken';
import { linkPlaceholder } from './link-placeholder';
import { deadlineWordsFigures } from './deadline-words-figures';
import { deadlineArithmetic } from './deadline-arithmetic';
import { timelineOrder } from './timeline-order';
import { timelineConflict } from './timeline-conflict';
import { deadlineUnitAmbiguous } from './deadline-unit-ambiguous';
import { termUnused } from './term-unused';
import { termDuplicate } from './term-duplicate';
import { termBeforeDefinition } from './term-before-definition';
import { termUndefined } from './term-undefined';
import { termCase } from './term-case';
import type { Rule } from './rule';

export const RULES: Rule[] = [numberingGap, numberingDuplicate, numberingOrder, numberingParent, numberingStyle];
RULES.push(refUnresolved, refAmbiguous, refCaptionMismatch, refSelf, linkBroken, linkPlaceholder);
RULES.push(deadlineWordsFigures, deadlineArithmetic, timelineOrder, timelineConflict, deadlineUnitAmbiguous);
RULES.push(termUnused, termDuplicate, termBeforeDefinition, termUndefined, termCase);

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((r) => r.code === code);
}
