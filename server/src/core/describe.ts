/** How clauses are named to people: in the outline, quick pick, hovers, the CLI. */
import type { Clause, DocumentModel } from './model';

/** "3.2 先付费", "第四百六十三条", "Section 8.1 Liability Caps". */
export function clauseName(clause: Clause): string {
  const number = clause.source === 'listItem' || /^\(|^[a-z]+\.$/i.test(clause.labelText) || (clause.style === 'decimal' && clause.id.includes('(')) ? clause.id || clause.labelText : clause.labelText.replace(/\.$/, '');
  return clause.title ? `${number} ${clause.title}` : number;
}

/**
 * Summaries by the clause's origin (the item its section's parse made, model.ts): the same
 * origin means the same section text, so the same clause body — the outline of a new
 * version reuses the summaries of every clause outside the edit without reading the text
 * again (the body's length and the title are compared all the same). Not by label: equal
 * labels are one object (lang/labels.ts), shared by clauses of any document.
 */
const summaries = new WeakMap<object, { length: number; title: string; max: number; summary: string }>();

/** The first words of the clause body, one line, for detail columns. */
export function clauseSummary(model: DocumentModel, clause: Clause, max = 60): string {
  const length = clause.bodySpan.end - clause.bodySpan.start;
  const kept = summaries.get(clause.origin);
  if (kept && kept.length === length && kept.title === clause.title && kept.max === max) return kept.summary;
  const text = model.prose.slice(clause.bodySpan.start, Math.min(clause.bodySpan.end, clause.bodySpan.start + max * 3));
  const line = text.replace(/\s+/g, ' ').trim();
  const body = clause.title && line.startsWith(clause.title) ? line.slice(clause.title.length).replace(/^[\s.:：】]+/, '') : line;
  const summary = body.length > max ? body.slice(0, max) + '…' : body;
  summaries.set(clause.origin, { length, title: clause.title, max, summary });
  return summary;
}
