/**
 * The self-contained HTML review report: one file a reviewer can send to a colleague
 * without VS Code. Every piece of document text is HTML-escaped; the timeline charts are
 * drawn by the same script as the VS Code view (media/timeline.js), inlined, from data in
 * a JSON block; nothing is loaded from anywhere, and a CSP forbids it.
 */
import { randomBytes } from 'node:crypto';
import type { ReportData, ReportOutlineNode } from './data';
import { REPORT_LABELS } from './labels';
import { escapeHtml } from '../text/escape';


/** JSON inside <script type="application/json">: "<" escaped so text cannot close the tag. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function renderHtml(data: ReportData, assets: { timelineJs: string; timelineCss: string }): string {
  const L = REPORT_LABELS[data.language];
  const e = escapeHtml;
  const nonce = randomBytes(12).toString('base64');
  const table = (head: string[], rows: string[][]) => rows.length
    ? `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`
    : `<p class="none">${e(L.none)}</p>`;
  const outline = (nodes: ReportOutlineNode[]): string => nodes.length
    ? `<ul>${nodes.map((n) => `<li><span>${e(n.name)}</span> <small>${e(L.line)} ${n.line}</small>${outline(n.children)}</li>`).join('')}</ul>` : '';
  const c = data.counts;
  const summary = [`${c.clauses} ${L.clauses}`, `${c.references} ${L.references}`, `${c.terms} ${L.termsCount}`, `${c.timelines} ${L.timelinesCount}`, `${c.errors} ${L.errors}`, `${c.warnings} ${L.warnings}`, `${c.others} ${L.others}`];
  return `<!DOCTYPE html>
<html lang="${data.language === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(L.title)} — ${e(data.file)}</title>
<style nonce="${nonce}">
body { font: 14px/1.5 system-ui, "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; margin: 24px auto; max-width: 1100px; padding: 0 16px; color: #222; }
h1 { font-size: 22px; margin-bottom: 4px; } h2 { margin-top: 32px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; } th, td { border: 1px solid #ddd; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #f4f4f4; } .sev-error { color: #b00020; font-weight: 600; } .sev-warning { color: #9a6700; } .sev-information, .sev-hint { color: #555; }
code { background: #f4f4f4; padding: 0 3px; } .excerpt { color: #555; font-size: 12px; } .meta { color: #666; } .none { color: #666; }
ul { margin: 2px 0 2px 18px; padding: 0; } li small { color: #888; }
.status-unresolved, .status-ambiguous { color: #b00020; } .status-external { color: #555; }
${assets.timelineCss}
</style>
</head>
<body>
<h1>${e(L.title)}</h1>
<p class="meta">${e(data.file)} · ${e(L.generated)} ${e(data.generated)}${data.agreement.isAgreement ? '' : ` · ${e(L.agreementNo)}: ${e(data.agreement.reason)}`}</p>
<h2>${e(L.summary)}</h2>
<p>${summary.map(e).join(' · ')}</p>
<h2>${e(L.problems)}</h2>
${table([L.line, L.severity, L.code, L.message, L.clause], data.problems.map((p) => [
    `${p.line}:${p.column}`, `<span class="sev-${e(p.severity)}">${e(p.severity)}</span>`, `<code>${e(p.code)}</code>`, e(p.message),
    `${e(p.clause)}${p.excerpt ? `<div class="excerpt">${e(p.excerpt)}</div>` : ''}`,
  ]))}
<h2>${e(L.timelines)}</h2>
<div id="timelines"></div>
<noscript>${data.timelines.map((t) => `<p><code>${e(t.text)}</code></p>`).join('')}</noscript>
<h2>${e(L.citations)}</h2>
${table([L.from, L.reference, L.to, L.status], data.citations.map((r) => [`${e(r.from)} <small>${e(L.line)} ${r.fromLine}</small>`, e(r.text), e(r.to || (r.status === 'external' ? L.external : '')), `<span class="status-${e(r.status)}">${e(r.status)}</span>`]))}
<h2>${e(L.terms)}</h2>
${table([L.term, L.definedAt, L.uses, L.definition], data.terms.map((t) => [`<strong>${e(t.name)}</strong>`, `${e(t.definedAt)}${t.line ? ` <small>${e(L.line)} ${t.line}</small>` : ''}`, String(t.uses), `<span class="excerpt">${e(t.definition)}</span>`]))}
<h2>${e(L.outline)}</h2>
${outline(data.outline)}
<script type="application/json" id="timeline-data">${scriptJson(data.timelines)}</script>
<script nonce="${nonce}">${assets.timelineJs}</script>
<script nonce="${nonce}">ClausewiseTimeline.render(document.getElementById('timelines'), JSON.parse(document.getElementById('timeline-data').textContent), { emptyText: ${JSON.stringify(L.none)} });</script>
</body>
</html>
`;
}
