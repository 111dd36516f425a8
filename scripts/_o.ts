import { analyze } from '/work/main/server/src/core/analyze';
import { readFileSync } from 'fs';
import type { OutlineNode, Clause } from '/work/main/server/src/core/model';
const f = process.argv[2];
const m = analyze(readFileSync(f, 'utf8'));
function show(n: OutlineNode, d: number) {
  const c = n as Clause;
  if (n.kind !== 'root') console.log('  '.repeat(d) + (n.kind === 'clause' ? `[${c.id}] ${c.labelText} ` : '# ') + n.title.slice(0, 40) + '  L' + (m.lines.positionAt(n.span.start).line + 1));
  n.children.forEach((x) => show(x, d + 1));
}
show(m.root, 0);
console.log(m.language, m.agreement, m.stats, m.parts.map(p=>p.title));
