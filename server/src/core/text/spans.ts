/** Spans moved between section and document offsets (or copied, by 0). */
import type { Span } from '../model';

export function shiftSpan(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}
