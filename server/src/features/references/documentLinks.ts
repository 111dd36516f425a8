/** Document links on resolved references: Ctrl+click jumps to the clause (file#L<line>). */
import type { DocumentLink } from 'vscode-languageserver';
import type { FeatureContext } from '../registry';
import { clauseName } from '../../core/references/describe';
import { targetSpan } from './lookup';
import { toRange } from '../convert';

export function referenceLinks(ctx: FeatureContext): DocumentLink[] {
  const { model } = ctx;
  const out: DocumentLink[] = [];
  for (const ref of model.references ?? []) {
    if (ref.status !== 'resolved' || ref.kind === 'relative') continue;
    const span = targetSpan(ref);
    if (!span) continue;
    const line = model.lines.positionAt(span.start).line + 1;
    const target = ref.target ?? ref.base;
    out.push({ range: toRange(model, ref.span), target: `${model.uri}#L${line}`, tooltip: target ? `${clauseName(model.language, target)} ${target.title}`.trim() : undefined });
  }
  return out;
}
