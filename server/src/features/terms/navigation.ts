/** Go to definition and find all references of a defined term. */
import type { Location } from 'vscode-languageserver';
import type { FeatureContext } from '../registry';
import { termAt } from '../../core/terms';
import { toRange } from '../convert';

export function termDefinition(ctx: FeatureContext, offset: number): Location[] | undefined {
  const { model } = ctx;
  const hit = termAt(model, offset);
  if (!hit || !hit.term.definitions.length) return undefined;
  return hit.term.definitions.map((d) => ({ uri: model.uri, range: toRange(model, d.span) }));
}

export function termReferences(ctx: FeatureContext, offset: number, includeDeclaration: boolean): Location[] | undefined {
  const { model } = ctx;
  const hit = termAt(model, offset);
  if (!hit) return undefined;
  const spans = [...(includeDeclaration ? hit.term.definitions.map((d) => d.span) : []), ...hit.term.uses.map((u) => u.span)]
    .sort((a, b) => a.start - b.start);
  return spans.map((s) => ({ uri: model.uri, range: toRange(model, s) }));
}
