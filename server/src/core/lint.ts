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
  const model = analyze(analysed, options);
  let findings: Finding[] | undefined;
  const findingsOf = (): Finding[] => {
    runExtractors(model); // the rules read every area: computed first, so stats time them apart
    const started = performance.now();
    const found = check(model, options);
    model.stats.rules = performance.now() - started;
    if (truncated) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      found.unshift({
        code: 'document-too-large', severity: 'information', span: { start: 0, end: 0 },
        message: message(model.language, 'document-too-large', mb(text.length), mb(MAX_ANALYZED_CHARS)),
      });
    }
    return found;
  };
  return { model, truncated, get findings() { return (findings ??= findingsOf()); } };
}

function cutAtLine(text: string, limit: number): number {
  const nl = text.lastIndexOf('\n', limit);
  return nl > limit / 2 ? nl + 1 : limit;
}

/** A BOM is not part of the text an editor shows; drop it so positions match VS Code's. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
