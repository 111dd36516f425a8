/**
 * Durations and timelines: the extractor that adds them to the model, and the one
 * rendering (JSON and a one-line text) that the CLI, the hover and the timeline view share,
 * so they always show the same numbers.
 */
import type { DateTime } from 'luxon';
import type { Clause, DocumentModel } from '../model';
import type { Range } from '../text/lineIndex';
import type { Extractor } from '../extractors';
import { extractTimelines } from './sections';
import { computeDate, parseStart, type CountingRule, type DateOptions } from './dates';
import { formatOffset, formatSigned, toIso } from './offset';
import { messageFor } from './messages';
import type { Sequence, TimelineEvent } from './types';

export type { Duration, Sequence, TimelineEvent, Offset, Rate } from './types';

export const timelinesExtractor: Extractor = {
  name: 'timelines',
  fields: ['durations', 'rates', 'timelines'],
  run(model) {
    // Section by section, cached across versions (sections.ts); the same result as reading the whole text.
    const { durations, rates, timelines } = extractTimelines(model);
    model.durations = durations;
    model.rates = rates;
    model.timelines = timelines;
  },
};

export interface TimelineOptions {
  /** T0 of every sequence: "2026-03-01T00:00"; defaults to the front matter's `timelineStart:` / `start:`. */
  start?: string;
  /** date-holidays calendar for business days in English documents ("US", "GB-ENG"). */
  holidays?: string;
}

export interface EventJson {
  action: string; clause: string; range: Range; after: string; total: string;
  businessDays?: boolean; date?: string; notes?: string[];
}
export interface SequenceJson { trigger: string; clause: string; title: string; range: Range; events: EventJson[]; text: string; rule: string }

/** The start set for the document: front matter `timelineStart:` / `start:`, else the config or setting `timeline.start`. */
export function documentStart(model: DocumentModel): string | undefined {
  const data = model.frontMatter?.data ?? {};
  const raw = data.timelineStart ?? data.start;
  if (raw instanceof Date) return raw.toISOString().slice(0, 16);
  return typeof raw === 'string' ? raw : model.timelineConfig?.start;
}

function holidaysOf(model: DocumentModel, options: TimelineOptions): string | undefined {
  const fm = model.frontMatter?.data ?? {};
  return options.holidays ?? (typeof fm.holidays === 'string' ? fm.holidays : undefined) ?? model.timelineConfig?.holidays;
}

/** The counting rule of a step: the config's choice, else by language; the agreement's own same-clock rule wins (art. 204). */
export function ruleFor(model: DocumentModel) {
  const counting = model.timelineConfig?.counting;
  const common = counting ? counting === 'common-law' : model.language === 'en';
  return (sameClock: boolean): CountingRule => (sameClock ? 'sameClock' : common ? 'common' : 'prc');
}

export function ruleText(model: DocumentModel, sequence: Sequence, options: TimelineOptions = {}): string {
  const rules = new Set(sequence.events.flatMap((e) => e.steps.map((s) => ruleFor(model)(s.sameClock))));
  const lines: string[] = [];
  if (rules.has('sameClock')) lines.push(messageFor(model.language, 'rule-same-clock'));
  if (rules.has('prc')) lines.push(messageFor(model.language, 'rule-prc'));
  if (rules.has('common')) lines.push(messageFor(model.language, 'rule-common', holidaysOf(model, options) ?? 'US'));
  return lines.join(' ');
}

export function clauseRef(clause: Clause | undefined): string {
  return clause ? clause.id : '';
}

function scopeTitle(sequence: Sequence): string {
  return sequence.scope ? `${sequence.scope.id} ${sequence.scope.title}`.trim() : '';
}

/** "T0 首次欠费 → +24小时 暂停服务（1.1）→ +7日 删除数据（1.2）= T0+8日". */
export function sequenceText(model: DocumentModel, sequence: Sequence, start?: DateTime, options: TimelineOptions = {}): string {
  const zh = model.language === 'zh';
  const open = zh ? '（' : ' (', close = zh ? '）' : ')';
  const steps = sequence.events.map((e, i) => {
    const prev = i === 0 ? undefined : sequence.events[i - 1];
    const relative = e.from !== undefined && sequence.events[e.from] === prev ? formatSigned(e.after, model.language) : `T0${formatSigned(e.total, model.language)}`;
    const date = start ? ` [${computeDate(e, start, ruleFor(model), dateOptions(model, options)).date}]` : '';
    return `${relative} ${e.action}${e.clause ? `${open}${e.clause.id}${close}` : ''}${date}`;
  });
  const last = sequence.events[sequence.events.length - 1];
  const head = `T0 ${sequence.trigger}${start ? ` [${start.toFormat("yyyy-MM-dd'T'HH:mm")}]` : ''}`;
  return `${head} → ${steps.join(' → ')}${last && sequence.events.length > 1 ? ` = T0${formatSigned(last.total, model.language)}` : ''}`;
}

function dateOptions(model: DocumentModel, options: TimelineOptions): DateOptions {
  return { language: model.language, holidays: holidaysOf(model, options) };
}

export function eventJson(model: DocumentModel, event: TimelineEvent, start: DateTime | undefined, options: TimelineOptions): EventJson {
  const json: EventJson = {
    action: event.action, clause: clauseRef(event.clause), range: model.lines.range(event.span.start, event.span.end),
    after: toIso(event.after), total: toIso(event.total),
  };
  if (event.after.businessDays || event.total.businessDays) json.businessDays = true;
  if (start) {
    const d = computeDate(event, start, ruleFor(model), dateOptions(model, options));
    json.date = d.date;
    if (d.notes.length) json.notes = d.notes;
  }
  return json;
}

/** The JSON of `clausewise timeline` and of the `clausewise/timelines` request. */
export function timelinesJson(model: DocumentModel, options: TimelineOptions = {}): SequenceJson[] {
  const start = parseStart(options.start ?? documentStart(model));
  return model.timelines.map((s) => {
    const first = s.events[0];
    return {
      trigger: s.trigger, clause: clauseRef(s.scope), title: scopeTitle(s),
      range: model.lines.range(first.span.start, first.span.end),
      events: s.events.map((e) => eventJson(model, e, start, options)),
      text: sequenceText(model, s, start, options),
      rule: ruleText(model, s, options),
    };
  });
}

/** `clausewise timeline --format text`. */
export function timelinesText(model: DocumentModel, options: TimelineOptions = {}): string {
  const start = parseStart(options.start ?? documentStart(model));
  if (!model.timelines.length) return model.language === 'zh' ? '未发现期限序列。\n' : 'No timelines found.\n';
  const out: string[] = [];
  for (const s of model.timelines) {
    const line = model.lines.positionAt(s.events[0].span.start).line + 1;
    out.push(`${scopeTitle(s) || '—'}  (line ${line})`);
    out.push(`  ${sequenceText(model, s, start, options)}`);
    for (const n of dateNotes(model, s, start, options)) out.push(`    ${n}`);
  }
  out.push('');
  const rules = [...new Set(model.timelines.flatMap((s) => ruleText(model, s, options).split(/(?<=[。.])\s?(?=\S)/)))];
  out.push(...rules);
  return out.join('\n') + '\n';
}

/** Why dates moved (a last day on a holiday), for every event of a sequence. */
export function dateNotes(model: DocumentModel, sequence: Sequence, start: DateTime | undefined, options: TimelineOptions = {}): string[] {
  if (!start) return [];
  return sequence.events.flatMap((e) => computeDate(e, start, ruleFor(model), dateOptions(model, options)).notes);
}

/** The sequences an offset is in: on one of its durations, or inside a clause one of its events is in. */
export function sequencesAt(model: DocumentModel, offset: number): { sequences: Sequence[]; onDuration: boolean } {
  const onSpan = model.timelines.filter((s) => s.events.some((e) => e.spans.some((sp) => offset >= sp.start && offset <= sp.end)));
  if (onSpan.length) return { sequences: onSpan, onDuration: true };
  const inClause = model.timelines.filter((s) => s.events.some((e) => e.clause && offset >= e.clause.headSpan.start && offset < e.clause.bodySpan.end + 1 && offset >= e.clause.span.start && offset < e.clause.span.end && !hasChildAt(e.clause, offset)));
  return { sequences: inClause, onDuration: false };
}

function hasChildAt(clause: Clause, offset: number): boolean {
  return clause.children.some((c) => offset >= c.span.start && offset < c.span.end);
}

export { formatOffset, formatSigned, toIso, parseStart };
