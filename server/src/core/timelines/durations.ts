/**
 * Finds numeric deadlines in the prose view: "7日", "24个小时", "三十（30）日",
 * "thirty (30) days", "ten (10) Business Days", plus the brackets that explain them
 * ("（7×24即168个小时）") and vague ones ("立即", "without undue delay").
 *
 * The work is section-local (sections.ts caches it per section): `scanDurations` scans
 * the positions [from, to) of a string that holds the section with a little of the prose
 * around it, so the words read before and after a match are the document's own.
 */
import type { Language, Span } from '../model';
import { parseNumber } from '../lang/numerals';
import { shiftSpan } from '../text/spans';
import {
  ZH_DURATION, EN_DURATION, ZH_UNITS, EN_UNITS, EN_DAY_KINDS, ZH_YEAR_DATE_FOLLOW, ZH_VAGUE, EN_VAGUE, IMMEDIATE,
  ZH_RATE, EN_RATE, EQUIV_PRODUCT_THEN_TOTAL, EQUIV_TOTAL_THEN_PRODUCT, EXPLANATION, SAME_CLOCK_RULE,
  ZH_BOUND_AFTER, ZH_BOUND_BEFORE, ZH_BILLING_PERIOD_BEFORE, ZH_BILLING_PERIOD_AFTER, EN_BOUND_BEFORE, ZH_BEFORE_PREFIX, ZH_BEFORE_SUFFIX, ZH_AFTER_PREFIX, EN_BEFORE_SUFFIX,
  parseEnglishNumber, type Bound,
} from '../lang/durations';
import type { Duration, Equivalence, NumberPart, Rate } from './types';

/**
 * How far around a match the scan reads: words before it (24 characters at most) and
 * after it (30), a match's own length and its lookahead. The context strings a section
 * is scanned with must be at least this long.
 */
export const READ_BEHIND = 32;
export const READ_AHEAD = 64;

/** The durations of one section, offsets relative to the section start. */
export interface LocalDurations {
  /** Without clauses; `index` and `explains` count within the section. */
  durations: Duration[];
  rates: Rate[];
  /** Equivalences at the very start with no owner here: the last duration of an earlier section may own them. */
  pending: Equivalence[];
  /** A match runs past the section end, so the section cannot be read on its own. */
  crossing: boolean;
}

interface Scan { from: number; to: number; crossing: boolean }

/** Every match of `re` that starts in [from, to), in order (a global scan restricted to the range). */
function scan(re: RegExp, prose: string, range: Scan, found: (m: RegExpExecArray) => void): void {
  re.lastIndex = range.from;
  for (let m = re.exec(prose); m && m.index < range.to; m = re.exec(prose)) {
    if (m.index + m[0].length > range.to) range.crossing = true;
    found(m);
  }
}

/**
 * The durations, rates and equivalences that start in [from, to) of `prose`, relative to
 * `from`. Called with the whole prose view and [0, length) it is the whole-document analysis.
 */
export function scanDurations(prose: string, from: number, to: number, language: Language): LocalDurations {
  const range: Scan = { from, to, crossing: false };
  const found: Duration[] = [];
  // Both languages: bilingual agreements and English terms quoted in Chinese ones.
  collectChinese(prose, found, range);
  collectEnglish(prose, found, range);
  collectVague(prose, found, language, range);
  found.sort((a, b) => a.span.start - b.span.start);
  const durations = dropOverlaps(found);
  durations.forEach((d, i) => { d.index = i; });
  markExplanations(prose, durations);
  const pending = attachEquivalences(prose, durations, range);
  const rates = collectRates(prose, range);
  return {
    durations: durations.map((d) => shiftDuration(d, -from, 0)),
    rates: rates.map((r) => ({ ...r, span: shiftSpan(r.span, -from) })),
    pending: pending.map((e) => shiftEquivalence(e, -from)),
    crossing: range.crossing,
  };
}


export function shiftEquivalence(e: Equivalence, delta: number): Equivalence {
  const out: Equivalence = { ...e, span: shiftSpan(e.span, delta), factors: [e.factors[0], e.factors[1]], factorsSpan: shiftSpan(e.factorsSpan, delta) };
  if (e.statedSpan) out.statedSpan = shiftSpan(e.statedSpan, delta);
  return out;
}

/** Shared by the (many) durations with no equivalence once scanned: read only. */
export const NO_EQUIVALENCES = Object.freeze([]) as unknown as Equivalence[];

/**
 * A copy moved by `delta` characters, its indexes (own and `explains`) by `indexBase`.
 * Every field is present (undefined when absent), in one order: the durations kept in
 * the sections' memos then share one object shape, and reading them stays fast (the scan
 * adds optional fields as it finds them, which made a dozen shapes).
 */
export function shiftDuration(d: Duration, delta: number, indexBase: number): Duration {
  const out: Duration = {
    index: d.index + indexBase, span: shiftSpan(d.span, delta), text: d.text, kind: d.kind, value: d.value, unit: d.unit,
    dayKind: d.dayKind,
    words: undefined,
    figures: undefined,
    direction: d.direction, bound: d.bound, inclusive: d.inclusive,
    ordinal: d.ordinal,
    explains: d.explains === undefined ? undefined : d.explains + indexBase,
    explanationSpan: d.explanationSpan && shiftSpan(d.explanationSpan, delta),
    sameClock: d.sameClock,
    equivalences: d.equivalences.length ? d.equivalences.map((e) => shiftEquivalence(e, delta)) : NO_EQUIVALENCES,
  };
  if (d.words) out.words = new KeptPart(d.words.value, d.words.span.start + delta, d.words.span.end + delta, out);
  if (d.figures) out.figures = new KeptPart(d.figures.value, d.figures.span.start + delta, d.figures.span.end + delta, out);
  return out;
}

/**
 * A kept duration's words or figures ("thirty", "30"): offsets and value; the span is made
 * and the text read from the duration's own (the part lies inside it) when asked — two
 * objects and a string less for each of the many durations written both ways.
 */
class KeptPart implements NumberPart {
  constructor(readonly value: number, private readonly start: number, private readonly end: number, private readonly owner: Duration) {}
  get span(): Span { return { start: this.start, end: this.end }; }
  get text(): string { return this.owner.text.slice(this.start - this.owner.span.start, this.end - this.owner.span.start); }
}

/** The owner's equivalences are in scan order: "7×24即168" ones first, then "168（7×24）" ones. */
export function isProductFirst(e: Equivalence): boolean {
  return e.factorsSpan.start === e.span.start;
}

function base(start: number, end: number, text: string, value: number, unit: Duration['unit']): Duration {
  return { index: 0, span: { start, end }, text, kind: 'period', value, unit, direction: 'after', bound: 'plain', inclusive: true, equivalences: [] };
}

function collectChinese(prose: string, out: Duration[], range: Scan): void {
  scan(ZH_DURATION, prose, range, (m) => {
    const [whole, ordinalMark, numberText, figuresText, ge, unitText] = m;
    const value = parseNumber(numberText);
    if (value === undefined || value === 0) return;
    const info = ZH_UNITS[unitText];
    const after = prose.slice(m.index + whole.length, m.index + whole.length + 12);
    if (unitText === '月' && !ge) return; // 3月 is March
    if (unitText === '年' && (value >= 1000 || ZH_YEAR_DATE_FOLLOW.test(after) || /^\d/.test(numberText) && /^\d/.test(after))) return;
    if (unitText === '日' && /^\d{1,4}$/.test(numberText) && /[年月]\s?$/.test(prose.slice(Math.max(0, m.index - 2), m.index))) return;
    if (ZH_BILLING_PERIOD_BEFORE.test(prose.slice(Math.max(0, m.index - 3), m.index)) && ZH_BILLING_PERIOD_AFTER.test(after)) return;
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
  });
}

function readZhBounds(d: Duration, before: string, after: string): void {
  for (const b of ZH_BOUND_BEFORE) if (b.re.test(before)) { d.bound = b.bound; d.inclusive = b.inclusive; break; }
  if (d.bound === 'plain') for (const b of ZH_BOUND_AFTER) if (b.re.test(after)) { d.bound = b.bound; d.inclusive = b.inclusive; break; }
  if (ZH_BEFORE_PREFIX.test(before)) d.direction = 'before';
  else if (ZH_BEFORE_SUFFIX.test(after) && !ZH_AFTER_PREFIX.test(before)) d.direction = 'before';
}

function collectEnglish(prose: string, out: Duration[], range: Scan): void {
  scan(EN_DURATION, prose, range, (m) => {
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
    if (value === undefined || value === 0 || Number.isNaN(value)) return;
    if (article && !/\b(?:within|for|of|after|than|least|in|per)\s$/i.test(prose.slice(Math.max(0, m.index - 8), m.index))) return;
    // Section numbers ("Section 3 days") and dates ("1 January") are not matched by the unit; "N years of age" by the lookahead.
    const d = base(m.index, m.index + whole.length, whole, value, EN_UNITS[unitText.toLowerCase()]);
    if (qualifier) d.dayKind = EN_DAY_KINDS[qualifier.toLowerCase()];
    if (words) { d.words = words; d.figures = figures; }
    const before = prose.slice(Math.max(0, m.index - 24), m.index);
    for (const b of EN_BOUND_BEFORE) if (b.re.test(before)) { d.bound = b.bound; d.inclusive = b.inclusive; break; }
    const after = prose.slice(d.span.end, d.span.end + 30);
    if (EN_BEFORE_SUFFIX.test(after) || /\bprior\s(?:written\s)?notice/i.test(after.slice(0, 24))) d.direction = 'before';
    out.push(d);
  });
}

function collectVague(prose: string, out: Duration[], language: Language, range: Scan): void {
  for (const re of language === 'zh' ? [ZH_VAGUE, EN_VAGUE] : [EN_VAGUE]) {
    scan(re, prose, range, (m) => {
      const d = base(m.index, m.index + m[0].length, m[0], 0, 'day');
      d.kind = IMMEDIATE.test(m[0]) ? 'immediate' : 'vague';
      d.bound = 'within';
      out.push(d);
    });
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
  durations.forEach((d, i) => {
    if (d.kind !== 'period') return;
    let at = d.span.end;
    // "届满（…）" and "满（…）": the bracket may follow the bound word.
    const bound = /^(?:届满|期满)/.exec(prose.slice(at, at + 2));
    if (bound) at += bound[0].length;
    EXPLANATION.lastIndex = at;
    const m = EXPLANATION.exec(prose);
    if (!m) return;
    const span = { start: m.index, end: m.index + m[0].length };
    d.explanationSpan = span;
    if (SAME_CLOCK_RULE.test(m[0])) d.sameClock = true;
    // The bracket follows the period and durations are sorted and disjoint: the ones inside come next.
    for (let j = i + 1; j < durations.length && durations[j].span.start < span.end; j++) {
      const inner = durations[j];
      if (inner.span.start >= span.start && inner.span.end <= span.end) { inner.kind = 'explanation'; inner.explains = d.index; }
    }
  });
}

/** Attaches each equivalence to its period; returns those that may belong to a duration before `from`. */
function attachEquivalences(prose: string, durations: Duration[], range: Scan): Equivalence[] {
  const pending: Equivalence[] = [];
  const add = (eq: Equivalence) => {
    const owner = durations.find((d) => d.explanationSpan && eq.span.start >= d.explanationSpan.start && eq.span.end <= d.explanationSpan.end)
      ?? lastEndingBy(durations, eq.span.start, 4);
    if (owner) owner.equivalences.push(eq);
    else if (eq.span.start - range.from <= 4 && !(durations.length && durations[0].span.end <= eq.span.start)) pending.push(eq);
  };
  scan(EQUIV_PRODUCT_THEN_TOTAL, prose, range, (m) => {
    const statedStart = m.index + m[0].lastIndexOf(m[3]);
    const factorsEnd = m.index + m[0].indexOf(m[2], m[1].length) + m[2].length;
    add({ span: { start: m.index, end: m.index + m[0].length }, factors: [Number(m[1]), Number(m[2])], factorsSpan: { start: m.index, end: factorsEnd },
      stated: Number(m[3]), statedSpan: { start: statedStart, end: statedStart + m[3].length } });
  });
  scan(EQUIV_TOTAL_THEN_PRODUCT, prose, range, (m) => {
    const factorsStart = m.index + m[0].indexOf(m[2], m[1].length);
    const factorsEnd = m.index + m[0].indexOf(m[3], factorsStart - m.index + m[2].length) + m[3].length;
    add({ span: { start: m.index, end: m.index + m[0].length }, factors: [Number(m[2]), Number(m[3])], factorsSpan: { start: factorsStart, end: factorsEnd },
      stated: Number(m[1]), statedSpan: { start: m.index, end: m.index + m[1].length } });
  });
  return pending;
}

/**
 * The last duration that ends at or before `offset`, if it ends at most `reach` characters
 * before it. Durations are sorted and disjoint, so their ends increase: the last one that
 * ends by `offset` is the closest.
 */
function lastEndingBy(durations: Duration[], offset: number, reach: number): Duration | undefined {
  let lo = 0, hi = durations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (durations[mid].span.end <= offset) lo = mid + 1; else hi = mid;
  }
  const d = durations[lo - 1];
  return d && offset - d.span.end <= reach ? d : undefined;
}

function collectRates(prose: string, range: Scan): Rate[] {
  const rates: Rate[] = [];
  for (const re of [ZH_RATE, EN_RATE]) {
    scan(re, prose, range, (m) => {
      const start = m.index + m[0].lastIndexOf(m[1]);
      rates.push({ span: { start, end: start + m[1].length }, text: m[1], per: 'day' });
    });
  }
  return rates.sort((a, b) => a.span.start - b.span.start);
}

export type { Bound };
