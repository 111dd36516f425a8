import type { Rule } from './rule';
import { refMessage } from '../references/messages';
import { clauseName, referenceText } from '../references/describe';

/** A reference to a clause this document does not have (or to an item its clause does not have). */
export const refUnresolved: Rule = {
  code: 'ref-unresolved',
  defaultSeverity: 'error',
  description: 'A cross-reference points at no clause: "Section 12" in a document whose sections end at 10, 前款 in a first paragraph.',
  check(model, report) {
    const lang = model.language;
    for (const ref of model.references ?? []) {
      if (ref.status !== 'unresolved' && !(ref.status === 'resolved' && ref.missingItem && ref.base)) continue;
      const text = referenceText(model, ref);
      if (ref.status === 'unresolved') {
        if (ref.kind === 'relative') {
          const what = refMessage(lang, ref.relative?.endsWith('条') ? 'article' : 'paragraph');
          report({ span: ref.span, message: refMessage(lang, 'ref-unresolved-relative', text, ref.container ? clauseName(lang, ref.container) : '', what) });
        } else {
          report({ span: ref.span, message: refMessage(lang, 'ref-unresolved', text, refMessage(lang, 'clause', ref.id)) });
        }
      } else if (ref.status === 'resolved' && ref.missingItem && ref.base) {
        const item = /^[第]/.test(ref.missingItem) ? ref.missingItem : `(${ref.missingItem})`;
        report({ span: ref.span, message: refMessage(lang, 'ref-missing-item', text, clauseName(lang, ref.target ?? ref.base), item) });
      }
    }
  },
};
