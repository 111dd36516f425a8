/** One fold per clause and per container that spans more than one line. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { DocumentModel, OutlineNode } from '../core/model';

export function foldingRanges(model: DocumentModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  const visit = (node: OutlineNode) => {
    if (node.kind !== 'root') {
      const startLine = model.lines.lineAt(node.span.start);
      const endLine = model.lines.lineAt(node.span.end);
      if (endLine > startLine) out.push({ startLine, endLine, kind: FoldingRangeKind.Region });
    }
    node.children.forEach(visit);
  };
  visit(model.root);
  if (model.frontMatter) {
    const s = model.lines.lineAt(model.frontMatter.span.start), e = model.lines.lineAt(model.frontMatter.span.end);
    if (e > s) out.push({ startLine: s, endLine: e, kind: FoldingRangeKind.Imports });
  }
  return out;
}
