// Protocol checks with real LSP clients from Debian (Neovim, Emacs + eglot), beside the
// VS Code suite. Run by test/e2e/run.mjs (which installs them with apt when missing), or alone:
//   node test/clients/run.mjs   → prints "clients: N passed, M failed"
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const file = path.join(ROOT, 'test/e2e/workspace/zh-billing.md');
const gap = path.join(ROOT, 'test/e2e/workspace/zh-gap.md');

function nvim(target, hoverLine, hoverCol) {
  const r = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${path.join(ROOT, 'test/clients/nvim.lua')}`], {
    env: { ...process.env, CLAUSEWISE_ROOT: ROOT, CLAUSEWISE_FILE: target, CLAUSEWISE_HOVER_LINE: String(hoverLine), CLAUSEWISE_HOVER_COL: String(hoverCol) },
    encoding: 'utf8', timeout: 60_000,
  });
  return `${r.stdout}\n${r.stderr}`;
}

const checks = [];
const check = (name, ok, detail) => { checks.push(ok); console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : `\n${detail}`}`); };

if (spawnSync('nvim', ['--version']).status !== 0) {
  console.log('clients: neovim is not installed (apt-get install neovim)');
  process.exit(1);
}
const gapText = readFileSync(gap, 'utf8').split('\n');
const gapLine = gapText.findIndex((l) => l.startsWith('1.4.')) + 1;
const outGap = nvim(gap, 0, 0);
check('Neovim shows the planted numbering gap at its line', new RegExp(`DIAG ${gapLine}:1 numbering-gap`).test(outGap), outGap);
check('Neovim gets the clause outline (1.4 under 1 under 通用条款)', /SYMBOL {7}1\.4/.test(outGap) && /SYMBOL {3}通用条款/.test(outGap), outGap);
const billing = readFileSync(file, 'utf8').split('\n');
const line = billing.findIndex((l) => l.startsWith('1.2. 自服务商暂停'));
const out = nvim(file, line, billing[line].indexOf('7日') + 1);
check('Neovim hover on a deadline shows its computed timeline', /HOVER .*T0\+8日/.test(out), out);
function emacs(target, hoverLine, hoverCol) {
  const r = spawnSync('emacs', ['--batch', '--no-init-file', '-l', path.join(ROOT, 'test/clients/emacs.el')], {
    env: { ...process.env, CLAUSEWISE_ROOT: ROOT, CLAUSEWISE_FILE: target, CLAUSEWISE_HOVER_LINE: String(hoverLine), CLAUSEWISE_HOVER_COL: String(hoverCol) },
    encoding: 'utf8', timeout: 90_000,
  });
  return `${r.stdout}\n${r.stderr}`;
}

if (spawnSync('emacs', ['--version']).status === 0) {
  const eGap = emacs(gap, 0, 0);
  check('Emacs (eglot, flymake) shows the planted numbering gap at its line', new RegExp(`DIAG ${gapLine} .*numbering-gap`).test(eGap), eGap);
  const eHover = emacs(file, line, billing[line].indexOf('7日') + 1);
  check('Emacs hover on a deadline shows its computed timeline', /HOVER .*T0\+8日/.test(eHover), eHover);
} else {
  check('Emacs is installed (apt-get install emacs-nox elpa-eglot)', false, '');
}

const passed = checks.filter(Boolean).length;
console.log(`clients: ${passed} passed, ${checks.length - passed} failed`);
process.exit(passed === checks.length ? 0 : 1);
