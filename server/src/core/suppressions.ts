/**
 * Inline suppressions, as markdownlint does them, in HTML comments (invisible when the
 * Markdown is rendered):
 *   <!-- clausewise-disable-next-line ref-unresolved -->   the next line
 *   <!-- clausewise-disable-line term-unused -->          the line the comment is on
 *   <!-- clausewise-disable term-unused --> … <!-- clausewise-enable term-unused -->
 *   <!-- clausewise-disable-file numbering-style -->      the whole file
 * Without codes a comment applies to every rule. A suppression that hides nothing is
 * itself reported (suppression-unused, a hint).
 */
import type { LineIndex } from './text/lineIndex';
import type { Finding } from './diagnostics';
import type { Span } from './model';
import { defineMessages } from './messages';
import type { Language } from './model';

export type SuppressionKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

export interface Suppression { kind: SuppressionKind; codes: string[]; span: Span; line: number; used: boolean }

const PREFIX = 'clausewise-';
/** What may stand between "<!--" and the prefix. */
const MAX_SPACE = 20;
const KIND = /(disable-next-line|disable-line|disable-file|disable|enable)\b/y;
const SPACE = /\s/;

/**
 * `<!--\s{0,20}clausewise-(kind)\b` wherever it stands, found from the prefix (a native
 * string search: this runs over the whole text on every edit, and most documents have no
 * suppression at all), then checked around it.
 */
export function findSuppressions(text: string, lines: LineIndex): Suppression[] {
  const out: Suppression[] = [];
  for (let at = text.indexOf(PREFIX); at >= 0; at = text.indexOf(PREFIX, at + PREFIX.length)) {
    const start = commentOpening(text, at);
    if (start < 0) continue;
    KIND.lastIndex = at + PREFIX.length;
    const kind = KIND.exec(text);
    if (!kind) continue;
    const after = KIND.lastIndex;
    const close = text.indexOf('-->', after);
    if (close < 0 || close - start > 600) continue;
    const codes = text.slice(after, close).split(/[\s,]+/).filter((c) => /^[a-z][a-z-]{1,40}$/.test(c));
    out.push({ kind: kind[1] as SuppressionKind, codes, span: { start, end: close + 3 }, line: lines.lineAt(start), used: false });
  }
  return out;
}

/** Where the "<!--" before `at` starts, with at most MAX_SPACE white-space characters between; -1 if none. */
function commentOpening(text: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < MAX_SPACE && SPACE.test(text[i - 1])) i--;
  // "<!--" has no white space, so it can only end where the run of spaces begins.
  return i >= 4 && text.startsWith('<!--', i - 4) ? i - 4 : -1;
}

const msg = defineMessages({
  unused: { en: 'This suppression hides no problem{0}; remove it.', zh: '此处的屏蔽注释没有屏蔽任何问题{0}，可以删除。' },
  codes: { en: ' ({0})', zh: '（{0}）' },
});

/** Drops suppressed findings; appends a hint for every suppression that hid nothing. */
export function applySuppressions(findings: Finding[], suppressions: Suppression[], lines: LineIndex, language: Language): Finding[] {
  if (!suppressions.length) return findings;
  const applies = (s: Suppression, code: string) => !s.codes.length || s.codes.includes(code);
  const kept = findings.filter((finding) => {
    const line = lines.lineAt(finding.span.start);
    const hit = suppressions.find((s) => applies(s, finding.code) && covers(s, line, finding.code, suppressions));
    if (hit) hit.used = true;
    return !hit;
  });
  for (const s of suppressions) {
    if (s.used || s.kind === 'enable') continue;
    kept.push({ code: 'suppression-unused', severity: 'hint', span: s.span, message: msg(language, 'unused', s.codes.length ? msg(language, 'codes', s.codes.join(', ')) : '') });
  }
  return kept;
}

function covers(s: Suppression, line: number, code: string, all: Suppression[]): boolean {
  switch (s.kind) {
    case 'disable-file': return true;
    case 'disable-line': return s.line === line;
    case 'disable-next-line': return s.line + 1 === line;
    case 'disable': {
      if (line < s.line) return false;
      // Until the next enable that names this code (or names none).
      const enable = all.find((e) => e.kind === 'enable' && e.line > s.line && (!e.codes.length || e.codes.includes(code)));
      return !enable || line <= enable.line;
    }
    default: return false;
  }
}

/** The edit a "suppress" quick fix makes: a comment at the end of the problem's line. */
export function suppressionEdit(text: string, lines: LineIndex, offset: number, code: string): { span: Span; newText: string } {
  const line = lines.lineAt(offset);
  const end = lines.lineEnd(line);
  const lineText = text.slice(lines.lineStarts[line], end);
  const opening = lineText.lastIndexOf('<!-- clausewise-disable-line');
  if (opening >= 0 && lineText.trimEnd().endsWith('-->')) {
    const at = lines.lineStarts[line] + lineText.trimEnd().length - 3;
    return { span: { start: at, end: at }, newText: `${code} ` };
  }
  return { span: { start: end, end }, newText: ` <!-- clausewise-disable-line ${code} -->` };
}
