import { analyze } from '../../../server/src/core/analyze';
import { toIso, type Sequence } from '../../../server/src/core/timelines';
import type { DocumentModel } from '../../../server/src/core/model';

export function model(text: string, language?: string): DocumentModel {
  return analyze(text, { language, detection: 'always' });
}

/** "暂停服务@PT24H 删除数据@P8D" — a sequence at a glance. */
export function summary(s: Sequence): string {
  return s.events.map((e) => `${e.action}@${toIso(e.total)}`).join(' ');
}

export function sequencesOf(m: DocumentModel, scopeTitle: string, triggerKey?: string): Sequence[] {
  return m.timelines.filter((s) => (s.scope?.title ?? '').includes(scopeTitle) && (!triggerKey || s.triggerKey === triggerKey));
}
