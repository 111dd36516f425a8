/**
 * Section memos for the terms extractor. Results that depend on a document-wide input
 * (the term set, the definitions the outline accepted) are kept in one slot per key,
 * stamped with a signature of that input: a changed term set replaces the entry rather
 * than adding one, so the memo of an untouched section does not grow as the user types
 * a new definition.
 */
import { sectionStrings } from '../analyze';
import type { DocumentModel, Section } from '../model';

export function memoSlot<T>(model: DocumentModel, section: Section, key: string, signature: string, compute: (prose: string, text: string) => T): T {
  const hit = section.memo.get(key) as { signature: string; value: T } | undefined;
  if (hit && hit.signature === signature) return hit.value;
  const value = compute(...sectionStrings(model, section));
  section.memo.set(key, { signature, value });
  return value;
}

/** A short signature of a long string (two 32-bit FNV-1a variants: 64 bits). */
export function signatureOf(text: string): string {
  let a = 0x811c9dc5, b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(36) + '.' + (b >>> 0).toString(36) + '.' + text.length.toString(36);
}
