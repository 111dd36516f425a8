/**
 * Clause-label patterns, as data. Each pattern recognises a label at the very start of
 * a block's text (after markup has been masked). Every expression is anchored and has
 * no nested quantifiers, so matching is linear in the label's length.
 */
import { parseChineseNumeral, parseLetter, parseNumber, parseRoman, CHINESE_NUMERAL_CHARS } from './numerals';

export type LabelStyle =
  | 'decimal'        // 1. / 3.2.1 / 2.1 / Section 4 / 1、
  | 'article'        // 第九条 / Article 5 — numbered through the whole instrument
  | 'clauseWord'     // Clause 8 — numbered through the whole instrument
  | 'cnEnum'         // 一、
  | 'cnParen'        // （一）
  | 'numParen'       // （1） / (1)
  | 'alphaParen'     // (a)
  | 'romanParen'     // (i)
  | 'upperParen'     // (A)
  | 'alphaDot'       // a.
  | 'romanDot'       // i.
  | 'upperAlpha'     // A.
  | 'list';          // a Markdown ordered-list item, numbered by position

export type DivisionKind = 'book' | 'subbook' | 'part' | 'chapter' | 'section' | 'annex';

/** Where a block's text comes from: label forms differ between headings and prose. */
export type LabelContext = 'heading' | 'paragraph' | 'line';

export interface Label {
  style: LabelStyle;
  /** The label as written, e.g. "3.2.1.", "第四百六十三条", "(a)", "Section 4". */
  raw: string;
  /** Numbers: decimal segments [3, 2, 1], or the single ordinal. */
  values: number[];
  /** A structural division (编/章/节, Annex, Part) rather than a clause. */
  division?: DivisionKind;
  /** For (i)/(v)/(x)/i.: the other reading (letter vs roman), settled by the neighbours. */
  alternative?: Label;
  /**
   * Style, depth and, for decimals, the number's own prefix ("decimal|3|5.1"): clauses that
   * number together share it (rules/sequences.ts). Made with the label, which is kept with
   * its section, rather than once per clause per edit.
   */
  level: string;
  /** The numbers joined with dots ("3.2.1", "463"): most clause ids, made once with the label. */
  numbers: string;
}

/** What a pattern reads from a label; makeLabel adds the text as written, the level and the joined numbers. */
interface LabelParts { style: LabelStyle; values: number[]; division?: DivisionKind; alternative?: LabelParts }

interface LabelPattern {
  re: RegExp;
  contexts: LabelContext[];
  /** "Section 4" / "Clause 8": in prose this is usually a reference, so demand a heading-like tail. */
  keyword?: boolean;
  make(m: RegExpExecArray): LabelParts | undefined;
}

const CN = CHINESE_NUMERAL_CHARS;
const CN_OR_DIGITS = `[0-9${CN}]{1,12}`;
const ALL: LabelContext[] = ['heading', 'paragraph', 'line'];
const BLOCKS: LabelContext[] = ['heading', 'paragraph'];

const DIVISION_ZH: Record<string, DivisionKind> = { 编: 'book', 分编: 'subbook', 部分: 'part', 章: 'chapter', 节: 'section' };

function one(style: LabelStyle, value: number | undefined, division?: DivisionKind) {
  return value === undefined ? undefined : { style, values: [value], division };
}
function segments(text: string): number[] { return text.split('.').map(Number); }

/** Chinese label forms (statutes and commercial agreements). */
const ZH_PATTERNS: LabelPattern[] = [
  { re: new RegExp(`^第\\s?(${CN_OR_DIGITS})\\s?(分编|编|部分|章|节)`), contexts: BLOCKS,
    make: (m) => one('decimal', parseNumber(m[1]), DIVISION_ZH[m[2]]) },
  { re: new RegExp(`^第\\s?(${CN_OR_DIGITS})\\s?条`), contexts: BLOCKS, make: (m) => one('article', parseNumber(m[1])) },
  { re: new RegExp(`^附件\\s?(${CN_OR_DIGITS})`), contexts: BLOCKS, make: (m) => one('decimal', parseNumber(m[1]), 'annex') },
  { re: new RegExp(`^([${CN}]{1,6})、`), contexts: ALL, make: (m) => one('cnEnum', parseChineseNumeral(m[1])) },
  { re: new RegExp(`^[（(]([${CN}]{1,6})[）)]`), contexts: ALL, make: (m) => one('cnParen', parseChineseNumeral(m[1])) },
  { re: /^（(\d{1,3})）/, contexts: ALL, make: (m) => one('numParen', Number(m[1])) },
  { re: /^(\d{1,3})、/, contexts: BLOCKS, make: (m) => one('decimal', Number(m[1])) },
];

/** English label forms. Keywords accept the capitalisations drafters use. */
const EN_PATTERNS: LabelPattern[] = [
  { re: /^(?:PART|Part)\s+(\d{1,3}|[IVXLC]{1,6}|[A-Z])\b/, contexts: ['heading'],
    make: (m) => one('decimal', parseNumber(m[1]) ?? parseRoman(m[1]) ?? parseLetter(m[1]), 'part') },
  { re: /^(?:ANNEX|Annex|SCHEDULE|Schedule|APPENDIX|Appendix|EXHIBIT|Exhibit|ATTACHMENT|Attachment)\s+(\d{1,3}|[IVXLC]{1,6}|[A-Z])\b/, keyword: true, contexts: BLOCKS,
    make: (m) => one('decimal', parseNumber(m[1]) ?? parseRoman(m[1]) ?? parseLetter(m[1]), 'annex') },
  { re: /^(?:ARTICLE|Article)\s+(\d{1,3}|[IVXLC]{1,6})\b/, keyword: true, contexts: BLOCKS,
    make: (m) => one('article', parseNumber(m[1]) ?? parseRoman(m[1])) },
  { re: /^(?:CLAUSE|Clause)\s+(\d{1,3}(?:\.\d{1,3}){0,4})\b/, keyword: true, contexts: BLOCKS,
    make: (m) => ({ style: 'clauseWord', values: segments(m[1]) }) },
  { re: /^(?:SECTION|Section)\s+([IVXLC]{1,6})\b/, contexts: ['heading'], make: (m) => one('decimal', parseRoman(m[1]), 'section') },
  { re: /^(?:SECTION|Section|Sec\.|§)\s*(\d{1,3}(?:\.\d{1,3}){0,4})(?![\d%])/, keyword: true, contexts: BLOCKS,
    make: (m) => ({ style: 'decimal', values: segments(m[1]) }) },
  { re: /^([A-Z])\.(?=\s|$)/, contexts: ['heading'], make: (m) => one('upperAlpha', parseLetter(m[1])) },
  { re: /^\(([A-Z])\)/, contexts: ALL, make: (m) => one('upperParen', parseLetter(m[1])) },
  { re: /^\((\d{1,3})\)/, contexts: ALL, make: (m) => one('numParen', Number(m[1])) },
  { re: /^\(([a-z]{1,2}|[ivxl]{1,6})\)/, contexts: ALL, make: (m) => letterOrRoman(m[1], 'alphaParen', 'romanParen') },
  { re: /^([a-z]|[ivx]{1,5})\.(?=\s)/, contexts: ['paragraph', 'line'], make: (m) => letterOrRoman(m[1], 'alphaDot', 'romanDot') },
];

/** "3.2.1." / "2.1" / "1.帐户控制": single numbers need the dot except in headings. */
const DECIMAL: LabelPattern = {
  re: /^(\d{1,3}(?:\.\d{1,3}){0,5})(\.?)(?![\d%.,:])/,
  contexts: BLOCKS,
  make: (m) => ({ style: 'decimal', values: segments(m[1]) }),
};

function letterOrRoman(text: string, letterStyle: LabelStyle, romanStyle: LabelStyle): LabelParts | undefined {
  const letter = parseLetter(text);
  const roman = parseRoman(text);
  if (letter !== undefined && roman !== undefined) {
    // "i", "v", "x": a letter only when it continues a letter sequence; decided later.
    return { style: romanStyle, values: [roman], alternative: { style: letterStyle, values: [letter] } };
  }
  if (letter !== undefined) return { style: letterStyle, values: [letter] };
  if (roman !== undefined) return { style: romanStyle, values: [roman] };
  return undefined;
}

const PATTERNS = [...ZH_PATTERNS, ...EN_PATTERNS];

/**
 * The label at the start of `text`, if any. `text` starts at the block's first
 * non-space character. A label must be followed by a separator or the text itself
 * (Chinese labels run straight into the text: "1.帐户控制").
 */
export function matchLabel(text: string, context: LabelContext): Label | undefined {
  for (const pattern of PATTERNS) {
    if (!pattern.contexts.includes(context)) continue;
    const m = pattern.re.exec(text);
    if (!m) continue;
    const made = pattern.make(m);
    if (!made || made.values.some((v) => !Number.isFinite(v))) continue;
    if (pattern.keyword && context !== 'heading' && !KEYWORD_LABEL_TAIL.test(text.slice(m[0].length))) continue;
    return withRaw(made, m[0]);
  }
  if (context === 'line') return undefined;
  const m = DECIMAL.re.exec(text);
  if (!m) return undefined;
  const multi = m[1].includes('.');
  const after = text.charAt(m[0].length);
  // A single number is a label only with its dot ("5.") or as a heading ("# 1 Title").
  if (!multi && !m[2] && context !== 'heading') return undefined;
  if (!multi && !m[2] && !/\s/.test(after)) return undefined;
  // "1.5 million" is prose; clause numbers are followed by a space, a CJK character or a bracket.
  if (after && /[A-Za-z]/.test(after) && !m[2]) return undefined;
  if (!m[2] && /^\s+[a-z]/.test(text.slice(m[0].length))) return undefined; // prose: 1.5 million
  return withRaw(DECIMAL.make(m)!, m[0]);
}

/**
 * Labels are values (nothing changes one once made) and repeat — every list has its "1.",
 * "(a)" —, so equal labels are one object: a 1 MB agreement's 6,000 labels are 2,200
 * distinct ones (0.3 MB of heap less, measured). The table is emptied when it grows past
 * LABELS_KEPT, so it never holds more than a few documents' worth.
 */
const labels = new Map<string, Label>();
const LABELS_KEPT = 16_384;

/** Every label has the same fields in the same order: one object shape for the hot code that reads them. */
export function makeLabel(style: LabelStyle, raw: string, values: number[], division?: DivisionKind, alternative?: Label): Label {
  // Kept as the table's key: join makes one flat string (see `level` below).
  const key = [style, raw, values.join('.'), division ?? '', alternative?.style ?? '', alternative?.numbers ?? '', alternative?.division ?? ''].join('\u0001');
  const known = labels.get(key);
  if (known) return known;
  if (labels.size >= LABELS_KEPT) labels.clear();
  const prefix = style === 'decimal' ? values.slice(0, -1).join('.') : '';
  // join, not a template: one flat string, where concatenation keeps a tree of pieces (V8 ropes).
  const label: Label = { style, raw, values, division, alternative, level: [style, values.length, prefix].join('|'), numbers: values.join('.') };
  labels.set(key, label);
  return label;
}

function withRaw(label: LabelParts, raw: string): Label {
  const alternative = label.alternative && makeLabel(label.alternative.style, raw, label.alternative.values, label.alternative.division);
  return makeLabel(label.style, raw, label.values, label.division, alternative);
}

/** After "Section 1" in prose: end, a separator, or a capitalised caption — not "Section 15.2 does …". */
const KEYWORD_LABEL_TAIL = /^(?:$|\s*(?:[.:：\-–—]|$)|\s+[A-Z“"【\u4e00-\u9fff])/;

/** Separators between a label and its title: spaces (also U+2002/U+3000), colons, dashes. */
export const LABEL_TITLE_SEPARATOR = /^[\s\u2002\u3000:：.、\-–—]+/;
