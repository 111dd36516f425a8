/** Small helpers shared by the reference rules and features: how a clause and a reference are named. */
import type { Clause, DocumentModel, Language } from '../model';
import type { Reference } from './types';
import { refMessage } from './messages';

export function referenceText(model: DocumentModel, ref: Reference): string {
  return model.text.slice(ref.span.start, ref.span.end).replace(/\s+/g, ' ').trim();
}

/** "Section 7.2" / "第 7.2 条"; 第四百六十三条 when the clause is labelled that way. */
export function clauseName(language: Language, clause: Clause): string {
  if (clause.style === 'article' || clause.style === 'clauseWord') return clause.labelText.replace(/[.:：]$/, '');
  return refMessage(language, 'clause', clause.id);
}

export function lineOf(model: DocumentModel, offset: number): number {
  return model.lines.positionAt(offset).line + 1;
}

/** Is `clause` (or one of its ancestors) `ancestor`? */
export function within(clause: Clause | undefined, ancestor: Clause): boolean {
  for (let n: Clause['parent'] = clause; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

/** Words for comparing a caption with a title: lower case, plurals folded. */
function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !/^(?:and|or|of|the|a|an|to|for|from|&)$/.test(w)).map((w) => w.replace(/(?:ies)$/, 'y').replace(/s$/, ''));
}

/** Does a caption name the clause titled `title`? Generous: containment, shared words, initialisms ("IP"). */
export function captionMatches(caption: string, title: string): boolean {
  const c = caption.trim(), t = title.trim();
  if (!t) return true;
  if (/[\u4e00-\u9fff]/.test(c + t)) {
    const strip = (s: string) => s.replace(/[\s【】“”"（）()：:，,。.、]/g, '');
    const a = strip(c), b = strip(t);
    if (!a || !b || a.includes(b) || b.includes(a)) return true;
    const shared = [...a].filter((ch) => b.includes(ch)).length;
    return shared / a.length >= 0.6 && shared / b.length >= 0.4;
  }
  const cw = words(c), tw = words(t);
  if (!cw.length || !tw.length) return true;
  const initials = new Set<string>();
  for (let i = 0; i < tw.length; i++) for (let j = i + 2; j <= Math.min(tw.length, i + 5); j++) initials.add(tw.slice(i, j).map((w) => w[0]).join(''));
  const found = cw.filter((w) => tw.includes(w) || initials.has(w)).length;
  const back = tw.filter((w) => cw.includes(w)).length;
  return found / cw.length >= 0.6 || back / tw.length >= 0.6;
}
