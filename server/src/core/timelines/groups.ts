/**
 * The linking's steps, one clause group (a top-level clause and everything in it) at a
 * time, kept across versions. link.ts readSteps keeps no state from one clause to another
 * and a group's durations are contiguous, so a group's steps depend only on:
 * - its durations and the reads around them — the section readings it spans (the same
 *   objects while those sections and their contexts are unchanged), and where in them the
 *   group starts and ends;
 * - the clause each duration is in: its label end and its end (the limits of the windows).
 * When all of that is as last time, the steps are the kept ones, moved; otherwise the group
 * is read again. Durations outside any clause are always read again (they are few), in
 * order, sharing what they inherit.
 * test/unit/timelines/incremental.test.ts checks the result against a fresh analysis.
 */
import type { Clause, Language } from '../model';
import { moveBy, readSteps, topClause, type Action, type Anchor, type Probe, type StepSink } from './link';
import type { Duration } from './types';

/** A section's reading, as the groups starting in it see it: an id, and the groups' kept steps. */
export interface GroupHolder { id: number; groups?: KeptGroup[] }

/**
 * Steps of one group, offsets relative to the group's start, durations by index within
 * the group. One per place a group starts in the section (a later one replaces it), so
 * what a section keeps does not grow as the text after it changes.
 */
interface KeptGroup {
  /** Where the group starts in the section, its length and its number of durations. */
  at: number; length: number; count: number;
  /** The ids of the readings of the sections it spans. */
  ids: number[];
  /** Each duration's clause label end and clause end, relative to the group start. */
  limits: number[];
  steps: { index: number; anchor: Anchor; action: Action }[];
}

/** A section as the groups see it: where it starts, and its reading. */
export interface GroupPart { start: number; local: GroupHolder }

const NO_STEPS: KeptGroup['steps'] = [];

let nextId = 1;
/** A fresh id for a section reading (ids never repeat, so a kept group never matches a reading made since). */
export function holderId(): number { return nextId++; }

/** How many groups were read (not taken from what was kept) since the process started: for tests. */
export const groupReads = { count: 0 };

/**
 * Emits the steps of `durations` in document order. `partOf[i]`: the index in `parts` of
 * the section duration i was found in.
 */
export function stepsByGroup(durations: Duration[], partOf: number[], parts: GroupPart[], lang: Language, probe: Probe, sink: StepSink): void {
  // Durations outside any clause inherit the last anchor read outside any clause, across runs.
  const outside = new Map<Clause | undefined, Anchor>();
  let i = 0;
  while (i < durations.length) {
    const clause = durations[i].clause;
    let j = i + 1;
    if (clause) {
      // The group's durations are the ones whose clause starts inside it (clauses nest).
      const group = topClause(clause);
      while (j < durations.length && inside(durations[j].clause, group)) j++;
      linkGroup(group, durations, i, j, partOf, parts, lang, probe, sink);
    } else {
      while (j < durations.length && !durations[j].clause) j++;
      readSteps(durations.slice(i, j), lang, probe, sink, outside);
    }
    i = j;
  }
}

function inside(clause: Clause | undefined, group: Clause): boolean {
  return !!clause && clause.span.start >= group.span.start && clause.span.start < group.span.end;
}

function linkGroup(group: Clause, durations: Duration[], from: number, to: number, partOf: number[], parts: GroupPart[], lang: Language, probe: Probe, sink: StepSink): void {
  const start = group.span.start;
  let first = partOf[from];
  while (first > 0 && parts[first].start > start) first--;
  let last = partOf[to - 1];
  while (last + 1 < parts.length && parts[last + 1].start < group.span.end) last++;
  const holder = parts[first].local;
  const at = start - parts[first].start;
  const length = group.span.end - start;
  const kept = holder.groups?.find((g) => g.at === at);
  if (kept && kept.length === length && kept.count === to - from && sameIds(kept.ids, parts, first, last) && sameLimits(kept.limits, durations, from, to, start)) {
    for (const s of kept.steps) {
      sink(durations[from + s.index], moveBy(s.anchor, start), moveBy(s.action, start));
    }
    return;
  }
  groupReads.count++;
  const steps: KeptGroup['steps'] = [];
  readSteps(durations.slice(from, to), lang, probe, (d, anchor, action) => {
    steps.push({ index: d.index - durations[from].index, anchor: moveBy(anchor, -start), action: moveBy(action, -start) });
    sink(d, anchor, action);
  });
  // Exact-size arrays (a pushed-to array keeps room for 17): this is kept in the section's memo.
  const ids = parts.slice(first, last + 1).map((p) => p.local.id);
  const entry: KeptGroup = { at, length, count: to - from, ids, limits: limitsOf(durations, from, to, start), steps: steps.length ? steps.slice() : NO_STEPS };
  if (!holder.groups) holder.groups = [entry];
  else if (kept) holder.groups[holder.groups.indexOf(kept)] = entry;
  else holder.groups = holder.groups.concat(entry);
}

function sameIds(ids: number[], parts: GroupPart[], first: number, last: number): boolean {
  if (ids.length !== last - first + 1) return false;
  for (let p = first; p <= last; p++) if (parts[p].local.id !== ids[p - first]) return false;
  return true;
}

/** Each duration's clause label end and clause end, relative to the group start: the windows' limits. */
function limitsOf(durations: Duration[], from: number, to: number, start: number): number[] {
  const limits: number[] = new Array((to - from) * 2);
  for (let i = from; i < to; i++) {
    const c = durations[i].clause!;
    limits[(i - from) * 2] = c.labelSpan.end - start;
    limits[(i - from) * 2 + 1] = c.span.end - start;
  }
  return limits;
}

function sameLimits(limits: number[], durations: Duration[], from: number, to: number, start: number): boolean {
  for (let i = from; i < to; i++) {
    const c = durations[i].clause!;
    if (limits[(i - from) * 2] !== c.labelSpan.end - start || limits[(i - from) * 2 + 1] !== c.span.end - start) return false;
  }
  return true;
}
