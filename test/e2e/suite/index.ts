// Entry point of the in-editor suite (the `extensionTestsPath`), in the same
// shape @vscode/test-electron expects: export `run()` that resolves when all
// tests pass and rejects otherwise. run.mjs bundles every suite/*.ts into
// test/e2e/.work/suite-out/ with esbuild; mocha stays external and resolves
// from test/e2e/node_modules.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface Outcome { title: string; state: 'passed' | 'failed' | 'pending'; ms?: number; error?: string }

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: 'spec',
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
        console.log(`CLAUSEWISE_E2E_RESULT ${JSON.stringify({ passed, failed, pending })}`);
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
