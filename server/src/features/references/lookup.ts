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

/**
 * Does `ref` count as a reference to another clause? 本条 / 本款 / 前款 / 本项 point at the
 * clause they stand in: they are not cross-references to it (a lens saying "1 reference"
 * above a clause whose own text says 本条 would be wrong).
 */
export function isCrossReference(ref: Reference): boolean {
  if (ref.status !== 'resolved' || ref.kind === 'annex') return false;
  if (ref.kind === 'relative' && ref.base && ref.base === ref.container) return false;
  if (ref.kind === 'relative' && ref.relative === '本项') return false;
  return true;
}

/** References per clause they point at (its number, or an item or paragraph of it): one pass per model. */
const byClause = new WeakMap<DocumentModel, Map<Clause, Reference[]>>();
function referencesByClause(model: DocumentModel): Map<Clause, Reference[]> {
  let map = byClause.get(model);
  if (map) return map;
  map = new Map();
  for (const r of model.references ?? []) {
    if (!isCrossReference(r)) continue;
    for (const c of new Set([r.base, r.target])) {
      if (!c) continue;
      let list = map.get(c);
      if (!list) map.set(c, (list = []));
      list.push(r);
    }
  }
  byClause.set(model, map);
  return map;
}

/** Every reference that points at `clause` (its number, or an item or paragraph of it). */
export function referencesTo(model: DocumentModel, clause: Clause): Reference[] {
  return referencesByClause(model).get(clause) ?? [];
}

/** Counts per clause, computed once per model. */
export function referenceCounts(model: DocumentModel): Map<Clause, number> {
  const counts = new Map<Clause, number>();
  for (const [clause, refs] of referencesByClause(model)) counts.set(clause, refs.length);
  return counts;
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
