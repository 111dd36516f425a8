/**
 * Cross-reference forms, as data. The extractor (core/references/extract.ts) finds a
 * keyword or a 第, then reads numbers, items, captions and connectors one token at a
 * time with sticky (`y`) expressions. Every expression here is anchored or sticky, has
 * only bounded quantifiers and no nested quantifiers, so each step is linear in the
 * length of what it consumes and the whole scan is linear in the document.
 */
import { CHINESE_NUMERAL_CHARS } from './numerals';

const CN = CHINESE_NUMERAL_CHARS;

// ---- Chinese ---------------------------------------------------------------------

/** 第 followed by a number and 条 / 节: 第7.2条, 第九条, 第四百六十三条, 第 D.4 节, 第 B(5) 节. Global scan. */
export const ZH_REFERENCE = new RegExp(
  `第[ \\u2002]?([0-9０-９]{1,3}(?:\\.[0-9]{1,3}){0,4}|[${CN}]{1,10}|[A-Z](?:\\.[0-9]{1,3}){0,3}(?:\\([0-9]{1,2}\\))?)` +
  `(?:[ \\u2002]?(?:-|–|—|至)[ \\u2002]?([A-Z](?:\\.[0-9]{1,3}){0,3}|[0-9]{1,3}(?:\\.[0-9]{1,3}){0,4}))?[ \\u2002]?(条|节)`, 'g');

/** A number without its own 第 after a reference: 第7.2条至7.4条, 第3.1条、3.2条. Sticky. */
export const ZH_CONTINUATION = new RegExp(`([ \\u2002]?(?:至|到|~|～|-|–|—|、|和|及|或)[ \\u2002]?)([0-9]{1,3}(?:\\.[0-9]{1,3}){0,4}|[${CN}]{1,10})[ \\u2002]?条`, 'y');

/** After 第N条: 第二款, 第一项 (either or both). Sticky. */
export const ZH_PARAGRAPH = new RegExp(`第([${CN}0-9]{1,4})款`, 'y');
export const ZH_ITEM = new RegExp(`第([${CN}0-9]{1,4})项`, 'y');

/** A caption after the number: 第8条（保密条款）, 第8条【保密】, 第8条“保密”. Sticky. */
export const ZH_CAPTION = /[ \u2002]?(?:（([^（）()\n]{1,30})）|【([^【】\n]{1,30})】|“([^“”\n]{1,30})”)/y;

/** Captions that are notes, not titles: （以下简称…）, （含本数）. */
export const ZH_NOT_CAPTION = /^(?:以下|下称|简称|含|包括|如|即|见|详见|或|和|及|但|除|不含|依|按|根据)/;

/** Qualifiers written right before 第: which instrument the number belongs to. Matched against the text that ends at 第. */
export const ZH_QUALIFIERS: { re: RegExp; scope: Qualifier }[] = [
  { re: /(?:本部分|本条款部分|本附件)(?:约定的|规定的|所述的?|项下的?|的)?$/, scope: 'part' },
  { re: /(?:本协议|本合同|本条款|本服务条款|本服务协议|本规则|本约定)(?:约定的|规定的|所述的?|项下的?|的)?$/, scope: 'document' },
  { re: /本法(?:的)?$/, scope: 'instrument' },
  { re: /(?:本编|本章|本节|本分编)(?:的)?$/, scope: 'document' },
  // 《网络安全法》第二十一条, 《民法典》的第五条, 民法典第五条, 合同法第五十二条: another instrument.
  { re: /》(?:的)?$/, scope: 'external' },
  { re: /[\u4e00-\u9fff](?:法|典|条例|规定|办法|细则|公约|章程|规则|协定)(?:的)?$/, scope: 'external' },
];

/** Connectors between two references of a range: 第7.2条至第7.4条. Anchored on the text between them. */
export const ZH_RANGE_CONNECTOR = /^[ \u2002]?(?:至|到|~|～|-|–|—)[ \u2002]?$/;
/** Connectors of a list: 第3.1条、第3.2条和第3.4条. */
export const ZH_LIST_CONNECTOR = /^[ \u2002]?(?:、|，|,|和|及|与|或|或者|以及)[ \u2002]?$/;

/** Relative references. 本条款 means "these terms", not "this article": excluded by the lookahead. */
export const ZH_RELATIVE = /本条(?![款件例文])|本款|前款|前两款|前二款|前三款|前条|前两条|本项/g;
export type RelativeForm = '本条' | '本款' | '前款' | '前两款' | '前二款' | '前三款' | '前条' | '前两条' | '本项';

/** 本 H 节 (the localised GitHub terms): "this Section H". Global scan. */
export const ZH_THIS_SECTION = /本[ \u2002]?([A-Z](?:\.[0-9]{1,3}){0,3}|[0-9]{1,3}(?:\.[0-9]{1,3}){0,3})[ \u2002]?节/g;

// ---- English ---------------------------------------------------------------------

/** The keyword of a clause reference, case-insensitive. Global scan; the number is read after it. */
export const EN_KEYWORD = /\b(sections|section|sec\.|clauses|clause|subsections|subsection|articles|article)(?![A-Za-z])[ \u00a0]{0,3}|§§?[ \u00a0]{0,2}/gi;

/** A number after the keyword: 6.2, 16, D.4, B(5) is read as B then item (5), 6b, H. Sticky. */
export const EN_NUMBER = /([0-9]{1,3}(?:\.[0-9]{1,3}){0,4}(?:[a-z](?![A-Za-z0-9]))?|[A-Z](?:\.[0-9]{1,3}){0,3})(?![A-Za-z0-9]|\.[0-9])/y;

/** An item after a number: (a), (iv), (2), (A); an optional space or line break before it. Sticky. */
export const EN_ITEM = /[ \n]?\(([a-z]{1,2}|[ivxl]{1,6}|[0-9]{1,2}|[A-Z])\)/y;
/** An item range after the items: "-(2)" in "Section 2(b)(1)-(2)". Sticky. */
export const EN_ITEM_RANGE = /[ ]?(?:-|–|—|to|through)[ ]?\(([a-z]{1,2}|[ivxl]{1,6}|[0-9]{1,2}|[A-Z])\)/y;

/** A caption after the number: Section 10 (Confidentiality), Section 3 ("Fees"). Sticky. */
export const EN_CAPTION = /[ \u00a0]{0,2}\((?:"|“)?([A-Z][^()\n"“”]{1,60})(?:"|”)?\)/y;
/** Parentheticals that are notes, not captions. */
export const EN_NOT_CAPTION = /^(?:as |including|see |e\.g|i\.e|if |or |and |unless|subject|which|other|except|each|in |to |for |only|Option)/i;

/** Connectors in a list or range: ", ", " and ", ", or ", " to ", " through ", " — ". Sticky. */
export const EN_CONNECTOR = /[ ]{0,2}(?:,[ ]{0,2}(?:and|or|and\/or)?|and\/or|and|or|to|through|thru|-|–|—)[ ]{0,2}/y;
export const EN_RANGE_WORD = /^[ ]{0,2}(?:to|through|thru|-|–|—)[ ]{0,2}$/;

/** What follows the reference and makes it external: "of the GDPR", "of Regulation (EU) 2016/679". Sticky. */
export const EN_OF = /[ ]{1,2}of[ ]{1,2}(?:the[ ]{1,2})?([A-Za-z][A-Za-z0-9.\-]{0,30})/y;
/** After "of": words that mean this document. */
export const EN_THIS_DOCUMENT = /^(?:this|these|hereof)$/i;
/** "of this Agreement" after "of": still this document. */
export const EN_OF_THIS = /[ ]{1,2}(?:of|in|under)[ ]{1,2}(?:this|these)[ ]{1,2}[A-Za-z]{2,20}/y;

/** Words right before the keyword that name another instrument: "FAR section 12.212", "15 U.S.C. § 1681". */
export const EN_EXTERNAL_BEFORE = /(?:\b(?:FAR|DFARS?|U\.S\.C\.?|C\.F\.R\.?|USC|CFR|GDPR|Act|Code|Regulation|Directive|Statute))[ \u00a0]{0,2}$/;
/** The text between two keyword references written as one list: "Clause 8.1(d) and Clause 8.5 of the EEA SCCs". */
export const EN_LIST_JOIN = /^[ ]{0,2}(?:,[ ]{0,2}(?:and|or)?|and|or)[ ]{1,2}$/;

/** The word before the keyword: "this Section 4". Matched against the text that ends at the keyword. */
export const EN_THIS_BEFORE = /\b(?:this|such)[ ]{1,2}$/i;

/** Keywords by what they point at. */
export type EnKeyword = 'section' | 'clause' | 'article';
export function enKeyword(word: string): EnKeyword {
  const w = word.toLowerCase();
  if (w.startsWith('clause')) return 'clause';
  if (w.startsWith('article')) return 'article';
  return 'section';
}
/** "of the Agreement": this instrument when the clause is here, another one otherwise. */
export const EN_INSTRUMENT_WORDS = /^(?:Agreement|Terms|Contract|DPA|Addendum)$/;

/** Annexes, schedules, appendices: references to other parts or other files. Global scan. */
export const ANNEX_REFERENCE = /\b(Annex|ANNEX|Schedule|SCHEDULE|Appendix|APPENDIX|Exhibit|EXHIBIT|Attachment|ATTACHMENT)[ ]{1,2}([0-9]{1,2}|[IVX]{1,5}|[A-Z])(?![A-Za-z0-9])|附件[ ]?([0-9]{1,2}|[一二三四五六七八九十]{1,3})/g;

export type Qualifier = 'part' | 'document' | 'instrument' | 'external';

/** Between an annex and a clause reference that belongs to it: 附件一第2条, 附件一中的第3条, "Schedule A, Section 2". Anchored. */
export const ANNEX_THEN_CLAUSE = /^(?:[ \u2002]?(?:的|中的?|之|项下的?)?[ \u2002]?|,?[ \u00a0]{1,2})$/;
/** Between a clause reference and the annex it belongs to: "Section 2 of Schedule 1", "paragraph 3 in Annex B". Anchored. */
export const CLAUSE_OF_ANNEX = /^[ \u00a0]{1,2}(?:of|in|under)[ \u00a0]{1,2}(?:the[ \u00a0]{1,2})?$/i;
/** "Schedule A, paragraph 3": the keyword after an annex (paragraphs are only read with an annex). Sticky. */
export const ANNEX_PARAGRAPH_AFTER = /,?[ \u00a0]{1,2}(?:paragraph|para\.)[ \u00a0]{1,2}/iy;
/** "paragraph 3 of Schedule A": matched against the text that ends at the annex keyword. */
export const PARAGRAPH_BEFORE_ANNEX = /(?:^|[^A-Za-z])((?:paragraph|para\.)[ \u00a0]{1,2})([0-9]{1,3}(?:\.[0-9]{1,3}){0,4})((?:\([a-z0-9]{1,4}\)){0,3})[ \u00a0]{1,2}(?:of|in|under)[ \u00a0]{1,2}(?:the[ \u00a0]{1,2})?$/i;
