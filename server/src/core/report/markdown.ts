/** The review report as Markdown (for pull requests and e-mail). Table cells are escaped. */
import type { ReportData, ReportOutlineNode } from './data';
import { REPORT_LABELS } from './labels';
import { escapeMarkdown } from '../text/escape';

/** Text for a Markdown table cell or line: escaped (core/text/escape.ts), on one line. */
function escapeCell(s: string): string {
  return escapeMarkdown(s).replace(/\r?\n/g, ' ');
}

export function renderMarkdown(data: ReportData): string {
  const L = REPORT_LABELS[data.language];
  const m = escapeCell;
  const table = (head: string[], rows: string[][]) => rows.length
    ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
    : L.none;
  const outline = (nodes: ReportOutlineNode[], depth = 0): string[] => nodes.flatMap((n) => [`${'  '.repeat(depth)}- ${m(n.name)} (${L.line} ${n.line})`, ...outline(n.children, depth + 1)]);
  const c = data.counts;
  return [
    `# ${L.title}`, '', `${m(data.file)} · ${L.generated} ${data.generated}`, '',
    `## ${L.summary}`, '', [`${c.clauses} ${L.clauses}`, `${c.references} ${L.references}`, `${c.terms} ${L.termsCount}`, `${c.timelines} ${L.timelinesCount}`, `${c.errors} ${L.errors}`, `${c.warnings} ${L.warnings}`].join(' · '), '',
    `## ${L.problems}`, '', table([L.line, L.severity, L.code, L.message, L.clause], data.problems.map((p) => [`${p.line}:${p.column}`, p.severity, `\`${p.code}\``, m(p.message), m(p.clause)])), '',
    `## ${L.timelines}`, '', ...(data.timelines.length ? data.timelines.map((t) => `- ${m(t.text)}`) : [L.none]), ...(data.timelines[0] ? ['', m(data.timelines[0].rule)] : []), '',
    `## ${L.citations}`, '', table([L.from, L.reference, L.to, L.status], data.citations.map((r) => [m(r.from), m(r.text), m(r.to || (r.status === 'external' ? L.external : '')), r.status])), '',
    `## ${L.terms}`, '', table([L.term, L.definedAt, L.uses, L.definition], data.terms.map((t) => [`**${m(t.name)}**`, m(t.definedAt), String(t.uses), m(t.definition)])), '',
    `## ${L.outline}`, '', ...outline(data.outline), '',
  ].join('\n');
}
