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
  ZH_IMPLICIT_EVENTS, ZH_SENTENCE_END, type AnchorPhrase, type ActionPhrase,
} from '../lang/durations';
import { ZERO, addOffsets, approxMillis, normalizeTotal, offsetOf, sameOffset } from './offset';
import type { Duration, Offset, Sequence, TimelineEvent } from './types';

interface Anchor { kind: 'trigger' | 'event'; key: string; label: string; span: Span }
interface Action { key: string; rank: number; label: string; span: Span }

/** How far (characters) the words around a period are read. */
const WINDOW = 160;

/** A change of the agreement: the trigger of "提前30天公告" notices. */
const ZH_CHANGE: AnchorPhrase = { re: /(?:发生)?(?:变动|变更|修改)/g, kind: 'trigger', key: 'change', label: { zh: '协议变更生效', en: 'change taking effect' } };

export function buildSequences(model: DocumentModel, durations: Duration[]): Sequence[] {
  const lang = model.language;
  const masked = maskExplanations(model.prose, durations);
  const sequences: Sequence[] = [];
  const byKey = new Map<string, Sequence>();
  const lastAnchorOfClause = new Map<Clause | undefined, Anchor>();

  const candidates: { at: number; run: () => void }[] = [];
  // The next numbered or immediate step after each duration, found in one backward pass.
  const nextStep = new Map<Duration, Duration | undefined>();
  let upcoming: Duration | undefined;
  for (let i = durations.length - 1; i >= 0; i--) {
    nextStep.set(durations[i], upcoming);
    if (durations[i].kind === 'period' || durations[i].kind === 'immediate') upcoming = durations[i];
  }
  let previousEnd = 0;
  let previousClause: Clause | undefined;
  for (const d of durations) {
    if (d.kind === 'explanation') continue;
    const clause = d.clause;
    const sentence = sentenceAround(masked, d.span, lang, clause);
    const windowStart = Math.max(sentence.start, previousClause === clause ? previousEnd : 0);
    previousEnd = d.span.end; previousClause = clause;
    const anchor = findAnchor(masked, windowStart, d, sentence, lang);
    if (anchor) lastAnchorOfClause.set(clause, anchor);
    const inherited = anchor ?? lastAnchorOfClause.get(clause);
    if (d.kind === 'vague') continue;
    const actionFrom = d.explanationSpan ? d.explanationSpan.end : d.span.end;
    const next = nextStep.get(d);
    const actionTo = Math.min(fullSentenceEnd(masked, actionFrom, lang, clause), next && next.clause === clause ? next.span.start : Infinity);
    let action = d.kind === 'immediate'
      ? bestAction(masked, actionFrom, Math.min(actionTo, actionFrom + 10), lang)
      : bestAction(masked, Math.max(actionFrom, anchor && anchor.span.start >= d.span.end ? anchor.span.end : 0), actionTo, lang, d.direction === 'before' ? 'notify' : undefined);
    if (lang === 'en') {
      // English puts the verb first: "Provider will delete Customer Data within 30 days after …".
      const before = bestAction(masked, sentence.start, anchor && anchor.span.end <= d.span.start ? Math.min(anchor.span.start, d.span.start) : d.span.start, lang);
      if (before && (!action || before.rank > action.rank)) action = before;
    }
    // "立即" counts only with its own anchor ("自首次发生欠费时…立即停止"); otherwise it is part of the step before it.
    if (d.kind === 'immediate' && (!action || action.rank < 2 || !anchor)) continue;
    let anchorUsed = inherited;
    let eventAction = action;
    if (d.direction === 'before' && !anchor) {
      // "提前30天…终止本协议": counted back from the consequence; the step itself is the notice.
      const consequence = bestAction(masked, lang === 'en' ? sentence.start : actionFrom, actionTo, lang, undefined, 2);
      if (consequence) anchorUsed = { kind: 'trigger', key: consequence.key, label: consequence.label, span: consequence.span };
      const notice = bestAction(masked, actionFrom, actionTo, lang, 'notify');
      eventAction = notice?.key === 'notify' ? notice : action;
    }
    if (!anchorUsed) continue;
    if (!eventAction) {
      const earlier = bestAction(masked, sentence.start, d.span.start, lang);
      eventAction = earlier && earlier.rank >= 1 ? earlier : { key: 'period', rank: 0, label: lang === 'zh' ? '期限' : 'period', span: d.span };
    }
    const chosen = anchorUsed, act = eventAction;
    candidates.push({ at: d.span.start, run: () => place(d.span, d, chosen, act, clause) });
  }

  // Consequences with no number: "服务到期服务即停止", "则服务终止".
  if (lang === 'zh') {
    for (const re of ZH_IMPLICIT_EVENTS) {
      re.lastIndex = 0;
      for (let m = re.exec(masked); m; m = re.exec(masked)) {
        const clause = clauseAt(model.clauses, m.index);
        if (!clause) continue;
        const anchorPhrase = ZH_ANCHORS.find((a) => a.key === 'expiry')!;
        const verbStart = m.index + m[0].length - m[2].length;
        const action = ZH_ACTIONS.find((a) => { a.re.lastIndex = 0; return a.re.test(m![2]); })!;
        const anchor: Anchor = { kind: 'trigger', key: anchorPhrase.key, label: anchorPhrase.label.zh, span: { start: m.index, end: m.index + m[1].length } };
        const span = { start: verbStart, end: verbStart + m[2].length };
        candidates.push({ at: m.index, run: () => place(span, undefined, anchor, { key: action.key, rank: action.rank, label: action.label.zh, span }, clause) });
      }
    }
  }
  candidates.sort((a, b) => a.at - b.at).forEach((c) => c.run());
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
      const match = findEvent(sequences, scopeKey, anchor.key);
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

function findEvent(sequences: Sequence[], scopeKey: string, key: string): { sequence: Sequence; event: TimelineEvent; index: number } | undefined {
  const accepts = key === 'suspend' ? ['suspend', 'suspendPart', 'stop'] : key === 'stop' ? ['stop', 'suspend', 'terminate'] : [key];
  let best: { sequence: Sequence; event: TimelineEvent; index: number } | undefined;
  for (const sequence of sequences) {
    if ((sequence.scope?.key ?? 'doc') !== scopeKey) continue;
    sequence.events.forEach((event, index) => {
      if (!accepts.includes(event.actionKey)) return;
      if (!best || event.span.start > best.event.span.start) best = { sequence, event, index };
    });
  }
  return best;
}

function topClause(clause: Clause): Clause {
  let c: Clause = clause;
  while (c.parent?.kind === 'clause') c = c.parent as Clause;
  return c;
}

function clauseAt(clauses: Clause[], offset: number): Clause | undefined {
  let found: Clause | undefined;
  for (const c of clauses) {
    if (c.span.start > offset) break;
    if (c.span.end > offset) found = c;
  }
  return found;
}

function maskExplanations(prose: string, durations: Duration[]): string {
  let out = '';
  let at = 0;
  for (const d of durations) {
    if (!d.explanationSpan || d.explanationSpan.start < at) continue;
    out += prose.slice(at, d.explanationSpan.start) + ' '.repeat(d.explanationSpan.end - d.explanationSpan.start);
    at = d.explanationSpan.end;
  }
  return out + prose.slice(at);
}

function isSentenceEnd(text: string, i: number, lang: Language, strong = false): boolean {
  const c = text[i];
  if (lang === 'zh') return strong ? /[。！？!?\n]/.test(c) : ZH_SENTENCE_END.test(c);
  return /[;!?\n]/.test(c) || (c === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1])));
}

function sentenceAround(text: string, span: Span, lang: Language, clause: Clause | undefined): Span {
  const floor = Math.max(clause ? clause.labelSpan.end : 0, span.start - WINDOW * 2);
  let start = span.start;
  while (start > floor && !isSentenceEnd(text, start - 1, lang)) start--;
  const ceiling = Math.min(text.length, span.end + WINDOW * 2, clause ? clause.span.end : text.length);
  let end = span.end;
  while (end < ceiling && !isSentenceEnd(text, end, lang)) end++;
  return { start, end };
}

/** The end of the whole sentence (。 for Chinese: a "；" does not end the consequence), within the clause. */
function fullSentenceEnd(text: string, from: number, lang: Language, clause: Clause | undefined): number {
  const ceiling = Math.min(text.length, from + WINDOW * 2, clause ? clause.span.end : text.length);
  let end = from;
  while (end < ceiling && !isSentenceEnd(text, end, lang, true)) end++;
  return end;
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
