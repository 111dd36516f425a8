/**
 * Finds term definitions in the prose view, one section at a time (the result is cached
 * with the section; index.ts assembles). Quoted phrases are found in one scan and
 * grouped ("X" or "Y"); a group is a definition by the words around it (lang/definitions.ts):
 * a "means" verb after it, a parenthesis of connector words around it, or the opening
 * of an entry in a definitions section. Unquoted forms (Adapted Material means …,
 * 本协议所称X，是指…, （以下统称X）, statutory 买卖合同是……的合同) are matched directly.
 */
import type { Clause, DocumentModel, OutlineNode, Span } from '../model';
import { isClause } from '../model';
import {
  QUOTED_PHRASE, EN_CONNECTOR_WORDS, EN_MEANS, EN_MEANING_ELSEWHERE, EN_LIST_VERB, EN_BARE_MEANS, EN_TERM_JOINERS,
  EN_SINGLE_QUOTED_MEANS, ZH_PAREN_LEAD, ZH_JOIN, ZH_PAREN_BARE, ZH_MEANS, ZH_LIST_VERB, ZH_SO_CALLED, ZH_BARE_MEANS,
  ZH_STATUTE_DEFINITION, COVER_PAGE_SPAN, EN_DEEMED, DEFINITIONS_TITLE,
} from '../lang/definitions';
import type { DefinitionForm, TermDefinition } from './types';
import { shiftSpan } from '../text/spans';
import { hasCjk, isSpace, lineStartOf, normalizeTerm, sentenceAround, trimSpan, isCjk } from './text';
import type { ProseText } from '../parse/prose';

/** A definition as found, before the outline says whether it sits in a definitions section. */
export interface FoundDefinition extends Omit<TermDefinition, 'inDefinitionsSection'> { language: 'zh' | 'en' }
/** A definition moved by `by` characters (between section and document offsets). */
export function moveDefinition(d: FoundDefinition, by: number): FoundDefinition {
  // Every field named (no spread, no listAt): this runs for every definition on every edit.
  return { name: d.name, span: shiftSpan(d.span, by), quoted: d.quoted && shiftSpan(d.quoted, by), form: d.form, language: d.language, extent: shiftSpan(d.extent, by) };
}

export interface CoverPageTerm { name: string; span: Span }

/**
 * A definition found in one section, offsets relative to the section start. `listAt`:
 * an entry of a definitions list, a definition only when that offset lies in a
 * definitions section (the outline, a document-wide fact, decides when assembling).
 */
export interface LocalDefinition extends FoundDefinition { listAt?: number }

/** The section-local definitions: in the order they were found, and sorted when no entry is conditional. */
export interface SectionDefinitions {
  found: LocalDefinition[];
  /** `found` deduplicated and sorted by start (only when no entry has `listAt`). */
  sorted?: LocalDefinition[];
}

interface Quote { open: number; close: number; inner: Span }

const LIST_MARKER = /^(?:\d{1,3}[.)、]|[-*+]|\(?[a-zA-Z]{1,4}[.)]|[（(][0-9一二三四五六七八九十]{1,3}[）)])$/;
const EN_SUBJECT_ARTICLE = /^(?:The|An|A)$/;
const ZH_BARE_EXCLUDE = /^(?:上述|前述|前款|本款|本条|该|此|其|这|即)/;
const BARE_STOP_WORDS = new Set(['The', 'This', 'That', 'It', 'Each', 'Such', 'Which', 'What', 'Who', 'There', 'Here', 'Nothing', 'No']);

/**
 * Every definition in one section's prose (section-relative offsets), except those
 * that open a clause (clauseOpeningDefinitions: the outline knows the clauses). Depends
 * only on the section's prose, so the result is cached with the section.
 */
export function findSectionDefinitions(prose: string): SectionDefinitions {
  const found: LocalDefinition[] = [];
  const seen = new Set<number>();
  let conditional = false;
  const add = (span: Span, form: DefinitionForm, extentOf: Span, quoted?: Span, listAt?: number) => {
    const raw = prose.slice(span.start, span.end);
    const name = normalizeTerm(raw);
    // An entry that may be rejected does not hide a later find at the same offset.
    if (!name || (listAt === undefined && seen.has(span.start))) return;
    const language = hasCjk(name) ? 'zh' : 'en';
    if (listAt === undefined) seen.add(span.start);
    else conditional = true;
    const definition: LocalDefinition = { name, span, quoted, form, language, extent: sentenceAround(prose, extentOf.start, extentOf.end) };
    if (listAt !== undefined) definition.listAt = listAt;
    found.push(definition);
  };

  // ---- quoted phrases, in groups -------------------------------------------------
  const quotes: Quote[] = [];
  QUOTED_PHRASE.lastIndex = 0;
  for (let m = QUOTED_PHRASE.exec(prose); m; m = QUOTED_PHRASE.exec(prose)) {
    const open = m.index, close = m.index + m[0].length - 1;
    quotes.push({ open, close, inner: termSpan(prose, open + 1, close) });
  }
  for (let i = 0; i < quotes.length;) {
    let j = i;
    while (j + 1 < quotes.length && joins(prose.slice(quotes[j].close + 1, quotes[j + 1].open))) j++;
    const group = quotes.slice(i, j + 1);
    i = j + 1;
    const first = group[0], last = group[group.length - 1];
    const after = prose.slice(last.close + 1, last.close + 121);
    const lineStart = lineStartOf(prose, first.open);
    const before = prose.slice(Math.max(lineStart, first.open - 48), first.open);
    const extent = { start: first.open, end: last.close + 1 };
    let form: DefinitionForm | undefined;
    let listAt: number | undefined;
    const zh = hasCjk(prose.slice(first.open, last.close + 1)) || isCjk(prose[first.open - 1]) || isCjk(after[0]);
    if (EN_MEANS.test(after) || ZH_MEANS.test(after)) form = EN_MEANING_ELSEWHERE.test(after) ? 'elsewhere' : 'means';
    else if (isParenthetical(before, after, zh)) form = 'parenthetical';
    else if (EN_DEEMED.test(before)) form = 'parenthetical'; // capitalised terms only, like a parenthesis
    else if (opensEntry(before) && (EN_LIST_VERB.test(after) || (zh && ZH_LIST_VERB.test(after)))) { form = 'list'; listAt = first.open; }
    if (!form) continue;
    for (const q of group) {
      const name = prose.slice(q.inner.start, q.inner.end);
      if (!plausibleTerm(name, form)) continue;
      add(q.inner, form, extent, { start: q.open, end: q.close + 1 }, listAt);
    }
  }

  // ---- 'the data exporter' means … -------------------------------------------------
  EN_SINGLE_QUOTED_MEANS.lastIndex = 0;
  for (let m = EN_SINGLE_QUOTED_MEANS.exec(prose); m; m = EN_SINGLE_QUOTED_MEANS.exec(prose)) {
    const open = prose.indexOf("'", m.index);
    const inner = termSpan(prose, open + 1, open + 1 + m[1].length);
    if (plausibleTerm(prose.slice(inner.start, inner.end), 'means')) add(inner, 'means', inner, { start: open, end: open + m[1].length + 2 });
  }

  // ---- unquoted English: "a. Adapted Material means …" at a line's start ----------------
  findBareEnglish(prose, add);

  // ---- Chinese unquoted forms ------------------------------------------------------
  ZH_PAREN_BARE.lastIndex = 0;
  for (let m = ZH_PAREN_BARE.exec(prose); m; m = ZH_PAREN_BARE.exec(prose)) {
    const start = m.index + m[0].length - 1 - m[1].length;
    const span = trimSpan(prose, start, start + m[1].length);
    if (span.end - span.start >= 2) add(span, 'bare', { start: m.index, end: m.index + m[0].length });
  }
  ZH_SO_CALLED.lastIndex = 0;
  for (let m = ZH_SO_CALLED.exec(prose); m; m = ZH_SO_CALLED.exec(prose)) {
    const start = prose.indexOf(m[1], m.index + 2);
    const quoted = /[“"「]/.test(prose[start - 1]);
    add({ start, end: start + m[1].length }, quoted ? 'means' : 'bare', { start: m.index, end: m.index + m[0].length },
      quoted ? { start: start - 1, end: start + m[1].length + 1 } : undefined);
  }

  return { found, sorted: conditional ? undefined : [...found].sort((a, b) => a.span.start - b.span.start) };
}

/**
 * The section's definitions once the outline has said which list entries are in a
 * definitions section: first find at an offset wins, sorted by start.
 */
export function resolveSectionDefinitions(local: SectionDefinitions, inDefinitions: (relative: number) => boolean): LocalDefinition[] {
  if (local.sorted) return local.sorted;
  const seen = new Set<number>();
  const out: LocalDefinition[] = [];
  for (const d of local.found) {
    if (seen.has(d.span.start) || (d.listAt !== undefined && !inDefinitions(d.listAt))) continue;
    seen.add(d.span.start);
    out.push(d);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Spans of the outline nodes titled Definitions / 定义 / 释义 (outermost only, in
 * document order): an offset is in a definitions section when one of them holds it.
 */
export function definitionsSectionSpans(model: DocumentModel): Span[] {
  // The nodes read, their titles and the answer, per outline (clause list): while the
  // outline is refreshed in place and every title read is the same, so is the answer
  // (the spans are the nodes' own, moved with them).
  const kept = titledSections.get(model.clauses);
  if (kept && kept.nodes.every((node, i) => node.title === kept.titles[i])) return kept.spans;
  const spans: Span[] = [], nodes: OutlineNode[] = [], titles: string[] = [];
  const visit = (node: OutlineNode) => {
    for (const child of node.children) {
      nodes.push(child); titles.push(child.title);
      if (DEFINITIONS_TITLE.test(child.title)) spans.push(child.span);
      else visit(child);
    }
  };
  visit(model.root);
  titledSections.set(model.clauses, { nodes, titles, spans });
  return spans;
}

const titledSections = new WeakMap<Clause[], { nodes: OutlineNode[]; titles: string[]; spans: Span[] }>();

/** Is the offset inside one of the (sorted, disjoint) spans? */
export function insideAny(spans: Span[], offset: number): boolean {
  let lo = 0, hi = spans.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid].end <= offset) lo = mid + 1; else hi = mid; }
  return lo < spans.length && spans[lo].start <= offset;
}

/** Common Paper cover-page variables: <span class="coverpage_link">Customer</span>. */
export function findCoverPageTerms(text: string): CoverPageTerm[] {
  const out: CoverPageTerm[] = [];
  COVER_PAGE_SPAN.lastIndex = 0;
  for (let m = COVER_PAGE_SPAN.exec(text); m; m = COVER_PAGE_SPAN.exec(text)) {
    const name = normalizeTerm(m[1]).replace(/'s$|s'$/, (s) => (s === "s'" ? 's' : ''));
    const start = m.index + m[0].indexOf('>') + 1;
    if (/^[A-Z0-9]/.test(name)) out.push({ name, span: { start, end: start + name.length } });
  }
  return out;
}

/** The term inside quote marks: spaces (masked markup) and trailing commas trimmed, a leading "The " dropped. */
function termSpan(prose: string, start: number, end: number): Span {
  let s = trimSpan(prose, start, end);
  let e = s.end;
  while (e > s.start && /[,.;:，。；：]/.test(prose[e - 1])) e--;
  s = trimSpan(prose, s.start, e);
  const lead = /^(?:The|the)\s+(?=[A-Z])/.exec(prose.slice(s.start, s.end));
  if (lead) s = { start: s.start + lead[0].length, end: s.end };
  return s;
}

/** Only connector words and punctuation between two quoted phrases: "X" or the "Y", “X”、“Y”和“Z”. */
function joins(between: string): boolean {
  if (between.length > 40) return false;
  if (ZH_JOIN.test(between)) return true;
  const words = between.split(/[\s,;]+/).filter(Boolean);
  return words.length > 0 && words.length <= 5 && words.every((w) => EN_CONNECTOR_WORDS.has(w.toLowerCase()));
}

function isParenthetical(before: string, after: string, zh: boolean): boolean {
  if (!/^\s{0,40}[)）]/.test(after)) return false;
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  if (open < 0) return false;
  const lead = before.slice(open);
  if (zh || lead.startsWith('（')) return ZH_PAREN_LEAD.test(lead) || enLead(lead);
  return enLead(lead);
}

function enLead(lead: string): boolean {
  const words = lead.slice(1).split(/[\s,;:]+/).filter(Boolean);
  return words.length <= 6 && words.every((w) => EN_CONNECTOR_WORDS.has(w.toLowerCase()));
}

/** The quote opens a sentence, a line or a list entry (an article like "The" may come first). */
function opensEntry(before: string): boolean {
  const words = before.trimEnd().split(/\s+/);
  if (words.length && EN_SUBJECT_ARTICLE.test(words[words.length - 1])) words.pop();
  const rest = words.join(' ').trimEnd();
  if (!rest) return true;
  const tail = rest.split(' ').pop()!;
  return LIST_MARKER.test(tail) || /[.。!?！？:：]$/.test(rest);
}

function plausibleTerm(name: string, form: DefinitionForm): boolean {
  if (!name || name.length > 60) return false;
  if (hasCjk(name)) return name.length <= 24 && !/[。；，！？]/.test(name);
  if (!/[A-Za-z]/.test(name) || name.split(/\s+/).length > 8) return false;
  if (/[.!?;]\s|,\s|;/.test(name)) return false;
  // English defined terms are capitalised; lower-case ones only with an explicit "means".
  return /^[A-Z0-9]/.test(name) || form === 'means' || form === 'elsewhere';
}

type Add = (span: Span, form: DefinitionForm, extent: Span, quoted?: Span, listAt?: number) => void;

function findBareEnglish(prose: string, add: Add): void {
  let lineStart = 0;
  while (lineStart < prose.length) {
    let lineEnd = prose.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = prose.length;
    const head = prose.slice(lineStart, Math.min(lineEnd, lineStart + 120));
    const marker = /^\s{0,12}(?:(?:\(?[a-z0-9]{1,3}[.)]|[-*+])\s{1,6})?/.exec(head)!;
    const from = marker[0].length;
    const means = EN_BARE_MEANS.exec(head.slice(from));
    if (means && head[from] !== '"' && head[from] !== '“') {
      const phrase = head.slice(from, from + means.index);
      const words = phrase.split(/\s+/).filter(Boolean);
      const ok = words.length >= 1 && words.length <= 7
        && /^[A-Z]/.test(words[0]) && /^[A-Z]/.test(words[words.length - 1])
        && !BARE_STOP_WORDS.has(words[0])
        && words.every((w) => /^[A-Z][A-Za-z0-9'’-]{0,30}$/.test(w) || EN_TERM_JOINERS.has(w));
      if (ok) {
        const span = trimSpan(prose, lineStart + from, lineStart + from + means.index);
        add(span, 'bare', span);
      }
    }
    lineStart = lineEnd + 1;
  }
}

/**
 * Chinese definitions that open a clause: “不可抗力、意外事件是指…”, statutes' “买卖合同是……的合同。”
 * Reads at most the clause body's first 200 characters of the document's prose.
 */
export function clauseOpeningDefinitions(prose: ProseText, clause: Clause): FoundDefinition[] | undefined {
  if (!isClause(clause)) return undefined;
  const start = clause.bodySpan.start;
  const limit = Math.min(clause.bodySpan.end, start + 200);
  // Both forms need a 是 near the start (是指/系指 ends by the 22nd character; the statute's 是
  // is among the first 11): most clauses are ruled out without slicing or matching.
  const article = clause.style === 'article';
  if (!hasMeansVerb(prose, start, Math.min(limit, start + 22)) && !(article && hasChar(prose, SHI, start + 1, Math.min(limit, start + 11)))) return undefined;
  const out: FoundDefinition[] = [];
  const add: Add = (span, form, extentOf) => {
    const name = normalizeTerm(prose.slice(span.start, span.end));
    if (!name) return;
    out.push({ name, span, quoted: undefined, form, language: hasCjk(name) ? 'zh' : 'en', extent: sentenceAround(prose, extentOf.start, extentOf.end) });
  };
  const head = prose.slice(start, limit);
  let m = ZH_BARE_MEANS.exec(head);
  if (m && !ZH_BARE_EXCLUDE.test(m[1]) && !/所称/.test(m[1])) {
    let offset = start;
    for (const part of m[1].split('、')) {
      if (part.length >= 2) add({ start: offset, end: offset + part.length }, 'bare', { start, end: start + m[0].length });
      offset += part.length + 1;
    }
    return out;
  }
  if (!article) return out;
  m = ZH_STATUTE_DEFINITION.exec(head);
  if (m && !ZH_BARE_EXCLUDE.test(m[1]) && !isSpace(m[1][0])) add({ start, end: start + m[1].length }, 'statute', { start, end: start + m[0].length });
  return out;
}

const SHI = 0x662f, XI = 0x7cfb, ZHI = 0x6307; // 是 系 指

function hasChar(prose: ProseText, code: number, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (prose.charCodeAt(i) === code) return true;
  return false;
}

/** Does 是指 or 系指 occur in prose[start, end)? */
function hasMeansVerb(prose: ProseText, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) {
    if (prose.charCodeAt(i) !== ZHI) continue;
    const before = prose.charCodeAt(i - 1);
    if (before === SHI || before === XI) return true;
  }
  return false;
}
