/**
 * Cross-references: the extractor that adds `references` to every model. Extraction
 * (extract.ts) reads the prose view; resolution (resolve.ts) reads the outline.
 */
import type { DocumentModel } from '../model';
import type { Extractor } from '../extractors';
import { extractReferences } from './extract';
import { resolveReferences } from './resolve';
import type { Reference } from './types';

declare module '../model' {
  interface DocumentModel {
    /** Every cross-reference of the document, in document order, resolved. */
    references: Reference[];
  }
}

export const referencesExtractor: Extractor = {
  name: 'references',
  fields: ['references'],
  run(model: DocumentModel): void {
    const refs = extractReferences(model);
    resolveReferences(model, refs);
    model.references = refs;
  },
};

export type { Reference } from './types';
