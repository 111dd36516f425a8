/**
 * A rule is one check with a stable code, a default severity and a description — one
 * file each, like markdownlint's rules. It reads the model and reports findings.
 */
import type { DocumentModel, Span } from '../model';
import type { Fix, Related, Severity } from '../diagnostics';

export interface Rule {
  code: string;
  defaultSeverity: Severity;
  /** Off unless enabled in settings or config. */
  defaultOff?: boolean;
  description: string;
  check(model: DocumentModel, report: Reporter): void;
}

export type Reporter = (finding: { span: Span; message: string; related?: Related[]; fixes?: Fix[] }) => void;

