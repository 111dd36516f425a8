/** Defined terms: where each term is defined, where it is used, and what looks undefined. */
import type { Span } from '../model';

export type DefinitionForm =
  | 'means'          // "X" means … / “X”是指 …
  | 'parenthetical'  // (the "X") / （以下简称“X”）
  | 'list'           // a quoted term opening an entry of a definitions list: “Content” refers to …
  | 'bare'           // Adapted Material means … / 本协议所称X，是指 / （以下统称X）
  | 'statute'        // 买卖合同是……的合同。
  | 'elsewhere';     // "X" has the meaning given in Section 4

export interface TermDefinition {
  /** The term as written (trimmed, whitespace collapsed). */
  name: string;
  /** The term's text: what rename replaces. */
  span: Span;
  /** The term with its quote marks, when quoted. */
  quoted?: Span;
  /** The defining sentence, for hovers. */
  extent: Span;
  form: DefinitionForm;
  /** Inside a section titled Definitions / 定义 / 释义: uses before it are fine. */
  inDefinitionsSection: boolean;
}

export type UseVariant = 'exact' | 'plural' | 'possessive' | 'caps' | 'capitalised';

export interface TermUse {
  /** The matched words: for "Customers" or "Customer’s", only "Customer". */
  readonly span: Span;
  readonly term: Term;
  readonly variant: UseVariant;
  /** Whole token including a plural or possessive ending. */
  readonly end: number;
}

/**
 * A use as the model keeps it: its offsets are fields and `span` is made when read. Every
 * version makes all of a document's uses again (6,100 on the 1 MB agreement): one object
 * each instead of two.
 */
export class PlacedUse implements TermUse {
  constructor(
    readonly start: number,
    /** Where the matched words end (`span.end`). */
    readonly wordsEnd: number,
    readonly term: Term,
    readonly variant: UseVariant,
    readonly end: number,
  ) {}

  get span(): Span { return { start: this.start, end: this.wordsEnd }; }
}

export interface Term {
  /** Lookup key: the normalised name. */
  key: string;
  name: string;
  language: 'zh' | 'en';
  /** Definitions in document order (more than one: term-duplicate). */
  definitions: TermDefinition[];
  /** Defined outside the document (Common Paper cover-page variables): no definition here. */
  external?: 'coverPage';
  uses: TermUse[];
}

/** A lower-case use of a capitalised term ("services" where "Services" is defined). */
export interface CaseMismatch { span: Span; term: Term; text: string }

/** A capitalised phrase used like a defined term but never defined (English). */
export interface UndefinedCandidate { span: Span; text: string; count: number }

export interface TermsFacts {
  terms: Term[];
  byKey: Map<string, Term>;
  /** Every use, sorted by start. */
  uses: TermUse[];
  /** Every definition, sorted by start. */
  definitions: { term: Term; definition: TermDefinition }[];
  caseMismatches: CaseMismatch[];
  undefinedCandidates: UndefinedCandidate[];
  /** The document says capitalised terms not defined here are defined elsewhere. */
  incorporatesExternal?: Span;
}
