/**
 * Regenerates the rules table of README.md from the rule registry (between the
 * <!-- rules:start --> and <!-- rules:end --> markers). Run: npx tsx scripts/readme-rules.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/core/rules';

export const README = join(__dirname, '..', 'README.md');

export function rulesTable(): string {
  const rows = RULES.map((r) => `| <a id="${r.code}"></a>\`${r.code}\` | ${r.defaultOff ? 'off' : r.defaultSeverity} | ${r.description.replace(/\|/g, '\\|')} |`);
  return ['| code | default | what it reports |', '|---|---|---|', ...rows].join('\n');
}

export function withRulesTable(readme: string): string {
  return readme.replace(/<!-- rules:start -->[\s\S]*<!-- rules:end -->/, `<!-- rules:start -->\n${rulesTable()}\n<!-- rules:end -->`);
}

if (require.main === module) {
  writeFileSync(README, withRulesTable(readFileSync(README, 'utf8')));
  console.log('README rules table updated');
}
