/**
 * Splits a document into sections that can be parsed independently and give the same
 * Markdown structure as parsing the whole: a split is made only where a new block must
 * start anyway (an ATX heading, or a non-indented paragraph after a blank line), never
 * inside a fenced code block, front matter, an HTML comment or a list. Parsing sections
 * keeps remark's superlinear cost bounded and lets an edit re-parse only its section.
 */
export interface SectionSpan { start: number; end: number }

/** Paragraph boundaries split a section once it is this long (headings always split). */
const SOFT_LIMIT = 4096;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const LIST_OR_QUOTE = /^(?:[-*+>]|\d{1,9}[.)])(?:[ \t]|$)/;
/** "---" opens front matter at the start of a parse: a section never starts with it. */
const FRONT_MATTER_FENCE = /^---/;

export function splitSections(text: string, softLimit = SOFT_LIMIT): SectionSpan[] {
  const spans: SectionSpan[] = [];
  let sectionStart = 0;
  let fence: string | undefined;
  let inComment = false;
  let previousBlank = true;
  let pos = 0;

  if (text.startsWith('---')) pos = skipFrontMatter(text);

  while (pos < text.length) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(pos, lineEnd).replace(/\r$/, '');
    const blank = line.trim() === '';

    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1].trim()) fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      const splittable = pos > sectionStart && (ATX_HEADING.test(line)
        || (previousBlank && !blank && pos - sectionStart >= softLimit && !/^[ \t]/.test(line) && !LIST_OR_QUOTE.test(line) && !FRONT_MATTER_FENCE.test(line)));
      if (splittable) {
        spans.push({ start: sectionStart, end: pos });
        sectionStart = pos;
      }
      const open = FENCE.exec(line);
      if (open) fence = open[1];
      else if (opensComment(line)) inComment = true;
    }
    previousBlank = blank;
    pos = lineEnd + 1;
  }
  spans.push({ start: sectionStart, end: text.length });
  return spans;
}

function opensComment(line: string): boolean {
  const open = line.lastIndexOf('<!--');
  return open >= 0 && line.indexOf('-->', open + 4) < 0;
}

/** Offset just past a YAML front matter block at the start, or 0 when there is none. */
function skipFrontMatter(text: string): number {
  const first = text.indexOf('\n');
  if (first < 0 || text.slice(0, first).replace(/\r$/, '') !== '---') return 0;
  let pos = first + 1;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end).replace(/\r$/, '');
    if (line === '---' || line === '...') return end + 1;
    pos = end + 1;
  }
  return 0;
}
