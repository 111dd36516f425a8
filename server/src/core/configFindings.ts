/** Config problems as findings of the config file itself, for the CLI and the server alike. */
import { LineIndex } from './text/lineIndex';
import type { ConfigProblem } from './config';
import type { Finding } from './diagnostics';

export interface ConfigFileFindings { file: string; lines: LineIndex; findings: Finding[] }

export function configFindings(problems: ConfigProblem[], read: (file: string) => string): ConfigFileFindings[] {
  const byFile = new Map<string, ConfigProblem[]>();
  for (const p of problems) {
    const list = byFile.get(p.file) ?? [];
    if (!list.some((q) => q.offset === p.offset && q.message === p.message)) list.push(p);
    byFile.set(p.file, list);
  }
  return [...byFile].map(([file, list]) => {
    let text = '';
    try { text = read(file); } catch { /* reported by the problem itself */ }
    return {
      file, lines: new LineIndex(text),
      findings: list.map((p) => ({ code: 'config-invalid', severity: 'error' as const, span: { start: p.offset, end: p.offset + Math.max(p.length, 0) }, message: `${p.message}. The setting is ignored; defaults apply.` })),
    };
  });
}
