import type { Rule } from './rule';
import { refMessage } from '../references/messages';
import { captionMatches, clauseName, referenceText } from '../references/describe';

/** "Section 10 (Confidentiality)" where Section 10 is now "Term and Termination". */
export const refCaptionMismatch: Rule = {
  code: 'ref-caption-mismatch',
  defaultSeverity: 'warning',
  description: 'The caption written after a reference does not match the title of the clause it points at.',
  check(model, report) {
    const lang = model.language;
    for (const ref of model.references ?? []) {
      const target = ref.base;
      if (ref.status !== 'resolved' || !ref.caption || !target?.title) continue;
      if (captionMatches(ref.caption.text, target.title)) continue;
      report({
        span: ref.caption.span,
        message: refMessage(lang, 'ref-caption-mismatch', referenceText(model, ref), ref.caption.text, clauseName(lang, target), target.title),
        related: [{ span: target.headSpan, message: target.title }],
        fixes: [{ title: refMessage(lang, 'ref-caption-fix', target.title), edits: [{ span: ref.caption.span, newText: target.title }], preferred: true }],
      });
    }
  },
};
