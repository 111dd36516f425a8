/**
 * Hover on a deadline ("24小时", "thirty (30) days") or on the number of a clause that is
 * a step of a sequence: the whole computed timeline, with dates when a start is known and
 * the counting rule in one line. The text comes from core/timelines, like the CLI's.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { FeatureContext } from '../registry';
import type { DocumentModel, Span } from '../../core/model';
import { documentStart, ruleText, sequenceText, sequencesAt, formatOffset, parseStart, dateNotes } from '../../core/timelines';
import { messageFor } from '../../core/timelines/messages';
import { toRange } from '../convert';
import type { Duration, Sequence } from '../../core/timelines';

const within = (span: Span, offset: number) => offset >= span.start && offset <= span.end;

export function timelineHover(ctx: FeatureContext, offset: number): Hover | null {
  const { model } = ctx;
  if (!model.durations) return null;
  const lang = model.language;
  const duration = model.durations.find((d) => within(d.span, offset));
  const rate = duration ? undefined : model.rates.find((r) => within(r.span, offset));
  if (rate) return { contents: { kind: MarkupKind.Markdown, value: `**${rate.text}** — ${messageFor(lang, 'hover-rate')}` }, range: toRange(model, rate.span) };

  const { sequences, onDuration } = sequencesAt(model, offset);
  const onLabel = !duration && model.clauses.some((c) => within(c.labelSpan, offset) && sequences.some((s) => s.events.some((e) => e.clause === c)));
  if (!duration && !onLabel) return null;

  const lines: string[] = [];
  if (duration) lines.push(describeDuration(model, duration));
  const shown = onDuration || onLabel ? sequences : [];
  const start = parseStart(documentStart(model));
  for (const s of shown) lines.push('', timelineBlock(model, s, start));
  if (shown.length) {
    lines.push('', start ? messageFor(lang, 'hover-start', start.toFormat("yyyy-MM-dd'T'HH:mm")) : `_${messageFor(lang, 'hover-no-start')}_`);
    lines.push(`_${[...new Set(shown.map((s) => ruleText(model, s)))].join(' ')}_`);
  }
  const span = duration?.span ?? model.clauses.find((c) => within(c.labelSpan, offset))!.labelSpan;
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: toRange(model, span) };
}

function describeDuration(model: DocumentModel, d: Duration): string {
  const lang = model.language;
  if (d.kind === 'vague') return `**${d.text}** — ${messageFor(lang, 'hover-vague')}`;
  if (d.kind === 'immediate') return `**${d.text}** — ${messageFor(lang, 'hover-immediate')}`;
  if (d.kind === 'explanation') return `**${d.text}** — ${messageFor(lang, 'hover-explains')}`;
  const amount = formatOffset({ years: 0, months: 0, weeks: 0, days: 0, businessDays: 0, hours: 0, minutes: 0, ...unitOffset(d) }, lang);
  const bound = d.bound === 'plain' ? '' : `, ${messageFor(lang, d.inclusive ? 'hover-inclusive' : 'hover-exclusive')}`;
  const dir = d.direction === 'before' ? (lang === 'zh' ? '（之前）' : ' (before)') : '';
  return `**${messageFor(lang, 'hover-duration')}: ${amount}${dir}**${bound}`;
}

function unitOffset(d: Duration) {
  switch (d.unit) {
    case 'minute': return { minutes: d.value };
    case 'hour': return { hours: d.value };
    case 'day': return d.dayKind === 'business' ? { businessDays: d.value } : { days: d.value };
    case 'week': return { weeks: d.value };
    case 'month': return { months: d.value };
    case 'year': return { years: d.value };
  }
}

function timelineBlock(model: DocumentModel, s: Sequence, start: ReturnType<typeof parseStart>): string {
  const out = [`\`${sequenceText(model, s, start)}\``];
  for (const n of dateNotes(model, s, start)) out.push(`- ${n}`);
  return out.join('\n');
}
