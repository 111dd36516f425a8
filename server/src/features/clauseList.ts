/** The clause list behind "Clausewise: Go to Clause…" (a custom request, shown in a quick pick). */
import type { DocumentModel } from '../core/model';
import { clauseName, clauseSummary } from '../core/describe';
import { toRange } from './convert';
import type { Range } from 'vscode-languageserver';

export interface ClauseListItem { id: string; label: string; detail: string; part: string; depth: number; range: Range }

export function clauseList(model: DocumentModel): ClauseListItem[] {
  return model.clauses.map((c) => {
    let depth = 0;
    for (let p = c.parent; p && p.kind === 'clause'; p = p.parent) depth++;
    return { id: c.id, label: clauseName(c), detail: clauseSummary(model, c), part: c.part.title, depth, range: toRange(model, c.labelSpan) };
  });
}
