/**
 * Deadlines and timelines in the editor: hover, and the `clausewise/timelines` request
 * (the same JSON as `clausewise timeline --format json`) for the timeline view.
 * Quick fixes of deadline-words-figures and deadline-arithmetic come from the findings'
 * own fixes, turned into code actions by features/fixes.ts for every rule.
 */
import { PROVIDERS } from '../registry';
import { timelineHover } from './hover';
import { timelinesJson, type SequenceJson } from '../../core/timelines';
import type { DocumentModel } from '../../core/model';

PROVIDERS.hover.push(timelineHover);

export interface TimelinesParams { uri: string; start?: string; holidays?: string }

/** Registers `clausewise/timelines` on the connection; `modelOf` returns the current model of an open document. */
export function registerTimelineRequests(
  connection: { onRequest(method: string, handler: (params: TimelinesParams) => unknown): unknown },
  modelOf: (uri: string) => DocumentModel | undefined,
  guard: <T>(what: string, fallback: T, fn: () => T) => T,
): void {
  connection.onRequest('clausewise/timelines', (p: TimelinesParams) => guard('timelines', [] as SequenceJson[], () => {
    const model = p?.uri ? modelOf(p.uri) : undefined;
    return model ? timelinesJson(model, { start: p.start, holidays: p.holidays }) : [];
  }));
}
