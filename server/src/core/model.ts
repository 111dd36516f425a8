/**
 * The document model: what Clausewise knows about one version of one document. It is
 * built once per version (parse/analyze.ts) and every feature — diagnostics, outline,
 * hover, navigation, the CLI — only reads it. Offsets are UTF-16 indexes into `text`;
 * `lines` turns them into LSP positions. Its outline nodes live on into the next version
 * of the document when the edit changed no structure, moved in place
 * (parse/outlineRefresh.ts): a model is read before the next version is analysed, and a
 * cache of anything with offsets in it is kept per model, not per clause.
 */
import type { LineIndex } from './text/lineIndex';
import type { Label, LabelStyle, DivisionKind } from './lang/labels';
import type { Link } from './parse/markdown';
import type { TimelineConfig } from './config';
import type { ProseView } from './parse/prose';
import type { SectionMemo } from './sectionMemo';

export type Language = 'zh' | 'en';

/** A span of text: [start, end) offsets. */
export interface Span { start: number; end: number }

export type NodeKind = 'root' | 'container' | 'clause';

/** A node of the outline: the document, a heading/division that groups clauses, or a clause. */
export interface OutlineNode {
  kind: NodeKind;
  /** Stable within the document version: "c12" for the 12th clause, "h3" for the 3rd container. */
  key: string;
  parent?: OutlineNode;
  children: OutlineNode[];
  /** The whole node, from its start to the start of whatever follows it at its level or above. */
  span: Span;
  /** The heading or first line — what a user clicks to get there. */
  headSpan: Span;
  title: string;
  /** Markdown heading level when the node is a heading. */
  headingLevel?: number;
}

export interface Container extends OutlineNode {
  kind: 'container';
  /** 编/章/节/Annex/Part when numbered ("第一章", "ANNEX I"); undefined for a plain heading. */
  division?: DivisionKind;
  label?: Label;
  labelSpan?: Span;
}

export interface Clause extends OutlineNode {
  kind: 'clause';
  label: Label;
  style: LabelStyle;
  /** The number as written: "3.2.1.", "第四百六十三条", "(a)", "Section 4". */
  labelText: string;
  labelSpan: Span;
  /** Normalised id, unique within its part when numbering is right: "3.2.1", "463", "A.1", "8.1(a)". */
  id: string;
  /** Ordinal among its siblings of the same style (the last number of the id). */
  ordinal: number;
  /** Where the label came from. */
  source: 'heading' | 'paragraph' | 'listItem' | 'line';
  /** The part (top-level grouping whose numbering is independent) the clause belongs to. */
  part: Part;
  /** The text after the label within the head block: used for hovers and summaries. */
  bodySpan: Span;
  /**
   * What the clause was read from (its section parse's item): the same object exactly while
   * that section's text is the same, so what depends only on the text can be kept by it.
   */
  origin: object;
}

/** A numbering scope: clauses whose numbers form one independent sequence. */
export interface Part {
  index: number;
  /** The container that opened the part, or the root for a document without parts. */
  node: OutlineNode;
  title: string;
}

/**
 * A section of the document (parse/sections.ts): parsed, and analysed by the extractors'
 * section-local steps, independently of the others. `memo` survives edits elsewhere.
 */
export interface Section { start: number; end: number; memo: SectionMemo }

export interface FrontMatter { span: Span; data: Record<string, unknown>; error?: string }

export interface DocumentModel {
  uri: string;
  version: number;
  text: string;
  /**
   * The text with markup blanked out (same length, same line breaks): what extractors scan.
   * Read in slices (parse/prose.ts): the whole is made only on request (toString).
   */
  prose: ProseView;
  lines: LineIndex;
  language: Language;
  agreement: { isAgreement: boolean; reason: string };
  frontMatter?: FrontMatter;
  /** The sections, in order; extractors cache section-local work in their memos (analyze.ts sectionLocal). */
  sections: Section[];
  /** Timeline start, counting rule and holiday calendar from config files or settings. */
  timelineConfig: TimelineConfig;
  root: OutlineNode;
  parts: Part[];
  /** All clauses in document order. */
  clauses: Clause[];
  containers: Container[];
  links: Link[];
  anchors: Set<string>;
  /**
   * How many sections were re-parsed to build this version (the rest came from cache);
   * `millis`: the outline and everything before it; `extractors`: each area's time, once
   * read; `rules`: the rules' time (lint.ts), once the findings are read.
   */
  stats: { sections: number; parsedSections: number; millis: number; extractors: Record<string, number>; rules?: number };
}

export function isClause(node: OutlineNode): node is Clause { return node.kind === 'clause'; }
export function isContainer(node: OutlineNode): node is Container { return node.kind === 'container'; }
