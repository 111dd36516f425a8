/** Go to definition on a reference: the clause (or paragraph) it points at; every candidate when ambiguous. */
import type { FeatureContext } from '../registry';
import type { Location } from 'vscode-languageserver';
import { location, referenceAt, targetSpan } from './lookup';

export function referenceDefinition(ctx: FeatureContext, offset: number): Location[] | undefined {
  const ref = referenceAt(ctx.model, offset);
  if (!ref) return undefined;
  if (ref.status === 'ambiguous') return ref.candidates?.map((c) => location(ctx.model, c.headSpan));
  const span = ref.status === 'resolved' ? targetSpan(ref) : undefined;
  return span ? [location(ctx.model, span)] : undefined;
}
