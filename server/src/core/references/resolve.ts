/**
 * Resolves references against the outline, in one linear pass: the clause maps are built
 * once per outline structure (buildIndex) and no reference scans the clauses. An unqualified number
 * resolves in the part where it stands, then among the clauses outside annexes, then in
 * the whole document; 本部分 / 本附件 keep it in its part; 附件一第2条 and "Schedule A,
 * paragraph 3" resolve among that annex's clauses; 本法 / "of
 * the Agreement" resolve here when the clause is here and are external otherwise (an
 * excerpt of a larger instrument); 《…》第N条 and "of the GDPR" are external. A number in a
 * form no clause of the document uses ("Section 2" where sections are HTML lists) is not
 * judged. Items (8.1(a)), paragraphs (第二款) and items of articles (第一项) narrow the target.
 */
import type { Clause, Container, DocumentModel, OutlineNode, Part, Span } from '../model';
import type { LabelStyle as LabelStyleName } from '../lang/labels';
import type { Reference } from './types';

const ITEM_STYLES = new Set<LabelStyleName>(['alphaParen', 'romanParen', 'upperParen', 'numParen', 'cnParen', 'alphaDot', 'romanDot']);

/** Which clause styles each form of reference may point at. */
const COMPATIBLE: Record<NonNullable<Reference['keyword']>, Set<LabelStyleName>> = {
  section: new Set(['decimal', 'list', 'upperAlpha']),
  clause: new Set(['clauseWord', 'decimal', 'list', 'article']),
  article: new Set(['article']),
  'zh-article': new Set(['article', 'decimal', 'cnEnum', 'list', 'clauseWord']),
  'zh-section': new Set(['decimal', 'upperAlpha', 'list']),
  paragraph: new Set(['decimal', 'list', 'clauseWord', 'upperAlpha']),
};
/** The style a form of reference is written like: it decides between candidates of different styles. */
const NATURAL_STYLE: Record<NonNullable<Reference['keyword']>, LabelStyleName> = {
  section: 'decimal', clause: 'clauseWord', article: 'article', 'zh-article': 'article', 'zh-section': 'decimal', paragraph: 'decimal',
};
const KEYWORDS = Object.keys(COMPATIBLE) as (keyof typeof COMPATIBLE)[];
const EMPTY: Clause[] = [];

export function isItemClause(c: Clause): boolean { return ITEM_STYLES.has(c.style); }

/** The clauses a form of reference with a number may mean: all of them, per part, and those outside annexes. */
interface Candidates { all: Clause[]; main: Clause[]; byPart: Map<Part, Clause[]> | undefined }

/** Everything the resolver computes once per model: maps, so that resolving a reference never scans the outline. */
export interface ReferenceIndex {
  byId: Map<string, Clause[]>;
  clauses: Clause[];
  /** The file is an excerpt of a larger instrument (its articles do not start at 1, or its front matter says so). */
  excerpt: boolean;
  /** Parts opened by an annex / schedule (their clauses are the annex's, not the agreement's). */
  annexParts: Set<Part>;
  /** Candidates by the reference's keyword, then its id, built on first use (no key string made per reference and edit). */
  candidates: Map<string, Map<string, Candidates>>;
  /** Annex containers by their number as written ("一", "A", "2"), first in document order wins. */
  annexByNumber: Map<string, Container>;
  /** Annex containers by every suffix of their label (the looser match: 附件十二 for "十二" and "二"). */
  annexBySuffix: Map<string, Container>;
  /** Annex-qualified candidates per `keyword|id|container key`, built on first use. */
  inAnnex: Map<string, Clause[]>;
  /** Where each annex's clauses lie: from its heading to the next heading of its level or above. */
  annexRegions: Map<Container, Span>;
}

const ANNEX_WORD = /^(?:附件|annex|schedule|appendix|exhibit|attachment)/i;
const MAX_SUFFIX = 16;

/** The part of the index that reads only the outline's structure (ids, styles, parts, annex labels). */
type IndexStructure = Pick<ReferenceIndex, 'byId' | 'clauses' | 'annexParts' | 'candidates' | 'annexByNumber' | 'annexBySuffix'>;

/**
 * Kept per clause list: an outline refreshed in place (parse/outlineRefresh.ts) keeps its
 * clause list, ids and parts, so the ids, the candidates found so far and the annexes are
 * the last version's. Nothing in it holds an offset.
 */
const structures = new WeakMap<Clause[], IndexStructure>();

export function buildIndex(model: DocumentModel): ReferenceIndex {
  let structure = structures.get(model.clauses);
  if (!structure) structures.set(model.clauses, (structure = indexStructure(model)));
  const fm = model.frontMatter?.data ?? {};
  const declared = fm['part-of'] ?? fm.partOf ?? fm.instrument;
  const firstArticle = model.clauses.find((c) => c.style === 'article');
  const excerpt = !!declared || (!!firstArticle && firstArticle.ordinal > 1);
  // Every field named, in one order: a spread copy's hidden class differed between the first
  // version and later ones, and the resolver's optimised code was thrown away on the first edits.
  const { byId, clauses, annexParts, candidates, annexByNumber, annexBySuffix } = structure;
  return { byId, clauses, excerpt, annexParts, candidates, annexByNumber, annexBySuffix, inAnnex: new Map(), annexRegions: annexRegions(model) };
}

function indexStructure(model: DocumentModel): IndexStructure {
  const byId = new Map<string, Clause[]>();
  for (const c of model.clauses) {
    if (isItemClause(c)) continue;
    let list = byId.get(c.id);
    if (!list) byId.set(c.id, (list = []));
    list.push(c);
  }
  const annexParts = new Set<Part>();
  for (const p of model.parts) if (p.node.kind === 'container' && (p.node as Container).division === 'annex') annexParts.add(p);
  const annexByNumber = new Map<string, Container>(), annexBySuffix = new Map<string, Container>();
  for (const c of model.containers) {
    if (c.division !== 'annex' || !c.label) continue;
    const compact = c.label.raw.replace(/\s/g, '');
    const number = compact.replace(ANNEX_WORD, '');
    if (!annexByNumber.has(number)) annexByNumber.set(number, c);
    for (let k = 1; k <= Math.min(MAX_SUFFIX, compact.length); k++) {
      const suffix = compact.slice(compact.length - k);
      if (!annexBySuffix.has(suffix)) annexBySuffix.set(suffix, c);
    }
  }
  return { byId, clauses: model.clauses, annexParts, candidates: new Map(), annexByNumber, annexBySuffix };
}

/** Where each annex's clauses lie (offsets: per version). */
function annexRegions(model: DocumentModel): Map<Container, Span> {
  const regions = new Map<Container, Span>();
  const containers = model.containers;
  for (let i = 0; i < containers.length; i++) {
    const c = containers[i];
    if (c.division !== 'annex' || !c.label) continue;
    let end = model.text.length;
    for (let j = i + 1; j < containers.length; j++) {
      const d = containers[j];
      if (d.headSpan.start < c.span.end) continue; // nested in the annex
      if (d.division === 'annex' || d.division === 'part' || d.division === 'book' || (d.headingLevel !== undefined && c.headingLevel !== undefined && d.headingLevel <= c.headingLevel)) { end = d.span.start; break; }
    }
    regions.set(c, { start: c.span.start, end: Math.max(end, c.span.end) });
  }
  return regions;
}

/** An id's shape as a number: how many segments, and whether it starts with a capital letter (A.1). */
function shapeCode(id: string): number {
  let segments = 1;
  for (let i = 0; i < id.length; i++) if (id.charCodeAt(i) === 46) segments++;
  const first = id.charCodeAt(0);
  return segments * 2 + (first >= 65 && first <= 90 ? 1 : 0);
}

function shapeOf(id: string): string {
  const code = shapeCode(id);
  return `${code & 1 ? 'A' : '1'}|${code >> 1}`;
}

/** Does the document number any clause the way `keyword` + `id` is written (so a missing one is a broken reference)? */
function hasShape(index: ReferenceIndex, keyword: keyof typeof COMPATIBLE, id: string): boolean {
  let shapeSet = shapeSets.get(index.clauses);
  if (!shapeSet) {
    const shapes = new Set<string>();
    // Styles and shapes seen so far: no string per clause (this runs once per version over every clause).
    const seen = new Map<string, Set<number>>();
    for (const c of index.clauses) {
      if (isItemClause(c)) continue;
      const code = shapeCode(c.id);
      let codes = seen.get(c.style);
      if (!codes) seen.set(c.style, (codes = new Set()));
      if (codes.has(code)) continue;
      codes.add(code);
      for (const keyword of KEYWORDS) if (COMPATIBLE[keyword].has(c.style)) shapes.add(`${keyword}|${shapeOf(c.id)}`);
    }
    shapeSets.set(index.clauses, (shapeSet = shapes));
  }
  return shapeSet.has(`${keyword}|${shapeOf(id)}`);
}

/** `list.filter(keep)` without spare room (kept per clause list for every reference key): the same list when all are kept. */
function exactFilter(list: Clause[], keep: (c: Clause) => boolean): Clause[] {
  let n = 0;
  for (const c of list) if (keep(c)) n++;
  if (n === list.length) return list;
  if (n === 0) return EMPTY;
  const out = new Array<Clause>(n);
  let i = 0;
  for (const c of list) if (keep(c)) out[i++] = c;
  return out;
}

/** `keyword|A-or-1|depth` for every way the document numbers its clauses: per clause list, built on first use. */
const shapeSets = new WeakMap<Clause[], Set<string>>();

function candidatesFor(index: ReferenceIndex, keyword: keyof typeof COMPATIBLE, id: string): Candidates {
  let byId = index.candidates.get(keyword);
  if (!byId) index.candidates.set(keyword, (byId = new Map()));
  let entry = byId.get(id);
  if (entry) return entry;
  const compatible = COMPATIBLE[keyword];
  const all = exactFilter(index.byId.get(id) ?? EMPTY, (c) => compatible.has(c.style));
  const main = index.annexParts.size ? exactFilter(all, (c) => !index.annexParts.has(c.part)) : all;
  byId.set(id, (entry = { all, main, byPart: undefined }));
  return entry;
}

/** The candidates in one part: a filter of the few, a map (built once) for a number many clauses carry. */
function inPart(entry: Candidates, part: Part | undefined): Clause[] {
  if (!part || !entry.all.length) return EMPTY;
  if (entry.all.length <= 8) {
    let n = 0;
    for (const c of entry.all) if (c.part === part) n++;
    return n === entry.all.length ? entry.all : n === 0 ? EMPTY : entry.all.filter((c) => c.part === part);
  }
  if (!entry.byPart) {
    entry.byPart = new Map();
    for (const c of entry.all) {
      let list = entry.byPart.get(c.part);
      if (!list) entry.byPart.set(c.part, (list = []));
      list.push(c);
    }
  }
  return entry.byPart.get(part) ?? EMPTY;
}

/** The annex a reference names ("附件一", "Schedule A"): its number first, then a looser suffix match. */
export function findAnnex(model: DocumentModel, index: ReferenceIndex, numberText: string): Container | undefined {
  const wanted = numberText.replace(/\s/g, '');
  const exact = index.annexByNumber.get(wanted);
  if (exact) return exact;
  if (wanted.length <= MAX_SUFFIX) return index.annexBySuffix.get(wanted);
  return model.containers.find((c) => c.division === 'annex' && c.label && c.label.raw.replace(/\s/g, '').endsWith(wanted));
}

/** Sweeps references (sorted) against clauses (document order) to find where each stands. */
function assignContainers(model: DocumentModel, refs: Reference[]): (Clause | undefined)[] {
  const innermost: (Clause | undefined)[] = new Array(refs.length);
  const stack: Clause[] = [];
  let next = 0;
  const clauses = model.clauses;
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i];
    const at = ref.span.start;
    while (next < clauses.length && clauses[next].span.start <= at) {
      const c = clauses[next++];
      while (stack.length && stack[stack.length - 1].span.end <= c.span.start) stack.pop();
      stack.push(c);
    }
    while (stack.length && stack[stack.length - 1].span.end <= at) stack.pop();
    const inner = stack[stack.length - 1];
    innermost[i] = inner;
    let container: Clause | undefined = inner;
    while (container && isItemClause(container)) container = container.parent?.kind === 'clause' ? container.parent as Clause : undefined;
    ref.container = container;
  }
  return innermost;
}

export function resolveReferences(model: DocumentModel, refs: Reference[]): ReferenceIndex {
  const index = buildIndex(model);
  const innermost = assignContainers(model, refs);
  // The part a reference stands in: its clause's, or the part of the last clause before it.
  let lastPart = model.clauses[0]?.part;
  let ci = 0;
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i];
    while (ci < model.clauses.length && model.clauses[ci].span.start <= ref.span.start) lastPart = model.clauses[ci++].part;
    const part = ref.container?.part ?? lastPart;
    if (ref.kind === 'relative') resolveRelative(model, ref, innermost[i]);
    else if (ref.kind === 'annex') resolveAnnex(model, index, ref);
    else if (ref.annexNumber !== undefined) resolveInAnnex(model, index, ref);
    else resolveClause(model, index, ref, part);
  }
  return index;
}

/**
 * An unqualified number: the clauses of the reference's own part; failing that, those
 * outside annexes (a schedule's "Section 5" is the agreement's), failing that, any.
 * 本部分 / 本附件 keep it in its part; 本协议 / "of this Agreement" written inside an annex
 * mean the agreement itself, so they look outside annexes first.
 */
function resolveClause(model: DocumentModel, index: ReferenceIndex, ref: Reference, part: Part | undefined): void {
  if (ref.qualifier === 'external') { ref.status = 'external'; return; }
  const keyword = ref.keyword ?? 'zh-article';
  const entry = candidatesFor(index, keyword, ref.id);
  const { all, main } = entry;
  const own = inPart(entry, part);
  const fromAnnex = !!part && index.annexParts.has(part) && (ref.qualifier === 'document' || ref.qualifier === 'instrument');
  let chosen: Clause[];
  if (ref.qualifier === 'part') chosen = own;
  else if (own.length && !fromAnnex) chosen = own;
  else if (main.length) chosen = main;
  else chosen = all;
  if (chosen.length) { choose(model, ref, chosen); return; }
  if (ref.qualifier === 'instrument' && (index.excerpt || !hasShape(index, keyword, ref.id))) { ref.status = 'external'; return; }
  ref.status = hasShape(index, keyword, ref.id) ? 'unresolved' : 'unknown';
}

function choose(model: DocumentModel, ref: Reference, chosen: Clause[]): void {
  if (chosen.length > 1) {
    // 第1条 where one candidate is labelled 第1条 and the others "1.": the one written alike.
    const natural = NATURAL_STYLE[ref.keyword ?? 'zh-article'];
    let alike: Clause | undefined, count = 0;
    for (const c of chosen) if (c.style === natural) { alike = c; count++; }
    if (count === 1) chosen = [alike!];
  }
  if (chosen.length > 1) {
    // Several with the same number and nothing to choose between them: ambiguous.
    ref.status = 'ambiguous';
    ref.candidates = chosen;
    return;
  }
  ref.status = 'resolved';
  ref.base = chosen[0];
  narrow(model, ref);
}

/** 附件一第2条, "Schedule A, paragraph 3": among the clauses of that annex when it is in this file. */
function resolveInAnnex(model: DocumentModel, index: ReferenceIndex, ref: Reference): void {
  const annex = findAnnex(model, index, ref.annexNumber!);
  if (!annex) { ref.status = 'external'; return; }
  const keyword = ref.keyword ?? 'zh-article';
  const key = `${keyword}|${ref.id}|${annex.key}`;
  let chosen = index.inAnnex.get(key);
  if (!chosen) {
    const region = index.annexRegions.get(annex) ?? annex.span;
    chosen = candidatesFor(index, keyword, ref.id).all.filter((c) => c.part.node === annex || (c.labelSpan.start >= region.start && c.labelSpan.start < region.end));
    index.inAnnex.set(key, chosen);
  }
  if (chosen.length) choose(model, ref, chosen);
  else ref.status = 'unresolved';
}

/** Items, 款 and 项: narrow `base` to the most precise target. */
function narrow(model: DocumentModel, ref: Reference): void {
  let cur = ref.base!;
  for (const token of ref.items) {
    const child = findItem(cur, token);
    if (!child) {
      if (cur.children.some((c) => c.kind === 'clause' && (isItemClause(c as Clause) || (c as Clause).style === 'list'))) ref.missingItem = token;
      break;
    }
    cur = child;
  }
  ref.target = cur;
  if (ref.paragraph !== undefined || ref.item !== undefined) narrowParagraph(model, ref, cur);
}

/** Child clauses by id, per parent: ids and children stay as they are while a clause object lives (outlineRefresh.ts). */
const childIds = new WeakMap<Clause, Map<string, Clause>>();

function findItem(parent: Clause, token: string): Clause | undefined {
  let ids = childIds.get(parent);
  if (!ids) {
    ids = new Map();
    for (const child of parent.children) if (child.kind === 'clause' && !ids.has((child as Clause).id)) ids.set((child as Clause).id, child as Clause);
    childIds.set(parent, ids);
  }
  return ids.get(`${parent.id}(${token})`) ?? ids.get(`${parent.id}.${token}`) ?? otherCase(ids, parent, token);
}

/**
 * "(A)" where the items are lettered "a.", "b." (cc-by-4.0.txt cites 3(a)(1)(A) for its
 * item "a."): the same item when no item of the written case exists.
 */
function otherCase(ids: Map<string, Clause>, parent: Clause, token: string): Clause | undefined {
  if (!/^[A-Za-z]$/.test(token)) return undefined;
  const other = token === token.toUpperCase() ? token.toLowerCase() : token.toUpperCase();
  return ids.get(`${parent.id}(${other})`);
}

/**
 * The paragraphs (款) of an article: its non-blank lines that are not items (（一）…).
 * Offsets, so kept per model: a clause object lives on into the next version (outlineRefresh.ts).
 */
const paragraphCache = new WeakMap<DocumentModel, Map<Clause, Span[]>>();

export function paragraphsOf(model: DocumentModel, clause: Clause): Span[] {
  let byClause = paragraphCache.get(model);
  if (!byClause) paragraphCache.set(model, (byClause = new Map()));
  let cached = byClause.get(clause);
  if (!cached) byClause.set(clause, (cached = computeParagraphs(model, clause)));
  return cached;
}

function computeParagraphs(model: DocumentModel, clause: Clause): Span[] {
  const out: Span[] = [];
  // Line breaks are where the text has them (the prose keeps them); lines are read as prose.
  const { text, prose } = model;
  let at = clause.span.start;
  const end = clause.span.end;
  const itemStarts = new Set<number>();
  const collect = (node: OutlineNode) => {
    for (const child of node.children) {
      if (child.kind !== 'clause') continue;
      if (isItemClause(child as Clause)) itemStarts.add(lineStartOf(text, (child as Clause).labelSpan.start));
    }
  };
  collect(clause);
  while (at < end) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    // A \r\n line ends before its \r (an LSP position past the \r would be outside the line).
    const contentEnd = lineEnd > at && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const line = prose.slice(at, contentEnd);
    if (line.trim() && !itemStarts.has(at) && !/^[\s\u3000]*(?:[（(][一二三四五六七八九十0-9]{1,3}[）)])/.test(line)) out.push({ start: at, end: contentEnd });
    at = lineEnd + 1;
  }
  return out;
}

function lineStartOf(text: string, offset: number): number {
  const nl = text.lastIndexOf('\n', offset - 1);
  return nl + 1;
}

const itemLists = new WeakMap<Clause, Clause[]>();

function itemsOf(clause: Clause): Clause[] {
  let items = itemLists.get(clause);
  if (!items) itemLists.set(clause, (items = clause.children.filter((c): c is Clause => c.kind === 'clause' && isItemClause(c as Clause))));
  return items;
}

function narrowParagraph(model: DocumentModel, ref: Reference, article: Clause): void {
  let items = itemsOf(article);
  if (ref.paragraph !== undefined) {
    const paragraphs = paragraphsOf(model, article);
    const p = paragraphs[ref.paragraph - 1];
    if (!p) { ref.missingItem = `第${ref.paragraph}款`; return; }
    const nextStart = paragraphs[ref.paragraph]?.start ?? article.span.end + 1;
    ref.targetSpan = p;
    items = items.filter((c) => c.labelSpan.start > p.start && c.labelSpan.start < nextStart);
  }
  if (ref.item !== undefined) {
    const item = ref.paragraph !== undefined ? items[ref.item - 1] : items.find((c) => c.ordinal === ref.item);
    if (!item) { if (items.length) ref.missingItem = `第${ref.item}项`; return; }
    ref.target = item;
    ref.targetSpan = undefined;
  }
}

function resolveRelative(model: DocumentModel, ref: Reference, inner: Clause | undefined): void {
  const container = ref.container;
  if (!container) { ref.status = 'unknown'; return; }
  switch (ref.relative) {
    case '本条':
      ref.status = 'resolved'; ref.base = ref.target = container;
      if (ref.paragraph !== undefined || ref.item !== undefined) narrowParagraph(model, ref, container);
      return;
    case '本项':
      if (inner && isItemClause(inner)) { ref.status = 'resolved'; ref.base = ref.target = inner; } else ref.status = 'unknown';
      return;
    case '前条':
    case '前两条': {
      const back = ref.relative === '前条' ? 1 : 2;
      const previous = previousSibling(model, container, back);
      if (previous) { ref.status = 'resolved'; ref.base = ref.target = previous; } else ref.status = 'unresolved';
      return;
    }
    default: {
      // 本款 / 前款 / 前两款: paragraphs of the article, counted back from the one the reference stands in.
      const paragraphs = paragraphsOf(model, container);
      // The last paragraph starting at or before the reference (binary search).
      let lo = 0, hi = paragraphs.length - 1, current = -1;
      while (lo <= hi) { const mid = (lo + hi) >> 1; if (paragraphs[mid].start <= ref.span.start) { current = mid; lo = mid + 1; } else hi = mid - 1; }
      const back = ref.relative === '本款' ? 0 : ref.relative === '前款' ? 1 : ref.relative === '前三款' ? 3 : 2;
      const index = current - back;
      ref.base = ref.target = container;
      if (current < 0 || index < 0) { ref.status = 'unresolved'; return; }
      ref.status = 'resolved';
      ref.targetSpan = back > 1 ? { start: paragraphs[index].start, end: paragraphs[current - 1].end } : paragraphs[index];
    }
  }
}

/** The clause `back` places before `clause` in its numbering sequence (前条). */
function previousSibling(model: DocumentModel, clause: Clause, back: number): Clause | undefined {
  if (clause.style === 'article' || clause.style === 'clauseWord') {
    // Articles count through the whole part across 编/章/节.
    const seq = articleSequence(model, clause);
    const i = seq.positions.get(clause) ?? -1;
    return i >= back ? seq.clauses[i - back] : undefined;
  }
  const seq = siblingSequence(clause);
  const i = seq.positions.get(clause) ?? -1;
  return i >= back ? seq.clauses[i - back] : undefined;
}

type Sequence = { clauses: Clause[]; positions: Map<Clause, number> };
const siblingSequences = new WeakMap<OutlineNode, Map<string, Sequence>>();

/** The siblings of `clause` with its style, in order (once per parent and style). */
function siblingSequence(clause: Clause): Sequence {
  const parent = clause.parent;
  if (!parent) return { clauses: [clause], positions: new Map([[clause, 0]]) };
  let byStyle = siblingSequences.get(parent);
  if (!byStyle) siblingSequences.set(parent, (byStyle = new Map()));
  let seq = byStyle.get(clause.style);
  if (!seq) {
    const clauses = parent.children.filter((c): c is Clause => c.kind === 'clause' && (c as Clause).style === clause.style);
    seq = { clauses, positions: new Map(clauses.map((c, i) => [c, i])) };
    byStyle.set(clause.style, seq);
  }
  return seq;
}

const sequences = new WeakMap<DocumentModel, Map<string, Sequence>>();

/** Articles (and Clause N) of one style and part, in order: all sequences built in one pass over the clauses. */
function articleSequence(model: DocumentModel, clause: Clause): Sequence {
  let byKey = sequences.get(model);
  if (!byKey) {
    byKey = new Map();
    for (const c of model.clauses) {
      if (c.style !== 'article' && c.style !== 'clauseWord') continue;
      const key = `${c.style}|${c.part.index}`;
      let seq = byKey.get(key);
      if (!seq) byKey.set(key, (seq = { clauses: [], positions: new Map() }));
      seq.positions.set(c, seq.clauses.length);
      seq.clauses.push(c);
    }
    sequences.set(model, byKey);
  }
  return byKey.get(`${clause.style}|${clause.part.index}`) ?? { clauses: [clause], positions: new Map([[clause, 0]]) };
}

function resolveAnnex(model: DocumentModel, index: ReferenceIndex, ref: Reference): void {
  const container = findAnnex(model, index, ref.numberText);
  if (container) { ref.status = 'resolved'; ref.targetSpan = container.headSpan; }
  else ref.status = 'external';
}
