/** Finding what is under the cursor: a reference, or a clause's own number. */
import type { Location } from 'vscode-languageserver';
import type { Clause, DocumentModel, Span } from '../../core/model';
import type { Reference } from '../../core/references/types';
import { toRange } from '../convert';

const contains = (span: Span, offset: number) => span.start <= offset && offset <= span.end;

/** The reference whose text holds `offset` (binary search: references are in document order). */
export function referenceAt(model: DocumentModel, offset: number): Reference | undefined {
  const refs = model.references ?? [];
  let lo = 0, hi = refs.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid].span.start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  for (let i = found; i >= 0 && i >= found - 3; i--) if (contains(refs[i].span, offset)) return refs[i];
  return undefined;
}

/** The clause whose label (its own number) holds `offset`. */
export function clauseAtLabel(model: DocumentModel, offset: number): Clause | undefined {
  return model.clauses.find((c) => contains(c.labelSpan, offset));
}

/** The clause a request at `offset` is about: the one a reference points at, or the one whose number it is. */
export function clauseAt(model: DocumentModel, offset: number): Clause | undefined {
  const ref = referenceAt(model, offset);
  if (ref) return ref.status === 'resolved' ? ref.base : undefined;
  return clauseAtLabel(model, offset);
}

/** Every reference that points at `clause` (its number, or an item or paragraph of it). */
export function referencesTo(model: DocumentModel, clause: Clause): Reference[] {
  return (model.references ?? []).filter((r) => r.status === 'resolved' && r.kind !== 'annex' && (r.base === clause || r.target === clause));
}

/** Counts per clause, computed once per model. */
const counts = new WeakMap<DocumentModel, Map<Clause, number>>();
export function referenceCounts(model: DocumentModel): Map<Clause, number> {
  let map = counts.get(model);
  if (map) return map;
  map = new Map();
  for (const r of model.references ?? []) {
    if (r.status !== 'resolved' || r.kind === 'annex') continue;
    const targets = new Set([r.base, r.target].filter((c): c is Clause => !!c));
    for (const c of targets) map.set(c, (map.get(c) ?? 0) + 1);
  }
  counts.set(model, map);
  return map;
}

export function location(model: DocumentModel, span: Span): Location {
  return { uri: model.uri, range: toRange(model, span) };
}

/** Where a resolved reference goes: the paragraph for 款, else the clause's heading line. */
export function targetSpan(ref: Reference): Span | undefined {
  if (ref.targetSpan) return ref.targetSpan;
  const target = ref.target ?? ref.base;
  return target ? target.headSpan : undefined;
}
