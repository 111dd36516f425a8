/** The client's crash policy, and that every message it shows has a Chinese translation. */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RestartPolicy } from '../../../client/src/restartPolicy';
import { ROOT } from '../../helpers/fixtures';

describe('client: restarting a dead server', () => {
  it('restarts every time and tells the user once', () => {
    let t = 0;
    const policy = new RestartPolicy(() => t);
    const decisions = [0, 1, 2].map(() => { t += 120_000; return policy.onClosed(); });
    assert.deepEqual(decisions, [{ restart: true, tell: 'restarted' }, { restart: true }, { restart: true }]);
    assert.equal(policy.notices, 1);
  });

  it('gives up (and says so) after more than four crashes within three minutes, instead of looping', () => {
    let t = 0;
    const policy = new RestartPolicy(() => t);
    const decisions = Array.from({ length: 5 }, () => { t += 1000; return policy.onClosed(); });
    assert.deepEqual(decisions.map((d) => d.restart), [true, true, true, true, false]);
    assert.equal(decisions[4].tell, 'gave-up');
    assert.equal(policy.notices, 2);
  });
});

describe('client: translations', () => {
  it('every vscode.l10n.t message of the client is in the Chinese bundle', () => {
    const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
    const dir = join(ROOT, 'client/src');
    const messages = readdirSync(dir).filter((f) => f.endsWith('.ts')).flatMap((f) =>
      [...readFileSync(join(dir, f), 'utf8').matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\'/g, "'")));
    assert.ok(messages.length >= 10, `found ${messages.length} messages`);
    const missing = messages.filter((m) => !bundle[m]);
    assert.deepEqual(missing, []);
  });
});
