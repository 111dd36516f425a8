/** Paths of test fixtures and of the shared corpus and seed (read-only, never copied). */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const FIXTURES = join(ROOT, 'test/fixtures');
/** ../shared next to the checkout (the CI clone has a copy beside it). */
export const SHARED = [resolve(ROOT, '../shared'), resolve(ROOT, '../../shared')].find((p) => existsSync(p)) ?? resolve(ROOT, '../shared');

export function fixture(name: string): string { return readFileSync(join(FIXTURES, name), 'utf8'); }
export function fixturePath(name: string): string { return join(FIXTURES, name); }

export const SEED_PATH = (() => {
  const dir = join(SHARED, 'seeds');
  const file = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith('.txt')) : undefined;
  return file ? join(dir, file) : join(dir, 'missing-seed.txt');
})();
export function seed(): string { return readFileSync(SEED_PATH, 'utf8'); }

export const CORPUS_DIR = join(SHARED, 'corpus');
/** Every agreement and statute of the corpus (SOURCES.md and the licence text of the corpus are notes, not agreements; cc-by-4.0.txt is a licence agreement and is included). */
export const CORPUS_FILES = existsSync(CORPUS_DIR) ? readdirSync(CORPUS_DIR).filter((f) => f !== 'SOURCES.md').sort() : [];
export function corpus(name: string): string { return readFileSync(join(CORPUS_DIR, name), 'utf8'); }

/** 1-based line of the first occurrence of `needle` in `text` (for readable expectations). */
export function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`fixture does not contain ${JSON.stringify(needle)}`);
  return text.slice(0, at).split(/\r\n|\r|\n/).length;
}
