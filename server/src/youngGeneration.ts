/**
 * Collects V8's young generation on request, so the server can do it right after it has
 * published a long document's diagnostics — between keystrokes — instead of the engine
 * doing it in the middle of the next analysis.
 *
 * Why: an edit of a 1 MB agreement allocates about 8 MB; the young generation (16 MB) then
 * filled up during every other analysis, and the collection there copied the half-built
 * model (2–4 MB) and promoted what survived its previous one: 4–8 ms inside the edit's
 * latency, and an old generation that grew by ~4 MB per edit until a full collection.
 * Collected after each pass, the young generation holds the current model only (1.6 MB
 * survive, 2–3 ms outside any edit's latency) and the next pass runs without a collection.
 *
 * A scavenge needs `gc`, which V8 exposes only with --expose-gc; the flag is set at run
 * time and `gc` taken from a new context (where V8 installs it), so every LSP client gets
 * this, not only those that start Node with the flag.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (options: { type: 'minor' | 'major' }) => void;

let collector: Gc | null | undefined;

function gcFunction(): Gc | null {
  if (collector !== undefined) return collector;
  collector = (globalThis as { gc?: Gc }).gc ?? null;
  if (!collector) {
    try {
      setFlagsFromString('--expose-gc');
      const found: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
      collector = typeof found === 'function' ? (found as Gc) : null;
    } catch {
      collector = null;
    }
  }
  return collector;
}

/** Runs a young-generation collection (a scavenge); false when this Node cannot. */
export function collectYoungGeneration(): boolean {
  const gc = gcFunction();
  if (!gc) return false;
  gc({ type: 'minor' });
  return true;
}
