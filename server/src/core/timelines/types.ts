/**
 * Durations (numeric deadlines) and timelines (sequences of events linked by their
 * anchors), added to the DocumentModel by declaration merging.
 */
import type { Clause, Span } from '../model';
import type { Bound, DayKind, Unit } from '../lang/durations';

export type { Bound, DayKind, Unit };

export interface NumberPart { text: string; value: number; span: Span }

/** "7×24即168个小时": factors, and the stated total when given. */
export interface Equivalence { span: Span; factors: [number, number]; factorsSpan: Span; stated?: number; statedSpan?: Span }

export type DurationKind = 'period' | 'explanation' | 'immediate' | 'vague';

export interface Duration {
  index: number;
  /** The number and unit as written: "7日", "thirty (30) days", "三十（30）日". */
  span: Span;
  text: string;
  kind: DurationKind;
  value: number;
  unit: Unit;
  /** Explicit qualifier (自然日 / 工作日 / calendar / business); undefined for plain "days". */
  dayKind?: DayKind;
  /** When written in words and figures: both, so a mismatch can be reported. The words prevail. */
  words?: NumberPart;
  figures?: NumberPart;
  direction: 'after' | 'before';
  bound: Bound;
  /** Civil Code art. 1259: 以内/届满 include the number, 超过/不满 exclude it. */
  inclusive: boolean;
  /** "第五个自然日": the Nth day itself. */
  ordinal?: boolean;
  /** For an explanation: the period it explains. */
  explains?: number;
  /** The bracket after the period, when it explains it ("（7×24即168个小时）"). */
  explanationSpan?: Span;
  /** The bracket says the agreement's own rule: same clock time on the last day (art. 204). */
  sameClock?: boolean;
  equivalences: Equivalence[];
  clause?: Clause;
}

/** A daily rate ("按日万分之五"): recognised, not a period. */
export interface Rate { span: Span; text: string; per: 'day' }

/** A signed offset in calendar components (business days kept apart: they do not add to days). */
export interface Offset { years: number; months: number; weeks: number; days: number; businessDays: number; hours: number; minutes: number }

export interface TimelineEvent {
  action: string;
  actionKey: string;
  rank: number;
  clause?: Clause;
  /** The duration's text (or the action's, for an immediate consequence). */
  span: Span;
  duration?: Duration;
  /** The period as written, signed. */
  after: Offset;
  /** From the trigger. */
  total: Offset;
  /** The event this one counts from (index in the sequence), or undefined for the trigger. */
  from?: number;
  /** Every duration merged into this event (same clause group, trigger and total). */
  spans: Span[];
  /** Steps from the trigger to this event (for date computation): each with its counting rule. */
  steps: { after: Offset; sameClock: boolean; inclusive: boolean }[];
}

export interface Sequence {
  index: number;
  triggerKey: string;
  trigger: string;
  triggerSpan?: Span;
  /** The top-level clause that groups the sequence (the 专用条款 section, or Section 9). */
  scope?: Clause;
  events: TimelineEvent[];
}

declare module '../model' {
  interface DocumentModel {
    durations: Duration[];
    rates: Rate[];
    timelines: Sequence[];
  }
}
