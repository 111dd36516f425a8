/** CLI output: linter-style text, or JSON with 0-based LSP positions. */
import type { DocumentModel, OutlineNode, Clause } from '../core/model';
import type { Finding } from '../core/diagnostics';
import { clauseName } from '../core/describe';
import type { ConfigFileFindings } from '../core/configFindings';

export interface FileResult { file: string; model: DocumentModel; findings: Finding[] }

export function formatFindings(results: FileResult[], format: string, configs: ConfigFileFindings[] = []): string {
  const all = [...configs.map((c) => ({ file: c.file, lines: c.lines, findings: c.findings })), ...results.map((r) => ({ file: r.file, lines: r.model.lines, findings: r.findings }))];
  if (format === 'json') {
    return JSON.stringify(all.map(({ file, lines, findings }) => ({
      file,
      diagnostics: findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message, range: lines.range(f.span.start, f.span.end) })),
    })), null, 2) + '\n';
  }
  const lines: string[] = [];
  let errors = 0, warnings = 0, others = 0;
  for (const { file, lines: index, findings } of all) {
    for (const f of findings) {
      const p = index.positionAt(f.span.start);
      lines.push(`${file}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.message} [${f.code}]`);
      if (f.severity === 'error') errors++; else if (f.severity === 'warning') warnings++; else others++;
    }
  }
  const agreements = results.filter((r) => r.model.agreement.isAgreement).length;
  lines.push(`${results.length} file${results.length === 1 ? '' : 's'} checked (${agreements} agreement${agreements === 1 ? '' : 's'}): ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${others} other`);
  return lines.join('\n') + '\n';
}

interface OutlineJson { id: string; label: string; title: string; part: string; kind: string; range: ReturnType<DocumentModel['lines']['range']>; children: OutlineJson[] }

export function formatOutline(model: DocumentModel, format: string): string {
  const toJson = (node: OutlineNode): OutlineJson => {
    const clause = node.kind === 'clause' ? (node as Clause) : undefined;
    return {
      id: clause?.id ?? '', label: clause?.labelText ?? '', title: node.title, kind: node.kind,
      part: clause?.part.title ?? '', range: model.lines.range(node.span.start, node.span.end),
      children: node.children.map(toJson),
    };
  };
  if (format === 'json') return JSON.stringify(model.root.children.map(toJson), null, 2) + '\n';
  const lines: string[] = [];
  const visit = (node: OutlineNode, depth: number) => {
    const name = node.kind === 'clause' ? clauseName(node as Clause) : node.title || '—';
    lines.push(`${'  '.repeat(depth)}${name}  (line ${model.lines.lineAt(node.span.start) + 1})`);
    node.children.forEach((c) => visit(c, depth + 1));
  };
  model.root.children.forEach((c) => visit(c, 0));
  return lines.join('\n') + '\n';
}
