/**
 * Links durations into sequences by their anchors. Each period is read with the words
 * around it: the anchor before it ("自首次欠费之时起", "自阿里云暂停服务之时起", "after
 * termination") says what it counts from, the action after it ("暂停", "删除") what
 * happens when it runs out. A period counted from an earlier step ("from the suspension")
 * adds to that step's offset. One sequence per trigger within a top-level clause.
 */
import type { Clause, DocumentModel, Language, Span } from '../model';
import {
  ZH_ANCHORS, EN_ANCHORS, ZH_GENERIC_ANCHOR, EN_ANCHOR_AFTER, EN_ANCHOR_BEFORE, ZH_ACTIONS, EN_ACTIONS,
  ZH_IMPLICIT_EVENTS, type AnchorPhrase, type ActionPhrase,
} from '../lang/durations';
import { ZERO, addOffsets, approxMillis, normalizeTotal, offsetOf, sameOffset } from './offset';
import type { Duration, Offset, Sequence, TimelineEvent } from './types';
import { SentenceEnds } from './sentences';

export interface Anchor { kind: 'trigger' | 'event'; key: string; label: string; span: Span }
export interface Action { key: string; rank: number; label: string; span: Span }
/** Receives each step: a duration with the anchor it counts from and the action when it runs out. */
export type StepSink = (d: Duration, anchor: Anchor, action: Action) => void;

/** How far (characters) the words around a period are read. */
const WINDOW = 160;

/** A change of the agreement: the trigger of "提前30天公告" notices. */
const ZH_CHANGE: AnchorPhrase = { re: /(?:发生)?(?:变动|变更|修改)/g, kind: 'trigger', key: 'change', label: { zh: '协议变更生效', en: 'change taking effect' } };

/** What the linking reads around one duration; the same code runs section-locally (recording) and document-wide (replaying). */
export interface Probe {
  /** The sentence around the duration, within its clause. */
  sentence(d: Duration): Span;
  /** The end of the whole sentence from `from`, within the duration's clause. */
  fullEnd(d: Duration, from: number): number;
  anchor(d: Duration, windowStart: number, sentence: Span): Anchor | undefined;
  action(d: Duration, from: number, to: number, prefer?: string, minRank?: number): Action | undefined;
}

/**
 * Reads every duration with the words around it and hands each step (a duration with its
 * anchor and action) to `step`, in order. Linear: one pass, constant work per duration
 * besides the probe's. The only state carried from one duration to the next is per clause
 * (`lastAnchorOfClause`; durations outside any clause share the `undefined` entry), so
 * contiguous runs that no clause straddles can be read apart (groups.ts).
 */
export function readSteps(durations: Duration[], lang: Language, probe: Probe, step: StepSink,
  lastAnchorOfClause = new Map<Clause | undefined, Anchor>()): void {
  // The next numbered or immediate step after each duration, found in one backward pass.
  const nextStep: (Duration | undefined)[] = new Array(durations.length);
  let upcoming: Duration | undefined;
  for (let i = durations.length - 1; i >= 0; i--) {
    nextStep[i] = upcoming;
    if (durations[i].kind === 'period' || durations[i].kind === 'immediate') upcoming = durations[i];
  }
  let previousEnd = 0;
  let previousClause: Clause | undefined;
  durations.forEach((d, i) => {
    if (d.kind === 'explanation') return;
    const clause = d.clause;
    const sentence = probe.sentence(d);
    const windowStart = Math.max(sentence.start, previousClause === clause ? previousEnd : 0);
    previousEnd = d.span.end; previousClause = clause;
    const anchor = probe.anchor(d, windowStart, sentence);
    if (anchor) lastAnchorOfClause.set(clause, anchor);
    const inherited = anchor ?? lastAnchorOfClause.get(clause);
    if (d.kind === 'vague') return;
    const actionFrom = d.explanationSpan ? d.explanationSpan.end : d.span.end;
    const next = nextStep[i];
    const actionTo = Math.min(probe.fullEnd(d, actionFrom), next && next.clause === clause ? next.span.start : Infinity);
    let action = d.kind === 'immediate'
      ? probe.action(d, actionFrom, Math.min(actionTo, actionFrom + 10))
      : probe.action(d, Math.max(actionFrom, anchor && anchor.span.start >= d.span.end ? anchor.span.end : 0), actionTo, d.direction === 'before' ? 'notify' : undefined);
    if (lang === 'en') {
      // English puts the verb first: "Provider will delete Customer Data within 30 days after …".
      const before = probe.action(d, sentence.start, anchor && anchor.span.end <= d.span.start ? Math.min(anchor.span.start, d.span.start) : d.span.start);
      if (before && (!action || before.rank > action.rank)) action = before;
    }
    // "立即" counts only with its own anchor ("自首次发生欠费时…立即停止"); otherwise it is part of the step before it.
    if (d.kind === 'immediate' && (!action || action.rank < 2 || !anchor)) return;
    let anchorUsed = inherited;
    let eventAction = action;
    if (d.direction === 'before' && !anchor) {
      // "提前30天…终止本协议": counted back from the consequence; the step itself is the notice.
      const consequence = probe.action(d, lang === 'en' ? sentence.start : actionFrom, actionTo, undefined, 2);
      if (consequence) anchorUsed = { kind: 'trigger', key: consequence.key, label: consequence.label, span: consequence.span };
      const notice = probe.action(d, actionFrom, actionTo, 'notify');
      eventAction = notice?.key === 'notify' ? notice : action;
    }
    if (!anchorUsed) return;
    if (!eventAction) {
      const earlier = probe.action(d, sentence.start, d.span.start);
      eventAction = earlier && earlier.rank >= 1 ? earlier : { key: 'period', rank: 0, label: lang === 'zh' ? '期限' : 'period', span: d.span };
    }
    step(d, anchorUsed, eventAction);
  });
}

// ---- section-local: what the linking reads, recorded per duration ---------------------

/**
 * What the linking read around one duration of a section (section-relative offsets, no
 * clause limits). Each read is a pure function of the section's masked prose and its
 * arguments, so reads made later for other windows are kept here too.
 *
 * One flat array per reading (an object and an array per read were 0.8 MB of a 1 MB
 * agreement's heap; an object per reading a further 0.28 MB): the sentence start and end,
 * the full-sentence read (from, end), then the reads — an anchor read is ANCHOR,
 * windowStart, sentenceEnd, value, moved; an action read is ACTION, from, to, prefer,
 * minRank, value, moved. A read is added by replacing the array with an exact-size copy
 * (readings[i] is written again): it is kept in the section's memo, and a pushed-to array
 * keeps room for 17.
 */
export type Reading = unknown[];
const SENTENCE_START = 0, SENTENCE_END = 1, FULL_FROM = 2, FULL_END = 3, HEAD = 4;
const ANCHOR = 0, ACTION = 1;
const WIDTH = [5, 7];
/** The value moved to document offsets for a section start, kept while the section stays there. */
interface Moved<T> { base: number; value: T | undefined }

/** A consequence with no number ("服务到期服务即停止"), section-relative. */
export interface ImplicitEvent { at: number; anchor: Anchor; span: Span; action: Action }

export interface LocalLinks {
  /** By local duration index (explanations have none). */
  readings: (Reading | undefined)[];
  /** Per ZH_IMPLICIT_EVENTS pattern, in order. */
  implicit: ImplicitEvent[][];
}

/** The masked prose, given as text or read from the section's source when first needed. */
function maskedText(prose: string | Source): string {
  return typeof prose === 'string' ? prose : prose.masked();
}

/** The anchor read for this window (made now if new): the index of its value in `readings[local]`. */
function readAnchor(readings: (Reading | undefined)[], local: number, prose: string | Source, d: Duration, windowStart: number, sentenceStart: number, sentenceEnd: number, lang: Language): number {
  const reads = readings[local]!;
  for (let i = HEAD; i < reads.length; i += WIDTH[reads[i] as number]) {
    if (reads[i] === ANCHOR && reads[i + 1] === windowStart && reads[i + 2] === sentenceEnd) return i + 3;
  }
  const value = findAnchor(maskedText(prose), windowStart, d, { start: sentenceStart, end: sentenceEnd }, lang);
  readings[local] = reads.concat(ANCHOR, windowStart, sentenceEnd, value, undefined);
  return reads.length + 3;
}

/** The action read for this range (made now if new): the index of its value in `readings[local]`. */
function readAction(readings: (Reading | undefined)[], local: number, prose: string | Source, from: number, to: number, lang: Language, prefer: string | undefined, minRank: number): number {
  const reads = readings[local]!;
  for (let i = HEAD; i < reads.length; i += WIDTH[reads[i] as number]) {
    if (reads[i] === ACTION && reads[i + 1] === from && reads[i + 2] === to && reads[i + 3] === prefer && reads[i + 4] === minRank) return i + 5;
  }
  const value = bestAction(maskedText(prose), from, to, lang, prefer, minRank);
  readings[local] = reads.concat(ACTION, from, to, prefer, minRank, value, undefined);
  return reads.length + 5;
}

/** An anchor or an action moved by `by` characters (between section, group and document offsets). */
export function moveBy<T extends { span: Span }>(value: T, by: number): T {
  return { ...value, span: { start: value.span.start + by, end: value.span.end + by } };
}

/** A read's value at section offsets. */
function valueAt<T>(r: Reading, at: number): T | undefined { return r[at] as T | undefined; }

/** A read's value at document offsets (the same object while its section does not move; kept in the slot after the value). */
function moved<T extends { span: Span }>(r: Reading, at: number, base: number): T | undefined {
  const value = r[at] as T | undefined;
  if (!value || !base) return value;
  let kept = r[at + 1] as Moved<T> | undefined;
  if (kept?.base !== base) r[at + 1] = kept = { base, value: moveBy(value, base) };
  return kept.value;
}

/**
 * Reads a section's durations (local offsets, no clauses yet) in its prose with the
 * explanations masked. The clause limits and the neighbouring steps are not known here;
 * the document-wide pass (`replay`) uses these reads where its windows are the same and
 * reads again (and keeps the read) where a clause boundary or a step in another clause
 * changes a window.
 */
export function readSection(masked: string, durations: Duration[], lang: Language): LocalLinks {
  const readings: (Reading | undefined)[] = new Array(durations.length);
  const reading = (d: Duration): Reading => (readings[d.index] ??= [d.span.start, d.span.end, -1, -1]);
  const ends = new SentenceEnds(masked, lang);
  readSteps(durations, lang, {
    sentence(d) { const s = sentenceAround(ends, d.span, undefined); const r = reading(d); r[SENTENCE_START] = s.start; r[SENTENCE_END] = s.end; return s; },
    fullEnd(d, from) { const r = reading(d); r[FULL_FROM] = from; return (r[FULL_END] = fullSentenceEnd(ends, from, undefined)); },
    anchor(d, windowStart, sentence) { reading(d); const at = readAnchor(readings, d.index, masked, d, windowStart, sentence.start, sentence.end, lang); return valueAt(readings[d.index]!, at); },
    action(d, from, to, prefer, minRank = 0) { reading(d); const at = readAction(readings, d.index, masked, from, to, lang, prefer, minRank); return valueAt(readings[d.index]!, at); },
  }, () => undefined);
  // The action before a period is read only for some steps; read it for all, it is cheap.
  for (const d of durations) {
    const r = readings[d.index];
    if (r && d.kind !== 'vague') readAction(readings, d.index, masked, r[SENTENCE_START] as number, d.span.start, lang, undefined, 0);
  }
  return { readings, implicit: lang === 'zh' ? implicitEvents(masked) : [] };
}

/** Consequences with no number: "服务到期服务即停止", "则服务终止". */
export function implicitEvents(masked: string): ImplicitEvent[][] {
  const anchorPhrase = ZH_ANCHORS.find((a) => a.key === 'expiry')!;
  const all = ZH_IMPLICIT_EVENTS.map((re) => {
    const found: ImplicitEvent[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      const verbStart = m.index + m[0].length - m[2].length;
      const action = ZH_ACTIONS.find((a) => { a.re.lastIndex = 0; return a.re.test(m![2]); })!;
      const span = { start: verbStart, end: verbStart + m[2].length };
      found.push({
        at: m.index,
        anchor: { kind: 'trigger', key: anchorPhrase.key, label: anchorPhrase.label.zh, span: { start: m.index, end: m.index + m[1].length } },
        span, action: { key: action.key, rank: action.rank, label: action.label.zh, span },
      });
    }
    return found.length ? found : NO_EVENTS;
  });
  // Kept with each section, and most sections have none: one shared (read-only) list then.
  return all.some((events) => events.length) ? all : NO_IMPLICIT_EVENTS;
}

const NO_EVENTS = Object.freeze([]) as unknown as ImplicitEvent[];
const NO_IMPLICIT_EVENTS = Object.freeze(ZH_IMPLICIT_EVENTS.map(() => NO_EVENTS)) as unknown as ImplicitEvent[][];

// ---- document-wide: replay the readings, link the steps --------------------------------

/**
 * A section as the document-wide pass sees it: where it starts, its first duration's
 * document index, its reads; its masked prose and sentence ends are made when first read.
 */
export interface Source {
  base: number; indexBase: number; durations: Duration[]; readings: (Reading | undefined)[];
  masked(): string;
  sentenceEnds(): SentenceEnds;
}

/**
 * The probe of the document-wide pass: clause limits applied to the recorded sentence
 * bounds (a limit only shortens a window), the section's reads for the actual windows.
 * `sourceOf[i]` is the section of document duration i.
 */
export function replay(sourceOf: Source[], textLength: number, lang: Language): Probe {
  return {
    sentence(d) {
      const { base, indexBase, readings } = sourceOf[d.index];
      const reading = readings[d.index - indexBase]!;
      const clause = d.clause;
      const labelEnd = clause ? clause.labelSpan.end : 0;
      const floor = Math.max(labelEnd, d.span.start - WINDOW * 2);
      const start = floor >= d.span.start ? d.span.start : Math.max(labelEnd, (reading[SENTENCE_START] as number) + base);
      const clauseEnd = clause ? clause.span.end : textLength;
      const ceiling = Math.min(textLength, d.span.end + WINDOW * 2, clauseEnd);
      const end = ceiling <= d.span.end ? d.span.end : Math.min(clauseEnd, (reading[SENTENCE_END] as number) + base);
      return { start, end };
    },
    fullEnd(d, from) {
      const source = sourceOf[d.index];
      const { base, indexBase, readings } = source;
      const reading = readings[d.index - indexBase]!;
      const clauseEnd = d.clause ? d.clause.span.end : textLength;
      const ceiling = Math.min(textLength, from + WINDOW * 2, clauseEnd);
      if (ceiling <= from) return from;
      const unlimited = reading[FULL_FROM] === from - base ? reading[FULL_END] as number : fullSentenceEnd(source.sentenceEnds(), from - base, undefined);
      return Math.min(clauseEnd, unlimited + base);
    },
    anchor(d, windowStart, sentence) {
      const source = sourceOf[d.index];
      const { base, indexBase, readings, durations } = source;
      const local = d.index - indexBase;
      const at = readAnchor(readings, local, source, durations[local], windowStart - base, sentence.start - base, sentence.end - base, lang);
      return moved(readings[local]!, at, base);
    },
    action(d, from, to, prefer, minRank = 0) {
      const source = sourceOf[d.index];
      const { base, indexBase, readings } = source;
      const local = d.index - indexBase;
      const at = readAction(readings, local, source, from - base, to - base, lang, prefer, minRank);
      return moved(readings[local]!, at, base);
    },
  };
}

/** The probe that reads the masked prose of the whole document directly, with the clause limits: the reference reading. */
export function direct(masked: string, lang: Language): Probe {
  const ends = new SentenceEnds(masked, lang);
  return {
    sentence: (d) => sentenceAround(ends, d.span, d.clause),
    fullEnd: (d, from) => fullSentenceEnd(ends, from, d.clause),
    anchor: (d, windowStart, sentence) => findAnchor(masked, windowStart, d, sentence, lang),
    action: (d, from, to, prefer, minRank = 0) => bestAction(masked, from, to, lang, prefer, minRank),
  };
}

/** Clauses by offset for offsets in increasing order: the innermost (last in document order) clause containing it. */
export function clauseLookup(clauses: Clause[]): (offset: number) => Clause | undefined {
  let i = 0;
  const open: number[] = [];
  return (offset) => {
    while (i < clauses.length && clauses[i].span.start <= offset) open.push(i++);
    // A clause that ended before this offset ended before every later one too.
    while (open.length && clauses[open[open.length - 1]].span.end <= offset) open.pop();
    return open.length ? clauses[open[open.length - 1]] : undefined;
  };
}

/**
 * Links the document's durations (with their clauses) into sequences. `probe` reads the
 * words around each; `implicit` are the consequences with no number, per pattern, with
 * document offsets.
 */
export function buildSequences(model: DocumentModel, durations: Duration[], probe: Probe, implicit: ImplicitEvent[][],
  steps: (sink: StepSink) => void = (sink) => readSteps(durations, model.language, probe, sink)): Sequence[] {
  const sequences: Sequence[] = [];
  const byKey = new Map<string, Sequence>();
  const byScope = new Map<string, Sequence[]>();

  // Placed in document order: the steps and the consequences with no number, as plain records.
  const candidates: { at: number; span: Span; d: Duration | undefined; anchor: Anchor; action: Action; clause: Clause | undefined }[] = [];
  steps((d, anchor, action) => {
    const span = d.span;
    candidates.push({ at: span.start, span, d, anchor, action, clause: d.clause });
  });
  for (const events of implicit) {
    const clauseAt = clauseLookup(model.clauses);
    for (const e of events) {
      const clause = clauseAt(e.at);
      if (!clause) continue;
      candidates.push({ at: e.at, span: e.span, d: undefined, anchor: e.anchor, action: e.action, clause });
    }
  }
  candidates.sort((a, b) => a.at - b.at);
  for (const c of candidates) place(c.span, c.d, c.anchor, c.action, c.clause);
  return sequences;

  function place(span: Span, d: Duration | undefined, anchor: Anchor, action: Action, clause: Clause | undefined): void {
    const scope = clause ? topClause(clause) : undefined;
    const scopeKey = scope?.key ?? 'doc';
    let sequence: Sequence | undefined;
    let base: Offset = ZERO;
    let from: number | undefined;
    let baseSteps: TimelineEvent['steps'] = [];
    if (anchor.kind === 'event') {
      // Counted from an earlier step: the latest event of that kind in this clause group.
      const match = findEvent(byScope.get(scopeKey) ?? [], anchor.key);
      if (match) {
        sequence = match.sequence; base = match.event.total; from = match.index; baseSteps = match.event.steps;
      }
    }
    if (!sequence) {
      const key = `${scopeKey}|${anchor.key}`;
      sequence = byKey.get(key);
      if (!sequence) {
        sequence = { index: sequences.length, triggerKey: anchor.key, trigger: anchor.label, triggerSpan: anchor.span, scope, events: [] };
        byKey.set(key, sequence); sequences.push(sequence);
        let inScope = byScope.get(scopeKey);
        if (!inScope) byScope.set(scopeKey, inScope = []);
        inScope.push(sequence);
      }
    }
    const after = d ? offsetOf(d) : { ...ZERO };
    const total = normalizeTotal(addOffsets(base, after));
    const step = { after, sameClock: !!d?.sameClock, inclusive: d?.inclusive ?? true };
    const existing = sequence.events.find((e) => sameOffset(e.total, total));
    if (existing) {
      existing.spans.push(span);
      if (action.rank > existing.rank) Object.assign(existing, { action: action.label, actionKey: action.key, rank: action.rank, clause, span, duration: d, after, from, steps: [...baseSteps, step] });
      return;
    }
    sequence.events.push({ action: action.label, actionKey: action.key, rank: action.rank, clause, span, duration: d, after, total, from, spans: [span], steps: [...baseSteps, step] });
    sequence.events.sort((a, b) => approxMillis(a.total) - approxMillis(b.total));
  }
}

/** The latest event of a kind among the sequences of one clause group (in the order they were opened). */
function findEvent(sequences: Sequence[], key: string): { sequence: Sequence; event: TimelineEvent; index: number } | undefined {
  const accepts = key === 'suspend' ? ['suspend', 'suspendPart', 'stop'] : key === 'stop' ? ['stop', 'suspend', 'terminate'] : [key];
  let best: { sequence: Sequence; event: TimelineEvent; index: number } | undefined;
  for (const sequence of sequences) {
    sequence.events.forEach((event, index) => {
      if (!accepts.includes(event.actionKey)) return;
      if (!best || event.span.start > best.event.span.start) best = { sequence, event, index };
    });
  }
  return best;
}

/** The clause group of a clause: its outermost enclosing clause (sequences and the linking's state stay within it). */
export function topClause(clause: Clause): Clause {
  let c: Clause = clause;
  while (c.parent?.kind === 'clause') c = c.parent as Clause;
  return c;
}

/** The prose with the explaining brackets blanked out (same length). */
export function maskExplanations(prose: string, durations: Duration[]): string {
  let out = '';
  let at = 0;
  for (const d of durations) {
    if (!d.explanationSpan || d.explanationSpan.start < at) continue;
    out += prose.slice(at, d.explanationSpan.start) + ' '.repeat(d.explanationSpan.end - d.explanationSpan.start);
    at = d.explanationSpan.end;
  }
  return out + prose.slice(at);
}

function sentenceAround(ends: SentenceEnds, span: Span, clause: Clause | undefined): Span {
  const floor = Math.max(clause ? clause.labelSpan.end : 0, span.start - WINDOW * 2);
  const ceiling = Math.min(ends.textLength, span.end + WINDOW * 2, clause ? clause.span.end : ends.textLength);
  return ends.around(span, floor, ceiling);
}

/** The end of the whole sentence (。 for Chinese: a "；" does not end the consequence), within the clause. */
function fullSentenceEnd(ends: SentenceEnds, from: number, clause: Clause | undefined): number {
  return ends.fullEnd(from, Math.min(ends.textLength, from + WINDOW * 2, clause ? clause.span.end : ends.textLength));
}

function lastMatch(phrases: AnchorPhrase[], text: string, offset: number, lang: Language): Anchor | undefined {
  let best: Anchor | undefined;
  for (const p of phrases) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const span = { start: offset + m.index, end: offset + m.index + m[0].length };
      if (!best || span.end > best.span.end || (span.end === best.span.end && span.start < best.span.start)) {
        best = { kind: p.kind, key: p.key, label: p.label[lang], span };
      }
      if (m[0].length === 0) p.re.lastIndex++;
    }
  }
  return best;
}

function findAnchor(text: string, windowStart: number, d: Duration, sentence: Span, lang: Language): Anchor | undefined {
  if (lang === 'en') {
    const after = EN_ANCHOR_AFTER.exec(text.slice(d.span.end, Math.min(sentence.end, d.span.end + 80)));
    if (after) {
      const clauseEnd = /\s(?:and|or|unless|provided|if|by|to|in|for|with|under|that|which|as)\b/i.exec(after[1].trim());
      const words = (clauseEnd ? after[1].trim().slice(0, clauseEnd.index) : after[1].trim()).trim();
      const start = d.span.end + after.index + after[0].length - after[1].length;
      const known = lastMatch(EN_ANCHORS, words, start, lang);
      // English triggers are named by their words: "the overdue notice" and "written notice specifying the breach" are different events.
      const short = words.toLowerCase().split(/\s+/).slice(0, 3).join(' ');
      if (known?.kind === 'event') return { ...known, span: { start, end: start + words.length } };
      if (known) return { ...known, key: `${known.key}:${short}`, label: words.split(/\s/).slice(0, 5).join(' '), span: { start, end: start + words.length } };
      if (words) return { kind: 'trigger', key: `g:${words.toLowerCase()}`, label: words.split(/\s/).slice(0, 5).join(' '), span: { start, end: start + words.length } };
    }
    const before = text.slice(windowStart, d.span.start);
    EN_ANCHOR_BEFORE.lastIndex = 0;
    let m: RegExpExecArray | null, last: Anchor | undefined;
    while ((m = EN_ANCHOR_BEFORE.exec(before))) {
      const known = lastMatch(EN_ANCHORS, m[1], windowStart + m.index, lang);
      if (known) last = known;
    }
    return last;
  }
  const before = text.slice(windowStart, d.span.start);
  const phrases = d.direction === 'before' ? [...ZH_ANCHORS, ZH_CHANGE] : ZH_ANCHORS;
  const known = lastMatch(phrases, before, windowStart, lang);
  if (known) return known;
  ZH_GENERIC_ANCHOR.lastIndex = 0;
  let m: RegExpExecArray | null, generic: Anchor | undefined;
  while ((m = ZH_GENERIC_ANCHOR.exec(before))) {
    const label = m[1].replace(/^(?:您|阿里云|甲方|乙方|债权人|债务人)?(?:的)?/, '').trim() || m[1];
    generic = { kind: 'trigger', key: `g:${label}`, label, span: { start: windowStart + m.index, end: windowStart + m.index + m[0].length } };
  }
  return generic;
}

/** The most final action in [from, to): deletion beats suspension; `prefer` wins when present. */
function bestAction(text: string, from: number, to: number, lang: Language, prefer?: string, minRank = 0): Action | undefined {
  if (to <= from) return undefined;
  const slice = text.slice(from, to);
  const table: ActionPhrase[] = lang === 'zh' ? ZH_ACTIONS : EN_ACTIONS;
  let best: Action | undefined;
  for (const a of table) {
    if (a.rank < minRank) continue;
    a.re.lastIndex = 0;
    const m = a.re.exec(slice);
    if (!m) continue;
    const action = { key: a.key, rank: a.rank, label: a.label[lang], span: { start: from + m.index, end: from + m.index + m[0].length } };
    if (prefer && a.key === prefer) return action;
    if (!best || a.rank > best.rank) best = action;
  }
  return best;
}
