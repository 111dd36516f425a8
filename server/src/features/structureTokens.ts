/**
 * Semantic tokens for the structure: clause numbers (enumMember + declaration), references
 * to clauses (enumMember), and deadlines (number). Standard token types, so every theme
 * colours them; they refine what the TextMate grammar colours before the server answers.
 */
import type { FeatureContext, SemanticToken } from './registry';
import { PROVIDERS } from './registry';

export function structureTokens(ctx: FeatureContext): SemanticToken[] {
  const { model } = ctx;
  if (!model.agreement.isAgreement) return [];
  const out: SemanticToken[] = model.clauses.map((c) => ({ start: c.labelSpan.start, end: c.labelSpan.end, type: 'enumMember', modifiers: ['declaration'] }));
  for (const r of model.references ?? []) {
    if (r.status === 'resolved' && r.kind !== 'relative') out.push({ start: r.span.start, end: r.span.end, type: 'enumMember' });
  }
  for (const d of model.durations ?? []) {
    if (d.kind === 'period') out.push({ start: d.span.start, end: d.span.end, type: 'number' });
  }
  return out;
}

PROVIDERS.semanticTokens.push(structureTokens);
