/**
 * Numeral systems used in clause labels and deadlines. Chinese numerals are decoded by
 * the maintained `nzh` library; roman numerals and letters are tiny and exact.
 */
import nzhcn from 'nzh/cn';

/** Characters that may appear in a Chinese numeral (lower-case and financial forms). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟';
const FINANCIAL: Record<string, string> = { 壹: '一', 贰: '二', 叁: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千', 两: '二', 〇: '零' };
const IS_CHINESE_NUMERAL = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+$`);

/** 四百六十三 → 463, 十五 → 15, 两 → 2; undefined when it is not a Chinese numeral. */
export function parseChineseNumeral(text: string): number | undefined {
  if (!IS_CHINESE_NUMERAL.test(text) || text.length > 12) return undefined;
  const plain = text.replace(/[壹贰叁肆伍陆柒捌玖拾佰仟两〇]/g, (c) => FINANCIAL[c]);
  const value = Number(nzhcn.decodeS(plain));
  return Number.isFinite(value) && value > 0 ? value : text === '零' ? 0 : undefined;
}

/** 463 → 四百六十三 (the form statutes use: 第一百零三条). */
export function formatChineseNumeral(value: number): string {
  return nzhcn.encodeS(value);
}

/** A digit string or a Chinese numeral. */
export function parseNumber(text: string): number | undefined {
  if (/^\d{1,9}$/.test(text)) return Number(text);
  if (/^[０-９]{1,9}$/.test(text)) return Number(text.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
  return parseChineseNumeral(text);
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** Roman numeral (either case) → number; undefined when malformed. */
export function parseRoman(text: string): number | undefined {
  const s = text.toLowerCase();
  if (!/^[ivxlcdm]{1,12}$/.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]], next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === s ? total : undefined;
}

export function toRoman(value: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (value >= v) { out += s; value -= v; }
  return out;
}

/** a → 1, z → 26, aa → 27 (the way drafters continue past z). */
export function parseLetter(text: string): number | undefined {
  const s = text.toLowerCase();
  if (/^[a-z]$/.test(s)) return s.charCodeAt(0) - 96;
  if (/^([a-z])\1$/.test(s)) return 26 + s.charCodeAt(0) - 96;
  return undefined;
}

export function toLetter(value: number): string {
  if (value <= 26) return String.fromCharCode(96 + value);
  return String.fromCharCode(96 + value - 26).repeat(2);
}
