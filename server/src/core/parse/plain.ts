/**
 * The fast path of parseSection for sections that are only plain paragraphs under an
 * optional ATX heading — most of a long agreement's body text. Such a section's remark
 * parse is fully determined by its lines, so it is built here directly (remark costs
 * about 1 µs per character). Anything that could be Markdown syntax — any inline markup
 * character, a line that could open a block, indentation, HTML, autolink literals,
 * carriage returns — sends the section to remark. A property test pins that this path
 * gives exactly what remark gives wherever it answers.
 */
import type { Block, SectionParse } from './markdown';
import { makeBlock } from './blocks';

/** Characters that may start inline syntax (or are control characters): remark decides. */
const INLINE = /[*_~[\]<>!\\&`|\t\r\0-\x08\x0b-\x1f\x7f]|www\.|https?:|@|mailto:|xmpp:/i;
/** A line start that may open a block (list, quote, heading, fence, setext underline, indentation). */
const BLOCK_START = /^(?:[ #>=+*\-`~\u00a0]|\d{1,9}[.)](?:[ \t]|$))/;
/** "# Title": one to six hashes, a space, a title with no closing hashes or trailing space. */
const ATX_HEADING = /^(#{1,6}) +(?=\S)/;

export function parsePlainSection(text: string): SectionParse | undefined {
  if (INLINE.test(text)) return undefined;
  const blocks: Block[] = [];
  let paragraphStart = -1, paragraphEnd = -1;
  const closeParagraph = () => {
    if (paragraphStart < 0) return;
    blocks.push(makeBlock({ kind: 'paragraph', start: paragraphStart, end: paragraphEnd, contentStart: paragraphStart, item: undefined, leadsItem: false, caption: undefined }));
    paragraphStart = -1;
  };
  for (let lineStart = 0; lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (!line) closeParagraph();
    else if (/\s$/.test(line)) return undefined; // trailing white space (hard breaks, setext lines)
    else if (lineStart === 0 && line.startsWith('#')) {
      const heading = ATX_HEADING.exec(line);
      if (!heading || line.endsWith('#')) return undefined;
      blocks.push(makeBlock({ kind: 'heading', start: 0, end: lineEnd, contentStart: heading[0].length, depth: heading[1].length, item: undefined }));
    } else if (BLOCK_START.test(line)) return undefined;
    else {
      if (paragraphStart < 0) paragraphStart = lineStart;
      paragraphEnd = lineEnd;
    }
    lineStart = lineEnd + 1;
  }
  closeParagraph();
  return { blocks, masks: [], links: [], anchors: [] };
}
