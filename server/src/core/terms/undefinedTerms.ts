/**
 * term-undefined candidates (English): a run of two or more Capitalised Words in the
 * middle of a sentence, in a document whose own defined terms are capitalised, that is
 * neither a defined term nor a name (lang/definitions.ts EN_NAME_WORDS). One word per
 * token scan; no regular expression spans more than one word.
 */
import type { Span } from '../model';
import type { Link } from '../parse/markdown';
import { EN_FUNCTION_WORDS, EN_NAME_WORDS, EN_TERM_JOINERS, QUOTED_PHRASE } from '../lang/definitions';
import type { UndefinedCandidate } from './types';
import { hasCjk, lineStartOf, normalizeTerm } from './text';

const WORD = /[A-Za-z][A-Za-z0-9'’-]{0,40}/g;

interface Word { start: number; end: number; text: string }

/** A run of capitalised words that passed every test not involving the term set (section-relative). */
export interface CapitalisedRun { start: number; end: number; text: string; determiner: boolean }

/**
 * The runs of Capitalised Words in one section that look like terms by their own
 * words and surroundings (English). Depends only on the section's prose and text.
 */
export function findCapitalisedRuns(prose: string, text: string): CapitalisedRun[] {
  const out: CapitalisedRun[] = [];
  let run: Word[] = [];
  let prevWordEnd = -1;

  const flush = () => {
    const all = run;
    run = [];
    const runStart = all.length ? all[0].start : 0;
    // Function words open sentences and captions; joiners may not end a phrase.
    const words = [...all];
    while (words.length && (EN_FUNCTION_WORDS.has(words[0].text) || EN_TERM_JOINERS.has(words[0].text))) words.shift();
    while (words.length && (EN_FUNCTION_WORDS.has(words[words.length - 1].text) || EN_TERM_JOINERS.has(words[words.length - 1].text))) words.pop();
    if (words.filter((w) => !EN_TERM_JOINERS.has(w.text)).length < 2) return;
    if (words.some((w) => w.text.replace(/['’]s$/, '').split('-').some((part) => EN_NAME_WORDS.has(part)))) return;
    const start = words[0].start, end = words[words.length - 1].end;
    // Mid-sentence, as the whole run: captions and sentence openings are capitalised anyway.
    if (!midSentence(prose, runStart) || inCaptionParens(prose, runStart) || afterProperPossessive(prose, runStart)) return;
    if (isHeadingLine(text, start)) return;
    const name = normalizeTerm(prose.slice(start, end)).replace(/['’]s$/, '');
    const determiner = /\b(?:the|any|each|such|all|no)\s+$/.test(prose.slice(Math.max(0, runStart - 8), runStart));
    out.push({ start, end, text: name, determiner });
  };

  WORD.lastIndex = 0;
  for (let m = WORD.exec(prose); m; m = WORD.exec(prose)) {
    const w = { start: m.index, end: m.index + m[0].length, text: m[0] };
    const capitalised = /^[A-Z][a-z]/.test(w.text) || (run.length > 0 && EN_TERM_JOINERS.has(w.text));
    const between = prevWordEnd >= 0 ? prose.slice(prevWordEnd, w.start) : '';
    const adjacent = run.length > 0 && /^[ \t]{1,3}$|^[ \t]*\r?\n[ \t]*$/.test(between);
    if (!capitalised || (run.length && !adjacent)) flush();
    if (capitalised) run.push(w);
    prevWordEnd = w.end;
  }
  flush();
  return out;
}

/**
 * The runs of one section that are not defined terms and overlap no definition, use,
 * case mismatch or cover-page variable (`busy`) and lie in no link's text. All offsets
 * section-relative; `busy` and `links` in any order.
 */
export function keepUndefinedRuns(runs: CapitalisedRun[], busy: Span[], links: Link[], isTerm: (text: string) => boolean): CapitalisedRun[] {
  const spans = [...busy].sort((a, b) => a.start - b.start);
  const texts = [...links].sort((a, b) => a.textStart - b.textStart);
  const out: CapitalisedRun[] = [];
  // Runs are disjoint and in order, so both checks sweep forwards.
  let bi = 0, busyEnd = -1, li = 0, linkEnd = -1;
  for (const r of runs) {
    while (bi < spans.length && spans[bi].start < r.end) busyEnd = Math.max(busyEnd, spans[bi++].end);
    if (busyEnd > r.start) continue;
    while (li < texts.length && texts[li].textStart <= r.start) linkEnd = Math.max(linkEnd, texts[li++].textEnd);
    if (linkEnd >= r.end) continue;
    if (isTerm(r.text)) continue;
    out.push(r);
  }
  return out;
}

/** Counts the kept runs of the whole document, in order: used like a term when repeated or after a determiner. */
export function undefinedCandidates(runs: Iterable<CapitalisedRun>): UndefinedCandidate[] {
  const byText = new Map<string, UndefinedCandidate & { determiner: boolean }>();
  for (const r of runs) {
    const seen = byText.get(r.text);
    if (seen) seen.count++;
    else byText.set(r.text, { span: { start: r.start, end: r.start + r.text.length }, text: r.text, count: 1, determiner: r.determiner });
  }
  // Used like a term: more than once, or after "the"/"any"/"each" (names are rarely repeated with a determiner).
  return [...byText.values()].filter((c) => c.count >= 2 || c.determiner).map(({ determiner, ...c }) => c).sort((a, b) => a.span.start - b.span.start);
}

/** The phrase follows a lower-case word or a comma in the same sentence. */
function midSentence(prose: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (prose[i] === ' ' || prose[i] === '\t' || prose[i] === '\n' || prose[i] === '\r')) i--;
  if (i < 0) return false;
  return /[a-z,]/.test(prose[i]);
}

/** "(Waiver of Jury Trial)", "Section 8 (No Onward Sharing)": a caption in parentheses. */
function inCaptionParens(prose: string, start: number): boolean {
  const back = prose.slice(Math.max(0, start - 40), start);
  const open = back.lastIndexOf('(');
  if (open < 0 || back.indexOf(')', open) >= 0) return false;
  return back.slice(open + 1).split(/\s+/).filter(Boolean).every((w) => /^[A-Z]/.test(w) || EN_TERM_JOINERS.has(w));
}

/** "OFAC’s Specially Designated Nationals": a name owned by a named body. */
function afterProperPossessive(prose: string, start: number): boolean {
  const window = prose.slice(Math.max(0, start - 20), start);
  const trimmed = window.trimEnd();
  if (trimmed.length === window.length || !/['’]s$/.test(trimmed)) return false;
  let i = trimmed.length - 2;
  while (i > 0 && /[A-Za-z]/.test(trimmed[i - 1])) i--;
  return /^[A-Z]/.test(trimmed.slice(i, trimmed.length - 2));
}

function isHeadingLine(text: string, offset: number): boolean {
  const ls = lineStartOf(text, offset);
  return /^\s{0,3}#/.test(text.slice(ls, ls + 8));
}

/** A quoted phrase that may be a Chinese term (section-relative): where its quote opens, where the term starts. */
export interface QuotedPhrase { open: number; start: number; text: string }

/** The quoted Chinese phrases of one section that could be terms by their own shape. */
export function findQuotedPhrases(prose: string): QuotedPhrase[] {
  const out: QuotedPhrase[] = [];
  QUOTED_PHRASE.lastIndex = 0;
  for (let m = QUOTED_PHRASE.exec(prose); m; m = QUOTED_PHRASE.exec(prose)) {
    const text = normalizeTerm(m[1]);
    if (!hasCjk(text) || text.length < 2 || text.length > 12 || /[，。；：！？、]/.test(text)) continue;
    out.push({ open: m.index, start: m.index + 1 + m[1].indexOf(text[0]), text });
  }
  return out;
}

/**
 * Chinese has no capitals: a phrase is used like a defined term when it is quoted
 * (“服务等级协议”) more than once but never defined. Titles in 《》 are other instruments.
 * `phrases` in document order, absolute offsets; `definedQuotes`: where definitions' quotes open.
 */
export function undefinedChinese(perSection: { phrases: readonly QuotedPhrase[]; shift: number }[], definedQuotes: Set<number | undefined>, isTerm: (text: string) => boolean): UndefinedCandidate[] {
  const byText = new Map<string, UndefinedCandidate>();
  // Each section's phrases read where they are (section offsets plus its shift): nothing copied per phrase per edit.
  for (const { phrases, shift } of perSection) {
    for (const p of phrases) {
      if (definedQuotes.has(p.open + shift) || isTerm(p.text)) continue;
      const seen = byText.get(p.text);
      if (seen) seen.count++;
      else byText.set(p.text, { span: { start: p.start + shift, end: p.start + shift + p.text.length }, text: p.text, count: 1 });
    }
  }
  return [...byText.values()].filter((c) => c.count >= 2).sort((a, b) => a.span.start - b.span.start);
}
