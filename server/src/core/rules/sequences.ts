/**
 * Numbering sequences: clauses that should count 1, 2, 3 … together. Siblings of one
 * style share a sequence; articles (第X条, Article N, Clause N) count through the whole
 * part, across 编/章/节 divisions. Computed once per model and shared by the rules.
 */
import type { Clause, DocumentModel } from '../model';

export interface Sequence { key: string; clauses: Clause[] }

const cache = new WeakMap<DocumentModel, Sequence[]>();

const INSTRUMENT_WIDE = new Set(['article', 'clauseWord']);

export function numberingSequences(model: DocumentModel): Sequence[] {
  let sequences = cache.get(model);
  if (sequences) return sequences;
  const byKey = new Map<string, Clause[]>();
  for (const clause of model.clauses) {
    const depth = clause.label.values.length;
    const scope = INSTRUMENT_WIDE.has(clause.style) ? `part${clause.part.index}` : clause.parent?.key ?? 'root';
    // 5.1 misplaced under 4 is not a sibling of 4.1: sequences are keyed by the number's own prefix.
    const prefix = clause.style === 'decimal' ? clause.label.values.slice(0, -1).join('.') : '';
    const key = `${scope}|${clause.style}|${depth}|${prefix}`;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(clause);
  }
  sequences = [...byKey].map(([key, clauses]) => ({ key, clauses }));
  cache.set(model, sequences);
  return sequences;
}

/** How a clause's number is shown in messages: its id, or its label for a bare list item. */
export function displayNumber(clause: Clause): string {
  return clause.id || clause.labelText;
}

/** The id the clause would have with another ordinal ("2.3" → "2.2", "(c)" → "(b)"). */
export function idWithOrdinal(clause: Clause, ordinal: number): string {
  const label = clause.labelText;
  const last = String(clause.ordinal);
  if (clause.style === 'decimal' || clause.style === 'clauseWord') {
    const values = [...clause.label.values];
    values[values.length - 1] = ordinal;
    const prefix = clause.id.slice(0, clause.id.length - clause.label.values.join('.').length);
    return prefix + values.join('.');
  }
  if (clause.id.endsWith(`(${last})`) || /\)$/.test(clause.id)) {
    return clause.id.replace(/\(([^()]*)\)$/, (_, token) => `(${renumberToken(token, ordinal)})`);
  }
  if (clause.style === 'article') return label.startsWith('第') ? `第${ordinal}条` : String(ordinal);
  return String(ordinal);
}

function renumberToken(token: string, ordinal: number): string {
  if (/^\d+$/.test(token)) return String(ordinal);
  if (/^[A-Z]$/.test(token)) return String.fromCharCode(64 + ordinal);
  if (/^[ivxlc]+$/.test(token) && token !== 'c') return romanLower(ordinal);
  return ordinal <= 26 ? String.fromCharCode(96 + ordinal) : token;
}

function romanLower(n: number): string {
  const table: [number, string][] = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}
