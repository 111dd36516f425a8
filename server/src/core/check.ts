/** Runs the rules over a model, applying severity settings. Non-agreements get nothing. */
import { RULES } from './rules';
import type { DocumentModel } from './model';
import { shiftSpan } from './text/spans';
import type { Finding, SeveritySetting } from './diagnostics';
import { message } from './messages';
import { applySuppressions, findSuppressions } from './suppressions';

export interface CheckOptions {
  /** Per-code severity, or "off". Unknown codes are ignored here (the config layer reports them). */
  severity?: Record<string, SeveritySetting>;
}

export function check(model: DocumentModel, options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  if (model.frontMatter?.error) {
    findings.push({ code: 'front-matter-invalid', severity: 'warning', span: model.frontMatter.span, message: message(model.language, 'front-matter-invalid', model.frontMatter.error) });
  }
  if (!model.agreement.isAgreement) return findings;
  for (const rule of RULES) {
    const setting = options.severity?.[rule.code] ?? (rule.defaultOff ? 'off' : rule.defaultSeverity);
    if (setting === 'off') continue;
    try {
      // Spans copied: a rule may report a clause's own span, which the next version moves in place (parse/outlineRefresh.ts).
      rule.check(model, (f) => findings.push({
        code: rule.code, severity: setting, ...f, span: shiftSpan(f.span, 0),
        ...(f.related && { related: f.related.map((r) => ({ ...r, span: shiftSpan(r.span, 0) })) }),
      }));
    } catch (e) {
      // One broken rule must not take the others (or the server) down with it.
      findings.push({ code: 'internal-error', severity: 'information', span: { start: 0, end: 0 }, message: `Clausewise rule ${rule.code} failed: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  const visible = applySuppressions(findings, findSuppressions(model.text, model.lines), model.lines, model.language);
  return visible.sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
}
