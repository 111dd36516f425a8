/**
 * White space by character code: what /\s/ matches (ASCII, no-break, the U+2000 spaces,
 * ideographic space U+3000, BOM). One definition for every scanner that skips indentation
 * or trailing blanks, so the outline, plain-text paragraphs and titles agree.
 */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
