/** Blocks of a section's parse (markdown.ts, plain.ts, plainText.ts) are made here. */
import type { Block } from './markdown';

/**
 * A block with every field present, in one order. Blocks are kept with their section and
 * the outline builder reads them on every edit; one object shape keeps those reads fast.
 */
export function makeBlock(b: Pick<Block, 'kind' | 'start' | 'end' | 'contentStart'> & Partial<Block>): Block {
  return {
    kind: b.kind, start: b.start, end: b.end, contentStart: b.contentStart, depth: b.depth,
    ordinal: b.ordinal, ordered: b.ordered, listDepth: b.listDepth, markerEnd: b.markerEnd, item: b.item,
    listId: b.listId, leadsItem: b.leadsItem, caption: b.caption, indent: b.indent,
  };
}
