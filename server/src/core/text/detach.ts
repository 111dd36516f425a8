/**
 * A copy of `s` that does not keep its parent string alive. V8 makes a substring of 13
 * characters or more a view into the whole parent; a section's text or prose kept in the
 * section cache would then pin that version's whole document, and every edit would leak
 * one document (+2.5 MB per edit on a 1 MB agreement before this). Concatenating forces a
 * flat copy; the slice then views only that copy.
 */
export function detach(s: string): string {
  // Shorter strings are never views or ropes (V8's minimum lengths for both are 13).
  return s.length < 13 ? s : (' ' + s).slice(1);
}
