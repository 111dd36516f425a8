/**
 * Prints (as JSON) every regular expression of the analysis core: literals found in the
 * source by the TypeScript parser, and every `new RegExp(...)` built while the core's
 * modules load and analyse a sample agreement (recorded by wrapping the constructor).
 * Run in a child process: `node --require tsx/cjs test/helpers/collect-regexes.ts`.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { globSync } from 'tinyglobby';

const ROOT = join(__dirname, '..', '..');
const found = new Map<string, { source: string; flags: string; where: string }>();
const record = (source: string, flags: string, where: string) => {
  const key = `/${source}/${flags.replace(/[gy]/g, '')}`;
  if (!found.has(key)) found.set(key, { source, flags: flags.replace(/[gy]/g, ''), where });
};

const Original = RegExp;
globalThis.RegExp = new Proxy(Original, {
  construct(target, args) {
    const re = Reflect.construct(target, args) as RegExp;
    const stack = new Error().stack?.split('\n')[2] ?? '';
    const where = /server\/src\/core\/[^):]+/.exec(stack)?.[0];
    if (where) record(re.source, re.flags, where);
    return re;
  },
});

for (const file of globSync(['server/src/core/**/*.ts'], { cwd: ROOT, absolute: true })) {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText();
      const slash = text.lastIndexOf('/');
      record(text.slice(1, slash), text.slice(slash + 1), `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

// Load every module and analyse documents, so regexes built at run time are recorded too.
/* eslint-disable @typescript-eslint/no-require-imports */
const { lint } = require('../../server/src/core/lint');
for (const name of ['zh-cloud-storage-agreement.md', 'en-numbering-planted.md', 'en-hostile-content.md']) void lint(readFileSync(join(ROOT, 'test/fixtures', name), 'utf8')).findings;
globalThis.RegExp = Original;
process.stdout.write(JSON.stringify([...found.values()]));
