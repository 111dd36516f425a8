import { messageFor } from '../timelines/messages';
import { englishNumberWords } from '../lang/durations';
import { formatChineseNumeral } from '../lang/numerals';
import type { Rule } from './rule';
import { unplaced } from '../timelines/placed';

/** "forty-five (54) days", "二十四（42）小时": the words and the figures must say the same number. */
export const deadlineWordsFigures: Rule = {
  code: 'deadline-words-figures',
  defaultSeverity: 'error',
  description: 'Words and figures of a deadline disagree: "forty-five (54) days".',
  check(model, report) {
    for (const d of model.durations) {
      // Compared as the section read them; only a mismatch is placed in the document.
      const local = unplaced(d);
      if (!local.words || !local.figures || local.words.value === local.figures.value || Number.isNaN(local.words.value)) continue;
      const { words, figures } = d;
      if (!words || !figures) continue;
      const zh = /[\u4e00-\u9fff]/.test(words.text);
      const asWords = zh ? formatChineseNumeral(figures.value) : englishNumberWords(figures.value);
      const lang = model.language;
      report({
        span: figures.span,
        message: messageFor(lang, 'deadline-words-figures', d.text, words.value, figures.value),
        fixes: [
          { title: messageFor(lang, 'fix-use-words', `${words.text} (${words.value})`), edits: [{ span: figures.span, newText: String(words.value) }], preferred: true },
          { title: messageFor(lang, 'fix-use-figures', `${asWords} (${figures.value})`), edits: [{ span: words.span, newText: asWords }] },
        ],
      });
    }
  },
};
