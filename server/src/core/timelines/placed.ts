/**
 * A section's duration at its place in the document. The section-local fact (kept in the
 * section's memo across versions) is read through, not copied: a version makes one small
 * object per duration instead of a deep copy, and the document holds each duration's
 * text, numbers and nested parts once. Spans at document offsets are made when first read.
 */
import type { Clause, Span } from '../model';
import { NO_EQUIVALENCES, isProductFirst, shiftEquivalence } from './durations';
import { shiftSpan } from '../text/spans';
import type { Duration, DurationKind, Equivalence, NumberPart } from './types';

export class PlacedDuration implements Duration {
  #span: Span | undefined;
  #equivalences: Equivalence[] | undefined;
  #handedOver = false;

  constructor(
    /** The section-local duration: offsets from the section start, indexes within the section. */
    readonly local: Duration,
    /** The section start. */
    public base: number,
    /** The document index of the section's first duration. */
    public indexBase: number,
    public clause: Clause | undefined,
  ) {}

  /**
   * Places the duration again for the next version of the document (sections.ts keeps a
   * section's placed durations while its clauses are the same objects): at its section's new
   * start and index, without the equivalences handed over last time (they are handed again).
   */
  place(base: number, indexBase: number): void {
    if (base !== this.base) { this.base = base; this.#span = undefined; }
    this.indexBase = indexBase;
    this.#equivalences = undefined;
    this.#handedOver = false;
  }

  get index(): number { return this.local.index + this.indexBase; }
  get span(): Span { return (this.#span ??= shiftSpan(this.local.span, this.base)); }
  get text(): string { return this.local.text; }
  get kind(): DurationKind { return this.local.kind; }
  get value(): number { return this.local.value; }
  get unit(): Duration['unit'] { return this.local.unit; }
  get dayKind(): Duration['dayKind'] { return this.local.dayKind; }
  /** Made when read (few durations are written in words and figures; keeping them cost more heap than time). */
  get words(): NumberPart | undefined { return placePart(this.local.words, this.base); }
  get figures(): NumberPart | undefined { return placePart(this.local.figures, this.base); }
  get direction(): Duration['direction'] { return this.local.direction; }
  get bound(): Duration['bound'] { return this.local.bound; }
  get inclusive(): boolean { return this.local.inclusive; }
  get ordinal(): boolean | undefined { return this.local.ordinal; }
  get explains(): number | undefined { return this.local.explains === undefined ? undefined : this.local.explains + this.indexBase; }
  get explanationSpan(): Span | undefined { return this.local.explanationSpan && shiftSpan(this.local.explanationSpan, this.base); }
  get sameClock(): boolean | undefined { return this.local.sameClock; }
  get equivalences(): Equivalence[] {
    return this.#equivalences ?? (this.local.equivalences.length ? (this.#equivalences = this.local.equivalences.map((e) => shiftEquivalence(e, this.base))) : NO_EQUIVALENCES);
  }

  /**
   * Takes an equivalence written at the start of the next section ("（7×24即168个小时）"
   * after a paragraph split) into this duration's own list, never into the shared local fact.
   */
  get hasHandedOver(): boolean { return this.#handedOver; }

  handOver(equivalence: Equivalence): void {
    this.#handedOver = true;
    const list = (this.#equivalences = [...this.equivalences]);
    const firstTotal = list.findIndex((e) => !isProductFirst(e));
    if (isProductFirst(equivalence) && firstTotal >= 0) list.splice(firstTotal, 0, equivalence);
    else list.push(equivalence);
  }

  /** Plain data, as a copy would have it (optional fields absent when absent). */
  toJSON(): Duration { return durationData(this); }
}

/**
 * The duration as its section read it (offsets relative to the section): for checks of
 * numbers only, which then need not make the document-offset copies of its parts. Its
 * equivalences are the placed duration's own when one was handed over.
 */
export function unplaced(d: Duration): Duration {
  return d instanceof PlacedDuration && !d.hasHandedOver ? d.local : d;
}

function placePart(part: NumberPart | undefined, base: number): NumberPart | undefined {
  return part && { text: part.text, value: part.value, span: shiftSpan(part.span, base) };
}

/** A duration as plain data: what tests compare and JSON shows, whatever object holds it. */
export function durationData(d: Duration): Duration {
  const out: Duration = {
    index: d.index, span: d.span, text: d.text, kind: d.kind, value: d.value, unit: d.unit,
    direction: d.direction, bound: d.bound, inclusive: d.inclusive, equivalences: d.equivalences,
  };
  if (d.clause) out.clause = d.clause;
  if (d.dayKind !== undefined) out.dayKind = d.dayKind;
  if (d.words) out.words = d.words;
  if (d.figures) out.figures = d.figures;
  if (d.ordinal !== undefined) out.ordinal = d.ordinal;
  if (d.explains !== undefined) out.explains = d.explains;
  if (d.explanationSpan) out.explanationSpan = d.explanationSpan;
  if (d.sameClock !== undefined) out.sameClock = d.sameClock;
  return out;
}
