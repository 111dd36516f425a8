import { message } from '../messages';
import { sequencesWhere } from './sequences';
import type { Rule } from './rule';
import type { Clause } from '../model';

/** "2.1" among "2.2." "2.3.": harmless, but a sign of copy-paste; a hint, not a problem. */
export const numberingStyle: Rule = {
  code: 'numbering-style',
  defaultSeverity: 'hint',
  description: 'Clause numbers in one list are written inconsistently ("2.1" and "2.2.").',
  check(model, report) {
    // Only sequences that mix the two ways are looked at (labels are kept while the outline is).
    for (const { clauses } of sequencesWhere(model, 'style', mixed)) {
      const decimals = numberedDecimals(clauses);
      const dotted = decimals.filter((c) => c.labelText.endsWith('.'));
      const plain = decimals.length - dotted.length;
      const majorityDotted = dotted.length >= plain;
      for (const c of decimals) {
        if (c.labelText.endsWith('.') === majorityDotted) continue;
        const lang = model.language;
        const end = c.labelSpan.start + c.labelText.length;
        const fix = majorityDotted
          ? { title: message(lang, 'numbering-style-fix', `${c.labelText}.`), edits: [{ span: { start: end, end }, newText: '.' }], preferred: true }
          : { title: message(lang, 'numbering-style-fix', c.labelText.slice(0, -1)), edits: [{ span: { start: end - 1, end }, newText: '' }], preferred: true };
        report({ span: c.labelSpan, message: message(lang, 'numbering-style', c.labelText, message(lang, majorityDotted ? 'without' : 'with'), majorityDotted ? dotted.length : plain, decimals.length), fixes: [fix] });
      }
    }
  },
};

function numberedDecimals(clauses: Clause[]): Clause[] {
  return clauses.filter((c) => c.style === 'decimal' && c.source !== 'listItem' && c.label.values.length > 1);
}

/** Three or more decimal clause numbers, some written "2.1" and some "2.2.". */
function mixed(clauses: Clause[]): boolean {
  const decimals = numberedDecimals(clauses);
  if (decimals.length < 3) return false;
  const dotted = decimals.filter((c) => c.labelText.endsWith('.')).length;
  return dotted > 0 && dotted < decimals.length;
}
