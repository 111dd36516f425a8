/**
 * The keystrokes the server rehearses after a long document opens (server.ts
 * rehearseTyping): one character typed in the middle of a line, at lines spread evenly
 * over the document, so the rehearsal runs the same code an edit runs (a section re-parsed,
 * the outline refreshed, every area's kept results reused around the change).
 */

/** Lines shorter than this are passed over (headings' markers, blank lines, table rules). */
const MIN_LINE = 16;
/** How many lines after the spread point are tried for one long enough. */
const MAX_TRIES = 50;

/** `text` with a character typed at the `index`-th of `count` points spread over it. */
export function rehearsedKeystroke(text: string, index: number, count: number): string {
  const at = typingPoint(text, Math.floor(((index + 0.5) * text.length) / count));
  const before = text.charCodeAt(at - 1);
  // CJK text gets a CJK character, other text a letter: what would be typed there.
  const typed = before >= 0x3400 && before <= 0x9fff ? '的' : 'x';
  return text.slice(0, at) + typed + text.slice(at);
}

/** The middle of the first line long enough at or after `from` (or `from` itself), never inside a surrogate pair. */
function typingPoint(text: string, from: number): number {
  let start = text.lastIndexOf('\n', from - 1) + 1;
  for (let tries = 0; tries < MAX_TRIES && start < text.length; tries++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end - start >= MIN_LINE) return notInPair(text, start + ((end - start) >> 1));
    start = end + 1;
  }
  return notInPair(text, Math.min(from, text.length));
}

function notInPair(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at + 1 : at;
}
