/** Small text helpers shared by the term extractor, matcher and features. */
import type { DocumentModel, OutlineNode, Span } from '../model';
import { DEFINITIONS_TITLE } from '../lang/definitions';
import type { ProseText } from '../parse/prose';

export function isCjk(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isCjk(text[i])) return true;
  return false;
}

export function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u3000' || ch === '\u2002' || ch === '\u00a0';
}

/** Letters, digits and hyphens continue an English word. */
export function isWordChar(ch: string | undefined): boolean {
  return !!ch && /[A-Za-z0-9\-_\u00c0-\u024f]/.test(ch);
}

/** How a term is written for lookups: whitespace collapsed, none between CJK characters, ’ as '. */
export function normalizeTerm(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (isSpace(ch)) {
      let j = i;
      while (j < raw.length && isSpace(raw[j])) j++;
      const prev = out[out.length - 1];
      if (out && j < raw.length && !(isCjk(prev) && isCjk(raw[j]))) out += ' ';
      i = j - 1;
      continue;
    }
    out += ch === '’' ? "'" : ch;
  }
  return out;
}

/** The span without surrounding spaces. */
export function trimSpan(text: ProseText, start: number, end: number): Span {
  while (start < end && isSpace(text.charAt(start))) start++;
  while (end > start && isSpace(text.charAt(end - 1))) end--;
  return { start, end };
}

/**
 * Start of the line holding `offset`, looking back at most `maxBack` characters: callers
 * only look at a line's first few characters, and an unbounded scan per term would be
 * quadratic on a document that is one long line.
 */
export function lineStartOf(text: ProseText, offset: number, maxBack = 1000): number {
  let i = offset;
  const floor = Math.max(0, offset - maxBack);
  while (i > floor && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

export function lineEndOf(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

const TERMINATORS = new Set(['。', '！', '？', '!', '?', '；', ';']);

function endsSentenceAt(prose: ProseText, i: number): boolean {
  const ch = prose.charAt(i);
  if (TERMINATORS.has(ch)) return true;
  // "." ends a sentence before a space, after a lower-case word ("Inc." and "e.g." do not).
  return ch === '.' && (i + 1 >= prose.length || isSpace(prose.charAt(i + 1))) && /[a-z)]/.test(prose.charAt(i - 1)) && !/(?:e\.g|i\.e|etc|et seq|\bal|\bNo|\bvs|\bInc|\bLtd|\bCo|\bCorp|\bSt|\bMr|\bMs|\bDr)$/.test(prose.slice(Math.max(0, i - 6), i));
}

/** The sentence around [start, end): bounded, never past a blank line. */
export function sentenceAround(prose: ProseText, start: number, end: number, maxBack = 300, maxForward = 500): Span {
  let s = start;
  const backLimit = Math.max(0, start - maxBack);
  while (s > backLimit && !endsSentenceAt(prose, s - 1) && !(prose.charAt(s - 1) === '\n' && (prose.charAt(s - 2) === '\n' || s - 1 === 0 || /^\s*$/.test(prose.slice(lineStartOf(prose, s - 2), s - 1))))) s--;
  let e = end;
  const forwardLimit = Math.min(prose.length, end + maxForward);
  while (e < forwardLimit && !endsSentenceAt(prose, e) && !(prose.charAt(e) === '\n' && prose.charAt(e + 1) === '\n')) e++;
  if (e < prose.length && TERMINATORS.has(prose.charAt(e))) e++;
  else if (prose.charAt(e) === '.') e++;
  return trimSpan(prose, s, e);
}

/** Outline nodes containing the offset, innermost first. */
export function nodesAt(model: DocumentModel, offset: number): OutlineNode[] {
  const out: OutlineNode[] = [];
  let node: OutlineNode | undefined = model.root;
  while (node) {
    const child: OutlineNode | undefined = node.children.find((c) => c.span.start <= offset && offset < c.span.end);
    if (!child) break;
    out.unshift(child);
    node = child;
  }
  return out;
}

export function inDefinitionsSection(model: DocumentModel, offset: number): boolean {
  return nodesAt(model, offset).some((n) => DEFINITIONS_TITLE.test(n.title));
}

/** Is there a blank line between the two offsets? */
export function blankLineBetween(text: string, a: number, b: number): boolean {
  return /\n[ \t\u3000]*\r?\n/.test(text.slice(Math.min(a, b), Math.max(a, b)));
}
