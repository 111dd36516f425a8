/**
 * Cross-references: what the extractor finds in the prose and what the resolver decides
 * it points at. Offsets are document offsets (the prose view has the same length).
 */
import type { Clause, Span } from '../model';
import type { Qualifier, RelativeForm } from '../lang/references';

export type ReferenceStatus =
  /** Points at a clause of this document (`target`). */
  | 'resolved'
  /** Points at another instrument (《网络安全法》第二十一条, Article 28 of the GDPR, 本法第一百四十二条 outside this book). */
  | 'external'
  /** Numbered like the clauses of this document but no clause has the number. */
  | 'unresolved'
  /** Several clauses have the number and nothing chooses between them. */
  | 'ambiguous'
  /** Numbered in a way no clause of this document is (e.g. "Section 2" in a document whose sections are HTML lists): not judged. */
  | 'unknown';

/** How the number is written, so a renumbering keeps it: 第七条 stays Chinese, 第7条 stays Arabic. */
export type NumeralForm = 'arabic' | 'chinese' | 'fullwidth' | 'letter';

export interface Reference {
  /** clause: 第7.2条 / Section 6.2; relative: 本条 / 前款 / 前条; annex: 附件一 / Schedule A. */
  kind: 'clause' | 'relative' | 'annex';
  /** The whole reference as it stands in the text, from 第 or the keyword to the end of its items / caption. */
  span: Span;
  /** The number alone (7.2, 七, D.4, 五百一十): what a renumbering rewrites. Empty for relative references. */
  numberSpan: Span;
  /** The number as written. */
  numberText: string;
  numeral: NumeralForm;
  /** The clause id the number denotes: "7.2", "510", "D.4", "B". */
  id: string;
  /** Items after the number: ["a"] for 8.1(a), ["3", "A", "i"] for 3(a)(1)(A)(i) → ["a", "1", "A", "i"]. */
  items: string[];
  /** 第二款 → 2 (the article's paragraphs, counted); 第一项 → item 1 (（一）). */
  paragraph?: number;
  item?: number;
  relative?: RelativeForm;
  /** What the words before or after it say about the instrument. */
  qualifier?: Qualifier;
  /** "this Section 4", 本 H 节. */
  thisForm?: boolean;
  /** Caption after the number: Section 10 (Confidentiality). */
  caption?: { text: string; span: Span };
  /** Ranges and lists: references written together share a group; a range's ends are marked. */
  group?: number;
  rangeEnd?: 'start' | 'end';
  /** The language form it was written in (a zh reference in an English document is fine). */
  lang: 'zh' | 'en';
  /** The English keyword: Section / Clause / Article (what kind of clause it may target). */
  keyword?: 'section' | 'clause' | 'article' | 'zh-article' | 'zh-section' | 'paragraph';
  /** For annexes: the annex name ("附件一", "Schedule A"). For a clause of an annex (附件一第2条, "Schedule A, paragraph 3"): that annex's name. */
  annex?: string;
  /** A clause of an annex: the annex's number as written ("一", "A"); it resolves among that annex's clauses. */
  annexNumber?: string;

  // ---- resolution ----
  status: ReferenceStatus;
  /** The clause the number denotes (before items): what a renumbering follows. */
  base?: Clause;
  /** The most precise clause: the item when it exists (8.1(a)), else `base`. */
  target?: Clause;
  /** The exact place for 款 / 项 references (a paragraph of an article) when it is not a clause. */
  targetSpan?: Span;
  /** The item asked for does not exist in `base`, which does have items: reported. */
  missingItem?: string;
  /** Ambiguous: the candidates. */
  candidates?: Clause[];
  /** The clause (innermost, not an item) the reference stands in. */
  container?: Clause;
}
