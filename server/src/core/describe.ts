/** How clauses are named to people: in the outline, quick pick, hovers, the CLI. */
import type { Clause, DocumentModel } from './model';

/** "3.2 先付费", "第四百六十三条", "Section 8.1 Liability Caps". */
export function clauseName(clause: Clause): string {
  const number = clause.source === 'listItem' || /^\(|^[a-z]+\.$/i.test(clause.labelText) || (clause.style === 'decimal' && clause.id.includes('(')) ? clause.id || clause.labelText : clause.labelText.replace(/\.$/, '');
  return clause.title ? `${number} ${clause.title}` : number;
}

/**
 * Summaries by label object: a clause's label is shared by every version in which its
 * section is unchanged, so the outline of a new version reuses them (after comparing the
 * source text, which is cheaper than cleaning it again).
 */
const summaries = new WeakMap<object, { text: string; title: string; max: number; summary: string }>();

/** The first words of the clause body, one line, for detail columns. */
export function clauseSummary(model: DocumentModel, clause: Clause, max = 60): string {
  const text = model.prose.slice(clause.bodySpan.start, Math.min(clause.bodySpan.end, clause.bodySpan.start + max * 3));
  const kept = summaries.get(clause.label);
  if (kept && kept.text === text && kept.title === clause.title && kept.max === max) return kept.summary;
  const line = text.replace(/\s+/g, ' ').trim();
  const body = clause.title && line.startsWith(clause.title) ? line.slice(clause.title.length).replace(/^[\s.:：】]+/, '') : line;
  const summary = body.length > max ? body.slice(0, max) + '…' : body;
  summaries.set(clause.label, { text, title: clause.title, max, summary });
  return summary;
}
