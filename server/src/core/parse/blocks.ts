/** Blocks of a section's parse (markdown.ts, plain.ts, plainText.ts) are made here. */
import type { Block } from './markdown';

/**
 * A block with the fields of its kind, always present and in one order per kind: four
 * object shapes for the outline builder's reads (one shape with every kind's fields cost
 * 136 bytes a block, half of them slots left undefined; blocks are kept with their section).
 */
export function makeBlock(b: Pick<Block, 'kind' | 'start' | 'end' | 'contentStart'> & Partial<Block>): Block {
  const { kind, start, end, contentStart } = b;
  switch (kind) {
    case 'heading':
      return { kind, start, end, contentStart, depth: b.depth, item: b.item };
    case 'listItem':
      return { kind, start, end, contentStart, ordinal: b.ordinal, ordered: b.ordered, listDepth: b.listDepth, markerEnd: b.markerEnd, item: b.item, listId: b.listId };
    case 'paragraph':
      return { kind, start, end, contentStart, item: b.item, leadsItem: b.leadsItem, caption: b.caption, indent: b.indent };
    default:
      return { kind, start, end, contentStart, item: b.item };
  }
}
