/** media/timeline.js and .css, read from beside the bundle (dist/) or the sources (tests). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function reportAssets(): { timelineJs: string; timelineCss: string } {
  const dir = [join(__dirname, '..', 'media'), join(__dirname, '..', '..', '..', '..', 'media')].find((d) => existsSync(join(d, 'timeline.js')));
  if (!dir) return { timelineJs: 'window.ClausewiseTimeline={render:function(){}};', timelineCss: '' };
  // The script is inlined into a <script> element: a literal "</script" inside it would end it.
  const js = readFileSync(join(dir, 'timeline.js'), 'utf8').replace(/<\/script/gi, '<\\/script');
  return { timelineJs: js, timelineCss: withoutBodyRule(readFileSync(join(dir, 'timeline.css'), 'utf8')) };
}

/** The stylesheet's `body { … }` rule themes the VS Code view; the report has its own. */
function withoutBodyRule(css: string): string {
  const start = css.indexOf('body {');
  const end = start < 0 ? -1 : css.indexOf('}', start);
  return end < 0 ? css : css.slice(0, start) + css.slice(end + 1);
}
