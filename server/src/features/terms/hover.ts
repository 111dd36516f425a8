/** Hover on a defined term (a use or its definition): the defining sentence and where it is. */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { FeatureContext } from '../registry';
import { termAt } from '../../core/terms';
import { termMessage } from '../../core/terms/messages';
import { nodesAt } from '../../core/terms/text';
import { isClause, type Clause } from '../../core/model';
import { toRange } from '../convert';
import { escapeMarkdown } from './markdown';

const PREVIEW_CHARS = 400;

export function termHover(ctx: FeatureContext, offset: number): Hover | undefined {
  const { model } = ctx;
  const hit = termAt(model, offset);
  if (!hit) return undefined;
  const { term } = hit;
  const lang = model.language;
  const parts: string[] = [`**${escapeMarkdown(term.name)}**`];
  if (term.external) parts.push(termMessage(lang, 'hover-cover-page'));
  for (const d of term.definitions.slice(0, 3)) {
    const line = model.lines.positionAt(d.span.start).line + 1;
    const clause = nodesAt(model, d.span.start).find(isClause) as Clause | undefined;
    const where = clause
      ? termMessage(lang, 'hover-defined-in', escapeMarkdown(lang === 'zh' ? `第 ${clause.id} 条` : `${clause.labelText.replace(/\.$/, '')}${clause.title ? ` ${clause.title}` : ''}`), line)
      : termMessage(lang, 'hover-defined-at', line);
    let text = model.prose.slice(d.extent.start, d.extent.end).replace(/\s+/g, ' ').trim();
    if (text.length > PREVIEW_CHARS) text = `${text.slice(0, PREVIEW_CHARS)}…`;
    parts.push(`> ${escapeMarkdown(text)}`, `*${where}*`);
  }
  if (term.definitions.length > 1) parts.push(termMessage(lang, 'hover-definitions', term.definitions.length));
  parts.push(termMessage(lang, 'hover-uses', term.uses.length));
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') }, range: toRange(model, hit.span) };
}
