/** How clauses are named to people: in the outline, quick pick, hovers, the CLI. */
import type { Clause, DocumentModel } from './model';

/** "3.2 先付费", "第四百六十三条", "Section 8.1 Liability Caps". */
export function clauseName(clause: Clause): string {
  const number = clause.source === 'listItem' || /^\(|^[a-z]\.$/.test(clause.labelText) ? clause.id || clause.labelText : clause.labelText.replace(/\.$/, '');
  return clause.title ? `${number} ${clause.title}` : number;
}

/** The first words of the clause body, one line, for detail columns. */
export function clauseSummary(model: DocumentModel, clause: Clause, max = 60): string {
  const text = model.prose.slice(clause.bodySpan.start, Math.min(clause.bodySpan.end, clause.bodySpan.start + max * 3));
  const line = text.replace(/\s+/g, ' ').trim();
  const body = clause.title && line.startsWith(clause.title) ? line.slice(clause.title.length).replace(/^[\s.:：】]+/, '') : line;
  return body.length > max ? body.slice(0, max) + '…' : body;
}
