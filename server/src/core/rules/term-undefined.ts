import type { Rule } from './rule';
import { termMessage } from '../terms/messages';

/**
 * English: a Capitalised Phrase used mid-sentence like a defined term (twice, or after
 * "the"/"any"/"each") in a document that defines its terms, but never defined. Not run
 * when the document says its capitalised terms are defined elsewhere.
 */
export const termUndefined: Rule = {
  code: 'term-undefined',
  defaultSeverity: 'information',
  description: 'A phrase is used like a defined term (capitalised; in Chinese, quoted) but never defined.',
  check(model, report) {
    for (const c of model.terms?.undefinedCandidates ?? []) {
      report({
        span: c.span,
        message: c.count > 1 ? termMessage(model.language, 'term-undefined-more', c.text, c.count) : termMessage(model.language, 'term-undefined', c.text),
      });
    }
  },
};
