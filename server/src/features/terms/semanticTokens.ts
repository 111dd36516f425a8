/** Defined terms as semantic tokens: definitions as variable+declaration, uses as variable+readonly. */
import type { FeatureContext, SemanticToken } from '../registry';

export function termSemanticTokens(ctx: FeatureContext): SemanticToken[] {
  const facts = ctx.model.terms;
  if (!facts) return [];
  const out: SemanticToken[] = facts.definitions.map(({ definition }) => ({ start: definition.span.start, end: definition.span.end, type: 'variable', modifiers: ['declaration', 'definition', 'readonly'] }));
  for (const use of facts.uses) out.push({ start: use.span.start, end: use.span.end, type: 'variable', modifiers: ['readonly'] });
  return out;
}
