/**
 * Extractors add facts to a freshly built model: cross-references, defined terms,
 * durations and timelines. Each lives in its own folder, declares its fields on
 * DocumentModel by declaration merging (`declare module '../model'`), and is listed
 * here in dependency order. analyze() runs them once per document version.
 */
import type { DocumentModel } from './model';
import { termsExtractor } from './terms';
import { referencesExtractor } from './references';
import { timelinesExtractor } from './timelines';

export interface Extractor {
  name: string;
  run(model: DocumentModel): void;
}

export const EXTRACTORS: Extractor[] = [
  // Feature areas register here, in dependency order.
  referencesExtractor,
  termsExtractor,
  timelinesExtractor,
];

export function runExtractors(model: DocumentModel): void {
  for (const extractor of EXTRACTORS) extractor.run(model);
}
