/**
 * What an edit changed between two versions of a text: the longest common prefix and
 * suffix leave [start, oldEnd) of the old text replaced by [start, newEnd) of the new.
 * Found from the texts themselves, so analyze() needs no edit events (the CLI, tests and
 * the server all pass whole texts). Compared a chunk at a time: V8 compares equal-length
 * slices with memcmp, much faster than a loop over charCodeAt.
 */
export interface TextChange { start: number; oldEnd: number; newEnd: number }

const CHUNK = 2048;

export function changedRange(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start + CHUNK <= limit && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)) start += CHUNK;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // The suffix may not overlap the prefix in either text.
  const room = limit - start;
  let tail = 0;
  while (tail + CHUNK <= room && before.slice(before.length - tail - CHUNK, before.length - tail) === after.slice(after.length - tail - CHUNK, after.length - tail)) tail += CHUNK;
  while (tail < room && before.charCodeAt(before.length - tail - 1) === after.charCodeAt(after.length - tail - 1)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}
