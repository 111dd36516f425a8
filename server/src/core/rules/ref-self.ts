import type { Rule } from './rule';
import { refMessage } from '../references/messages';
import { clauseName, referenceText, within } from '../references/describe';

/**
 * A clause citing itself by number ("Section 6.2" inside 6.2) — usually meant as "this
 * Section", and wrong after a renumbering; and "this Section 4" standing outside Section 4.
 */
const LIST_GAP = /^[\s,;，、]{0,4}(?:and|or|和|及|或)?[\s,;，、]{0,4}$/;

export const refSelf: Rule = {
  code: 'ref-self',
  defaultSeverity: 'hint',
  description: 'A clause cites itself by number, or "this Section N" stands outside Section N.',
  check(model, report) {
    const lang = model.language;
    const refs = model.references ?? [];
    // A clause listing itself among others ("Sections 1, 5, 6, 7, and 8 survive") is not a self-citation.
    const listed = (i: number) => {
      const near = (a: number, b: number) => b - a <= 8 && LIST_GAP.test(model.text.slice(a, b));
      return (i > 0 && near(refs[i - 1].span.end, refs[i].span.start)) || (i + 1 < refs.length && near(refs[i].span.end, refs[i + 1].span.start));
    };
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i];
      if (ref.kind !== 'clause' || ref.status !== 'resolved' || !ref.base || !ref.container) continue;
      if (ref.thisForm) {
        if (!within(ref.container, ref.base)) {
          report({ span: ref.span, message: refMessage(lang, 'ref-this-elsewhere', referenceText(model, ref), clauseName(lang, ref.container), clauseName(lang, ref.base)) });
        }
        continue;
      }
      if (ref.items.length || ref.paragraph !== undefined || ref.item !== undefined || ref.rangeEnd || ref.group !== undefined && refs[i - 1]?.group === ref.group || refs[i + 1]?.group === ref.group && ref.group !== undefined || listed(i)) continue;
      if (ref.base === ref.container && ref.qualifier !== 'external') {
        report({ span: ref.span, message: refMessage(lang, 'ref-self', ref.base.id, lang === 'zh' ? '' : (ref.keyword === 'clause' ? 'Clause' : 'Section')) });
      }
    }
  },
};
