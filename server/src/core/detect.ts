/**
 * Is this Markdown file an agreement? Front matter or settings can say so; otherwise the
 * content decides: numbered clauses *and* legal vocabulary. A README with a numbered
 * install list, or a changelog, has the numbers but not the vocabulary.
 */
import type { Clause, Language } from './model';
import type { ProseText } from './parse/prose';

export type DetectionMode = 'auto' | 'always' | 'never';

const LEGAL_WORDS_ZH = ['协议', '合同', '条款', '甲方', '乙方', '违约', '本法', '当事人', '保密', '争议', '终止', '责任', '权利', '义务'];
const LEGAL_WORDS_EN = ['agreement', 'party', 'parties', 'shall', 'hereby', 'terms', 'liability', 'indemnif', 'warrant', 'terminat', 'confidential', 'governing law', 'license', 'licensor', 'breach'];

/** The legal words present in a piece of prose (computed per section and combined). */
export function legalWordsIn(prose: string): string[] {
  const lower = prose.toLowerCase();
  return [...LEGAL_WORDS_ZH, ...LEGAL_WORDS_EN].filter((w) => lower.includes(w));
}

export function detectAgreement(prose: ProseText, clauses: Clause[], frontMatter: Record<string, unknown> | undefined, mode: DetectionMode, legalWords?: string[]): { isAgreement: boolean; reason: string } {
  if (mode === 'always') return { isAgreement: true, reason: 'setting clausewise.agreementDetection = always' };
  if (mode === 'never') return { isAgreement: false, reason: 'setting clausewise.agreementDetection = never' };
  const declared = frontMatter?.clausewise ?? frontMatter?.agreement;
  if (declared === false || declared === 'off') return { isAgreement: false, reason: 'front matter says it is not an agreement' };
  if (declared !== undefined && declared !== null) return { isAgreement: true, reason: 'front matter declares it an agreement' };
  const words = legalWords ?? legalWordsIn(prose.slice(0, 200_000));
  const numbered = clauses.length;
  if (words.length >= 3 && numbered >= 3) {
    return { isAgreement: true, reason: `${numbered} numbered clauses and legal vocabulary (${words.slice(0, 4).join(', ')})` };
  }
  if (numbered < 3) return { isAgreement: false, reason: `only ${numbered} numbered clauses` };
  // Counted only for the message (this runs on every edit: no pass over the clauses otherwise).
  const structural = clauses.filter((c) => c.style !== 'list' || c.parent?.kind === 'clause').length;
  return { isAgreement: false, reason: `no legal vocabulary (${structural} structural clauses)` };
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN = /[A-Za-z]/g;

/** CJK characters and Latin letters in a piece of prose (computed per section and summed). */
export function scriptCounts(prose: string): { cjk: number; latin: number } {
  return { cjk: prose.match(CJK)?.length ?? 0, latin: prose.match(LATIN)?.length ?? 0 };
}

export function detectLanguage(prose: ProseText, declared: unknown, counts?: { cjk: number; latin: number }): Language {
  if (declared === 'zh' || declared === 'en') return declared;
  if (typeof declared === 'string' && /^zh/i.test(declared)) return 'zh';
  if (typeof declared === 'string' && /^en/i.test(declared)) return 'en';
  const { cjk, latin } = counts ?? scriptCounts(prose.slice(0, 100_000));
  // A Chinese character carries about a word; Latin letters about five to a word.
  return cjk * 2 >= latin / 5 ? 'zh' : 'en';
}
