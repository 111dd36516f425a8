/**
 * Extractors add facts to a freshly built model: cross-references, defined terms,
 * durations and timelines. Each lives in its own folder, declares its fields on
 * DocumentModel by declaration merging (`declare module '../model'`), and is listed
 * here. An area's facts are computed when one of its fields is first read, once per
 * model: the outline, symbols, folding and a hover on a clause number right after an
 * edit do not wait for timelines or terms. Diagnostics read every area.
 */
import type { DocumentModel } from './model';
import { termsExtractor } from './terms';
import { referencesExtractor } from './references';
import { timelinesExtractor } from './timelines';

export interface Extractor {
  name: string;
  /** The model fields `run` sets; reading any of them runs the extractor. */
  fields: readonly string[];
  run(model: DocumentModel): void;
}

export const EXTRACTORS: Extractor[] = [
  referencesExtractor,
  termsExtractor,
  timelinesExtractor,
];

/** Makes every extractor's fields lazy on `model`: the first read runs the extractor, which sets them as plain fields. */
export function installExtractors(model: DocumentModel, timings: Record<string, number>): void {
  for (const extractor of EXTRACTORS) {
    const run = () => {
      // Plain writable fields first: the extractor assigns them (and may read them while it runs).
      for (const field of extractor.fields) Object.defineProperty(model, field, { value: undefined, writable: true, enumerable: true, configurable: true });
      const started = performance.now();
      extractor.run(model);
      timings[extractor.name] = performance.now() - started;
    };
    for (const field of extractor.fields) {
      Object.defineProperty(model, field, {
        get() { run(); return (model as unknown as Record<string, unknown>)[field]; },
        set(value: unknown) { Object.defineProperty(model, field, { value, writable: true, enumerable: true, configurable: true }); },
        enumerable: true, configurable: true,
      });
    }
  }
}

/** Runs every extractor that has not run yet (the CLI's report, tests comparing whole models). */
export function runExtractors(model: DocumentModel): void {
  for (const extractor of EXTRACTORS) for (const field of extractor.fields) void (model as unknown as Record<string, unknown>)[field];
}
