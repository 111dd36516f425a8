/**
 * Splits a document into sections that can be parsed independently and give the same
 * Markdown structure as parsing the whole: a split is made only where a new block must
 * start anyway (an ATX heading, or a non-indented paragraph after a blank line), never
 * inside a fenced code block, front matter, an HTML comment or a list. Parsing sections
 * keeps remark's superlinear cost bounded and lets an edit re-parse only its section.
 */
import type { TextChange } from '../text/change';

export interface SectionSpan { start: number; end: number }

/** Paragraph boundaries split a section once it is this long (headings always split). */
const SOFT_LIMIT = 4096;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const LIST_OR_QUOTE = /^(?:[-*+>]|\d{1,9}[.)])(?:[ \t]|$)/;
/** "---" opens front matter at the start of a parse: a section never starts with it. */
const FRONT_MATTER_FENCE = /^---/;

export function splitSections(text: string, softLimit = SOFT_LIMIT): SectionSpan[] {
  return scanSections(text, 0, text.startsWith('---') ? skipFrontMatter(text) : 0, true, softLimit);
}

/**
 * The sections of `text`, which is the text `previous` was split from with `change`
 * applied: the sections before the change are kept, the scan restarts one section before
 * it and stops at the first split after it that the old text had too — from there on the
 * old sections, shifted, are the new ones. Equal to splitSections(text) (a test checks).
 */
export function splitAfterChange(text: string, previous: SectionSpan[], change: TextChange, softLimit = SOFT_LIMIT): SectionSpan[] {
  const k = lastStartingBy(previous, change.start); // the section holding the change start
  // Restart where the whole first line and everything before it are unchanged (the change
  // may turn the first line of section k into a heading or out of one); sections 0 and 1
  // may follow front matter, which the scan skips without reading.
  const restart = k - 1;
  if (restart < 2) return splitSections(text, softLimit);
  const from = previous[restart].start;
  const delta = change.newEnd - change.oldEnd;
  const resync = (at: number): SectionSpan[] | undefined => {
    // The scan state at a split is its start and whether the line before it is blank.
    if (text.lastIndexOf('\n', at - 2) + 1 < change.newEnd) return undefined;
    const j = lastStartingBy(previous, at - delta);
    return previous[j].start !== at - delta ? undefined : previous.slice(j).map((s) => ({ start: s.start + delta, end: s.end + delta }));
  };
  const lineBefore = text.slice(text.lastIndexOf('\n', from - 2) + 1, from - 1);
  return [...previous.slice(0, restart), ...scanSections(text, from, from, isBlank(lineBefore), softLimit, resync)];
}

/** The index of the last span starting at or before `offset` (0 when none does). */
function lastStartingBy(spans: SectionSpan[], offset: number): number {
  let found = 0;
  for (let lo = 0, hi = spans.length - 1; lo <= hi;) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

function isBlank(line: string): boolean { return line.replace(/\r$/, '').trim() === ''; }

/**
 * Splits from `pos` (a line start outside fences and comments; the section open there
 * started at `sectionStart`) to the end, or until `resync` returns the rest.
 */
function scanSections(text: string, sectionStart: number, pos: number, previousBlank: boolean, softLimit: number, resync?: (at: number) => SectionSpan[] | undefined): SectionSpan[] {
  const spans: SectionSpan[] = [];
  let fence: string | undefined;
  let inComment = false;

  while (pos < text.length) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(pos, lineEnd).replace(/\r$/, '');
    const blank = isBlank(line);

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
        const rest = resync?.(pos);
        if (rest) return spans.concat(rest);
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
