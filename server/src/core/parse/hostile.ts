/**
 * Guards between a section's text and remark, for input no agreement has but an attacker
 * (or a corrupted file) might: each returns a copy of the same length, offsets unchanged,
 * with the offending markup characters replaced by letters, so remark reads them as text.
 * Only remark sees the copy; the prose view and every range come from the original.
 */

/** Both guards, as parseSection applies them. */
export function defuse(text: string): string {
  return limitInlineMarkup(limitNesting(text));
}

/**
 * Deeper than this, list and quote markers are read as text: remark recurses per level and
 * checks every open level on every line. Agreements nest four to six levels.
 */
export const MAX_NESTING = 16;
const CONTAINER_MARKER = /(?:[>\-*+]|\d{1,9}[.)])(?=[ \t]|$)/y;

/**
 * A copy of `text`, same length, in which container markers nested deeper than
 * MAX_NESTING on one line ("- - - - … x", "> > > …"), and markers indented past
 * 4·MAX_NESTING columns, are replaced by letters. Real agreements never nest that deep;
 * hostile input would otherwise overflow remark's recursion.
 */
export function limitNesting(text: string): string {
  let out: string[] | undefined;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = lineStart, depth = 0;
    for (;;) {
      while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++;
      if (i - lineStart > 4 * MAX_NESTING && depth === 0) depth = MAX_NESTING; // deep indentation
      CONTAINER_MARKER.lastIndex = i;
      const m = CONTAINER_MARKER.exec(text);
      if (!m || i >= lineEnd) break;
      if (++depth > MAX_NESTING) {
        out ??= text.split('');
        for (let k = i; k < i + m[0].length; k++) out[k] = 'x';
      }
      i += m[0].length;
    }
    lineStart = lineEnd + 1;
  }
  return out ? out.join('') : text;
}

/**
 * Inline markup characters allowed in one run of inline content. micromark resolves
 * emphasis, strikethrough and brackets with a splice per delimiter over all the events of
 * the paragraph, so a paragraph of n delimiters costs n² ("*a" × 20,000 took 1.2 s).
 * The longest run in the corpus has 398 (commonpaper-csa's definitions); beyond the
 * budget, the characters are read as text, which bounds the cost per character.
 */
export const MAX_INLINE_MARKUP = 1000;
const INLINE_MARKUP = '*_~[]<>!\\&`';
/** GFM table delimiter row: cells of the table's rows are separate inline content. */
const TABLE_DELIMITER_ROW = /^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*(?:\|[ \t]*)?$/;
/** A line that may open another block: the table ends, and lazy lines may join its paragraph. */
const BLOCK_START = /^[ \t]*(?:[>*+\-#<`~]|\d)/;

/**
 * A copy of `text` in which inline markup characters past MAX_INLINE_MARKUP in one
 * paragraph (lines between blank lines; one table row inside a table) are letters.
 */
export function limitInlineMarkup(text: string): string {
  let out: string[] | undefined;
  let count = 0, inTable = false, previousLine = '';
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (!line.trim()) { count = 0; inTable = false; }
    else if (inTable && BLOCK_START.test(line)) inTable = false;
    else if (!inTable && previousLine.includes('|') && TABLE_DELIMITER_ROW.test(line) && line.includes('-')) inTable = true;
    if (inTable) count = 0;
    for (let i = lineStart; i < lineEnd; i++) {
      if (!INLINE_MARKUP.includes(text[i]) || ++count <= MAX_INLINE_MARKUP) continue;
      out ??= text.split('');
      out[i] = 'x';
    }
    previousLine = line;
    lineStart = lineEnd + 1;
  }
  return out ? out.join('') : text;
}
