// Entry point of the in-editor suite (the `extensionTestsPath`), in the same
// shape @vscode/test-electron expects: export `run()` that resolves when all
// tests pass and rejects otherwise. run.mjs bundles every suite/*.ts into
// test/e2e/.work/suite-out/ with esbuild; mocha stays external and resolves
// from test/e2e/node_modules.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface Outcome { title: string; state: 'passed' | 'failed' | 'pending'; ms?: number; error?: string }

/**
 * Plain-text reporter. Every line starts with "[suite] " so run.mjs can pick the
 * suite's output out of the workbench log; no printf-style format strings, since
 * the web workbench forwards console arguments without formatting them.
 */
class PlainReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const out = (text: string) => {
      for (const line of text.split('\n')) console.log(`[suite] ${line}`);
    };
    let depth = 0;
    const failures: { title: string; err: Error }[] = [];
    runner.on('suite', (s) => {
      if (s.title) out(`${'  '.repeat(depth)}${s.title}`);
      if (s.title) depth += 1;
    });
    runner.on('suite end', (s) => {
      if (s.title) depth -= 1;
    });
    runner.on('pass', (t) => out(`${'  '.repeat(depth)}ok   ${t.title} (${t.duration ?? 0} ms)`));
    runner.on('pending', (t) => out(`${'  '.repeat(depth)}skip ${t.title}`));
    runner.on('fail', (t, err: Error) => {
      failures.push({ title: t.fullTitle(), err });
      out(`${'  '.repeat(depth)}FAIL ${t.title} (#${failures.length})`);
    });
    runner.once('end', () => {
      const st = this.stats;
      out(`${st.passes} passing, ${st.failures} failing, ${st.pending} pending (${st.duration ?? 0} ms)`);
      failures.forEach(({ title, err }, i) => {
        out(`#${i + 1} ${title}`);
        out(`    ${String(err?.stack ?? err).split('\n').slice(0, 12).join('\n    ')}`);
      });
    });
  }
}

export function run(): Promise<void> {
  // The bundles carry inline source maps: report stack traces in suite/*.ts.
  process.setSourceMapsEnabled?.(true);
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: PlainReporter,
    timeout: Number(process.env.CLAUSEWISE_E2E_TEST_TIMEOUT ?? 60_000),
    slow: 5_000,
  });
  if (process.env.CLAUSEWISE_E2E_GREP) mocha.grep(process.env.CLAUSEWISE_E2E_GREP);

  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, f));
  }

  const outcomes: Outcome[] = [];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const passed = outcomes.filter((o) => o.state === 'passed').length;
        const failed = outcomes.filter((o) => o.state === 'failed').length;
        const pending = outcomes.filter((o) => o.state === 'pending').length;
        const summary = { passed, failed, pending, ms: Date.now() - started, tests: outcomes };
        // Machine-readable result for run.mjs: a file (path passed through the
        // environment of code-server, inherited by the extension host) and a log line.
        const out = process.env.CLAUSEWISE_E2E_RESULTS;
        if (out) fs.writeFileSync(out, JSON.stringify(summary, null, 2));
        console.log(`[suite] CLAUSEWISE_E2E_RESULT ${JSON.stringify({ passed, failed, pending })}`);
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else resolve();
      });
      runner.on('pass', (t) => outcomes.push({ title: t.fullTitle(), state: 'passed', ms: t.duration }));
      runner.on('fail', (t, err: Error) =>
        outcomes.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err) }));
      runner.on('pending', (t) => outcomes.push({ title: t.fullTitle(), state: 'pending' }));
    } catch (err) {
      reject(err);
    }
  });
}
