/** The registry of rules. Codes are stable: they appear in settings, configs and suppressions. */
import { numberingGap } from './numbering-gap';
import { numberingDuplicate } from './numbering-duplicate';
import { numberingOrder } from './numbering-order';
import { numberingParent } from './numbering-parent';
import { numberingStyle } from './numbering-style';
import type { Rule } from './rule';

export const RULES: Rule[] = [numberingGap, numberingDuplicate, numberingOrder, numberingParent, numberingStyle];

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((r) => r.code === code);
}
