/**
 * Durations and timelines, section by section: what can be read inside a section is
 * computed once per section and kept in the section's memo (analyze.ts sectionLocal), so
 * after an edit only the touched section is scanned again. The document-wide pass then
 * shifts the sections' durations into place, attributes clauses and links the steps into
 * sequences — linear, no regular expression over the whole text.
 *
 * Exactness (the result equals reading the whole prose view at once):
 * - A section is scanned with READ_BEHIND characters of the prose before it and READ_AHEAD
 *   after it, and the cached result is keyed by that context, so every character a match,
 *   its look-behind/lookahead or its bound words read ("提前", "prior notice") is the
 *   document's own. Scanning starts at the section start: the whole-text scan reaches it in
 *   step, because no match of the section before runs past it (next point).
 * - If a match runs past the end of its section ("seven\n\ndays" across a paragraph split),
 *   the sections are not independent: the document is read as a whole (uncached).
 * - Every section but the last ends with a line break. Explaining brackets, consequences
 *   with no number and sentences stop at a line break, so they and the windows the linking
 *   reads lie inside a section; clause limits and the neighbouring steps are applied in the
 *   document-wide pass (link.ts replay), which reads again wherever its window differs from
 *   the one recorded. An equivalence right at a section start may belong to the last period
 *   before it: the document-wide pass hands it over.
 * test/unit/timelines/incremental.test.ts checks all of this against the whole reading.
 */
import { sectionLocal } from '../analyze';
import type { Clause, DocumentModel, Section } from '../model';
import type { SectionMemo } from '../sectionMemo';
import { READ_AHEAD, READ_BEHIND, scanDurations, shiftEquivalence, type LocalDurations } from './durations';
import { shiftSpan } from '../text/spans';
import { buildSequences, clauseLookup, direct, implicitEvents, maskExplanations, readSection, replay, type ImplicitEvent, type LocalLinks, type Source } from './link';
import type { Duration, Rate, Sequence } from './types';
import { PlacedDuration } from './placed';
import { holderId, stepsByGroup, type GroupHolder } from './groups';
import { SentenceEnds } from './sentences';
import { detach } from '../text/detach';

/** One section's durations and readings, relative to the section start; the clause groups starting in it keep their steps here (groups.ts). */
interface SectionTimelines extends GroupHolder {
  found: LocalDurations;
  links: LocalLinks;
  /** The durations as the last version placed them, for the outline (clause list) they were placed in. */
  placed: { clauses: Clause[]; pass: number; durations: PlacedDuration[] } | undefined;
}

/** Results kept per section text: one per context (identical sections can sit in different places). */
const CONTEXTS_KEPT = 4;
interface InContext {
  tail: string; head: string; result: SectionTimelines;
  /** The memos of the sections before and after it when this context was last read or matched (sectionTimelines' fast path). */
  before: SectionMemo | undefined; after: SectionMemo | undefined;
}

function readLocal(prose: string, from: number, to: number, language: DocumentModel['language']): SectionTimelines {
  const found = scanDurations(prose, from, to, language);
  // Kept in the memo: texts of 13 characters or more would be views pinning the whole read
  // string (a duration's words and figures read theirs from its text).
  for (const d of found.durations) d.text = detach(d.text);
  for (const r of found.rates) r.text = detach(r.text);
  const masked = maskExplanations(prose.slice(from, to), found.durations);
  return { found, links: readSection(masked, found.durations, language), id: holderId(), groups: undefined, placed: undefined };
}

/** The memo key per language (made once: this runs for every section on every edit). */
const MEMO_KEY = { zh: 'timelines:zh', en: 'timelines:en' } as const;
const newContexts = (): InContext[] => [];

function sectionTimelines(model: DocumentModel, index: number): SectionTimelines {
  const { prose, sections } = model;
  const section = sections[index];
  const previous = sections[index - 1] as Section | undefined, next = sections[index + 1] as Section | undefined;
  const tailStart = Math.max(0, section.start - READ_BEHIND);
  const headEnd = Math.min(prose.length, section.end + READ_AHEAD);
  const kept = sectionLocal(model, section, MEMO_KEY[model.language], newContexts);
  // The context is the prose of the sections around it: when they are the sections (the same
  // parses, so the same prose) that were around it when its latest context was read, and each
  // holds its whole window, the context is that one — compared without reading it. What an
  // edit leaves alone, nearly every section, takes this path.
  const latest = kept[0];
  if (latest && latest.before === previous?.memo && latest.after === next?.memo
    && (previous ? section.start - previous.start >= READ_BEHIND : section.start === 0)
    && (next ? next.end - next.start >= READ_AHEAD : section.end === prose.length)) return latest.result;
  // Compared in place: no copy of the context for each of the sections an edit leaves alone.
  const at = kept.findIndex((k) => k.tail.length === section.start - tailStart && k.head.length === headEnd - section.end
    && prose.startsWith(k.tail, tailStart) && prose.startsWith(k.head, section.end));
  let entry: InContext;
  if (at >= 0) {
    entry = kept.splice(at, 1)[0];
  } else {
    const tail = prose.slice(tailStart, section.start);
    const head = prose.slice(section.end, headEnd);
    const own = prose.slice(section.start, section.end);
    sectionReads.count++;
    // Kept across versions: copies, not views that would keep this version's prose alive.
    entry = { tail: detach(tail), head: detach(head), result: readLocal(tail + own + head, tail.length, tail.length + own.length, model.language), before: undefined, after: undefined };
    if (kept.length >= CONTEXTS_KEPT) kept.pop();
  }
  entry.before = previous?.memo;
  entry.after = next?.memo;
  kept.unshift(entry); // most recently used first
  return entry.result;
}

/** Numbers the sectioned passes, so a section's placed durations are reused at most once per pass. */
let passes = 0;

/** How many sections have been read (not taken from a memo) since the process started: for tests. */
export const sectionReads = { count: 0 };

/**
 * The durations, rates and sequences of the model. `whole`: read the prose view as one
 * piece, directly, uncached — the reference the sectioned reading must equal, and the
 * reading used when a match runs across a section boundary.
 */
export function extractTimelines(model: DocumentModel, options: { whole?: boolean } = {}): { durations: Duration[]; rates: Rate[]; timelines: Sequence[] } {
  const parts = options.whole ? [] : model.sections.map((section, index) => ({ start: section.start, end: section.end, local: sectionTimelines(model, index) }));
  if (options.whole || parts.some((p) => p.local.found.crossing)) return readWhole(model);

  const durations: PlacedDuration[] = [];
  const rates: Rate[] = [];
  const sourceOf: Source[] = [];
  const partOf: number[] = [];
  const implicit: ImplicitEvent[][] = [];
  const clauseAt = clauseLookup(model.clauses);
  const pass = ++passes;
  for (let partIndex = 0; partIndex < parts.length; partIndex++) {
    const { start, end, local } = parts[partIndex];
    const { found, links } = local;
    const source = new SectionSource(model, start, end, durations.length, found.durations, links.readings);
    // Equivalences at the start that belong to the last duration before the section.
    const owner = durations[durations.length - 1];
    for (const eq of found.pending) {
      const moved = shiftEquivalence(eq, start);
      if (!owner || moved.span.start - owner.span.end > 4) continue;
      owner.handOver(moved);
    }
    // A kept section's durations are the last version's objects, placed again, while the
    // outline is the same (refreshed in place: clauses keep their identity, and a duration
    // outside the edited section stays in the same clause). Not when this version already
    // placed them: sections of identical text can share their parse.
    const kept = local.placed;
    const reuse = kept && kept.clauses === model.clauses && kept.pass !== pass ? kept.durations : undefined;
    const placed = reuse ?? new Array<PlacedDuration>(found.durations.length);
    for (let k = 0; k < found.durations.length; k++) {
      const d = found.durations[k];
      if (reuse) reuse[k].place(start, source.indexBase);
      // The innermost clause around each duration (offsets increase: one merge over the clauses).
      else placed[k] = new PlacedDuration(d, start, source.indexBase, clauseAt(d.span.start + start));
      durations.push(placed[k]);
      sourceOf.push(source);
      partOf.push(partIndex);
    }
    // Stamped in place when reused (no new holder per section and version).
    if (reuse) kept!.pass = pass;
    else if (!kept || kept.pass !== pass) local.placed = { clauses: model.clauses, pass, durations: placed };
    for (const r of found.rates) rates.push({ ...r, span: shiftSpan(r.span, start) });
    for (let i = 0; i < links.implicit.length; i++) {
      const events = links.implicit[i];
      const list = (implicit[i] ??= []);
      for (const e of events) {
        list.push({
          at: e.at + start, span: shiftSpan(e.span, start),
          anchor: { ...e.anchor, span: shiftSpan(e.anchor.span, start) },
          action: { ...e.action, span: shiftSpan(e.action.span, start) },
        });
      }
    }
  }

  const probe = replay(sourceOf, model.prose.length, model.language);
  const timelines = buildSequences(model, durations, probe, implicit, (sink) => stepsByGroup(durations, partOf, parts, model.language, probe, sink));
  return { durations, rates, timelines };
}

/** A section's reading in this version's document-wide pass (link.ts Source): made per version, its masked prose read when first needed. */
class SectionSource implements Source {
  #masked: string | undefined;
  #ends: SentenceEnds | undefined;

  constructor(
    private readonly model: DocumentModel, readonly base: number, private readonly end: number,
    readonly indexBase: number, readonly durations: Duration[], readonly readings: LocalLinks['readings'],
  ) {}

  masked(): string { return (this.#masked ??= maskExplanations(this.model.prose.slice(this.base, this.end), this.durations)); }

  sentenceEnds(): SentenceEnds { return (this.#ends ??= new SentenceEnds(this.masked(), this.model.language)); }
}

function readWhole(model: DocumentModel): { durations: Duration[]; rates: Rate[]; timelines: Sequence[] } {
  const prose = model.prose.toString();
  const found = scanDurations(prose, 0, prose.length, model.language);
  const clauseAt = clauseLookup(model.clauses);
  const durations = found.durations.map((d) => new PlacedDuration(d, 0, 0, clauseAt(d.span.start)));
  const masked = maskExplanations(prose, durations);
  const implicit = model.language === 'zh' ? implicitEvents(masked) : [];
  return { durations, rates: found.rates, timelines: buildSequences(model, durations, direct(masked, model.language), implicit) };
}
