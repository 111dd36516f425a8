/**
 * Resolves references against the outline. An unqualified number resolves in the part
 * where it stands, then in the whole document; 本部分 keeps it in its part; 本法 / "of
 * the Agreement" resolve here when the clause is here and are external otherwise (an
 * excerpt of a larger instrument); 《…》第N条 and "of the GDPR" are external. A number in a
 * form no clause of the document uses ("Section 2" where sections are HTML lists) is not
 * judged. Items (8.1(a)), paragraphs (第二款) and items of articles (第一项) narrow the target.
 */
import type { Clause, DocumentModel, OutlineNode, Span } from '../model';
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
};

export function isItemClause(c: Clause): boolean { return ITEM_STYLES.has(c.style); }

/** Everything the resolver computes once per model. */
export interface ReferenceIndex {
  byId: Map<string, Clause[]>;
  /** Does the document number its clauses like this (style class + depth)? */
  shapes: Set<string>;
  /** The file is an excerpt of a larger instrument (its articles do not start at 1, or its front matter says so). */
  excerpt: boolean;
}

export function buildIndex(model: DocumentModel): ReferenceIndex {
  const byId = new Map<string, Clause[]>();
  const shapes = new Set<string>();
  for (const c of model.clauses) {
    if (isItemClause(c)) continue;
    let list = byId.get(c.id);
    if (!list) byId.set(c.id, (list = []));
    list.push(c);
    for (const keyword of Object.keys(COMPATIBLE) as (keyof typeof COMPATIBLE)[]) {
      if (COMPATIBLE[keyword].has(c.style)) shapes.add(shapeKey(keyword, c.id));
    }
  }
  const fm = model.frontMatter?.data ?? {};
  const declared = fm['part-of'] ?? fm.partOf ?? fm.instrument;
  const firstArticle = model.clauses.find((c) => c.style === 'article');
  const excerpt = !!declared || (!!firstArticle && firstArticle.ordinal > 1);
  return { byId, shapes, excerpt };
}

function shapeKey(keyword: string, id: string): string {
  const segments = id.split('.');
  return `${keyword}|${/^[A-Z]/.test(id) ? 'A' : '1'}|${segments.length}`;
}

/** Sweeps references (sorted) against clauses (document order) to find where each stands. */
function assignContainers(model: DocumentModel, refs: Reference[]): Map<Reference, Clause | undefined> {
  const innermost = new Map<Reference, Clause | undefined>();
  const stack: Clause[] = [];
  let next = 0;
  const clauses = model.clauses;
  for (const ref of refs) {
    const at = ref.span.start;
    while (next < clauses.length && clauses[next].span.start <= at) {
      const c = clauses[next++];
      while (stack.length && stack[stack.length - 1].span.end <= c.span.start) stack.pop();
      stack.push(c);
    }
    while (stack.length && stack[stack.length - 1].span.end <= at) stack.pop();
    const inner = stack[stack.length - 1];
    innermost.set(ref, inner);
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
  for (const ref of refs) {
    while (ci < model.clauses.length && model.clauses[ci].span.start <= ref.span.start) lastPart = model.clauses[ci++].part;
    const part = ref.container?.part ?? lastPart;
    if (ref.kind === 'relative') resolveRelative(model, ref, innermost.get(ref));
    else if (ref.kind === 'annex') resolveAnnex(model, ref);
    else resolveClause(model, index, ref, part);
  }
  return index;
}

function resolveClause(model: DocumentModel, index: ReferenceIndex, ref: Reference, part: Clause['part'] | undefined): void {
  if (ref.qualifier === 'external') { ref.status = 'external'; return; }
  const compatible = COMPATIBLE[ref.keyword ?? 'zh-article'];
  const candidates = (index.byId.get(ref.id) ?? []).filter((c) => compatible.has(c.style));
  const inPart = candidates.filter((c) => c.part === part);
  let chosen: Clause[] = inPart.length || ref.qualifier === 'part' ? inPart : candidates;
  if (chosen.length > 1) {
    // Several with the same number: the reference's own side of a list-vs-heading split does not choose; ambiguous.
    ref.status = 'ambiguous';
    ref.candidates = chosen;
    return;
  }
  if (chosen.length === 1) {
    ref.status = 'resolved';
    ref.base = chosen[0];
    narrow(model, ref);
    return;
  }
  if (ref.qualifier === 'instrument' && (index.excerpt || !index.shapes.has(shapeKey(ref.keyword ?? 'zh-article', ref.id)))) { ref.status = 'external'; return; }
  ref.status = index.shapes.has(shapeKey(ref.keyword ?? 'zh-article', ref.id)) ? 'unresolved' : 'unknown';
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

function findItem(parent: Clause, token: string): Clause | undefined {
  const paren = `${parent.id}(${token})`, dotted = `${parent.id}.${token}`;
  for (const child of parent.children) {
    if (child.kind !== 'clause') continue;
    const c = child as Clause;
    if (c.id === paren || c.id === dotted) return c;
  }
  return undefined;
}

/** The paragraphs (款) of an article: its non-blank lines that are not items (（一）…). */
const paragraphCache = new WeakMap<Clause, Span[]>();

export function paragraphsOf(model: DocumentModel, clause: Clause): Span[] {
  let cached = paragraphCache.get(clause);
  if (!cached) paragraphCache.set(clause, (cached = computeParagraphs(model, clause)));
  return cached;
}

function computeParagraphs(model: DocumentModel, clause: Clause): Span[] {
  const out: Span[] = [];
  const text = model.prose;
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
    const line = text.slice(at, lineEnd);
    if (line.trim() && !itemStarts.has(at) && !/^[\s\u3000]*(?:[（(][一二三四五六七八九十0-9]{1,3}[）)])/.test(line)) out.push({ start: at, end: lineEnd });
    at = lineEnd + 1;
  }
  return out;
}

function lineStartOf(text: string, offset: number): number {
  const nl = text.lastIndexOf('\n', offset - 1);
  return nl + 1;
}

function itemsOf(clause: Clause): Clause[] {
  return clause.children.filter((c): c is Clause => c.kind === 'clause' && isItemClause(c as Clause));
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
  const siblings = (clause.parent?.children ?? []).filter((c): c is Clause => c.kind === 'clause' && (c as Clause).style === clause.style);
  const i = siblings.indexOf(clause);
  return i >= back ? siblings[i - back] : undefined;
}

const sequences = new WeakMap<DocumentModel, Map<string, { clauses: Clause[]; positions: Map<Clause, number> }>>();

function articleSequence(model: DocumentModel, clause: Clause): { clauses: Clause[]; positions: Map<Clause, number> } {
  let byKey = sequences.get(model);
  if (!byKey) sequences.set(model, (byKey = new Map()));
  const key = `${clause.style}|${clause.part.index}`;
  let seq = byKey.get(key);
  if (!seq) {
    const clauses = model.clauses.filter((c) => c.style === clause.style && c.part === clause.part);
    seq = { clauses, positions: new Map(clauses.map((c, i) => [c, i])) };
    byKey.set(key, seq);
  }
  return seq;
}

function resolveAnnex(model: DocumentModel, ref: Reference): void {
  const wanted = ref.numberText;
  const container = model.containers.find((c) => c.division === 'annex' && c.label && (c.label.raw.replace(/\s+/g, ' ').trim().endsWith(` ${wanted}`) || c.label.raw.replace(/\s/g, '').endsWith(wanted)));
  if (container) { ref.status = 'resolved'; ref.targetSpan = container.headSpan; }
  else ref.status = 'external';
}
