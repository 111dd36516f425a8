/**
 * "Renumber sequentially": on a numbering-gap (or numbering-order) diagnostic, or with the
 * cursor in a clause whose sequence is not sequential. (Findings' own fixes, such as
 * ref-caption-mismatch's, become quick fixes in features/fixes.ts.)
 */
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { FeatureContext } from '../registry';
import type { Clause } from '../../core/model';
import { renumberEdits, sequentialChanges, RENUMBERABLE } from '../../core/references/renumber';
import { refMessage } from '../../core/references/messages';
import { toWorkspaceEdit } from './rename';

const RENUMBER_CODES = new Set(['numbering-gap', 'numbering-order']);

export function referenceCodeActions(ctx: FeatureContext, params: CodeActionParams): CodeAction[] {
  const { model } = ctx;
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const out: CodeAction[] = [];
  const done = new Set<Clause>();
  const renumber = (clause: Clause, kind: string, diagnostics: CodeAction['diagnostics']) => {
    const changes = sequentialChanges(model, clause);
    if (!changes) return;
    const first = [...changes.keys()][0];
    if (done.has(first)) return;
    done.add(first);
    const edits = renumberEdits(model, changes);
    if (!edits.length) return;
    out.push({ title: refMessage(model.language, 'renumber-title', siblingsName(clause)), kind, diagnostics, edit: toWorkspaceEdit(model, edits), isPreferred: kind === CodeActionKind.QuickFix });
  };
  for (const d of params.context.diagnostics) {
    const code = String(d.code ?? '');
    if (RENUMBER_CODES.has(code) && wants(CodeActionKind.QuickFix)) {
      const start = model.lines.offsetAt(d.range.start);
      const clause = model.clauses.find((c) => c.labelSpan.start === start);
      if (clause) renumber(clause, CodeActionKind.QuickFix, [d]);
    }
  }
  if (wants(CodeActionKind.RefactorRewrite)) {
    const offset = model.lines.offsetAt(params.range.start);
    const clause = innermostRenumberable(model.clauses, offset);
    if (clause) renumber(clause, CodeActionKind.RefactorRewrite, undefined);
  }
  return out;
}

function innermostRenumberable(clauses: Clause[], offset: number): Clause | undefined {
  let best: Clause | undefined;
  for (const c of clauses) {
    if (c.span.start > offset) break;
    if (c.span.end >= offset && RENUMBERABLE.has(c.style)) best = c;
  }
  return best;
}

function siblingsName(clause: Clause): string {
  const v = clause.label.values;
  return v.length > 1 ? `${v.slice(0, -1).join('.')}.x` : clause.labelText.replace(/[0-9一二三四五六七八九十百千零〇]+/, 'N');
}

