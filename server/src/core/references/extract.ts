/**
 * Finds cross-references in the prose view. Each scan is a global expression that finds
 * a starting point (第, a keyword, 本条 …); everything after it is read with sticky
 * expressions, each consuming what it matched, and the scan resumes after what was
 * consumed — so the work is linear in the document even on hostile input.
 */
import {
  ZH_REFERENCE, ZH_PARAGRAPH, ZH_ITEM, ZH_CAPTION, ZH_NOT_CAPTION, ZH_QUALIFIERS, ZH_RANGE_CONNECTOR, ZH_LIST_CONNECTOR,
  ZH_RELATIVE, ZH_THIS_SECTION, ZH_CONTINUATION, EN_KEYWORD, EN_NUMBER, EN_ITEM, EN_ITEM_RANGE, EN_CAPTION, EN_NOT_CAPTION,
  EN_CONNECTOR, EN_RANGE_WORD, EN_OF, EN_OF_THIS, EN_THIS_DOCUMENT, EN_INSTRUMENT_WORDS, EN_THIS_BEFORE, EN_EXTERNAL_BEFORE, EN_LIST_JOIN, ANNEX_REFERENCE,
  ANNEX_THEN_CLAUSE, CLAUSE_OF_ANNEX, ANNEX_PARAGRAPH_AFTER, PARAGRAPH_BEFORE_ANNEX,
  enKeyword, type Qualifier, type RelativeForm,
} from '../lang/references';
import { parseNumber, CHINESE_NUMERAL_CHARS } from '../lang/numerals';
import type { DocumentModel, Section } from '../model';
import { sectionStrings } from '../analyze';
import type { NumeralForm, Reference } from './types';

/** At most this many references are read from one document (a safety valve, far above real agreements). */
export const MAX_REFERENCES = 20000;
/** At most this many numbers after one keyword ("Sections 1, 5, 6, 7, and 8"). */
const MAX_LIST = 30;

const IS_CN = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+$`);

/**
 * Every reference of the document, in document order. The token scan runs per section
 * and is memoised with the section (analyze.ts sectionLocal): its result depends only on
 * the section's prose and on which of its offsets start a clause label (in the key), and
 * holds section-relative offsets. Each version gets fresh copies, shifted to document
 * offsets, for the resolver to fill in.
 */
export function extractReferences(model: DocumentModel): Reference[] {
  const labelStarts = sortedLabelStarts(model);
  const out: Reference[] = [];
  let li = 0;
  let groupBase = 0;
  for (const section of model.sections) {
    while (li < labelStarts.length && labelStarts[li] < section.start) li++;
    let end = li;
    while (end < labelStarts.length && labelStarts[end] < section.end) end++;
    const scanned = scanOf(model, section, labelStarts, li, end);
    const shift = section.start;
    for (const token of scanned.refs) {
      if (out.length >= MAX_REFERENCES) break;
      out.push(shiftReference(token, shift, groupBase));
    }
    groupBase += scanned.groups;
  }
  return out;
}

/**
 * A section's scan depends on its prose and on where clause labels start in it (a number
 * at a label is not a reference): kept in one memo slot with those label starts
 * (section-relative), compared in place, replaced when they change.
 */
interface KeptScan { labels: number[]; scanned: ScannedSection }

function scanOf(model: DocumentModel, section: Section, labelStarts: number[], from: number, to: number): ScannedSection {
  const kept = section.memo.get('references.scan') as KeptScan | undefined;
  if (kept && sameLabels(kept.labels, labelStarts, from, to, section.start)) return kept.scanned;
  const labels = labelStarts.slice(from, to).map((l) => l - section.start);
  const scanned = scanReferences(sectionStrings(model, section)[0], new Set(labels));
  section.memo.set('references.scan', { labels, scanned });
  return scanned;
}

/** Whether the section-relative label starts kept are labelStarts[from..to) in a section starting at `start`. */
function sameLabels(kept: number[], labelStarts: number[], from: number, to: number, start: number): boolean {
  if (kept.length !== to - from) return false;
  for (let i = 0; i < kept.length; i++) if (kept[i] !== labelStarts[from + i] - start) return false;
  return true;
}

/** Label starts of clauses and numbered containers, ascending. */
function sortedLabelStarts(model: DocumentModel): number[] {
  const a = model.clauses.map((c) => c.labelSpan.start);
  const b: number[] = [];
  for (const c of model.containers) if (c.labelSpan) b.push(c.labelSpan.start);
  const sorted = (xs: number[]) => { for (let i = 1; i < xs.length; i++) if (xs[i] < xs[i - 1]) return false; return true; };
  if (!sorted(a)) a.sort((x, y) => x - y);
  if (!sorted(b)) b.sort((x, y) => x - y);
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++]);
  return out;
}

/** What the resolver fills in: not kept with a section's scan. */
type Resolution = 'status' | 'base' | 'target' | 'targetSpan' | 'missingItem' | 'candidates' | 'container';
/**
 * A reference as the section scan found it: section-relative offsets (its span and number
 * span as numbers: each version makes the span objects anyway), nothing resolved. Never mutated.
 */
export type ScannedReference = Omit<Reference, Resolution | 'span' | 'numberSpan'> & { start: number; end: number; numberStart: number; numberEnd: number };
export interface ScannedSection { refs: readonly ScannedReference[]; groups: number }

/** Shared by the many references with no items after the number (read only). */
const NO_ITEMS = Object.freeze([]) as unknown as string[];

/**
 * A fresh reference for this version, at document offsets. Built as one literal with every
 * field (resolution fields undefined) so that all references share one object shape: the
 * resolver's writes stay fast.
 */
function shiftReference(t: ScannedReference, shift: number, groupBase: number): Reference {
  return {
    kind: t.kind,
    span: { start: t.start + shift, end: t.end + shift },
    numberSpan: { start: t.numberStart + shift, end: t.numberEnd + shift },
    numberText: t.numberText,
    numeral: t.numeral,
    id: t.id,
    items: t.items,
    paragraph: t.paragraph,
    item: t.item,
    relative: t.relative,
    qualifier: t.qualifier,
    thisForm: t.thisForm,
    caption: t.caption && { text: t.caption.text, span: { start: t.caption.span.start + shift, end: t.caption.span.end + shift } },
    group: t.group === undefined ? undefined : t.group + groupBase,
    rangeEnd: t.rangeEnd,
    lang: t.lang,
    keyword: t.keyword,
    annex: t.annex,
    annexNumber: t.annexNumber,
    status: 'unknown',
    base: undefined,
    target: undefined,
    targetSpan: undefined,
    missingItem: undefined,
    candidates: undefined,
    container: undefined,
  };
}

/** The scan of one section's prose (or of any text): references with offsets into `prose`, sorted. */
export function scanReferences(prose: string, labelStarts: Set<number>): ScannedSection {
  const out: Reference[] = [];
  const state = { group: 0 };
  extractZh(prose, labelStarts, out, state);
  extractZhRelative(prose, out);
  extractZhThisSection(prose, out);
  extractEn(prose, labelStarts, out, state);
  extractAnnexes(prose, labelStarts, out);
  out.sort((a, b) => a.span.start - b.span.start);
  qualifyByAnnex(prose, out);
  // Kept in the section's memo and read field by field on every edit: one object shape.
  const kept = out.length > MAX_REFERENCES ? out.slice(0, MAX_REFERENCES) : out;
  return { refs: kept.map(keepReference), groups: state.group };
}

/**
 * A scanned reference as a section's memo keeps it: every scan field, in one order (one
 * object shape, read field by field on every edit), none of the resolver's seven, and the
 * spans as numbers.
 */
function keepReference(t: Reference): ScannedReference {
  return {
    kind: t.kind, start: t.span.start, end: t.span.end, numberStart: t.numberSpan.start, numberEnd: t.numberSpan.end,
    numberText: t.numberText, numeral: t.numeral, id: t.id,
    items: t.items.length ? t.items : NO_ITEMS, paragraph: t.paragraph, item: t.item, relative: t.relative,
    qualifier: t.qualifier, thisForm: t.thisForm, caption: t.caption, group: t.group, rangeEnd: t.rangeEnd,
    lang: t.lang, keyword: t.keyword, annex: t.annex, annexNumber: t.annexNumber,
  };
}

function numeralForm(text: string): NumeralForm {
  if (/^[0-9]/.test(text)) return 'arabic';
  if (/^[０-９]/.test(text)) return 'fullwidth';
  if (IS_CN.test(text)) return 'chinese';
  return 'letter';
}

/** "7.2" → "7.2"; "五百一十" → "510"; "７" → "7"; "D.4" → "D.4". */
export function normaliseNumber(text: string): string | undefined {
  if (/^[0-9.]+$/.test(text)) return text;
  if (/^[A-Z]/.test(text)) return text;
  const n = parseNumber(text);
  return n === undefined ? undefined : String(n);
}

function base(kind: Reference['kind'], start: number, end: number, lang: 'zh' | 'en'): Reference {
  return { kind, span: { start, end }, numberSpan: { start, end: start }, numberText: '', numeral: 'arabic', id: '', items: [], lang, status: 'unknown' };
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

// ---- Chinese ----------------------------------------------------------------------

function zhQualifier(prose: string, at: number): Qualifier | undefined {
  const before = prose.slice(Math.max(0, at - 14), at);
  for (const q of ZH_QUALIFIERS) if (q.re.test(before)) return q.scope;
  return undefined;
}

function zhNumberRef(prose: string, numberText: string, numberStart: number, unit: string, spanStart: number): Reference | undefined {
  const letterLike = /^[A-Z]/.test(numberText);
  if (unit === '节' && numeralForm(numberText) === 'chinese') return undefined; // 第一节: a division of a chapter
  if (unit === '条' && letterLike) return undefined;
  let text = numberText, items: string[] = [];
  const paren = /^([A-Z](?:\.[0-9]{1,3}){0,3})\(([0-9]{1,2})\)$/.exec(numberText);
  if (paren) { text = paren[1]; items = [paren[2]]; }
  const id = normaliseNumber(text.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
  if (id === undefined) return undefined;
  const ref = base('clause', spanStart, numberStart + numberText.length, 'zh');
  ref.numberSpan = { start: numberStart, end: numberStart + text.length };
  ref.numberText = text;
  ref.numeral = numeralForm(text);
  ref.id = id;
  ref.items = items;
  ref.keyword = unit === '条' ? 'zh-article' : 'zh-section';
  return ref;
}

/** 第二款第一项 and a caption after a Chinese reference; returns where the reference ends. */
function zhTail(prose: string, ref: Reference, at: number): number {
  let pos = at;
  ZH_PARAGRAPH.lastIndex = pos;
  const p = ZH_PARAGRAPH.exec(prose);
  if (p) { const n = parseNumber(p[1]); if (n !== undefined) { ref.paragraph = n; pos = ZH_PARAGRAPH.lastIndex; } }
  ZH_ITEM.lastIndex = pos;
  const i = ZH_ITEM.exec(prose);
  if (i) { const n = parseNumber(i[1]); if (n !== undefined) { ref.item = n; pos = ZH_ITEM.lastIndex; } }
  ZH_CAPTION.lastIndex = pos;
  const c = ZH_CAPTION.exec(prose);
  if (c) {
    const text = (c[1] ?? c[2] ?? c[3]).trim();
    if (text && !ZH_NOT_CAPTION.test(text) && !/^[0-9一二三四五六七八九十]{1,3}$/.test(text)) {
      const start = ZH_CAPTION.lastIndex - c[0].length + c[0].indexOf(text);
      ref.caption = { text, span: { start, end: start + text.length } };
      pos = ZH_CAPTION.lastIndex;
    }
  }
  ref.span.end = pos;
  return pos;
}

function extractZh(prose: string, labelStarts: Set<number>, out: Reference[], state: { group: number }): void {
  const clusters: Reference[][] = [];
  const re = new RegExp(ZH_REFERENCE.source, 'g');
  let m: RegExpExecArray | null;
  let count = 0;
  while ((m = re.exec(prose)) && count < MAX_REFERENCES) {
    if (labelStarts.has(m.index)) continue;
    const unit = m[3];
    const firstAt = m.index + m[0].indexOf(m[1], 1);
    const first = zhNumberRef(prose, m[1], firstAt, unit, m.index);
    if (!first) { re.lastIndex = m.index + 1; continue; }
    first.qualifier = zhQualifier(prose, m.index);
    const refs = [first];
    if (m[2]) {
      // 第7.2至7.4条, 第 D.4-D.7 节: one 第, two numbers.
      const secondAt = m.index + m[0].lastIndexOf(m[2], m[0].length - 1);
      const second = zhNumberRef(prose, m[2], secondAt, unit, secondAt);
      if (second) {
        first.span.end = first.numberSpan.end;
        first.rangeEnd = 'start'; second.rangeEnd = 'end';
        refs.push(second);
      }
    }
    let pos = zhTail(prose, refs[refs.length - 1], m.index + m[0].length);
    // 第7.2条至7.4条, 第3.1条、3.2条: numbers without their own 第.
    for (let k = 0; k < MAX_LIST && unit === '条'; k++) {
      const c = sticky(ZH_CONTINUATION, prose, pos);
      if (!c) break;
      const numAt = ZH_CONTINUATION.lastIndex - c[0].length + c[1].length;
      const next = zhNumberRef(prose, c[2], numAt, '条', numAt);
      if (!next) break;
      if (ZH_RANGE_CONNECTOR.test(c[1])) { refs[refs.length - 1].rangeEnd ??= 'start'; next.rangeEnd = 'end'; }
      refs.push(next);
      pos = zhTail(prose, next, ZH_CONTINUATION.lastIndex);
    }
    const group = ++state.group;
    for (const r of refs) { r.group = group; r.qualifier ??= first.qualifier; }
    re.lastIndex = Math.max(re.lastIndex, pos);
    clusters.push(refs);
    count += refs.length;
  }
  // Ranges and lists written with a 第 each: 第7.2条至第7.4条, 第3.1条、第3.2条和第3.4条.
  for (let i = 1; i < clusters.length; i++) {
    const prev = clusters[i - 1][clusters[i - 1].length - 1], cur = clusters[i];
    const gap = cur[0].span.start - prev.span.end;
    if (gap < 0 || gap > 4) continue;
    const between = prose.slice(prev.span.end, cur[0].span.start);
    const range = ZH_RANGE_CONNECTOR.test(between);
    if (!range && !ZH_LIST_CONNECTOR.test(between)) continue;
    if (range) { prev.rangeEnd ??= 'start'; cur[0].rangeEnd = 'end'; }
    for (const r of cur) { r.group = prev.group; if (r.qualifier === undefined) r.qualifier = prev.qualifier; }
  }
  for (const c of clusters) out.push(...c);
}

function extractZhRelative(prose: string, out: Reference[]): void {
  const re = new RegExp(ZH_RELATIVE.source, 'g');
  let m: RegExpExecArray | null;
  let count = 0;
  while ((m = re.exec(prose)) && count++ < MAX_REFERENCES) {
    const ref = base('relative', m.index, m.index + m[0].length, 'zh');
    ref.relative = m[0] as RelativeForm;
    ref.numberSpan = { start: m.index, end: m.index };
    if (m[0] === '本条') zhTail(prose, ref, ref.span.end);
    re.lastIndex = Math.max(re.lastIndex, ref.span.end);
    out.push(ref);
  }
}

function extractZhThisSection(prose: string, out: Reference[]): void {
  const re = new RegExp(ZH_THIS_SECTION.source, 'g');
  let m: RegExpExecArray | null;
  let count = 0;
  while ((m = re.exec(prose)) && count++ < MAX_REFERENCES) {
    const at = m.index + m[0].indexOf(m[1], 1);
    const ref = zhNumberRef(prose, m[1], at, '节', m.index);
    if (!ref) continue;
    ref.span.end = m.index + m[0].length;
    ref.thisForm = true;
    out.push(ref);
  }
}

// ---- English ----------------------------------------------------------------------

function extractEn(prose: string, labelStarts: Set<number>, out: Reference[], state: { group: number }): void {
  const re = new RegExp(EN_KEYWORD.source, 'gi');
  let m: RegExpExecArray | null;
  let count = 0;
  let previous: Reference[] | undefined;
  while ((m = re.exec(prose)) && count < MAX_REFERENCES) {
    if (labelStarts.has(m.index)) continue;
    const word = m[1] ?? '§';
    const plural = /s$/i.test(word) || m[0].startsWith('§§');
    const keyword = enKeyword(word);
    const thisForm = EN_THIS_BEFORE.test(prose.slice(Math.max(0, m.index - 6), m.index));
    const refs: Reference[] = [];
    let pos = m.index + m[0].length;
    let rangeNext = false;
    for (let k = 0; k < MAX_LIST; k++) {
      const n = sticky(EN_NUMBER, prose, pos);
      if (!n) break;
      const ref = readEnNumber(prose, n, refs.length ? n.index : m.index, keyword);
      if (!ref) break;
      if (rangeNext) { refs[refs.length - 1].rangeEnd ??= 'start'; ref.rangeEnd = 'end'; }
      ref.thisForm = thisForm || undefined;
      refs.push(ref);
      pos = ref.span.end;
      if (!plural) break;
      const c = sticky(EN_CONNECTOR, prose, pos);
      if (!c || !sticky(EN_NUMBER, prose, EN_CONNECTOR.lastIndex)) break;
      rangeNext = EN_RANGE_WORD.test(c[0]);
      pos = EN_CONNECTOR.lastIndex;
    }
    if (!refs.length) continue;
    const last = refs[refs.length - 1];
    const before = prose.slice(Math.max(0, m.index - 12), m.index);
    const qualifier = EN_EXTERNAL_BEFORE.test(before) ? 'external' : enQualifier(prose, last.span.end);
    const group = ++state.group;
    for (const r of refs) { r.qualifier = qualifier; r.group = group; }
    // "Clause 8.1(d) and Clause 8.5 of the EEA SCCs": the qualifier covers the whole list.
    if (qualifier && previous && m.index - previous[previous.length - 1].span.end <= 8 && EN_LIST_JOIN.test(prose.slice(previous[previous.length - 1].span.end, m.index))) {
      for (const r of previous) { r.qualifier ??= qualifier; r.group = group; }
    }
    previous = refs;
    count += refs.length;
    out.push(...refs);
    re.lastIndex = Math.max(re.lastIndex, last.span.end);
  }
}

function readEnNumber(prose: string, n: RegExpExecArray, spanStart: number, keyword: Reference['keyword']): Reference | undefined {
  let text = n[1];
  const items: string[] = [];
  const letterSuffix = /^([0-9]{1,3}(?:\.[0-9]{1,3}){0,4})([a-z])$/.exec(text); // subsection 6b
  if (letterSuffix) { text = letterSuffix[1]; items.push(letterSuffix[2]); }
  const ref = base('clause', spanStart, n.index + n[0].length, 'en');
  ref.numberSpan = { start: n.index, end: n.index + text.length };
  ref.numberText = text;
  ref.numeral = /^[0-9]/.test(text) ? 'arabic' : 'letter';
  ref.id = text;
  ref.keyword = keyword;
  let pos = n.index + n[0].length;
  for (let k = 0; k < 5; k++) {
    const it = sticky(EN_ITEM, prose, pos);
    if (!it) break;
    items.push(it[1]);
    pos = EN_ITEM.lastIndex;
  }
  if (items.length && sticky(EN_ITEM_RANGE, prose, pos)) pos = EN_ITEM_RANGE.lastIndex;
  ref.items = items;
  const cap = sticky(EN_CAPTION, prose, pos);
  if (cap && !EN_NOT_CAPTION.test(cap[1]) && !/^[A-Z]$/.test(cap[1].trim())) {
    const text = cap[1].trim();
    const start = EN_CAPTION.lastIndex - cap[0].length + cap[0].indexOf(text);
    ref.caption = { text, span: { start, end: start + text.length } };
    pos = EN_CAPTION.lastIndex;
  }
  ref.span.end = pos;
  return ref;
}

function enQualifier(prose: string, at: number): Qualifier | undefined {
  if (sticky(EN_OF_THIS, prose, at)) return 'document';
  const of = sticky(EN_OF, prose, at);
  if (!of) return undefined;
  if (EN_THIS_DOCUMENT.test(of[1])) return 'document';
  if (EN_INSTRUMENT_WORDS.test(of[1])) return 'instrument';
  return 'external';
}

// ---- Annexes ----------------------------------------------------------------------

function extractAnnexes(prose: string, labelStarts: Set<number>, out: Reference[]): void {
  const re = new RegExp(ANNEX_REFERENCE.source, 'g');
  let m: RegExpExecArray | null;
  let count = 0;
  while ((m = re.exec(prose)) && count++ < MAX_REFERENCES) {
    if (labelStarts.has(m.index)) continue;
    const numberText = m[2] ?? m[3];
    const at = m.index + m[0].lastIndexOf(numberText);
    const ref = base('annex', m.index, m.index + m[0].length, m[3] ? 'zh' : 'en');
    ref.numberSpan = { start: at, end: at + numberText.length };
    ref.numberText = numberText;
    ref.numeral = numeralForm(numberText);
    ref.annex = m[0].replace(/\s+/g, ' ');
    ref.id = numberText;
    out.push(ref);
    if (m[3]) continue;
    // "paragraph 3 of Schedule A" / "Schedule A, paragraph 3": paragraphs are read only next to an annex.
    const before = PARAGRAPH_BEFORE_ANNEX.exec(prose.slice(Math.max(0, m.index - 48), m.index));
    if (before) {
      const keywordAt = m.index - before[0].length + before[0].indexOf(before[1]);
      const n = sticky(EN_NUMBER, prose, keywordAt + before[1].length);
      const p = n && readEnNumber(prose, n, keywordAt, 'paragraph');
      if (p && p.span.end <= m.index) out.push(annexClause(p, ref));
    }
    const after = sticky(ANNEX_PARAGRAPH_AFTER, prose, ref.span.end);
    if (after) {
      const n = sticky(EN_NUMBER, prose, ANNEX_PARAGRAPH_AFTER.lastIndex);
      const p = n && readEnNumber(prose, n, after.index + after[0].search(/[A-Za-z]/), 'paragraph');
      if (p) { out.push(annexClause(p, ref)); re.lastIndex = Math.max(re.lastIndex, p.span.end); }
    }
  }
}

function annexClause(ref: Reference, annex: Reference): Reference {
  ref.annex = annex.annex;
  ref.annexNumber = annex.numberText;
  return ref;
}

/**
 * Clause references that belong to an annex written next to them: 附件一第2条, "Schedule A,
 * Section 2", "Sections 2 and 3 of Schedule 1" (the whole list). `refs` are sorted.
 */
function qualifyByAnnex(prose: string, refs: Reference[]): void {
  const mark = (i: number, step: 1 | -1, annex: Reference) => {
    const group = refs[i].group;
    for (let k = i; k >= 0 && k < refs.length && refs[k].kind === 'clause'; k += step) {
      if (k !== i && (group === undefined || refs[k].group !== group)) break;
      if (refs[k].annexNumber !== undefined) break;
      annexClause(refs[k], annex);
      if (refs[k].qualifier === 'external') refs[k].qualifier = undefined;
    }
  };
  for (let i = 0; i < refs.length; i++) {
    const annex = refs[i];
    if (annex.kind !== 'annex') continue;
    const next = refs[i + 1], prev = refs[i - 1];
    if (next?.kind === 'clause' && next.annexNumber === undefined && next.span.start - annex.span.end <= 4
      && ANNEX_THEN_CLAUSE.test(prose.slice(annex.span.end, next.span.start))) mark(i + 1, 1, annex);
    if (prev?.kind === 'clause' && prev.annexNumber === undefined && annex.span.start - prev.span.end <= 12 && annex.span.start >= prev.span.end
      && CLAUSE_OF_ANNEX.test(prose.slice(prev.span.end, annex.span.start))) mark(i - 1, -1, annex);
  }
}
