/**
 * Plain-text agreements (.txt): no Markdown. Every run of non-blank lines is a paragraph,
 * whatever its indentation (Markdown would make an indented one a code block and hide
 * it), and the indentation is kept: in plain text it is what nests "a." under "Section 2"
 * and "1." under "a." (cc-by-4.0.txt).
 */
import type { Block, SectionParse } from './markdown';
import { makeBlock } from './blocks';
import { isSpace } from '../text/spaces';

export function parsePlainText(text: string): SectionParse {
  const blocks: Block[] = [];
  let start = -1, end = -1, indent = 0;
  const close = () => {
    if (start >= 0) blocks.push(makeBlock({ kind: 'paragraph', start, end, contentStart: start, item: undefined, leadsItem: false, caption: undefined, indent }));
    start = -1;
  };
  for (let lineStart = 0; lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let first = lineStart;
    while (first < lineEnd && isSpace(text.charCodeAt(first))) first++;
    if (first === lineEnd) close();
    else {
      let last = lineEnd;
      while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
      if (start < 0) { start = first; indent = first - lineStart; }
      end = last;
    }
    lineStart = lineEnd + 1;
  }
  close();
  return { blocks, masks: [], links: [], anchors: [] };
}

