/**
 * Definition and hover for references into annexes kept in other files of the workspace
 * (core/references/annexFiles.ts says how a file declares which annex it is).
 */
import { MarkupKind, type Hover, type Location } from 'vscode-languageserver';
import type { FeatureContext } from '../registry';
import { annexClause, findAnnexFile } from '../../core/references/annexFiles';
import { clauseName, clauseSummary } from '../../core/describe';
import { referenceAt } from './lookup';
import { toRange } from '../convert';
import { escapeMarkdown as escape } from '../../core/text/escape';
import type { Clause, DocumentModel } from '../../core/model';
import type { Reference } from '../../core/references/types';

function crossFileTarget(ctx: FeatureContext, offset: number): { ref: Reference; model: DocumentModel; clause?: Clause } | undefined {
  const ref = referenceAt(ctx.model, offset);
  if (!ref || ref.status !== 'external' || !ref.annex) return undefined;
  const model = findAnnexFile(ctx.workspace(), ref.annex);
  if (!model) return undefined;
  if (ref.kind === 'annex') return { ref, model };
  const clause = annexClause(model, ref.id);
  return clause ? { ref, model, clause } : undefined;
}

export function crossFileDefinition(ctx: FeatureContext, offset: number): Location[] | undefined {
  const t = crossFileTarget(ctx, offset);
  if (!t) return undefined;
  const span = t.clause ? t.clause.headSpan : (t.model.containers[0]?.headSpan ?? { start: 0, end: 0 });
  return [{ uri: t.model.uri, range: toRange(t.model, span) }];
}

export function crossFileHover(ctx: FeatureContext, offset: number): Hover | undefined {
  const t = crossFileTarget(ctx, offset);
  if (!t) return undefined;
  const file = decodeURIComponent(t.model.uri.split('/').pop() ?? t.model.uri);
  const lines = t.clause
    ? [`**${escape(clauseName(t.clause))}** — ${escape(file)}`, '', escape(clauseSummary(t.model, t.clause, 200))]
    : [`**${escape(t.model.containers[0]?.title ?? file)}** — ${escape(file)}`];
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: toRange(ctx.model, t.ref.span) };
}
