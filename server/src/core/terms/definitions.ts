/**
 * Finds term definitions in the prose view. Quoted phrases are found in one scan and
 * grouped ("X" or "Y"); a group is a definition by the words around it (lang/definitions.ts):
 * a "means" verb after it, a parenthesis of connector words around it, or the opening
 * of an entry in a definitions section. Unquoted forms (Adapted Material means …,
 * 本协议所称X，是指…, （以下统称X）, statutory 买卖合同是……的合同) are matched directly.
 */
import type { DocumentModel, Span } from '../model';
import { isClause, type Clause } from '../model';
import {
  QUOTED_PHRASE, EN_CONNECTOR_WORDS, EN_MEANS, EN_MEANING_ELSEWHERE, EN_LIST_VERB, EN_BARE_MEANS, EN_TERM_JOINERS,
  EN_SINGLE_QUOTED_MEANS, ZH_PAREN_LEAD, ZH_JOIN, ZH_PAREN_BARE, ZH_MEANS, ZH_LIST_VERB, ZH_SO_CALLED, ZH_BARE_MEANS,
  ZH_STATUTE_DEFINITION, COVER_PAGE_SPAN, EN_DEEMED,
} from '../lang/definitions';
import type { DefinitionForm, TermDefinition } from './types';
import { hasCjk, inDefinitionsSection, isSpace, lineStartOf, normalizeTerm, sentenceAround, trimSpan, isCjk } from './text';

export interface FoundDefinition extends TermDefinition { language: 'zh' | 'en' }
export interface CoverPageTerm { name: string; span: Span }

interface Quote { open: number; close: number; inner: Span }

const LIST_MARKER = /^(?:\d{1,3}[.)、]|[-*+]|\(?[a-zA-Z]{1,4}[.)]|[（(][0-9一二三四五六七八九十]{1,3}[）)])$/;
const EN_SUBJECT_ARTICLE = /^(?:The|An|A)$/;
const ZH_BARE_EXCLUDE = /^(?:上述|前述|前款|本款|本条|该|此|其|这|即)/;
const BARE_STOP_WORDS = new Set(['The', 'This', 'That', 'It', 'Each', 'Such', 'Which', 'What', 'Who', 'There', 'Here', 'Nothing', 'No']);

export function findDefinitions(model: DocumentModel): FoundDefinition[] {
  const { prose } = model;
  const found: FoundDefinition[] = [];
  const seen = new Set<number>();
  const add = (span: Span, form: DefinitionForm, extentOf: Span, quoted?: Span) => {
    const raw = prose.slice(span.start, span.end);
    const name = normalizeTerm(raw);
    if (!name || seen.has(span.start)) return;
    const language = hasCjk(name) ? 'zh' : 'en';
    seen.add(span.start);
    found.push({
      name, span, quoted, form, language,
      extent: sentenceAround(prose, extentOf.start, extentOf.end),
      inDefinitionsSection: inDefinitionsSection(model, span.start),
    });
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
    const zh = hasCjk(prose.slice(first.open, last.close + 1)) || isCjk(prose[first.open - 1]) || isCjk(after[0]);
    if (EN_MEANS.test(after) || ZH_MEANS.test(after)) form = EN_MEANING_ELSEWHERE.test(after) ? 'elsewhere' : 'means';
    else if (isParenthetical(before, after, zh)) form = 'parenthetical';
    else if (EN_DEEMED.test(before)) form = 'parenthetical'; // capitalised terms only, like a parenthesis
    else if (opensEntry(before) && (EN_LIST_VERB.test(after) || (zh && ZH_LIST_VERB.test(after))) && inDefinitionsSection(model, first.open)) form = 'list';
    if (!form) continue;
    for (const q of group) {
      const name = prose.slice(q.inner.start, q.inner.end);
      if (!plausibleTerm(name, form)) continue;
      add(q.inner, form, extent, { start: q.open, end: q.close + 1 });
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
  for (const clause of model.clauses) findClauseOpening(model, clause, add);

  return found.sort((a, b) => a.span.start - b.span.start);
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

type Add = (span: Span, form: DefinitionForm, extent: Span, quoted?: Span) => void;

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

/** Chinese definitions that open a clause: “不可抗力、意外事件是指…”, statutes' “买卖合同是……的合同。” */
function findClauseOpening(model: DocumentModel, clause: Clause, add: Add): void {
  if (!isClause(clause)) return;
  const { prose } = model;
  const start = clause.bodySpan.start;
  const head = prose.slice(start, Math.min(clause.bodySpan.end, start + 200));
  let m = ZH_BARE_MEANS.exec(head);
  if (m && !ZH_BARE_EXCLUDE.test(m[1]) && !/所称/.test(m[1])) {
    let offset = start;
    for (const part of m[1].split('、')) {
      if (part.length >= 2) add({ start: offset, end: offset + part.length }, 'bare', { start, end: start + m[0].length });
      offset += part.length + 1;
    }
    return;
  }
  if (clause.style !== 'article') return;
  m = ZH_STATUTE_DEFINITION.exec(head);
  if (m && !ZH_BARE_EXCLUDE.test(m[1]) && !isSpace(m[1][0])) add({ start, end: start + m[1].length }, 'statute', { start, end: start + m[0].length });
}
