import { analyze } from '../server/src/core/analyze';
import { check } from '../server/src/core/check';
import { readFileSync } from 'fs';
for (const f of process.argv.slice(2)) {
  const m = analyze(readFileSync(f, 'utf8'));
  for (const d of check(m)) { const p = m.lines.positionAt(d.span.start); console.log(`${f}:${p.line + 1}:${p.character + 1} ${d.severity} ${d.message} [${d.code}]`); }
}
