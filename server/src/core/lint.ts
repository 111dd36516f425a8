/**
 * The one entry point the server and the CLI share: text in, model and findings out,
 * so both give the same diagnostics for the same file. Huge documents are analysed up
 * to a limit, with one finding that says so.
 */
import { analyze, type AnalyzeOptions } from './analyze';
import { check, type CheckOptions } from './check';
import { runExtractors } from './extractors';
import { message } from './messages';
import type { DocumentModel } from './model';
import type { Finding } from './diagnostics';

/** Characters analysed at most; beyond this only the first part of the document is read. */
export const MAX_ANALYZED_CHARS = 4 * 1024 * 1024;

export interface LintOptions extends AnalyzeOptions, CheckOptions {}

/** `findings` are computed on first read: hover, definition or the outline right after an edit need only the model. */
export interface LintResult { readonly model: DocumentModel; readonly findings: Finding[]; readonly truncated: boolean }

export function lint(text: string, options: LintOptions = {}): LintResult {
  const truncated = text.length > MAX_ANALYZED_CHARS;
  const analysed = truncated ? text.slice(0, cutAtLine(text, MAX_ANALYZED_CHARS)) : text;
  return new Linted(analyze(analysed, options), options, truncated ? text.length : undefined);
}

/**
 * A lint result whose findings are computed when first read. A class, not an object literal
 * with a getter: each literal's getter was a new closure over the model, held by the
 * engine's descriptors (old-generation objects) past the model's life, so every version's
 * model survived the next young collection and was promoted — 2 MB of garbage a keystroke
 * in the old generation (test/unit/foundation/lintResult.test.ts).
 */
class Linted implements LintResult {
  #findings: Finding[] | undefined;

  constructor(readonly model: DocumentModel, private readonly options: LintOptions, private readonly truncatedFrom: number | undefined) {}

  get truncated(): boolean { return this.truncatedFrom !== undefined; }

  get findings(): Finding[] { return (this.#findings ??= findingsOf(this.model, this.options, this.truncatedFrom)); }
}

function findingsOf(model: DocumentModel, options: LintOptions, truncatedFrom: number | undefined): Finding[] {
  runExtractors(model); // the rules read every area: computed first, so stats time them apart
  const started = performance.now();
  const found = check(model, options);
  model.stats.rules = performance.now() - started;
  if (truncatedFrom !== undefined) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    found.unshift({
      code: 'document-too-large', severity: 'information', span: { start: 0, end: 0 },
      message: message(model.language, 'document-too-large', mb(truncatedFrom), mb(MAX_ANALYZED_CHARS)),
    });
  }
  return found;
}

function cutAtLine(text: string, limit: number): number {
  const nl = text.lastIndexOf('\n', limit);
  return nl > limit / 2 ? nl + 1 : limit;
}

/** A BOM is not part of the text an editor shows; drop it so positions match VS Code's. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
