/**
 * The facts a review report shows, read off the model: problems with their clause text,
 * the outline, which clause cites which, the defined terms, the timelines. The HTML and
 * Markdown renderers only format these.
 */
import type { Clause, DocumentModel, OutlineNode } from '../model';
import type { Finding } from '../diagnostics';
import { clauseName } from '../describe';
import { timelinesJson, type SequenceJson } from '../timelines';

export interface ReportProblem { line: number; column: number; severity: string; code: string; message: string; clause: string; excerpt: string }
export interface ReportOutlineNode { name: string; line: number; children: ReportOutlineNode[] }
export interface ReportCitation { from: string; fromLine: number; text: string; to: string; status: string }
export interface ReportTerm { name: string; definedAt: string; line: number; uses: number; definition: string }

export interface ReportData {
  file: string;
  generated: string;
  language: 'zh' | 'en';
  agreement: { isAgreement: boolean; reason: string };
  counts: { clauses: number; references: number; terms: number; timelines: number; errors: number; warnings: number; others: number };
  problems: ReportProblem[];
  outline: ReportOutlineNode[];
  citations: ReportCitation[];
  terms: ReportTerm[];
  timelines: SequenceJson[];
}

export function reportData(file: string, model: DocumentModel, findings: Finding[], options: { start?: string; now?: Date } = {}): ReportData {
  const line = (offset: number) => model.lines.positionAt(offset).line + 1;
  const clauseAt = (offset: number): Clause | undefined => {
    let best: Clause | undefined;
    for (const c of model.clauses) { if (c.span.start > offset) break; if (c.span.end >= offset) best = c; }
    return best;
  };
  const excerpt = (c: Clause | undefined, max = 160) => {
    if (!c) return '';
    const text = model.prose.slice(c.span.start, Math.min(c.span.end, c.span.start + max * 3)).replace(/\s+/g, ' ').replace(/^#{1,6} /, '').trim();
    return text.length > max ? text.slice(0, max) + '…' : text;
  };
  const problems = findings.map((f) => {
    const p = model.lines.positionAt(f.span.start);
    const c = clauseAt(f.span.start);
    return { line: p.line + 1, column: p.character + 1, severity: f.severity, code: f.code, message: f.message, clause: c ? clauseName(c) : '', excerpt: excerpt(c) };
  });
  const toOutline = (n: OutlineNode): ReportOutlineNode => ({
    name: n.kind === 'clause' ? clauseName(n as Clause) : n.title || '—', line: line(n.span.start), children: n.children.map(toOutline),
  });
  const citations = (model.references ?? []).filter((r) => r.status !== 'unknown').map((r) => ({
    from: r.container ? clauseName(r.container) : '', fromLine: line(r.span.start), text: model.text.slice(r.span.start, r.span.end),
    to: r.target ? `${clauseName(r.target)} (line ${line(r.target.labelSpan.start)})` : r.status === 'external' ? '' : (r.candidates ?? []).map(clauseName).join(' / '),
    status: r.status,
  }));
  const terms = (model.terms?.terms ?? []).map((t) => {
    const d = t.definitions[0];
    const c = d ? clauseAt(d.span.start) : undefined;
    const definition = d ? model.text.slice(d.extent.start, Math.min(d.extent.end, d.extent.start + 300)).replace(/\s+/g, ' ').trim() : '';
    return { name: t.name, definedAt: t.external ? 'Cover Page' : c ? clauseName(c) : '', line: d ? line(d.span.start) : 0, uses: t.uses.length, definition };
  });
  const timelines = model.timelines ? timelinesJson(model, { start: options.start }) : [];
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return {
    file, generated: (options.now ?? new Date()).toISOString().slice(0, 16).replace('T', ' '),
    language: model.language, agreement: model.agreement,
    counts: { clauses: model.clauses.length, references: citations.length, terms: terms.length, timelines: timelines.length, errors: count('error'), warnings: count('warning'), others: findings.length - count('error') - count('warning') },
    problems, outline: model.root.children.map(toOutline), citations, terms, timelines,
  };
}

