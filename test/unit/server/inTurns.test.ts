/** A diagnostics pass in steps (server/src/inTurns.ts): messages are handled between steps; a newer version stops it. */
import { strict as assert } from 'node:assert';
import { runInTurns } from '../../../server/src/inTurns';

describe('runInTurns', () => {
  it('runs every step in order, yielding between steps (not before the first)', async () => {
    const log: string[] = [];
    const turn = async () => { log.push('turn'); };
    const done = await runInTurns([() => log.push('a'), () => log.push('b'), () => log.push('c')], () => false, turn);
    assert.equal(done, true);
    assert.deepEqual(log, ['a', 'turn', 'b', 'turn', 'c']);
  });

  it('stops before the next step once the job is stale, and says so', async () => {
    const log: string[] = [];
    let stale = false;
    // Something handled between steps (a keystroke) makes the job stale.
    const turn = async () => { log.push('turn'); stale = log.length > 2; };
    const done = await runInTurns([() => log.push('a'), () => log.push('b'), () => log.push('c')], () => stale, turn);
    assert.equal(done, false);
    assert.deepEqual(log, ['a', 'turn', 'b', 'turn']);
  });

  it('lets a message queued on the event loop run between two steps', async () => {
    const log: string[] = [];
    const done = await runInTurns([
      () => { log.push('step 1'); setImmediate(() => log.push('hover')); },
      () => log.push('step 2'),
    ], () => false);
    assert.equal(done, true);
    assert.deepEqual(log, ['step 1', 'hover', 'step 2']);
  });
});
