/**
 * Finds numeric deadlines in the prose view: "7日", "24个小时", "三十（30）日",
 * "thirty (30) days", "ten (10) Business Days", plus the brackets that explain them
 * ("（7×24即168个小时）") and vague ones ("立即", "without undue delay").
 */
import type { Clause, DocumentModel, Language } from '../model';
import { parseNumber } from '../lang/numerals';
import {
  ZH_DURATION, EN_DURATION, ZH_UNITS, EN_UNITS, EN_DAY_KINDS, ZH_YEAR_DATE_FOLLOW, ZH_VAGUE, EN_VAGUE, IMMEDIATE,
  ZH_RATE, EN_RATE, EQUIV_PRODUCT_THEN_TOTAL, EQUIV_TOTAL_THEN_PRODUCT, EXPLANATION, SAME_CLOCK_RULE,
  ZH_BOUND_AFTER, ZH_BOUND_BEFORE, ZH_BILLING_PERIOD_BEFORE, ZH_BILLING_PERIOD_AFTER, EN_BOUND_BEFORE, ZH_BEFORE_PREFIX, ZH_BEFORE_SUFFIX, ZH_AFTER_PREFIX, EN_BEFORE_SUFFIX,
  parseEnglishNumber, type Bound,
} from '../lang/durations';
import type { Duration, Equivalence, Rate } from './types';

export function extractDurations(model: DocumentModel): { durations: Duration[]; rates: Rate[] } {
  const prose = model.prose;
  const found: Duration[] = [];
  // Both languages: bilingual agreements and English terms quoted in Chinese ones.
  collectChinese(prose, found);
  collectEnglish(prose, found);
  collectVague(prose, found, model.language);
  found.sort((a, b) => a.span.start - b.span.start);
  const durations = dropOverlaps(found);
  durations.forEach((d, i) => { d.index = i; });
  markExplanations(prose, durations);
  attachEquivalences(prose, durations);
  assignClauses(model.clauses, durations);
  return { durations, rates: collectRates(prose) };
}

function base(start: number, end: number, text: string, value: number, unit: Duration['unit']): Duration {
  return { index: 0, span: { start, end }, text, kind: 'period', value, unit, direction: 'after', bound: 'plain', inclusive: true, equivalences: [] };
}

function collectChinese(prose: string, out: Duration[]): void {
  ZH_DURATION.lastIndex = 0;
  for (let m = ZH_DURATION.exec(prose); m; m = ZH_DURATION.exec(prose)) {
    const [whole, ordinalMark, numberText, figuresText, ge, unitText] = m;
    const value = parseNumber(numberText);
    if (value === undefined || value === 0) continue;
    const info = ZH_UNITS[unitText];
    const after = prose.slice(m.index + whole.length, m.index + whole.length + 12);
    if (unitText === '月' && !ge) continue; // 3月 is March
    if (unitText === '年' && (value >= 1000 || ZH_YEAR_DATE_FOLLOW.test(after) || /^\d/.test(numberText) && /^\d/.test(after))) continue;
    if (unitText === '日' && /^\d{1,4}$/.test(numberText) && /[年月]\s?$/.test(prose.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (ZH_BILLING_PERIOD_BEFORE.test(prose.slice(Math.max(0, m.index - 3), m.index)) && ZH_BILLING_PERIOD_AFTER.test(after)) continue;
    const d = base(m.index, m.index + whole.length, whole, value, info.unit);
    d.dayKind = info.dayKind;
    if (ordinalMark) d.ordinal = true;
    const numStart = m.index + (ordinalMark?.length ?? 0);
    if (figuresText) {
      const isWords = !/^[\d０-９]+$/.test(numberText);
      const figStart = prose.indexOf(figuresText, numStart + numberText.length);
      const figures = { text: figuresText, value: Number(figuresText), span: { start: figStart, end: figStart + figuresText.length } };
      const words = { text: numberText, value, span: { start: numStart, end: numStart + numberText.length } };
      if (isWords) { d.words = words; d.figures = figures; } else if (figures.value !== value) { d.figures = figures; d.words = words; }
    }
    const before = prose.slice(Math.max(0, m.index - 8), m.index);
    readZhBounds(d, before, prose.slice(d.span.end, d.span.end + 6));
    out.push(d);
  }
}

function readZhBounds(d: Duration, before: string, after: string): void {
  for (const b of ZH_BOUND_BEFORE) if (b.re.test(before)) { d.bound = b.bound; d.inclusive = b.inclusive; break; }
  if (d.bound === 'plain') for (const b of ZH_BOUND_AFTER) if (b.re.test(after)) { d.bound = b.bound; d.inclusive = b.inclusive; break; }
  if (ZH_BEFORE_PREFIX.test(before)) d.direction = 'before';
  else if (ZH_BEFORE_SUFFIX.test(after) && !ZH_AFTER_PREFIX.test(before)) d.direction = 'before';
}

function collectEnglish(prose: string, out: Duration[]): void {
  EN_DURATION.lastIndex = 0;
  for (let m = EN_DURATION.exec(prose); m; m = EN_DURATION.exec(prose)) {
    const [whole, wordsText, figuresText, digits, wordsAlone, article, qualifier, unitText] = m;
    let value: number | undefined;
    let words: Duration['words'], figures: Duration['figures'];
    if (wordsText) {
      value = parseEnglishNumber(wordsText);
      const figStart = m.index + whole.indexOf('(' + figuresText) + 1;
      words = { text: wordsText, value: value ?? NaN, span: { start: m.index, end: m.index + wordsText.length } };
      figures = { text: figuresText, value: Number(figuresText), span: { start: figStart, end: figStart + figuresText.length } };
    } else if (digits) value = Number(digits);
    else if (wordsAlone) value = parseEnglishNumber(wordsAlone);
    else if (article) value = 1;
    if (value === undefined || value === 0 || Number.isNaN(value)) continue;
    if (article && !/\b(?:within|for|of|after|than|least|in|per)\s$/i.test(prose.slice(Math.max(0, m.index - 8), m.index))) continue;
    // Section numbers ("Section 3 days") and dates ("1 January") are not matched by the unit; "N years of age" by the lookahead.
    const d = base(m.index, m.index + whole.length, whole, value, EN_UNITS[unitText.toLowerCase()]);
    if (qualifier) d.dayKind = EN_DAY_KINDS[qualifier.toLowerCase()];
    if (words) { d.words = words; d.figures = figures; }
    const before = prose.slice(Math.max(0, m.index - 24), m.index);
    for (const b of EN_BOUND_BEFORE) if (b.re.test(before)) { d.bound = b.bound; d.inclusive = b.inclusive; break; }
    const after = prose.slice(d.span.end, d.span.end + 30);
    if (EN_BEFORE_SUFFIX.test(after) || /\bprior\s(?:written\s)?notice/i.test(after.slice(0, 24))) d.direction = 'before';
    out.push(d);
  }
}

function collectVague(prose: string, out: Duration[], language: Language): void {
  for (const re of language === 'zh' ? [ZH_VAGUE, EN_VAGUE] : [EN_VAGUE]) {
    re.lastIndex = 0;
    for (let m = re.exec(prose); m; m = re.exec(prose)) {
      const d = base(m.index, m.index + m[0].length, m[0], 0, 'day');
      d.kind = IMMEDIATE.test(m[0]) ? 'immediate' : 'vague';
      d.bound = 'within';
      out.push(d);
    }
  }
}

function dropOverlaps(sorted: Duration[]): Duration[] {
  const out: Duration[] = [];
  for (const d of sorted) {
    const last = out[out.length - 1];
    if (last && d.span.start < last.span.end) {
      if (d.span.end - d.span.start > last.span.end - last.span.start) out[out.length - 1] = d;
      continue;
    }
    out.push(d);
  }
  return out;
}

/** A bracket right after a period explains it: the periods inside are not deadlines of their own. */
function markExplanations(prose: string, durations: Duration[]): void {
  for (const d of durations) {
    if (d.kind !== 'period') continue;
    let at = d.span.end;
    // "届满（…）" and "满（…）": the bracket may follow the bound word.
    const bound = /^(?:届满|期满)/.exec(prose.slice(at, at + 2));
    if (bound) at += bound[0].length;
    EXPLANATION.lastIndex = at;
    const m = EXPLANATION.exec(prose);
    if (!m) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    d.explanationSpan = span;
    if (SAME_CLOCK_RULE.test(m[0])) d.sameClock = true;
    for (const inner of durations) {
      if (inner !== d && inner.span.start >= span.start && inner.span.end <= span.end) { inner.kind = 'explanation'; inner.explains = d.index; }
    }
  }
}

function attachEquivalences(prose: string, durations: Duration[]): void {
  const add = (eq: Equivalence) => {
    const owner = durations.find((d) => d.explanationSpan && eq.span.start >= d.explanationSpan.start && eq.span.end <= d.explanationSpan.end)
      ?? [...durations].reverse().find((d) => d.span.end <= eq.span.start && eq.span.start - d.span.end <= 4);
    owner?.equivalences.push(eq);
  };
  EQUIV_PRODUCT_THEN_TOTAL.lastIndex = 0;
  for (let m = EQUIV_PRODUCT_THEN_TOTAL.exec(prose); m; m = EQUIV_PRODUCT_THEN_TOTAL.exec(prose)) {
    const statedStart = m.index + m[0].lastIndexOf(m[3]);
    const factorsEnd = m.index + m[0].indexOf(m[2], m[1].length) + m[2].length;
    add({ span: { start: m.index, end: m.index + m[0].length }, factors: [Number(m[1]), Number(m[2])], factorsSpan: { start: m.index, end: factorsEnd },
      stated: Number(m[3]), statedSpan: { start: statedStart, end: statedStart + m[3].length } });
  }
  EQUIV_TOTAL_THEN_PRODUCT.lastIndex = 0;
  for (let m = EQUIV_TOTAL_THEN_PRODUCT.exec(prose); m; m = EQUIV_TOTAL_THEN_PRODUCT.exec(prose)) {
    const factorsStart = m.index + m[0].indexOf(m[2], m[1].length);
    const factorsEnd = m.index + m[0].indexOf(m[3], factorsStart - m.index + m[2].length) + m[3].length;
    add({ span: { start: m.index, end: m.index + m[0].length }, factors: [Number(m[2]), Number(m[3])], factorsSpan: { start: factorsStart, end: factorsEnd },
      stated: Number(m[1]), statedSpan: { start: m.index, end: m.index + m[1].length } });
  }
}

/** The innermost clause around each duration (clauses nest, so the last one that contains it). */
function assignClauses(clauses: Clause[], durations: Duration[]): void {
  let i = 0;
  for (const d of durations) {
    while (i < clauses.length && clauses[i].span.start <= d.span.start) i++;
    for (let j = i - 1; j >= 0; j--) {
      if (clauses[j].span.end > d.span.start) { d.clause = clauses[j]; break; }
    }
  }
}

function collectRates(prose: string): Rate[] {
  const rates: Rate[] = [];
  for (const re of [ZH_RATE, EN_RATE]) {
    re.lastIndex = 0;
    for (let m = re.exec(prose); m; m = re.exec(prose)) {
      const start = m.index + m[0].lastIndexOf(m[1]);
      rates.push({ span: { start, end: start + m[1].length }, text: m[1], per: 'day' });
    }
  }
  return rates.sort((a, b) => a.span.start - b.span.start);
}

export type { Bound };
