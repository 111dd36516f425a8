/**
 * Runs a long job as steps, one per event-loop turn, so that the messages arriving
 * meanwhile (a hover, a definition, the next keystroke) are handled between steps
 * instead of after the whole job, and stops as soon as the job is stale (a newer version
 * of the document arrived: its own job will run).
 */
export type Turn = () => Promise<void>;

/** The next turn of the event loop, after the I/O that is already waiting. */
export const nextTurn: Turn = () => new Promise((resolve) => setImmediate(resolve));

/** Runs `steps` in order, yielding before each one after the first; resolves false when `stale()` stopped it. */
export async function runInTurns(steps: readonly (() => void)[], stale: () => boolean, turn: Turn = nextTurn): Promise<boolean> {
  for (let i = 0; i < steps.length; i++) {
    if (i > 0) await turn();
    if (stale()) return false;
    steps[i]();
  }
  return true;
}
