/** Which files a CLI argument means: a file, a folder (its Markdown files), or a glob. */
import { statSync, readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { stripBom } from '../core/lint';

const MARKDOWN = ['**/*.md', '**/*.markdown'];
const IGNORE = ['**/node_modules/**', '**/.git/**'];

export class UsageError extends Error {}

export function expandArguments(args: string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    let stat;
    try { stat = statSync(arg); } catch { stat = undefined; }
    if (stat?.isDirectory()) files.push(...globSync(MARKDOWN, { cwd: arg, ignore: IGNORE, absolute: false }).sort().map((f) => joinPath(arg, f)));
    else if (stat) files.push(arg);
    else if (/[*?[{]/.test(arg)) {
      const matched = globSync([arg], { ignore: IGNORE }).sort();
      if (!matched.length) throw new UsageError(`no files match ${arg}`);
      files.push(...matched);
    } else throw new UsageError(`cannot read ${arg}: no such file or folder`);
  }
  return [...new Set(files)];
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}

/** Reads a file as UTF-8 text, or says clearly why it cannot. */
export function readText(file: string): string {
  let bytes: Buffer;
  try { bytes = readFileSync(file); } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code ?? String(e)}`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new UsageError(`cannot read ${file}: it is a binary file, not text`);
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new UsageError(`cannot read ${file}: it is not UTF-8 text (save it as UTF-8 and try again)`);
  }
}
