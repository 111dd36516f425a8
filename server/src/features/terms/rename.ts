/**
 * Rename a defined term: its definitions (inside their quote marks, which stay) and every
 * use. Only the term's own words change: "Customers" keeps its "s", "Customer’s" its "’s";
 * ALL-CAPS uses stay in capitals and "Parties" becomes the new name's plural.
 */
import { ResponseError, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { FeatureContext } from '../registry';
import { termAt, type TermUse } from '../../core/terms';
import { termMessage } from '../../core/terms/messages';
import { toRange } from '../convert';

export function termPrepareRename(ctx: FeatureContext, offset: number): { range: Range; placeholder: string } | undefined {
  const { model } = ctx;
  const hit = termAt(model, offset);
  if (!hit || hit.term.external) return undefined;
  return { range: toRange(model, hit.span), placeholder: hit.term.name };
}

export function termRename(ctx: FeatureContext, offset: number, newName: string): WorkspaceEdit | undefined {
  const { model } = ctx;
  const hit = termAt(model, offset);
  if (!hit || hit.term.external) return undefined;
  const name = newName.trim();
  if (!name || /[\r\n"“”「」『』]/.test(name)) throw new ResponseError(-32602, termMessage(model.language, 'rename-invalid'));
  const edits: TextEdit[] = [];
  for (const d of hit.term.definitions) edits.push({ range: toRange(model, d.span), newText: name });
  for (const use of hit.term.uses) {
    const text = forUse(use, name);
    if (model.text.slice(use.span.start, use.span.end) !== text) edits.push({ range: toRange(model, use.span), newText: text });
  }
  return { changes: { [model.uri]: edits } };
}

function forUse(use: TermUse, name: string): string {
  if (use.variant === 'caps') return name.toUpperCase();
  // The span covers the whole plural only for "Parties"-style forms; "Customers" keeps its "s" outside the span.
  if (use.variant === 'plural' && use.end === use.span.end) return /[^aeiou]y$/.test(name) ? `${name.slice(0, -1)}ies` : `${name}s`;
  if (use.variant === 'capitalised') return name[0].toUpperCase() + name.slice(1);
  return name;
}
