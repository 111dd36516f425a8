/**
 * The timeline webview's page. Pure (no `vscode` import) so a test can pin its
 * Content-Security-Policy: nothing but the extension's own media, scripts only with the
 * per-load nonce, no inline handlers, no remote content.
 */
import { escapeHtml } from '../../server/src/core/text/escape';

export interface TimelinePage {
  cspSource: string;
  nonce: string;
  language: string;
  script: string;
  view: string;
  style: string;
  labels: { start: string; empty: string };
}

export function timelineHtml(p: TimelinePage): string {
  const e = escapeHtml;
  return `<!DOCTYPE html>
<html lang="${e(p.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${e(p.cspSource)}; style-src ${e(p.cspSource)}; script-src 'nonce-${e(p.nonce)}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="${e(p.style)}" rel="stylesheet">
</head>
<body>
<header class="cw-header"><label>${e(p.labels.start)} <input id="start" type="datetime-local"></label> <span id="file"></span></header>
<main id="timelines" data-empty="${e(p.labels.empty)}"></main>
<script nonce="${e(p.nonce)}" src="${e(p.script)}"></script>
<script nonce="${e(p.nonce)}" src="${e(p.view)}"></script>
</body>
</html>`;
}
