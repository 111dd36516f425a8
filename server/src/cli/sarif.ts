/**
 * SARIF 2.1.0 output, so code-scanning tools (GitHub code scanning, Azure DevOps, …)
 * show Clausewise problems. Columns are UTF-16 code units, SARIF's default column kind,
 * which is what the model's offsets already are.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../core/rules';
import type { Severity } from '../core/diagnostics';
import type { LineIndex } from '../core/text/lineIndex';
import type { Finding } from '../core/diagnostics';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const EXTRA_RULES = [
  { code: 'config-invalid', description: 'A .clausewise.json / .clausewise.yaml file has an error; the setting is ignored.', defaultSeverity: 'error' as Severity },
  { code: 'suppression-unused', description: 'A clausewise-disable comment hides no problem.', defaultSeverity: 'hint' as Severity },
  { code: 'document-too-large', description: 'The document is larger than Clausewise analyses; only its beginning was checked.', defaultSeverity: 'information' as Severity },
  { code: 'front-matter-invalid', description: 'The YAML front matter is not valid; it is ignored.', defaultSeverity: 'warning' as Severity },
];

export interface SarifInput { file: string; lines: LineIndex; findings: Finding[] }

export function toSarif(inputs: SarifInput[], version: string): object {
  const rules = [...RULES.map((r) => ({ code: r.code, description: r.description, defaultSeverity: r.defaultSeverity })), ...EXTRA_RULES];
  const index = new Map(rules.map((r, i) => [r.code, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'Clausewise', version, informationUri: 'https://github.com/clausewise/clausewise',
          rules: rules.map((r) => ({
            id: r.code, name: r.code.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
            shortDescription: { text: r.description }, fullDescription: { text: r.description },
            helpUri: `https://github.com/clausewise/clausewise#${r.code}`,
            help: { text: `${r.description} Configure with "severity": {"${r.code}": "off"} in .clausewise.json, or suppress one occurrence with <!-- clausewise-disable-next-line ${r.code} -->.` },
            defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: inputs.flatMap(({ file, lines, findings }) => findings.map((f) => {
        const start = lines.positionAt(f.span.start), end = lines.positionAt(Math.max(f.span.end, f.span.start));
        return {
          ruleId: f.code, ...(index.has(f.code) ? { ruleIndex: index.get(f.code) } : {}),
          level: LEVEL[f.severity], message: { text: f.message },
          locations: [{ physicalLocation: {
            artifactLocation: { uri: pathToFileURL(resolve(file)).toString() },
            region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
          } }],
        };
      })),
    }],
  };
}
