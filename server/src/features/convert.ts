/** Model → LSP conversions shared by the feature providers. */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { DocumentModel, Span } from '../core/model';
import type { Finding, Severity } from '../core/diagnostics';

export function toRange(model: DocumentModel, span: Span): Range {
  return model.lines.range(span.start, span.end);
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(model: DocumentModel, finding: Finding): Diagnostic {
  return {
    range: toRange(model, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: `https://github.com/clausewise/clausewise#${finding.code}` },
    source: 'clausewise',
    message: finding.message,
    relatedInformation: finding.related?.map((r) => ({ location: { uri: model.uri, range: toRange(model, r.span) }, message: r.message })),
  };
}
