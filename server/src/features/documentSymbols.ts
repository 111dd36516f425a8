/** Outline and breadcrumbs: containers and clauses as a symbol tree. */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { isClause, type Clause, type DocumentModel, type OutlineNode } from '../core/model';
import { clauseName, clauseSummary } from '../core/describe';
import { toRange } from './convert';

const cache = new WeakMap<DocumentModel, DocumentSymbol[]>();
const SYMBOL_DETAIL_MAX = 32;

/** Built once per model (document version): the outline is asked for often, by several views. */
export function documentSymbols(model: DocumentModel): DocumentSymbol[] {
  let symbols = cache.get(model);
  if (!symbols) cache.set(model, (symbols = model.root.children.map((n) => symbolOf(model, n))));
  return symbols;
}

function symbolOf(model: DocumentModel, node: OutlineNode): DocumentSymbol {
  const clause = isClause(node) ? (node as Clause) : undefined;
  const name = clause ? clauseName(clause) : node.title || '—';
  const selection = clause ? clause.labelSpan : node.headSpan;
  const symbol: DocumentSymbol = {
    name,
    kind: clause ? (clause.source === 'heading' ? SymbolKind.Module : SymbolKind.Field) : SymbolKind.Namespace,
    range: toRange(model, node.span),
    selectionRange: toRange(model, selection),
  };
  // Short: the Outline view is narrow, and the whole tree is sent after every edit — which is
  // also why empty details and the leaves' empty child lists (most symbols) are left out.
  const detail = clause ? clauseSummary(model, clause, SYMBOL_DETAIL_MAX) : '';
  if (detail) symbol.detail = detail;
  if (node.children.length) symbol.children = node.children.map((c) => symbolOf(model, c));
  return symbol;
}
