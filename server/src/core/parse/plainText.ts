/**
 * Plain-text agreements (.txt): no Markdown. Every run of non-blank lines is a paragraph,
 * whatever its indentation (Markdown would make an indented one a code block and hide
 * it), and the indentation is kept: in plain text it is what nests "a." under "Section 2"
 * and "1." under "a." (cc-by-4.0.txt).
 */
import type { Block, SectionParse } from './markdown';

export function parsePlainText(text: string): SectionParse {
  const blocks: Block[] = [];
  let start = -1, end = -1, indent = 0;
  const close = () => {
    if (start >= 0) blocks.push({ kind: 'paragraph', start, end, contentStart: start, item: undefined, leadsItem: false, caption: undefined, indent });
    start = -1;
  };
  for (let lineStart = 0; lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let first = lineStart;
    while (first < lineEnd && isBlank(text.charCodeAt(first))) first++;
    if (first === lineEnd) close();
    else {
      let last = lineEnd;
      while (last > first && isBlank(text.charCodeAt(last - 1))) last--;
      if (start < 0) { start = first; indent = first - lineStart; }
      end = last;
    }
    lineStart = lineEnd + 1;
  }
  close();
  return { blocks, masks: [], links: [], anchors: [] };
}

/** Space, tab, CR, form feed, vertical tab, no-break space, ideographic space. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x3000;
}
