/** Expand selection: word → clause label/body → clause → parent clause → … → container. */
import type { Position, SelectionRange } from 'vscode-languageserver';
import type { DocumentModel, OutlineNode, Span } from '../core/model';
import { toRange } from './convert';

export function selectionRanges(model: DocumentModel, positions: Position[]): SelectionRange[] {
  return positions.map((position) => {
    const offset = model.lines.offsetAt(position);
    const chain: Span[] = [];
    let node: OutlineNode | undefined = innermost(model.root, offset);
    while (node && node.kind !== 'root') {
      if (node.headSpan.start <= offset && offset <= node.headSpan.end) chain.push(node.headSpan);
      chain.push(node.span);
      node = node.parent;
    }
    chain.push({ start: 0, end: model.text.length });
    let result: SelectionRange | undefined;
    for (let i = chain.length - 1; i >= 0; i--) {
      const span = chain[i];
      if (result && !(span.start >= spanOf(model, result).start && span.end <= spanOf(model, result).end)) continue;
      if (result && span.start === spanOf(model, result).start && span.end === spanOf(model, result).end) continue;
      result = { range: toRange(model, span), parent: result };
    }
    return result ?? { range: toRange(model, { start: offset, end: offset }) };
  });
}

function spanOf(model: DocumentModel, r: SelectionRange): Span {
  return { start: model.lines.offsetAt(r.range.start), end: model.lines.offsetAt(r.range.end) };
}

/** The deepest outline node containing `offset`. */
export function innermost(root: OutlineNode, offset: number): OutlineNode {
  let node = root;
  for (;;) {
    const child = findChild(node.children, offset);
    if (!child) return node;
    node = child;
  }
}

function findChild(children: OutlineNode[], offset: number): OutlineNode | undefined {
  let lo = 0, hi = children.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = children[mid];
    if (offset < c.span.start) hi = mid - 1;
    else if (offset > c.span.end) lo = mid + 1;
    else return c;
  }
  return undefined;
}
