/**
 * Builds the outline — containers (headings, 编/章/节, annexes) and numbered clauses —
 * from the blocks of a document. Clause hierarchy follows the numbers, not Markdown
 * heading levels: "### 3." "#### 4." "## 5." are siblings, "3.2.1" is a child of "3.2",
 * and "### 1." under "## A." is A.1. Unnumbered headings open containers; a container
 * after which numbering restarts at 1 starts a new part (通用条款 / 专用条款).
 */
import { matchLabel, makeLabel, LABEL_TITLE_SEPARATOR, type Label, type LabelContext, type DivisionKind } from '../lang/labels';
import { toLetter, toRoman } from '../lang/numerals';
import type { Block } from './markdown';
import { detach } from '../text/detach';
import { isSpace } from '../text/spaces';
import type { Clause, Container, OutlineNode, Part, Span } from '../model';
import type { ProseText } from './prose';

export interface Outline { root: OutlineNode; parts: Part[]; clauses: Clause[]; containers: Container[] }

/** A block with its label, ready to be placed. */
export interface Item {
  block: Block;
  blockIndex: number;
  /** Where the text (and label, if any) starts. */
  textStart: number;
  label?: Label;
  context: LabelContext;
  /** Ordered-list item: the clause is made from the list marker. */
  listItem?: boolean;
  /** Ordered-list items: the caption of the paragraph that opens the item. */
  leadCaption?: [number, number];
  /** The clause title, computed once per section text (items are kept with their section). */
  title?: string;
  /** Paragraph clauses: length of the first line from textStart (lines can be long). */
  headLength?: number;
  /** Plain text: the label's indentation, which nests it (see OutlineBuilder.placeByIndent). */
  indent?: number;
  /** A labelled line inside a paragraph (hard-wrapped items). */
  lineStart?: number;
  lineEnd?: number;
}

const DIVISION_RANK: Record<DivisionKind, number> = { book: 1, subbook: 2, part: 3, annex: 3, chapter: 4, section: 5 };
/** A line ending in a citation ("… this Section 2(a)"): a "(4)" on the next line continues it. */
const CITATION_END = /\b(?:Sections?|Clauses?|subsections?|paragraphs?|§)\s*[\w.()]{0,20}$/i;

function continuesCitation(prose: ProseText, label: Label, blockStart: number, lineStart: number): boolean {
  return label.raw.startsWith('(') && CITATION_END.test(prose.slice(Math.max(blockStart, lineStart - 40), lineStart));
}
const ITEM_LINE_STYLES = new Set(['alphaParen', 'romanParen', 'upperParen', 'numParen', 'cnParen', 'alphaDot', 'romanDot', 'cnEnum']);

/** The labelled blocks of each section (collectItems, kept with the section: offsets and block indexes relative to it), and where each section goes: its start and the number of blocks before it. */
export interface SectionItems { items: Item[][]; shifts: number[]; blockBases: number[] }

/**
 * The outline of the sections' items. Nothing is copied per item: the builder adds an
 * item's section shift where it reads an offset.
 */
export function buildOutline(text: string, prose: ProseText, sections: SectionItems): OutlineState {
  const items: Item[] = [], shifts: number[] = [], blockBases: number[] = [], first: number[] = [];
  sections.items.forEach((own, s) => {
    first.push(items.length);
    for (const item of own) { items.push(item); shifts.push(sections.shifts[s]); blockBases.push(sections.blockBases[s]); }
  });
  const builder = new OutlineBuilder(text, prose, items, shifts, blockBases);
  return { outline: builder.build(), sections, first, nodes: builder.nodes };
}

/**
 * An outline with what it was built from: the sections' items, where each section's
 * first item is in the document's list, and the node each item made (undefined for an
 * item that made none). The next version of the document refreshes these nodes in place
 * when its items have the same shapes (outlineRefresh.ts).
 */
export interface OutlineState { outline: Outline; sections: SectionItems; first: number[]; nodes: (OutlineNode | undefined)[] }

/**
 * Reads an item's geometry and title again into `node`, which an item of the same shape
 * made in the last version: the node keeps its place in the tree, its id and its part.
 */
export function nodeRefresher(text: string, prose: ProseText): (node: OutlineNode, item: Item, shift: number, blockBase: number) => void {
  const builder = new OutlineBuilder(text, prose, [], [], []);
  return (node, item, shift, blockBase) => builder.refresh(node, item, shift, blockBase);
}

/** The first character at or after `from` that is not white space (U+2002 and U+3000 included). */
function firstNonSpace(prose: ProseText, from: number, end: number): number {
  let i = from;
  while (i < end && isSpace(prose.charCodeAt(i))) i++;
  return i;
}

/**
 * Items are kept with their section: each has the fields of its kind, all present when it
 * is made (a field added later would go to a separate store) — a block's item, an
 * ordered-list item, a labelled line inside a paragraph.
 */
function makeItem(block: Block, blockIndex: number, textStart: number, label: Label | undefined, context: LabelContext, indent: number | undefined): Item {
  return { block, blockIndex, textStart, label, context, title: undefined, headLength: undefined, indent };
}

function makeListItem(block: Block, blockIndex: number, label: Label): Item {
  return { block, blockIndex, textStart: block.contentStart, label, context: 'paragraph', title: undefined, headLength: undefined, listItem: true, leadCaption: undefined };
}

function makeLineItem(block: Block, blockIndex: number, textStart: number, label: Label, lineStart: number, lineEnd: number, indent: number | undefined): Item {
  return { block, blockIndex, textStart, label, context: 'line', title: undefined, headLength: undefined, indent, lineStart, lineEnd };
}

/**
 * The blocks that can start a clause or a container, with their labels: every heading,
 * and every paragraph, list item or line that starts with a label. Depends only on the
 * blocks and prose given, so it runs per section and is cached with the section.
 */
export function collectItems(prose: string, blocks: Block[]): Item[] {
  const items: Item[] = [];
  /** Ordered-list items that make clauses, by block index: their leading paragraph gives the caption. */
  const clauseItems = new Map<number, Item>();
  blocks.forEach((block, index) => {
    if (block.kind === 'tableCell') return;
    if (block.kind === 'listItem') {
      if (!block.ordered) return;
      const raw = prose.slice(block.start, block.markerEnd).trim();
      const item = makeListItem(block, index, makeLabel('list', raw, [block.ordinal ?? 1]));
      clauseItems.set(index, item);
      items.push(item);
      return;
    }
    const textStart = firstNonSpace(prose, block.contentStart, block.end);
    const context: LabelContext = block.kind === 'heading' ? 'heading' : 'paragraph';
    const owner = block.leadsItem && block.item !== undefined ? clauseItems.get(block.item) : undefined;
    if (owner) owner.leadCaption = block.caption;
    const inClauseItem = !!owner;
    const label = inClauseItem ? undefined : matchLabel(prose.slice(textStart, Math.min(block.end, textStart + 40)), context);
    if (label || block.kind === 'heading') {
      items.push(makeItem(block, index, textStart, label, context, block.indent));
    }
    if (block.kind === 'paragraph') collectLineItems(prose, block, index, items);
  });
  return items;
}

/** Labelled lines inside one paragraph: "a. …" / "(ii) …" items that were hard-wrapped into it. */
function collectLineItems(prose: string, block: Block, blockIndex: number, items: Item[]): void {
  let lineStart = prose.indexOf('\n', block.start);
  while (lineStart >= 0 && lineStart < block.end) {
    const start = lineStart + 1;
    let end = prose.indexOf('\n', start);
    if (end < 0 || end > block.end) end = block.end;
    const textStart = firstNonSpace(prose, start, end);
    const label = matchLabel(prose.slice(textStart, Math.min(end, textStart + 12)), 'line');
    if (label && ITEM_LINE_STYLES.has(label.style) && !continuesCitation(prose, label, block.start, lineStart)) {
      items.push(makeLineItem(block, blockIndex, textStart, label, start, end, block.indent === undefined ? undefined : textStart - start));
    }
    lineStart = end < block.end ? end : -1;
  }
}

/** Node keys ("c12", "h3"), made once per number rather than once per node per edit. */
const KEYS: Record<'c' | 'h', string[]> = { c: [], h: [] };
function keyOf(kind: 'c' | 'h', n: number): string {
  return (KEYS[kind][n] ??= `${kind}${n}`);
}

/**
 * Clauses are made by one constructor: every field is assigned in the same order when the
 * object is made (its parent, id and part are filled in when it is placed), so all 5,804
 * clauses of a 1 MB agreement share one layout with every field inside the object — an
 * object literal whose fields change representation later left most of them with an
 * out-of-object store, made again for every clause on every edit.
 */
export class ClauseNode implements Clause {
  /** On the prototype (below): the same for every clause, so not a field of each. */
  declare readonly kind: 'clause';
  parent: OutlineNode | undefined = undefined;
  children: OutlineNode[] = [];
  id = '';
  part: Part = undefined as unknown as Part;

  constructor(
    readonly key: string,
    public span: Span,
    /** The head, label and body spans are kept as numbers and made when read (three objects less per clause); the head starts where the clause does. */
    private headEnd: number,
    public title: string,
    readonly headingLevel: number | undefined,
    /** Replaced by the next version's label of the same shape when the node is refreshed. */
    public label: Label,
    private labelStart: number,
    private labelEnd: number,
    readonly source: Clause['source'],
    private bodyStart: number,
    private bodyEnd: number,
    /** Replaced by the next version's item when the node is refreshed (describe.ts keeps summaries by it). */
    public origin: object,
  ) {}

  get headSpan(): Span { return { start: this.span.start, end: this.headEnd }; }
  get labelSpan(): Span { return { start: this.labelStart, end: this.labelEnd }; }
  get bodySpan(): Span { return { start: this.bodyStart, end: this.bodyEnd }; }

  /** Moves the clause's spans by `by` (outlineRefresh.ts: a section before it grew or shrank). */
  moveBy(by: number): void {
    this.span.start += by; this.span.end += by;
    this.headEnd += by; this.labelStart += by; this.labelEnd += by; this.bodyStart += by; this.bodyEnd += by;
  }

  /** Takes the geometry, title, label and origin of `fresh`, made from the next version's item of the same shape. */
  takeFrom(fresh: ClauseNode): void {
    setSpan(this.span, fresh.span);
    this.headEnd = fresh.headEnd; this.labelStart = fresh.labelStart; this.labelEnd = fresh.labelEnd;
    this.bodyStart = fresh.bodyStart; this.bodyEnd = fresh.bodyEnd;
    this.title = fresh.title;
    this.label = fresh.label;
    this.origin = fresh.origin;
  }

  /** Read from the label (a refresh replaces it): three fields less on each of thousands of clauses. */
  get style(): Label['style'] { return this.label.style; }
  get labelText(): string { return this.label.raw.trim(); }
  get ordinal(): number { return this.label.values[this.label.values.length - 1]; }
}
Object.defineProperty(ClauseNode.prototype, 'kind', { value: 'clause' });

class OutlineBuilder {
  private readonly root: OutlineNode;
  private readonly stack: OutlineNode[];
  private readonly clauses: Clause[] = [];
  private readonly containers: Container[] = [];
  /** The clause made from each list-item block (by block index), to nest sub-lists under it. */
  private readonly listClauses = new Map<number, Clause>();
  /** The last clause made from an item of each list (by list id): its siblings follow it. */
  private readonly lastOfList = new Map<number, Clause>();
  /** The list depth of each clause made from a list item. */
  private readonly listDepths = new Map<Clause, number>();
  /** Plain text: the indentation of each clause placed by it. */
  private readonly indents = new Map<OutlineNode, number>();

  /** The node each item made, by item index. */
  nodes: (OutlineNode | undefined)[] = [];
  /** The shift and block base of the item being placed. */
  private shift = 0;
  private blockBase = 0;

  constructor(private readonly text: string, private readonly prose: ProseText, private readonly items: Item[],
    private readonly shifts: number[], private readonly blockBases: number[]) {
    this.root = { kind: 'root', key: 'root', children: [], span: { start: 0, end: text.length }, headSpan: { start: 0, end: 0 }, title: '' };
    this.stack = [this.root];
  }

  build(): Outline {
    this.nodes = new Array(this.items.length).fill(undefined);
    this.items.forEach((item, i) => {
      this.shift = this.shifts[i];
      this.blockBase = this.blockBases[i];
      if (item.block.kind === 'heading' && (!item.label || item.label.division)) this.nodes[i] = this.placeContainer(item, i);
      else if (item.label?.division) this.nodes[i] = this.placeContainer(item, i);
      else if (item.label) this.nodes[i] = this.placeClause(item);
    });
    finishSpans(this.root, this.text);
    const parts = assignParts(this.root, this.clauses);
    return { root: this.root, parts, clauses: this.clauses, containers: this.containers };
  }

  private get top(): OutlineNode { return this.stack[this.stack.length - 1]; }

  private push(node: OutlineNode): void {
    node.parent = this.top;
    this.top.children.push(node);
    this.stack.push(node);
  }

  private popTo(node: OutlineNode): void {
    if (!this.stack.includes(node)) return;
    while (this.stack.length > 1 && this.top !== node) this.stack.pop();
  }

  // ---- containers -------------------------------------------------------------

  /** Places an item of the same shape as the one that made `node` in the last version into `node`. */
  refresh(node: OutlineNode, item: Item, shift: number, blockBase: number): void {
    this.shift = shift;
    this.blockBase = blockBase;
    if (node.kind === 'container') {
      const fresh = this.makeContainer(item), old = node as Container;
      setSpan(old.span, fresh.span); setSpan(old.headSpan, fresh.headSpan);
      if (old.labelSpan && fresh.labelSpan) setSpan(old.labelSpan, fresh.labelSpan);
      old.title = fresh.title;
      old.label = fresh.label;
      return;
    }
    const old = node as ClauseNode;
    // The label as it was settled (a letter or a roman numeral): the same reading of the new label.
    const label = item.label!.style === old.label.style ? item.label! : item.label!.alternative!;
    old.takeFrom(this.makeClause(item, label));
  }

  private makeContainer(item: Item): Container {
    const { block, label } = item;
    const start = block.start + this.shift, end = block.end + this.shift, textStart = item.textStart + this.shift;
    const node: Container = {
      kind: 'container', key: keyOf('h', this.containers.length), parent: undefined, children: [],
      span: { start, end }, headSpan: { start, end: lineEndOf(this.text, start, end) },
      title: '', headingLevel: block.depth, division: label?.division, label, labelSpan: undefined,
    };
    const titleStart = label ? textStart + label.raw.length : textStart;
    node.title = cleanTitle(this.prose.slice(titleStart, end));
    if (label) {
      node.labelSpan = { start: textStart, end: textStart + label.raw.length };
      node.title = [label.raw.trim(), node.title].filter(Boolean).join(' ');
    }
    return node;
  }

  private placeContainer(item: Item, index: number): Container {
    const { block, label } = item;
    const level = block.depth ?? 7;
    const node = this.makeContainer(item);
    this.containers.push(node);

    if (!label && this.startsNewPart(index)) { this.push(node); return node; }
    const rank = label?.division ? DIVISION_RANK[label.division] : undefined;
    while (this.stack.length > 1) {
      const top = this.top;
      if (top.kind === 'clause') {
        if (top.headingLevel === undefined || top.headingLevel >= level) { this.stack.pop(); continue; }
        break;
      }
      const t = top as Container;
      const tRank = t.division ? DIVISION_RANK[t.division] : undefined;
      if (rank !== undefined && tRank !== undefined ? tRank >= rank : (t.headingLevel ?? 7) >= level) { this.stack.pop(); continue; }
      break;
    }
    this.push(node);
    return node;
  }

  /**
   * An unnumbered heading after which numbering restarts at 1 in a style already open
   * (通用服务条款 1–14, then 专用服务条款 1.) closes that sequence's part and opens a
   * sibling part, whatever the heading levels say.
   */
  private startsNewPart(index: number): boolean {
    const next = this.nextLabelled(index);
    if (!next?.label || next.label.values[next.label.values.length - 1] !== 1 || next.label.values.length !== 1) return false;
    for (let i = this.stack.length - 1; i > 0; i--) {
      const node = this.stack[i];
      if (node.kind === 'clause' && sameLevel(node as Clause, next.label)) {
        let parent = node.parent!;
        if (parent.kind === 'container' && !(parent as Container).division && parent.parent) parent = parent.parent;
        this.popTo(parent);
        return true;
      }
    }
    return false;
  }

  private nextLabelled(index: number): Item | undefined {
    for (let i = index + 1; i < this.items.length; i++) {
      const item = this.items[i];
      if (item.block.kind === 'heading' && !item.label) return undefined;
      if (item.label && !item.label.division && item.context !== 'line') return item;
    }
    return undefined;
  }

  // ---- clauses ----------------------------------------------------------------

  private placeClause(item: Item): Clause {
    const label = item.indent !== undefined ? this.settleByIndent(item.label!, item.indent) : this.settleLetterOrRoman(item.label!);
    const clause = this.makeClause(item, label);

    if (item.indent !== undefined) this.placeByIndent(clause, item.indent);
    else if (item.listItem) this.placeListClause(item, clause);
    else if (label.style === 'decimal' && label.values.length > 1) this.placeDecimal(clause);
    else this.placeBySiblings(clause, item.block.kind === 'heading' ? item.block.depth : undefined);

    clause.id = clauseId(clause);
    this.clauses.push(clause);
    return clause;
  }

  /**
   * "(i)", "(v)", "(c)" read as roman numerals or letters. Roman when it continues an open
   * roman sequence, or starts one with "i"; otherwise a letter when letters are open or
   * when the token is not a plausible roman start.
   */
  private settleLetterOrRoman(label: Label): Label {
    const letter = label.alternative;
    if (!letter) return label;
    const roman = this.findOpen((c) => c.style === label.style);
    if (roman && roman.ordinal === label.values[0] - 1) return label;
    const letters = this.findOpen((c) => c.style === letter.style);
    if (letters && letters.ordinal < letter.values[0]) return letter;
    if (!roman && label.values[0] === 1) return label;
    return roman ? label : letter;
  }

  /** Plain text: "i." is a letter only when it follows an "h." at its own indentation. */
  private settleByIndent(label: Label, indent: number): Label {
    const letter = label.alternative;
    if (!letter) return label;
    const sibling = this.findOpen((c) => Math.abs((this.indents.get(c) ?? -9) - indent) <= 3 && (c.style === label.style || c.style === letter.style));
    if (sibling?.style === letter.style && sibling.ordinal === letter.values[0] - 1) return letter;
    if (sibling?.style === label.style || label.values[0] === 1) return label;
    return letter;
  }

  private placeListClause(item: Item, clause: Clause): void {
    const block = item.block;
    const listId = block.listId === undefined ? undefined : block.listId + this.shift;
    const outer = block.item !== undefined ? this.listClauses.get(block.item + this.blockBase) : undefined;
    const previous = listId !== undefined ? this.lastOfList.get(listId) : undefined;
    // A list the writer split with paragraphs ("1. Definitions", "1.1 …", "1.2 …", then
    // "2. Services", which Markdown starts as a new list): the open item numbered one less,
    // at the same list depth, is its sibling.
    const continued = previous || outer ? undefined
      : this.findOpen((c) => c.source === 'listItem' && c.ordinal === clause.ordinal - 1 && this.listDepths.get(c) === (block.listDepth ?? 0));
    if (previous?.parent) this.popTo(previous.parent);
    else if (outer) this.popTo(outer);
    else if (continued?.parent) this.popTo(continued.parent);
    else this.popParagraphClauses();
    this.push(clause);
    this.listClauses.set(item.blockIndex + this.blockBase, clause);
    this.listDepths.set(clause, block.listDepth ?? 0);
    if (listId !== undefined) this.lastOfList.set(listId, clause);
  }

  private placeDecimal(clause: Clause): void {
    const segs = clause.label.values;
    const parent = this.findOpen((c) => isDecimal(c) && isPrefixOf(c.label.values, segs));
    if (parent) { this.popTo(parent); this.push(clause); return; }
    // Misplaced (6.1 inside 5): keep it under the open clause one level up; a rule reports it.
    const upper = this.findOpen((c) => isDecimal(c) && c.label.values.length === segs.length - 1);
    if (upper) { this.popTo(upper); this.push(clause); return; }
    const sibling = this.findOpen((c) => isDecimal(c) && c.label.values.length === segs.length);
    if (sibling) { this.popTo(sibling.parent!); this.push(clause); return; }
    this.popParagraphClauses();
    this.push(clause);
  }

  private placeBySiblings(clause: Clause, headingLevel: number | undefined): void {
    for (let attempt = 0; attempt < 2; attempt++) {
      const sibling = this.findOpen((c) => sameLevel(c, clause.label));
      if (sibling) { this.popTo(sibling.parent!); this.push(clause); return; }
      if (attempt > 0 || headingLevel === undefined) break;
      // A numbered heading closes containers at its level or deeper, then looks again —
      // but not an annex or part ("## 附件2" then "## 1. 范围"): its clauses are its own.
      let popped = false;
      while (this.stack.length > 1 && this.top.kind === 'container' && (this.top.headingLevel ?? 7) >= headingLevel && !opensNumberedPart(this.top as Container)) { this.stack.pop(); popped = true; }
      if (!popped) break;
    }
    if (ITEM_LINE_STYLES.has(clause.style) || clause.style === 'list') { this.push(clause); return; }
    this.popParagraphClauses();
    this.push(clause);
  }

  /** Plain text: a clause is a child of the nearest open clause indented less than it. */
  private placeByIndent(clause: Clause, indent: number): void {
    // Right-aligned numerals ("  i." " ii." "iii.") start in different columns: an open
    // clause of the same style a few columns away is still a sibling.
    const sibling = this.findOpen((c) => sameLevel(c, clause.label) && Math.abs((this.indents.get(c) ?? -9) - indent) <= 3);
    if (sibling) { this.popTo(sibling.parent!); this.push(clause); this.indents.set(clause, indent); return; }
    while (this.stack.length > 1 && this.top.kind === 'clause' && (this.indents.get(this.top) ?? -1) >= indent) this.stack.pop();
    this.push(clause);
    this.indents.set(clause, indent);
  }

  /** The innermost open clause (on the stack above the innermost container) that `test` accepts. */
  private findOpen(test: (c: Clause) => boolean): Clause | undefined {
    for (let i = this.stack.length - 1; i > 0 && this.stack[i].kind === 'clause'; i--) {
      if (test(this.stack[i] as Clause)) return this.stack[i] as Clause;
    }
    return undefined;
  }

  private popParagraphClauses(): void {
    while (this.stack.length > 1 && this.top.kind === 'clause' && ITEM_LINE_STYLES.has((this.top as Clause).style)) this.stack.pop();
  }

  private makeClause(item: Item, label: Label): ClauseNode {
    const { block } = item;
    const s = this.shift;
    const source: Clause['source'] = item.listItem ? 'listItem' : item.context === 'line' ? 'line' : block.kind === 'heading' ? 'heading' : 'paragraph';
    const blockStart = block.start + s, blockEnd = block.end + s, textStart = item.textStart + s;
    const lineEnd = item.lineEnd === undefined ? undefined : item.lineEnd + s;
    const start = item.lineStart === undefined ? blockStart : item.lineStart + s;
    const headEnd = lineEnd ?? (block.kind === 'heading' ? blockEnd : textStart + this.headLength(item));
    const labelStart = item.listItem ? firstNonSpace(this.prose, blockStart, blockEnd) : textStart;
    const labelEnd = item.listItem ? (block.markerEnd === undefined ? blockStart : block.markerEnd + s) : textStart + label.raw.length;
    const bodyStart = firstNonSpace(this.prose, item.listItem ? block.contentStart + s : labelEnd, blockEnd);
    const bodyEnd = lineEnd ?? blockEnd;
    return new ClauseNode(
      keyOf('c', this.clauses.length), { start, end: blockEnd }, headEnd,
      item.title ?? this.titleOf(item, label, labelEnd, bodyEnd),
      block.kind === 'heading' ? block.depth : undefined, label, labelStart, labelEnd, source, bodyStart, bodyEnd, item,
    );
  }

  /** The first line's length depends only on the section's text: computed once, kept on the item. */
  private headLength(item: Item): number {
    if (item.headLength === undefined) {
      const textStart = item.textStart + this.shift;
      item.headLength = lineEndOf(this.text, textStart, item.block.end + this.shift) - textStart;
    }
    return item.headLength;
  }

  /** The title depends only on the section's text: compute it once and keep it on the item. */
  private titleOf(item: Item, label: Label, labelEnd: number, end: number): string {
    // Kept with the section: a copy, not a view that would pin this version's whole prose.
    return (item.title = detach(this.computeTitle(item, label, labelEnd, end)));
  }

  private computeTitle(item: Item, label: Label, labelEnd: number, end: number): string {
    if (item.block.kind === 'heading') return cleanTitle(this.prose.slice(labelEnd, end));
    const caption = item.context === 'line' ? undefined : (item.listItem ? item.leadCaption : item.block.caption);
    if (caption) {
      const captionEnd = caption[1] + this.shift;
      let from = caption[0] + this.shift;
      if (from <= labelEnd && labelEnd <= captionEnd) from = labelEnd;
      const title = cleanTitle(this.prose.slice(from, captionEnd));
      if (title.length <= 120) return title;
    }
    const rest = this.prose.slice(labelEnd, Math.min(end, labelEnd + 200)).replace(LABEL_TITLE_SEPARATOR, '');
    const bracket = /^【([^】\n]{1,60})】/.exec(rest);
    if (bracket) return bracket[1].trim();
    // "Section 1 -- Definitions." standing alone on its line is a heading in plain text.
    const single = /^([^\n]{1,80})$/.exec(rest.trimEnd());
    return single && /^[A-Za-z§]{2,}/.test(label.raw) && !ITEM_LINE_STYLES.has(label.style) && end - labelEnd <= 100 ? cleanTitle(single[1]) : '';
  }

}

/** `values` are all of `segs` but the last: 3.2 is the prefix of 3.2.1 (the parent's number). */
export function isPrefixOf(values: number[], segs: number[]): boolean {
  if (values.length !== segs.length - 1) return false;
  for (let i = 0; i < values.length; i++) if (values[i] !== segs[i]) return false;
  return true;
}

function isDecimal(c: Clause): boolean { return c.style === 'decimal' || c.style === 'clauseWord'; }

/** Same style at the same depth: the candidate is a sibling of `c`. */
function sameLevel(c: Clause, label: Label): boolean {
  if (c.style !== label.style) return false;
  if (c.style === 'decimal' || c.style === 'clauseWord') return c.label.values.length === label.values.length;
  return true;
}

function clauseId(c: Clause): string {
  const parent = c.parent?.kind === 'clause' ? (c.parent as Clause) : undefined;
  const v = c.label.values;
  switch (c.style) {
    case 'decimal':
      if (v.length === 1 && parent?.style === 'upperAlpha') return `${parent.id}.${v[0]}`;
      // Only plain text nests "1." under an item ("a."): it is item 2(a)(1), as cc-by cites it.
      if (v.length === 1 && parent && ITEM_LINE_STYLES.has(parent.style)) return `${parent.id}(${v[0]})`;
      return c.label.numbers;
    case 'clauseWord':
    case 'article':
    case 'cnEnum':
      return c.label.numbers; // "2.1", or the single number
    case 'upperAlpha':
      return String.fromCharCode(64 + v[0]);
    case 'list':
      if (!parent) return c.label.numbers;
      return parent.source === 'listItem' ? `${parent.id}.${v[0]}` : `${parent.id}(${v[0]})`;
    default:
      return `${parent?.id ?? ''}(${itemToken(c.style, v[0])})`;
  }
}

/** How an item's ordinal is written inside an id: (c), (iv), (B), (3). */
export function itemToken(style: Clause['style'], ordinal: number): string {
  if (style === 'alphaParen' || style === 'alphaDot') return toLetter(ordinal);
  if (style === 'romanParen' || style === 'romanDot') return toRoman(ordinal);
  if (style === 'upperParen') return toLetter(ordinal).toUpperCase();
  return String(ordinal);
}

function lineEndOf(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** A title for display: one line, markup gone, separators and trailing colons trimmed. */
export function cleanTitle(raw: string): string {
  let t = raw.replace(/\s+/g, ' ').replace(LABEL_TITLE_SEPARATOR, '').trim();
  t = t.replace(/^【([^】]*)】/, '$1');
  while (t.endsWith('#')) t = t.slice(0, -1); // closing hashes of an ATX heading
  t = t.trim().replace(/[：:.。]$/, '').trim();
  return t;
}

/** The children of every leaf once the outline is built: read only. */
const NO_CHILDREN = Object.freeze([]) as unknown as OutlineNode[];

function setSpan(target: Span, source: Span): void {
  target.start = source.start;
  target.end = source.end;
}

/** Each node ends where the next node at its level or above starts (trailing blanks trimmed). */
function finishSpans(root: OutlineNode, text: string): void {
  finishSpansNear(root, text, -Infinity, Infinity);
}

/**
 * Span ends found for the nodes whose stretch, up to where the next node starts, touches
 * [from, to] — every node when the outline is built; for an outline refreshed in place, the
 * re-parsed sections and the change. Every other node's end is right already — kept where
 * nothing moved, moved with its start after the change — because the text between its end
 * and the next node's start is the same.
 */
export function finishSpansNear(root: OutlineNode, text: string, from: number, to: number): void {
  root.span.start = 0;
  finishNear(root, text.length, text, from, to);
}

function finishNear(node: OutlineNode, end: number, text: string, from: number, to: number): void {
  node.span.end = trimEnd(text, node.span.start, end);
  const children = node.children;
  // Most clauses are leaves: one shared empty list instead of an array each. A list that was
  // pushed to has room for 17; the kept one is an exact-size copy (0.25 MB on 1 MB).
  if (!children.length) { node.children = NO_CHILDREN; return; }
  node.children = children.slice();
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const childEnd = i + 1 < children.length ? children[i + 1].span.start : end;
    if (childEnd >= from && child.span.start <= to) finishNear(child, childEnd, text, from, to);
  }
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

function opensNumberedPart(c: Container): boolean {
  return c.division === 'annex' || c.division === 'part';
}

/** Plain headings, annexes/schedules and parts number their clauses afresh; 编/章/节 do not. */
function opensPart(c: Container): boolean {
  return !c.division || c.division === 'annex' || c.division === 'part';
}

/** A part is the nearest enclosing container that opens one (see opensPart). */
function assignParts(root: OutlineNode, clauses: Clause[]): Part[] {
  const parts = new Map<OutlineNode, Part>();
  const partOf = (node: OutlineNode): Part => {
    let n: OutlineNode | undefined = node.parent;
    while (n && n.kind !== 'root' && !(n.kind === 'container' && opensPart(n as Container))) n = n.parent;
    const owner = n ?? root;
    let part = parts.get(owner);
    if (!part) { part = { index: parts.size, node: owner, title: owner.title }; parts.set(owner, part); }
    return part;
  };
  // Siblings share their part: one walk up per parent, not per clause (parts are still numbered in document order).
  const byParent = new Map<OutlineNode | undefined, Part>();
  for (const c of clauses) {
    let part = byParent.get(c.parent);
    if (!part) byParent.set(c.parent, (part = partOf(c)));
    c.part = part;
  }
  return [...parts.values()];
}

