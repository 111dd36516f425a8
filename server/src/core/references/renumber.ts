/**
 * Renumbering: given new ordinals for some clauses, the minimal text edits that renumber
 * them, their sub-clauses whose labels spell the path (7.3.1 → 7.2.1), and every
 * reference to any of them — each reference in its own form (第七条 stays in Chinese
 * numerals, Section 7.2(a) keeps its item). Edits replace numbers only.
 */
import { CHINESE_NUMERAL_CHARS, formatChineseNumeral, parseNumber } from '../lang/numerals';
import { numberingSequences } from '../rules/sequences';
import type { Clause, DocumentModel } from '../model';
import type { TextEdit } from '../diagnostics';
import type { Reference } from './types';

/** Styles whose number a rename or renumbering rewrites. Lists are numbered by position; items by letter. */
export const RENUMBERABLE = new Set(['decimal', 'article', 'clauseWord', 'cnEnum', 'upperAlpha']);

const LABEL_NUMBER: Record<string, RegExp> = {
  decimal: /[0-9]{1,3}(?:\.[0-9]{1,3}){0,5}/,
  clauseWord: /[0-9]{1,3}(?:\.[0-9]{1,3}){0,5}/,
  article: new RegExp(`[0-9０-９]{1,4}|[${CHINESE_NUMERAL_CHARS}]{1,10}|[IVXLC]{1,6}`),
  cnEnum: new RegExp(`[${CHINESE_NUMERAL_CHARS}]{1,6}`),
  upperAlpha: /[A-Z]/,
};

class Paths {
  private memo = new Map<Clause, number[]>();
  constructor(private changes: Map<Clause, number>) {}

  /** The label values of `c` after the change. */
  values(c: Clause): number[] {
    let v = this.memo.get(c);
    if (v) return v;
    v = [...c.label.values];
    const changed = this.changes.get(c);
    if (changed !== undefined) v[v.length - 1] = changed;
    const parent = c.parent?.kind === 'clause' ? c.parent as Clause : undefined;
    if (parent && (c.style === 'decimal' || c.style === 'clauseWord') && v.length > 1 && (parent.style === 'decimal' || parent.style === 'clauseWord')
      && parent.label.values.join('.') === c.label.values.slice(0, -1).join('.')) {
      v = [...this.values(parent), v[v.length - 1]];
    }
    this.memo.set(c, v);
    return v;
  }

  changed(c: Clause): boolean { return this.values(c).join('.') !== c.label.values.join('.'); }

  /** The clause id after the change: "7.2", "D.5", "463", "B". */
  id(c: Clause): string {
    const v = this.values(c);
    const parent = c.parent?.kind === 'clause' ? c.parent as Clause : undefined;
    switch (c.style) {
      case 'decimal':
        if (v.length === 1 && parent?.style === 'upperAlpha') return `${this.id(parent)}.${v[0]}`;
        return v.join('.');
      case 'clauseWord': return v.join('.');
      case 'upperAlpha': return String.fromCharCode(64 + v[0]);
      default: return String(v[v.length - 1]);
    }
  }

  /** Did anything in the clause's id change (itself or, for D.4, its letter)? */
  idChanged(c: Clause): boolean { return this.id(c) !== c.id; }
}

/** A number written the way `like` is written: Chinese numerals, full-width digits or plain. */
export function formatLike(like: string, id: string): string {
  if (/^[0-9]+$/.test(id)) {
    if (new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+$`).test(like)) return formatChineseNumeral(Number(id));
    if (/^[０-９]+$/.test(like)) return id.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  }
  return id;
}

export function renumberEdits(model: DocumentModel, changes: Map<Clause, number>): TextEdit[] {
  const paths = new Paths(changes);
  const edits: TextEdit[] = [];
  for (const c of model.clauses) {
    if (!RENUMBERABLE.has(c.style) || !paths.changed(c)) continue;
    const edit = labelEdit(model, c, paths);
    if (edit) edits.push(edit);
  }
  for (const ref of model.references) {
    const edit = referenceEdit(ref, paths);
    if (edit) edits.push(edit);
  }
  return edits.sort((a, b) => a.span.start - b.span.start);
}

function labelEdit(model: DocumentModel, c: Clause, paths: Paths): TextEdit | undefined {
  const re = LABEL_NUMBER[c.style];
  const label = model.text.slice(c.labelSpan.start, c.labelSpan.end);
  const m = re.exec(label);
  if (!m) return undefined;
  const values = paths.values(c);
  let newText: string;
  if (c.style === 'upperAlpha') newText = String.fromCharCode(64 + values[0]);
  else if (c.style === 'decimal' || c.style === 'clauseWord') newText = values.join('.');
  else newText = formatLike(m[0], String(values[values.length - 1]));
  if (/^[IVXLC]+$/.test(m[0]) && c.style === 'article') return undefined; // Article IV: left alone
  return newText === m[0] ? undefined : { span: { start: c.labelSpan.start + m.index, end: c.labelSpan.start + m.index + m[0].length }, newText };
}

function referenceEdit(ref: Reference, paths: Paths): TextEdit | undefined {
  if (ref.kind !== 'clause' || ref.status !== 'resolved' || !ref.base || !RENUMBERABLE.has(ref.base.style)) return undefined;
  if (!paths.idChanged(ref.base)) return undefined;
  const oldId = ref.base.id, newId = paths.id(ref.base);
  // The reference may spell only the tail of the id ("9" for a clause "9", "D.4" for D.4): rewrite what it spells.
  let newText: string;
  if (ref.id === oldId) newText = formatLike(ref.numberText, newId);
  else return undefined;
  return newText === ref.numberText ? undefined : { span: ref.numberSpan, newText };
}

/** The edits of a rename: `clause` gets the number `newName` (7.3, 第八条, 八, D.5, 8). */
export function renameEdits(model: DocumentModel, clause: Clause, newName: string): TextEdit[] | undefined {
  const ordinal = parseNewOrdinal(clause, newName);
  if (ordinal === undefined) return undefined;
  if (ordinal === clause.ordinal) return [];
  return renumberEdits(model, new Map([[clause, ordinal]]));
}

function parseNewOrdinal(clause: Clause, newName: string): number | undefined {
  let name = newName.trim().replace(/^第\s?/, '').replace(/\s?条$/, '').replace(/^(?:Section|Clause|Article|§)\s*/i, '').replace(/\.$/, '');
  if (clause.style === 'upperAlpha') return /^[A-Z]$/.test(name) ? name.charCodeAt(0) - 64 : undefined;
  const values = clause.label.values;
  if (values.length > 1) {
    const prefix = values.slice(0, -1).join('.') + '.';
    if (name.startsWith(prefix)) name = name.slice(prefix.length);
    else if (name.includes('.')) return undefined; // moving a clause to another parent is not a renumbering
  }
  const n = parseNumber(name);
  return n !== undefined && n > 0 && n < 1000 ? n : undefined;
}

/** "Renumber sequentially": new ordinals for the sequence holding `clause`, counting from its natural start. */
export function sequentialChanges(model: DocumentModel, clause: Clause): Map<Clause, number> | undefined {
  if (!RENUMBERABLE.has(clause.style)) return undefined;
  const sequence = numberingSequences(model).find((s) => s.clauses.includes(clause));
  if (!sequence) return undefined;
  const first = sequence.clauses[0];
  const deep = (first.style === 'decimal' || first.style === 'clauseWord') && first.label.values.length > 1;
  const start = deep || first.ordinal <= 1 ? 1 : first.ordinal;
  const changes = new Map<Clause, number>();
  sequence.clauses.forEach((c, i) => { if (c.ordinal !== start + i) changes.set(c, start + i); });
  return changes.size ? changes : undefined;
}
