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

/**
 * One getter and setter per field, shared by every model: a closure per model would be
 * kept alive by V8's inline caches after the model is gone (measured: a whole 1 MB
 * model, 11 MB, held for dozens of edits).
 */
const ACCESSORS = new Map(EXTRACTORS.flatMap((extractor) => extractor.fields.map((field) => [field, {
  get(this: DocumentModel) { runExtractor(this, extractor); return (this as unknown as Record<string, unknown>)[field]; },
  set(this: DocumentModel, value: unknown) { setField(this, field, value); },
  enumerable: true, configurable: true,
}] as const)));

function setField(model: DocumentModel, field: string, value: unknown): void {
  Object.defineProperty(model, field, { value, writable: true, enumerable: true, configurable: true });
}

function runExtractor(model: DocumentModel, extractor: Extractor): void {
  // Plain writable fields first: the extractor assigns them (and may read them while it runs).
  for (const field of extractor.fields) setField(model, field, undefined);
  const started = performance.now();
  extractor.run(model);
  model.stats.extractors[extractor.name] = performance.now() - started;
}

/** Makes every extractor's fields lazy on `model`: the first read runs the extractor, which sets them as plain fields. */
export function installExtractors(model: DocumentModel): void {
  for (const [field, accessor] of ACCESSORS) Object.defineProperty(model, field, accessor);
}

/** Computes one area of `model` unless it has been already (reading one of its fields runs it). */
export function computeArea(model: DocumentModel, extractor: Extractor): void {
  void (model as unknown as Record<string, unknown>)[extractor.fields[0]];
}

/** Computes every area not computed yet (lint() before the rules, which read them all). */
export function runExtractors(model: DocumentModel): void {
  for (const extractor of EXTRACTORS) computeArea(model, extractor);
}
