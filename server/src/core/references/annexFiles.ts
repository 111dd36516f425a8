/**
 * Annexes and schedules kept in their own files. A file says which annex it is in its
 * front matter — `annex: 附件一` (also `schedule:`, `appendix:`, `exhibit:`,
 * `attachment:`) — or by a first heading that is an annex ("# 附件一 服务等级协议",
 * "# Schedule A — Order Form"). A reference such as 附件一第2条 or "Schedule A,
 * paragraph 3" in another file then resolves to that file's clause.
 */
import { parseNumber, parseRoman, parseLetter } from '../lang/numerals';
import type { Clause, Container, DocumentModel } from '../model';

const WORDS: [RegExp, string][] = [[/^附件/, 'annex'], [/^annex/i, 'annex'], [/^schedule/i, 'schedule'], [/^appendix/i, 'appendix'], [/^exhibit/i, 'exhibit'], [/^attachment/i, 'attachment']];
const NAME = /^(附件|annex|schedule|appendix|exhibit|attachment)\s?([0-9]{1,3}|[零〇一二三四五六七八九十百]{1,6}|[A-Za-z]{1,6})/i;

/** "附件一" / "Annex 1" → "annex:1"; "Schedule A" → "schedule:1"; undefined when it is not an annex name. */
export function annexKey(name: string): string | undefined {
  const m = NAME.exec(name.trim());
  if (!m) return undefined;
  const word = WORDS.find(([re]) => re.test(m[1]))![1];
  // Annex I, II, III are roman; Schedule A, B, C letters (a lone I, V or X reads as roman).
  const token = m[2];
  const n = parseNumber(token) ?? (token.length === 1 && !/^[ivx]$/i.test(token) ? parseLetter(token) : parseRoman(token) ?? parseLetter(token));
  return n === undefined ? undefined : `${word}:${n}`;
}

/** The annex key a file declares, from its front matter or its first annex heading. */
export function declaredAnnex(model: DocumentModel): string | undefined {
  const data = model.frontMatter?.data ?? {};
  for (const field of ['annex', 'schedule', 'appendix', 'exhibit', 'attachment', '附件']) {
    const value = data[field];
    if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value);
      return annexKey(/^[0-9A-Za-z一二三四五六七八九十]+$/.test(text) ? `${field === '附件' ? '附件' : field} ${text}` : text);
    }
  }
  const first = model.containers[0] as Container | undefined;
  return first?.division === 'annex' && first.label ? annexKey(first.label.raw) : undefined;
}

/** The clause `id` of the annex file `model` (its top-level numbering), if it has one. */
export function annexClause(model: DocumentModel, id: string): Clause | undefined {
  return model.clauses.find((c) => c.id === id) ?? model.clauses.find((c) => c.id.endsWith(`.${id}`) && c.parent?.kind !== 'clause');
}

/** Which of `models` is the annex `name` ("附件一", "Schedule A")? */
export function findAnnexFile(models: DocumentModel[], name: string): DocumentModel | undefined {
  const key = annexKey(name);
  return key ? models.find((m) => declaredAnnex(m) === key) : undefined;
}
