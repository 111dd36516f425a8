/**
 * Defined-term forms, as data (Chinese and English). The extractor in core/terms/
 * finds quoted phrases and judges them by the words around them; the tables below say
 * which words make a quoted phrase a definition. Every expression is anchored or
 * bounded and has no nested quantifiers, so matching is linear.
 */

/** Opening → closing quote marks a defined term may be wrapped in. */
export const TERM_QUOTES: Record<string, string> = { '“': '”', '"': '"', '「': '」', '『': '』' };

/** A quoted phrase: one scan over the prose view. Straight quotes pair left to right. */
export const QUOTED_PHRASE = /[“"「『]([^“”"「」『』\n]{1,80})[”"」』]/g;

// ---- English ----------------------------------------------------------------

/** Words allowed between "(" and a quoted term, and between quoted terms in one group: (collectively, the "X"). */
export const EN_CONNECTOR_WORDS = new Set([
  'the', 'a', 'an', 'each', 'collectively', 'together', 'jointly', 'individually', 'separately', 'severally',
  'respectively', 'hereinafter', 'hereafter', 'herein', 'referred', 'to', 'as', 'called', 'or', 'and', 'this',
  'these', 'such', 'also', 'known', 'below', 'above', 'defined', 'in', 'any', 'our', 'its', 'their', 'singly', 'both',
]);

/** After the last quoted term of a group: what makes it a definition anywhere in the text. */
export const EN_MEANS = /^\s{0,40}[,:]?\s{0,3}(?:also\s+means|shall\s+also\s+mean|shall\s+mean|means|mean|shall\s+have\s+the\s+meanings?|will\s+have\s+the\s+meanings?|has\s+the\s+meanings?|have\s+the\s+meanings?|is\s+defined|are\s+defined|shall\s+refer\s+to|refers\s+to|refer\s+to|refers,|refer,|includes\s+and\s+means)\b/;

/** "has the meaning given in Section 4": the definition lives elsewhere. */
export const EN_MEANING_ELSEWHERE = /^\s{0,40}[,:]?\s{0,3}(?:shall|will)?\s{0,3}ha(?:s|ve)\s+the\s+meanings?\s/;

/** Before a quoted term: … is deemed a “Relevant Disclosure”, … shall be referred to as the “X”. */
export const EN_DEEMED = /\b(?:is|are|be|being|been)\s{1,3}(?:deemed|called|referred\s{1,3}to\s{1,3}as|known\s{1,3}as)\s{1,3}(?:(?:a|an|the)\s{1,3})?$/;

/** In a definitions list or section, a quoted term opening a sentence followed by one of these verbs is a definition. */
export const EN_LIST_VERB = /^\s{0,40}[,:]?\s{0,3}(?:is|are|represents|represent|refers|refer|means|mean|consists|consist|includes|include)\b/;

/** An unquoted definition at the start of a line or item: "a. Adapted Material means …", "**Affiliate** means". */
export const EN_BARE_MEANS = /\s(?:shall\s+mean|means)\s/;

/** Words that may appear inside a bare Title-Case term besides capitalised words. */
export const EN_TERM_JOINERS = new Set(['and', 'of', 'or', 'the', 'for', 'to', 'in', 'on']);

/** Single-quoted definitions in statutory text: 'the data exporter' means … */
export const EN_SINGLE_QUOTED_MEANS = /(?:^|[\s(>])'([A-Za-z][A-Za-z ’-]{0,60})'\s{1,3}(?:shall\s+mean|means)\b/g;

/** Cover-page variables (Common Paper): terms defined on a separate Cover Page or Order Form. */
export const COVER_PAGE_SPAN = /<span class="(?:coverpage|orderform|keyterms)_link">([^<>\n]{1,80})<\/span>/g;

/** "Capitalized terms used but not defined … have the meanings given in …": terms come from elsewhere. */
export const INCORPORATES_EXTERNAL_TERMS = /capitali[sz]ed\s+terms\s[^.\n]{0,120}?\s(?:have|has)\s+the\s+meanings?\s/i;

/** Titles of sections that hold the definitions (a term used before one of these is fine). */
export const DEFINITIONS_TITLE = /(?:definitions?|interpretation|defined\s+terms|定义|释义|术语|名词解释)/i;

/**
 * term-undefined: capitalised phrases that are names, not defined terms. A phrase is
 * skipped when one of its words is here (institutions, laws, places, calendar words).
 */
export const EN_NAME_WORDS = new Set([
  'Inc', 'LLC', 'Ltd', 'Limited', 'Corp', 'Corporation', 'Company', 'GmbH', 'Act', 'Acts', 'Regulation', 'Regulations',
  'Directive', 'Decision', 'Code', 'Union', 'Kingdom', 'States', 'State', 'Republic', 'Commission', 'Court', 'Courts',
  'Council', 'Parliament', 'Board', 'Office', 'Department', 'Agency', 'Authority', 'Government', 'Convention', 'Treaty',
  'Shield', 'Commons', 'Foundation', 'Association', 'Institute', 'University', 'Bureau', 'Ministry', 'Federal',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Section', 'Sections',
  'Clause', 'Clauses', 'Article', 'Articles', 'Annex', 'Appendix', 'Exhibit', 'Schedule', 'Attachment', 'Table', 'Part',
  'Chapter', 'Paragraph', 'English', 'Chinese', 'European', 'American', 'California', 'Switzerland', 'Swiss', 'British',
  'Microsoft', 'GitHub', 'Google', 'Amazon', 'Apple', 'Creative', 'Privacy', 'Statement', 'Policy', 'Policies', 'Guidelines',
  'Standard', 'Standards', 'Contractual', 'Initiative', 'Commissioner', 'Conditions', 'Nations', 'Nationals', 'County', 'City', 'San', 'Francisco',
  'York', 'Delaware', 'Washington', 'Street', 'Avenue', 'Road',
]);

/** Words that open a sentence or a caption and are capitalised for that reason alone. */
export const EN_FUNCTION_WORDS = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Each', 'Any', 'All', 'If', 'In', 'On', 'Of', 'For', 'To', 'By',
  'No', 'Not', 'Our', 'Your', 'You', 'We', 'Us', 'It', 'Its', 'Such', 'Upon', 'Unless', 'Except', 'Subject', 'With',
  'Without', 'Where', 'When', 'Whether', 'Notwithstanding', 'As', 'At', 'Or', 'And', 'I', 'Neither', 'Either', 'Both',
]);

// ---- Chinese ----------------------------------------------------------------

/** Between "（" and the quoted term: 以下简称 / 下称 / 简称 / 以下统称 / 以下单独或统称 / 统称为 / 以上简称 … */
export const ZH_PAREN_LEAD = { test: (s: string) => s.length > 0 && '（('.includes(s[0]) && onlyWords(s.slice(1), ZH_PAREN_LEAD_WORDS) };
/** Longest first, so "称为" is read as one word, never as "称" + "为". */
const ZH_PAREN_LEAD_WORDS = ['单独或', '以下', '以上', '下文', '合称', '统称', '简称', '称为', '下', '或', '称', '为', '：', ':', '，', ','];

/** Is `s` made only of `words` and white space? A greedy scan: linear, no backtracking. */
export function onlyWords(s: string, words: string[]): boolean {
  let i = 0;
  while (i < s.length) {
    if (/\s/.test(s[i])) { i++; continue; }
    const word = words.find((w) => s.startsWith(w, i));
    if (!word) return false;
    i += word.length;
  }
  return true;
}

/** Between two quoted terms in one group: “服务条款”或“条款”, “用户”、“您”和“您的”. */
export const ZH_JOIN = /^(?:或|、|和|及|与|以及|，|,|\s)*$/;

/** An unquoted parenthetical definition: （以下统称该等行为）. */
export const ZH_PAREN_BARE = /[（(](?:以下|以上|下文|下)(?:单独或)?(?:合称|统称|简称|称为|称)为?[:：]?([^（）()“”"「」\n，。；、]{1,16})[）)]/g;

/** After a quoted term: “X”是指 / “X”指： / “X”系指. */
export const ZH_MEANS = /^\s{0,40}[，,]?\s?(?:是指|系指|意指|特指|专指|指(?![定示出引南令标挥导责控派望明点]))/;

/** In a definitions list: “帐户”代表…, “协议”是一种统称… */
export const ZH_LIST_VERB = /^\s{0,40}(?:是指|系指|指|代表|是|为)/;

/** 本协议所称X，是指 / 本条款所称保密信息是指. */
export const ZH_SO_CALLED = /所称[“"「]?([^，,。；;：:“”"「」\s]{1,20}?)[”"」]?\s?[，,]?\s?(?:是指|系指|指)/g;

/** A sentence that opens with an unquoted term: “不可抗力、意外事件是指…” (at a clause or line start). */
export const ZH_BARE_MEANS = /^([\u4e00-\u9fffA-Za-z0-9、]{2,20}?)(?:是指|系指)/;

/** Statutes: “买卖合同是出卖人转移……的合同。” at the start of an article. */
export const ZH_STATUTE_DEFINITION = /^([\u4e00-\u9fff]{1,10})是(?!指)[^。\n]{2,160}?的(?:合同|协议|意思表示|表示|条款|行为)[。，；]/;

/** Characters that end a sentence (for the definition's extent). */
export const SENTENCE_END = /[。！？!?；;]|\.(?=\s|$)/;
