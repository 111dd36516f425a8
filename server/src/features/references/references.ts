/** Find all references of a clause: from its own number or from any reference to it. */
import type { Location } from 'vscode-languageserver';
import type { FeatureContext } from '../registry';
import { clauseAt, location, referencesTo } from './lookup';

export function clauseReferences(ctx: FeatureContext, offset: number, includeDeclaration: boolean): Location[] | undefined {
  const clause = clauseAt(ctx.model, offset);
  if (!clause) return undefined;
  const out = referencesTo(ctx.model, clause).map((r) => location(ctx.model, r.span));
  if (includeDeclaration) out.unshift(location(ctx.model, clause.labelSpan));
  return out;
}
