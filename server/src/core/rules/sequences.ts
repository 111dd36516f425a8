/**
 * Numbering sequences: clauses that should count 1, 2, 3 … together. Siblings of one
 * style share a sequence; articles (第X条, Article N, Clause N) count through the whole
 * part, across 编/章/节 divisions. Computed once per outline structure (the clause list,
 * which an outline refreshed in place keeps: parse/outlineRefresh.ts) and shared by the
 * rules; a sequence holds clauses, never offsets.
 */
import type { Clause, DocumentModel } from '../model';
import { itemToken } from '../parse/outline';

export interface Sequence { key: string; clauses: Clause[] }

const cache = new WeakMap<Clause[], Sequence[]>();

const INSTRUMENT_WIDE = new Set(['article', 'clauseWord']);

export function numberingSequences(model: DocumentModel): Sequence[] {
  let sequences = cache.get(model.clauses);
  if (sequences) return sequences;
  // Grouped by scope object, then by the label's level (made with the label, which stays
  // the same while its section is unchanged): no strings built per clause per edit.
  const byScope = new Map<object, Map<string, Sequence>>();
  sequences = [];
  for (const clause of model.clauses) {
    const wide = INSTRUMENT_WIDE.has(clause.style);
    const scope: object = wide ? clause.part : clause.parent ?? model.root;
    let inScope = byScope.get(scope);
    if (!inScope) byScope.set(scope, (inScope = new Map()));
    const key = clause.label.level;
    let sequence = inScope.get(key);
    if (!sequence) {
      const scopeKey = wide ? `part${clause.part.index}` : clause.parent?.key ?? 'root';
      // Kept while the outline is: join makes one flat string, where concatenation keeps a tree of pieces.
      inScope.set(key, (sequence = { key: [scopeKey, key].join('|'), clauses: [] }));
      sequences.push(sequence);
    }
    sequence.clauses.push(clause);
  }
  // Kept while the outline is: exact-size lists (a pushed-to array keeps room for 17).
  for (const sequence of sequences) sequence.clauses = sequence.clauses.slice();
  cache.set(model.clauses, sequences);
  return sequences;
}

/**
 * The sequences `test` picks (by `key`), once per outline structure like the sequences
 * themselves: a test reads only what a refreshed outline keeps (ordinals, labels, styles),
 * so a rule looks again, on each version, only at the few sequences that can report.
 */
export function sequencesWhere(model: DocumentModel, key: string, test: (clauses: Clause[]) => boolean): Sequence[] {
  return perStructure(model, `sequences|${key}`, () => numberingSequences(model).filter((s) => test(s.clauses)));
}

/** The clauses `test` picks (by `key`), once per outline structure (see sequencesWhere). */
export function clausesWhere(model: DocumentModel, key: string, test: (clause: Clause) => boolean): Clause[] {
  return perStructure(model, `clauses|${key}`, () => model.clauses.filter(test));
}

const picked = new WeakMap<Clause[], Map<string, unknown>>();

function perStructure<T>(model: DocumentModel, key: string, compute: () => T): T {
  let byKey = picked.get(model.clauses);
  if (!byKey) picked.set(model.clauses, (byKey = new Map()));
  let value = byKey.get(key) as T | undefined;
  if (value === undefined) byKey.set(key, (value = compute()));
  return value;
}

/** How a clause's number is shown in messages: its id, or its label for a bare list item. */
export function displayNumber(clause: Clause): string {
  return clause.id || clause.labelText;
}

/** The id the clause would have with another ordinal ("2.3" → "2.2", "(c)" → "(b)"). */
export function idWithOrdinal(clause: Clause, ordinal: number): string {
  if (clause.style === 'decimal' || clause.style === 'clauseWord') {
    const values = [...clause.label.values];
    values[values.length - 1] = ordinal;
    const prefix = clause.id.slice(0, clause.id.length - clause.label.values.join('.').length);
    return prefix + values.join('.');
  }
  // Items are written the way the outline writes them, by their style (not guessed from the text).
  if (clause.id.endsWith(')')) return clause.id.replace(/\([^()]*\)$/, `(${itemToken(clause.style, ordinal)})`);
  if (clause.style === 'article') return clause.labelText.startsWith('第') ? `第${ordinal}条` : String(ordinal);
  return String(ordinal);
}
