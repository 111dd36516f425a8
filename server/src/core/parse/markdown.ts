/**
 * Parses one section with remark into the few facts the model needs: the blocks that
 * can carry a clause (headings, paragraphs, list items), and the ranges of markup to
 * hide from the text extractors (code, HTML tags, emphasis markers, link targets).
 * Offsets are relative to the section; the caller shifts them.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmWithoutFootnotes } from './gfm';
import { defuse } from './hostile';
import { parsePlainSection } from './plain';
import { makeBlock } from './blocks';
import { splitSections } from './sections';
import type { Root, RootContent, Parent } from 'mdast';

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableCell';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Where the block's own text starts (after "## " or the list marker). */
  contentStart: number;
  /** Heading level 1–6. */
  depth?: number;
  /** List items: the ordinal implied by position (start + index), nesting depth, marker. */
  ordinal?: number;
  ordered?: boolean;
  listDepth?: number;
  markerEnd?: number;
  /** Index (within the section's blocks) of the list item holding this block. */
  item?: number;
  /** List items: offset of their list, which identifies the list. */
  listId?: number;
  /** Paragraph that opens its list item: its text is the item's text. */
  leadsItem?: boolean;
  /** A bold or HTML-span caption at the start of the block: [start, end) of its text. */
  caption?: [number, number];
  /** Plain text only: columns of white space before the paragraph, which nest its clauses. */
  indent?: number;
}

export interface Link { start: number; end: number; url: string; textStart: number; textEnd: number }

import type { Ranges } from './prose';
import type { Item } from './outline';
import type { SectionMemo } from '../sectionMemo';

export interface SectionParse {
  blocks: Block[];
  /** [start, end) ranges of markup, blanked out in the prose view (analyze.ts keeps them as `ranges`). */
  masks: [number, number][];
  /** The masks sorted and without overlaps (parse/prose.ts): what the prose view reads. */
  ranges?: Ranges;
  /**
   * The labelled blocks (outline.ts collectItems), made by analyze.ts with the parse; the
   * blocks list is then released (the items keep the blocks they read) and only its length kept.
   */
  items?: Item[];
  blockCount?: number;
  links: Link[];
  /** id="…" and <a name="…"> anchors declared in HTML. */
  anchors: string[];
  frontMatter?: { start: number; end: number; value: string };
  /** Section-local results of the extractors (see sectionLocal in analyze.ts). */
  memo?: SectionMemo;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(gfmWithoutFootnotes);

/** `chunked: false` parses with remark in one go: the reference the chunked parse must equal. */
export function parseSection(text: string, chunked = true): SectionParse {
  // micromark drops a leading BOM and counts offsets without it: parse without it and shift back.
  if (text.charCodeAt(0) === 0xfeff) {
    const shifted: SectionParse = { blocks: [], masks: [], links: [], anchors: [] };
    append(shifted, parseSection(text.slice(1), chunked), 1);
    return shifted;
  }
  if (!chunked) return parseWithRemark(text);
  // The section's own paragraphs, split where the document splits sections: the plain
  // ones take the fast path, each run of the others one remark parse.
  const chunks = splitSections(text, 0);
  if (chunks.length === 1) return parsePlainSection(text) ?? parseWithRemark(text);
  const out: SectionParse = { blocks: [], masks: [], links: [], anchors: [] };
  let pending = -1; // start of a run of chunks for remark
  const flush = (end: number) => {
    if (pending >= 0) append(out, parseWithRemark(text.slice(pending, end)), pending);
    pending = -1;
  };
  for (const chunk of chunks) {
    const plain = parsePlainSection(text.slice(chunk.start, chunk.end));
    if (!plain) { if (pending < 0) pending = chunk.start; continue; }
    flush(chunk.start);
    append(out, plain, chunk.start);
  }
  flush(text.length);
  return out;
}

/** Appends a parse of the text at `at` to `out`, in section offsets. */
function append(out: SectionParse, p: SectionParse, at: number): void {
  const blockBase = out.blocks.length;
  for (const b of p.blocks) {
    const moved = makeBlock({ ...b, start: b.start + at, end: b.end + at, contentStart: b.contentStart + at });
    if (b.markerEnd !== undefined) moved.markerEnd = b.markerEnd + at;
    if (b.listId !== undefined) moved.listId = b.listId + at;
    if (b.item !== undefined) moved.item = b.item + blockBase;
    if (b.caption) moved.caption = [b.caption[0] + at, b.caption[1] + at];
    out.blocks.push(moved);
  }
  for (const [s, e] of p.masks) out.masks.push([s + at, e + at]);
  for (const l of p.links) out.links.push({ ...l, start: l.start + at, end: l.end + at, textStart: l.textStart + at, textEnd: l.textEnd + at });
  out.anchors.push(...p.anchors);
  if (p.frontMatter && !out.frontMatter) out.frontMatter = { ...p.frontMatter, start: p.frontMatter.start + at, end: p.frontMatter.end + at };
}

/** The remark parse, for every section the plain-text fast path declines (exported for its test). */
export function parseWithRemark(text: string): SectionParse {
  const root = processor.parse(defuse(text)) as Root;
  const out: SectionParse = { blocks: [], masks: [], links: [], anchors: [] };
  walkChildren(root, text, out, { listDepth: 0 });
  return out;
}


interface Context { listDepth: number; item?: number }

function pos(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

function walkChildren(parent: Parent, text: string, out: SectionParse, ctx: Context): void {
  parent.children.forEach((child, index) => walk(child as RootContent, index, parent, text, out, ctx));
}

function walk(node: RootContent, index: number, parent: Parent, text: string, out: SectionParse, ctx: Context): void {
  const [start, end] = pos(node);
  switch (node.type) {
    case 'yaml':
      out.masks.push([start, end]);
      out.frontMatter = { start, end, value: node.value };
      return;
    case 'code':
    case 'definition':
    case 'image':
    case 'imageReference':
    case 'inlineCode':
      out.masks.push([start, end]);
      return;
    case 'html':
      maskHtml(text, start, end, out);
      return;
    case 'heading': {
      const first = node.children.length ? pos(node.children[0])[0] : end;
      out.blocks.push(makeBlock({ kind: 'heading', start, end, contentStart: first, depth: node.depth, item: ctx.item }));
      walkChildren(node, text, out, ctx);
      return;
    }
    case 'paragraph': {
      const leadsItem = parent.type === 'listItem' && index === 0;
      const block = makeBlock({ kind: 'paragraph', start, end, contentStart: start, item: ctx.item, leadsItem, caption: captionOf(node, text) });
      out.blocks.push(block);
      walkChildren(node, text, out, ctx);
      return;
    }
    case 'list':
      node.children.forEach((item, i) => {
        const [s, e] = pos(item);
        const marker = /^[ \t]*(?:\d{1,9}[.)]|[-*+])/.exec(text.slice(s, Math.min(e, s + 16)));
        const markerEnd = s + (marker ? marker[0].length : 0);
        const contentStart = item.children.length ? pos(item.children[0])[0] : markerEnd;
        out.blocks.push(makeBlock({
          kind: 'listItem', start: s, end: e, contentStart, markerEnd, item: ctx.item,
          ordered: !!node.ordered, listId: start, ordinal: (node.start ?? 1) + i, listDepth: ctx.listDepth + 1,
        }));
        walkChildren(item, text, out, { listDepth: ctx.listDepth + 1, item: out.blocks.length - 1 });
      });
      return;
    case 'tableCell':
      out.blocks.push(makeBlock({ kind: 'tableCell', start, end, contentStart: start, item: ctx.item }));
      walkChildren(node, text, out, ctx);
      return;
    case 'strong':
    case 'emphasis':
    case 'delete':
      maskMarkers(node, start, end, out);
      walkChildren(node, text, out, ctx);
      return;
    case 'link':
    case 'linkReference': {
      const inner = node.children.length ? [pos(node.children[0])[0], pos(node.children[node.children.length - 1])[1]] : [start, start];
      if (node.type === 'link') out.links.push({ start, end, url: node.url, textStart: inner[0], textEnd: inner[1] });
      if (inner[0] > start) out.masks.push([start, inner[0]]);
      if (end > inner[1]) out.masks.push([inner[1], end]);
      walkChildren(node, text, out, ctx);
      return;
    }
    default:
      if ('children' in node) walkChildren(node as Parent, text, out, ctx);
  }
}

function maskMarkers(node: Parent, start: number, end: number, out: SectionParse): void {
  if (!node.children.length) { out.masks.push([start, end]); return; }
  const first = pos(node.children[0])[0];
  const last = pos(node.children[node.children.length - 1])[1];
  if (first > start) out.masks.push([start, first]);
  if (end > last) out.masks.push([last, end]);
}

/** Blank out tags and comments but keep the text between them (HTML lists carry clauses). */
function maskHtml(text: string, start: number, end: number, out: SectionParse): void {
  let i = start;
  while (i < end) {
    const lt = text.indexOf('<', i);
    if (lt < 0 || lt >= end) break;
    let close: number;
    if (text.startsWith('<!--', lt)) {
      const c = text.indexOf('-->', lt + 4);
      close = c < 0 || c + 3 > end ? end : c + 3;
    } else {
      const c = text.indexOf('>', lt + 1);
      close = c < 0 || c >= end ? end : c + 1;
      collectAnchors(text.slice(lt, close), out);
    }
    out.masks.push([lt, close]);
    i = close;
  }
}

const ANCHOR_ATTR = /\b(?:id|name)\s*=\s*"([^"]{1,200})"/g;
function collectAnchors(tag: string, out: SectionParse): void {
  for (const m of tag.matchAll(ANCHOR_ATTR)) out.anchors.push(m[1]);
}

/**
 * A caption at the start of a paragraph: "**(a) Grant.** …" or
 * `<span class="header_3" id="1.1">Access and Use.</span>`.
 */
function captionOf(node: Parent, text: string): [number, number] | undefined {
  const first = node.children[0] as RootContent | undefined;
  if (!first) return undefined;
  if (first.type === 'strong' && first.children.length) {
    return [pos(first.children[0])[0], pos(first.children[first.children.length - 1])[1]];
  }
  if (first.type === 'html' && /^<span\b[^>]{0,200}class="header_\d"/.test(first.value)) {
    const [, e] = pos(first);
    const close = text.indexOf('</span>', e);
    if (close > e && close - e < 300) return [e, close];
  }
  return undefined;
}
