/**
 * Rename on a clause number (its label or any reference to it): renumbers the clause,
 * its sub-clauses and every reference to them, each in its own form.
 */
import { ResponseError, type Range, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { FeatureContext } from '../registry';
import type { DocumentModel } from '../../core/model';
import type { TextEdit } from '../../core/diagnostics';
import { RENUMBERABLE, renameEdits } from '../../core/references/renumber';
import { refMessage } from '../../core/references/messages';
import { clauseAtLabel, referenceAt } from './lookup';
import { toRange } from '../convert';

export function prepareClauseRename(ctx: FeatureContext, offset: number): { range: Range; placeholder: string } | undefined {
  const { model } = ctx;
  const ref = referenceAt(model, offset);
  if (ref) {
    if (ref.kind !== 'clause' || ref.status !== 'resolved' || !ref.base || !RENUMBERABLE.has(ref.base.style)) return undefined;
    return { range: toRange(model, ref.numberSpan), placeholder: ref.base.id };
  }
  const clause = clauseAtLabel(model, offset);
  if (!clause || !RENUMBERABLE.has(clause.style)) return undefined;
  return { range: toRange(model, clause.labelSpan), placeholder: clause.id };
}

export function clauseRename(ctx: FeatureContext, offset: number, newName: string): WorkspaceEdit | undefined {
  const { model } = ctx;
  const ref = referenceAt(model, offset);
  const clause = ref ? (ref.status === 'resolved' ? ref.base : undefined) : clauseAtLabel(model, offset);
  if (!clause || !RENUMBERABLE.has(clause.style)) return undefined;
  const edits = renameEdits(model, clause, newName);
  if (!edits) throw new ResponseError(-32602, refMessage(model.language, 'rename-invalid', newName));
  return toWorkspaceEdit(model, edits);
}

export function toWorkspaceEdit(model: DocumentModel, edits: TextEdit[]): WorkspaceEdit {
  const lsp: LspTextEdit[] = edits.map((e) => ({ range: toRange(model, e.span), newText: e.newText }));
  return { changes: { [model.uri]: lsp } };
}
