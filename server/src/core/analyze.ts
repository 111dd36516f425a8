/**
 * Builds the DocumentModel for one version of a document. The text is split into
 * sections (parse/sections.ts); each section's Markdown parse is cached by its text, so
 * after an edit only the touched section is re-parsed, and the cheap linear passes
 * (prose view, outline) run over cached per-section results.
 */
import YAML from 'yaml';
import { LineIndex } from './text/lineIndex';
import { detach } from './text/detach';
import { splitSections } from './parse/sections';
import { parseSection, type Link, type SectionParse } from './parse/markdown';
import { parsePlainText } from './parse/plainText';
import { maskText } from './parse/prose';
import { buildOutline, collectItems, shiftItem, type Item } from './parse/outline';
import { detectAgreement, detectLanguage, legalWordsIn, scriptCounts, type DetectionMode } from './detect';
import type { DocumentModel, FrontMatter, Section } from './model';
import { runExtractors } from './extractors';
import type { TimelineConfig } from './config';

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

/** Section parses by section text. Entries not used by the latest version are dropped. */
export class SectionCache {
  private entries = new Map<string, SectionParse>();
  private used = new Map<string, SectionParse>();

  get(text: string): SectionParse | undefined {
    const hit = this.entries.get(text) ?? this.used.get(text);
    if (hit) this.used.set(text, hit);
    return hit;
  }
  set(text: string, parse: SectionParse): void { this.used.set(text, parse); }
  /** Call after each version: keep only what that version used. */
  commit(): void { this.entries = this.used; this.used = new Map(); }
  get size(): number { return this.entries.size; }
}

export function analyze(text: string, options: AnalyzeOptions = {}): DocumentModel {
  const started = performance.now();
  const cache = options.cache ?? new SectionCache();
  const plainText = (options.format ?? formatOf(options.uri ?? '', text)) === 'text';
  const spans = options.wholeDocument ? [{ start: 0, end: text.length }] : splitSections(text);
  let blockCount = 0;
  const proseParts: string[] = [];
  const links: Link[] = [];
  const anchors = new Set<string>();
  let frontMatterRaw: SectionParse['frontMatter'];
  let parsedSections = 0;
  const sections: Section[] = [];
  const items: Item[] = [];

  for (const span of spans) {
    const view = text.slice(span.start, span.end);
    let sectionText = view;
    let parse = cache.get(view);
    if (!parse) {
      // What is kept with the parse (its prose, labels, titles) comes from a copy, never from a
      // view of this version's text. The key may be a view: each version's lookup replaces it.
      sectionText = detach(view);
      parse = plainText ? parsePlainText(sectionText) : parseSection(sectionText, !options.wholeDocument);
      cache.set(view, parse);
      parsedSections++;
    }
    sections.push({ start: span.start, end: span.end, memo: (parse.memo ??= new Map()) });
    const shift = span.start;
    const base = blockCount;
    blockCount += parse.blocks.length;
    // The section's prose and labelled blocks, computed once per section text (they depend only on it).
    let sectionProse = parse.memo!.get('prose') as string | undefined;
    if (sectionProse === undefined) parse.memo!.set('prose', (sectionProse = maskText(sectionText, parse.masks)));
    proseParts.push(sectionProse);
    let sectionItems = parse.memo!.get('outline.items') as Item[] | undefined;
    if (!sectionItems) parse.memo!.set('outline.items', (sectionItems = collectItems(sectionProse, parse.blocks)));
    for (const item of sectionItems) items.push(shiftItem(item, shift, base));
    for (const l of parse.links) links.push({ ...l, start: l.start + shift, end: l.end + shift, textStart: l.textStart + shift, textEnd: l.textEnd + shift });
    for (const a of parse.anchors) anchors.add(a);
    if (parse.frontMatter && shift === 0) frontMatterRaw = parse.frontMatter;
  }
  cache.commit();

  const prose = proseParts.join('');
  const frontMatter = frontMatterRaw && readFrontMatter(frontMatterRaw);
  const outline = buildOutline(text, prose, items);
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
    lines: new LineIndex(text),
    language, agreement, frontMatter, sections,
    timelineConfig: options.timeline ?? {},
    ...outline,
    links, anchors,
    stats: { sections: spans.length, parsedSections, millis: 0 },
  } as DocumentModel;
  runExtractors(model);
  model.stats.millis = performance.now() - started;
  return model;
}

/** Signs of Markdown: an ATX heading, a bullet, bold, a link, a table row, a fence, an HTML block. */
const MARKDOWN_SIGNS = [/^#{1,6} \S/m, /^ {0,3}[-*+] \S/m, /\*\*\S/, /\]\(/, /^\|.*\|[ \t]*$/m, /^ {0,3}(?:```|~~~)/m, /^<[a-zA-Z!]/m];

/** A .txt file is plain text unless it is Markdown saved as .txt (the seed agreement is). */
function formatOf(uri: string, text: string): 'markdown' | 'text' {
  if (!/\.txt$/i.test(uri)) return 'markdown';
  const head = text.slice(0, 200_000);
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
