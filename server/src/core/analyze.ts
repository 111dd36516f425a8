/**
 * Builds the DocumentModel for one version of a document. The text is split into
 * sections (parse/sections.ts); each section's Markdown parse is cached by its text, so
 * after an edit only the touched section is re-parsed, and the cheap linear passes
 * (prose view, outline) run over cached per-section results.
 */
import YAML from 'yaml';
import { LineIndex } from './text/lineIndex';
import { detach } from './text/detach';
import { splitAfterChange, splitSections, type SectionSpan } from './parse/sections';
import { changedRange, type TextChange } from './text/change';
import { parseSection, type Link, type SectionParse } from './parse/markdown';
import { parsePlainText } from './parse/plainText';
import { maskSlice, normalizeMasks, ProseView, type Ranges } from './parse/prose';
import { buildOutline, collectItems, type Item, type OutlineState, type SectionItems } from './parse/outline';
import { refreshOutline, sameShapes } from './parse/outlineRefresh';
import { detectAgreement, detectLanguage, legalWordsIn, scriptCounts, type DetectionMode } from './detect';
import type { DocumentModel, FrontMatter, Section } from './model';
import { installExtractors } from './extractors';
import type { TimelineConfig } from './config';
import { SectionMemo } from './sectionMemo';

export interface AnalyzeOptions {
  uri?: string;
  version?: number;
  detection?: DetectionMode;
  /** Override the language detection ("zh" | "en"). */
  language?: string;
  /** Cache of section parses, kept per document between versions. */
  cache?: SectionCache;
  /** Parse the whole text as one section (the reference the sectioned parse must equal). */
  wholeDocument?: boolean;
  /** Timeline settings from config files or the editor (start date, counting rule, holidays). */
  timeline?: TimelineConfig;
  /** "text" reads no Markdown (parse/plainText.ts); by default a .txt uri without Markdown in it is text. */
  format?: 'markdown' | 'text';
}

/**
 * What analyze() keeps of a document's latest version, so that the next version redoes
 * only what the edit touched: the sections before and after the changed stretch keep
 * their parses (and the section-local results in their memos), the split into sections
 * and the line index are updated around the change (parse/sections.ts splitAfterChange,
 * LineIndex.afterChange), and the prose view reads unchanged sections' markup ranges from
 * their kept parses. Nothing here outlives the next version.
 */
export class SectionCache {
  previous?: AnalysedVersion;
  /** How many section parses the latest version holds. */
  get size(): number { return this.previous?.parses.length ?? 0; }
}

interface AnalysedVersion {
  uri?: string;
  text: string;
  format: 'markdown' | 'text';
  /** The format was read from the text (not given): the next version may reuse the answer. */
  formatGuessed: boolean;
  spans: SectionSpan[];
  parses: SectionParse[];
  lines: LineIndex;
  /** The outline and what made it: refreshed in place by the next version when its structure is the same. */
  outline: OutlineState;
}

/** The parse of an unchanged section of the last version, and where that section started. */
interface Kept { parse: SectionParse; oldStart: number }

/**
 * Finds, for each new section in order, the last version's parse of the same text: by
 * position before and after the change, by text among the few sections the change touched.
 */
class KeptSections {
  private next = 0;
  private touched?: Map<string, Kept>;
  private readonly delta: number;

  constructor(private readonly previous: AnalysedVersion, private readonly change: TextChange | undefined) {
    this.delta = change ? change.newEnd - change.oldEnd : 0;
  }

  find(span: SectionSpan, text: string): Kept | undefined {
    const { change } = this;
    if (!change || span.end <= change.start) return this.byPosition(span.start, span.end);
    if (span.start >= change.newEnd) return this.byPosition(span.start - this.delta, span.end - this.delta);
    return this.touchedSections().get(text.slice(span.start, span.end));
  }

  /** The old section [start, end), found by walking forward (new sections come in order). */
  private byPosition(start: number, end: number): Kept | undefined {
    const spans = this.previous.spans;
    while (this.next < spans.length && spans[this.next].start < start) this.next++;
    const old = spans[this.next];
    return old && old.start === start && old.end === end ? { parse: this.previous.parses[this.next], oldStart: start } : undefined;
  }

  private touchedSections(): Map<string, Kept> {
    if (!this.touched) {
      this.touched = new Map();
      const { spans, parses, text } = this.previous;
      spans.forEach((old, i) => {
        if (old.end > this.change!.start && old.start < this.change!.oldEnd) this.touched!.set(text.slice(old.start, old.end), { parse: parses[i], oldStart: old.start });
      });
    }
    return this.touched;
  }
}

export function analyze(text: string, options: AnalyzeOptions = {}): DocumentModel {
  const started = performance.now();
  const cache = options.cache ?? new SectionCache();
  const last = options.wholeDocument ? undefined : cache.previous;
  const lastChange = last && changedRange(last.text, text);
  // Whether a .txt file is Markdown is read from its head: unchanged head, unchanged answer.
  const format = options.format ?? (last?.formatGuessed && last.uri === options.uri && (!lastChange || lastChange.start >= FORMAT_HEAD) ? last.format : formatOf(options.uri ?? '', text));
  const previous = last?.format === format ? last : undefined;
  const change = previous && lastChange;
  const spans = options.wholeDocument ? [{ start: 0, end: text.length }]
    : previous ? (change ? splitAfterChange(text, previous.spans, change) : previous.spans)
    : splitSections(text);
  const kept = previous && new KeptSections(previous, change);
  let blockCount = 0;
  // The prose view reads these as the loop fills them (a section's own entry comes first).
  const starts: number[] = [];
  const ranges: Ranges[] = [];
  const prose = new ProseView(text, starts, ranges);
  const links: Link[] = [];
  const anchors = new Set<string>();
  let frontMatterRaw: SectionParse['frontMatter'];
  let parsedSections = 0;
  const sections: Section[] = [];
  const parses: SectionParse[] = [];
  // Each section's own items (kept with its parse), and where they go in the document.
  const sectionItems: SectionItems = { items: [], shifts: [], blockBases: [] };

  for (const span of spans) {
    const old = kept?.find(span, text);
    let parse: SectionParse;
    if (old) {
      parse = old.parse;
    } else {
      // What is kept with the parse (its labels, titles, memos) comes from a copy, never
      // from a view of this version's text.
      const sectionText = detach(text.slice(span.start, span.end));
      parse = format === 'text' ? parsePlainText(sectionText) : parseSection(sectionText, !options.wholeDocument);
      parse.ranges = normalizeMasks(parse.masks);
      parse.masks = NO_MASKS;
      const sectionProse = maskSlice(sectionText, 0, sectionText.length, parse.ranges, 0);
      // The section's labelled blocks depend only on its text: made once, kept with the parse.
      parse.items = collectItems(sectionProse, parse.blocks).slice(); // kept: exact size
      parse.blockCount = parse.blocks.length;
      parse.blocks = NO_BLOCKS;
      parsedSections++;
    }
    starts.push(span.start);
    ranges.push(parse.ranges!);
    parses.push(parse);
    sections.push({ start: span.start, end: span.end, memo: (parse.memo ??= new SectionMemo()) });
    const shift = span.start;
    const base = blockCount;
    blockCount += parse.blockCount!;
    sectionItems.items.push(parse.items!); sectionItems.shifts.push(shift); sectionItems.blockBases.push(base);
    for (const l of parse.links) links.push({ ...l, start: l.start + shift, end: l.end + shift, textStart: l.textStart + shift, textEnd: l.textEnd + shift });
    for (const a of parse.anchors) anchors.add(a);
    if (parse.frontMatter && shift === 0) frontMatterRaw = parse.frontMatter;
  }

  const frontMatter = frontMatterRaw && readFrontMatter(frontMatterRaw);
  const outlineState = previous && sameStructure(previous.outline.sections.items, sectionItems.items)
    ? refreshOutline(previous.outline, text, prose, sectionItems, change)
    : buildOutline(text, prose, sectionItems);
  const outline = outlineState.outline;
  // Language and legal vocabulary from the first ~200 k characters, counted per section (cached).
  const counts = { cjk: 0, latin: 0 };
  const words = new Set<string>();
  for (const section of sections) {
    if (section.start > 200_000) break;
    const local = section.memo.get('detect') as { counts: { cjk: number; latin: number }; words: string[] } | undefined
      ?? memoSet(section, 'detect', { counts: scriptCounts(prose.slice(section.start, section.end)), words: legalWordsIn(detach(prose.slice(section.start, section.end))) });
    counts.cjk += local.counts.cjk; counts.latin += local.counts.latin;
    local.words.forEach((w) => words.add(w));
  }
  const language = detectLanguage(prose, options.language ?? frontMatter?.data.lang ?? frontMatter?.data.language, counts);
  const agreement = detectAgreement(prose, outline.clauses, frontMatter?.data, options.detection ?? 'auto', [...words]);

  // The extractors fill in the fields their areas declare on DocumentModel (references, terms, …).
  const model = {
    uri: options.uri ?? '',
    version: options.version ?? 0,
    text, prose,
    lines: previous && change ? LineIndex.afterChange(previous.lines, text, change) : previous ? previous.lines : new LineIndex(text),
    language, agreement, frontMatter, sections,
    timelineConfig: options.timeline ?? {},
    ...outline,
    links, anchors,
    stats: { sections: spans.length, parsedSections, millis: 0, extractors: {} },
  } as DocumentModel;
  if (!options.wholeDocument) cache.previous = { uri: options.uri, text, format, formatGuessed: !options.format, spans, parses, lines: model.lines, outline: outlineState };
  installExtractors(model);
  model.stats.millis = performance.now() - started;
  return model;
}

/** As many sections, each with the same items as last time or, re-parsed, items of the same shapes. */
function sameStructure(before: Item[][], after: Item[][]): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) if (after[i] !== before[i] && !sameShapes(before[i], after[i])) return false;
  return true;
}

const NO_MASKS: [number, number][] = [];
const NO_BLOCKS: SectionParse['blocks'] = [];

/** Signs of Markdown: an ATX heading, a bullet, bold, a link, a table row, a fence, an HTML block. */
const MARKDOWN_SIGNS = [/^#{1,6} \S/m, /^ {0,3}[-*+] \S/m, /\*\*\S/, /\]\(/, /^\|.*\|[ \t]*$/m, /^ {0,3}(?:```|~~~)/m, /^<[a-zA-Z!]/m];

/** How much of a .txt file is read to tell Markdown from plain text. */
const FORMAT_HEAD = 200_000;

/** A .txt file is plain text unless it is Markdown saved as .txt (the seed agreement is). */
function formatOf(uri: string, text: string): 'markdown' | 'text' {
  if (!/\.txt$/i.test(uri)) return 'markdown';
  const head = text.slice(0, FORMAT_HEAD);
  return MARKDOWN_SIGNS.some((sign) => sign.test(head)) ? 'markdown' : 'text';
}

function memoSet<T>(section: Section, key: string, value: T): T {
  section.memo.set(key, value);
  return value;
}

function readFrontMatter(raw: NonNullable<SectionParse['frontMatter']>): FrontMatter {
  const span = { start: raw.start, end: raw.end };
  try {
    const data = YAML.parse(raw.value, { maxAliasCount: 50 });
    return { span, data: data && typeof data === 'object' && !Array.isArray(data) ? data as Record<string, unknown> : {} };
  } catch (e) {
    return { span, data: {}, error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  }
}

/**
 * A section-local result, computed once per section text and reused by every later
 * version in which the section is unchanged (the memo lives with the cached parse).
 * `compute` must depend only on the section's text and prose and on `key` (put the
 * language or any other global input into the key). Offsets it returns are relative
 * to the section start: add `section.start` when assembling the document's facts.
 */
export function sectionLocal<T>(model: DocumentModel, section: Section, key: string, compute: (prose: string, text: string) => T): T {
  let value = section.memo.get(key) as T | undefined;
  if (value === undefined && !section.memo.has(key)) {
    value = compute(...sectionStrings(model, section));
    section.memo.set(key, value);
  }
  return value as T;
}

/** A section's prose and text as copies (see text/detach.ts): what a memo keeps must not pin the document. */
export function sectionStrings(model: DocumentModel, section: Section): [prose: string, text: string] {
  return [detach(model.prose.slice(section.start, section.end)), detach(model.text.slice(section.start, section.end))];
}
