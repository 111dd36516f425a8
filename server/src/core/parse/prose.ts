/** The prose view: the text with markup ranges replaced by spaces, line breaks kept. */
export function maskText(text: string, masks: [number, number][]): string {
  if (!masks.length) return text;
  const sorted = [...masks].sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  for (const [s, e] of sorted) {
    const start = Math.max(s, pos);
    if (e <= start) continue;
    out += text.slice(pos, start) + blank(text.slice(start, e));
    pos = e;
  }
  return out + text.slice(pos);
}

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}
