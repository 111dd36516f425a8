/**
 * The outline of a new version, made by refreshing the last version's in place when the
 * edit changed no structure. The builder (outline.ts) decides where a node goes from the
 * items' shapes alone — kind, heading depth, label, list membership and depth, indentation —
 * never from offsets or text; offsets and text give only a node's spans and title. So when every
 * re-parsed section has items of the same shapes as before, the tree, ids and parts are the
 * last version's: nodes of kept sections move by their section's shift, nodes of re-parsed
 * sections read their spans and titles from the new items, and span ends are found again
 * near the change.
 * No node is made, so clauses keep their identity across versions (and the young
 * generation stops copying 5,800 of them per keystroke on a 1 MB agreement).
 *
 * The last version's model is stale afterwards: a model is read before the next version
 * of its document is analysed (the server and the CLI hold only the newest).
 * test/unit/foundation/outlineRefresh.test.ts checks refreshed outlines against fresh ones.
 */
import type { Container, OutlineNode } from '../model';
import type { Label } from '../lang/labels';
import type { TextChange } from '../text/change';
import { ClauseNode, finishSpansNear, nodeRefresher, type Item, type OutlineState, type SectionItems } from './outline';
import type { ProseText } from './prose';

/** How many outlines were refreshed rather than built, since the process started: for tests. */
export const outlineRefreshes = { count: 0 };

/**
 * Whether a re-parsed section's items have the shapes its last items had: the same number,
 * each alike in everything the builder places by, lists grouped alike.
 */
export function sameShapes(before: Item[], after: Item[]): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < before.length; i++) if (!sameShape(before[i], after[i])) return false;
  return sameLists(before, after) && sameOwners(before, after);
}

function sameShape(a: Item, b: Item): boolean {
  const x = a.block, y = b.block;
  return x.kind === y.kind && x.depth === y.depth && x.ordered === y.ordered && x.ordinal === y.ordinal && x.listDepth === y.listDepth
    && x.indent === y.indent && (x.listId === undefined) === (y.listId === undefined)
    && a.context === b.context && a.listItem === b.listItem && a.indent === b.indent
    && (a.lineStart === undefined) === (b.lineStart === undefined) && sameLabel(a.label, b.label);
}

function sameLabel(a: Label | undefined, b: Label | undefined): boolean {
  if (!a || !b) return a === b;
  return a.style === b.style && a.raw === b.raw && a.division === b.division && a.numbers === b.numbers
    && a.level === b.level && sameValues(a.values, b.values)
    && (a.alternative === undefined ? b.alternative === undefined : !!b.alternative && a.alternative.style === b.alternative.style && sameValues(a.alternative.values, b.alternative.values));
}

function sameValues(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A list is known by its start offset, which an edit before it moves: compare which items share one. */
function sameLists(before: Item[], after: Item[]): boolean {
  const firstOf = (items: Item[]) => {
    const first = new Map<number, number>();
    return items.map((item, i) => {
      const id = item.block.listId;
      if (id === undefined) return -1;
      if (!first.has(id)) first.set(id, i);
      return first.get(id)!;
    });
  };
  const a = firstOf(before), b = firstOf(after);
  return a.every((v, i) => v === b[i]);
}

/**
 * Blocks are known by their index in the section, which a paragraph typed before them
 * moves: compare which item's list item (block.item) each item is in, and which items
 * share a block (a paragraph's hard-wrapped lines).
 */
function sameOwners(before: Item[], after: Item[]): boolean {
  const ownersOf = (items: Item[]) => {
    const byBlock = new Map<number, number>();
    items.forEach((item, i) => { if (!byBlock.has(item.blockIndex)) byBlock.set(item.blockIndex, i); });
    return items.map((item) => [byBlock.get(item.blockIndex)!, item.block.item === undefined ? -2 : byBlock.get(item.block.item) ?? -1]);
  };
  const a = ownersOf(before), b = ownersOf(after);
  return a.every(([block, owner], i) => block === b[i][0] && owner === b[i][1]);
}

/**
 * The last version's outline, refreshed for `sections` (whose items have the last items'
 * shapes, section by section): a section whose items are the same list as last time moves
 * its nodes by the change in its shift (nothing, before the edit); a re-parsed section's
 * new items give its nodes new spans.
 */
export function refreshOutline(last: OutlineState, text: string, prose: ProseText, sections: SectionItems, change: TextChange | undefined): OutlineState {
  outlineRefreshes.count++;
  const { outline, nodes, first } = last;
  let refresh: ReturnType<typeof nodeRefresher> | undefined;
  // Where span ends are found again: the change and every re-parsed section.
  let from = change ? change.start : text.length, to = change ? change.newEnd : 0;
  for (let s = 0; s < sections.items.length; s++) {
    const items = sections.items[s], shift = sections.shifts[s], at = first[s];
    if (items === last.sections.items[s]) {
      const by = shift - last.sections.shifts[s];
      if (by) for (let k = 0; k < items.length; k++) { const node = nodes[at + k]; if (node) moveNode(node, by); }
      continue;
    }
    from = Math.min(from, shift);
    to = Math.max(to, s + 1 < sections.shifts.length ? sections.shifts[s + 1] : text.length);
    refresh ??= nodeRefresher(text, prose);
    for (let k = 0; k < items.length; k++) { const node = nodes[at + k]; if (node) refresh(node, items[k], shift, sections.blockBases[s]); }
  }
  finishSpansNear(outline.root, text, from, to);
  for (const part of outline.parts) part.title = part.node.title;
  return { outline, sections, first, nodes };
}

/** Moves a node's spans by `by`: a clause moves its own (ClauseNode.moveBy), a container and the root their span objects. */
function moveNode(node: OutlineNode, by: number): void {
  if (node instanceof ClauseNode) { node.moveBy(by); return; }
  node.span.start += by;
  node.span.end += by;
  node.headSpan.start += by;
  node.headSpan.end += by;
  const labelSpan = (node as Container).labelSpan;
  if (labelSpan) { labelSpan.start += by; labelSpan.end += by; }
}
