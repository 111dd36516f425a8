/**
 * Calendar dates for a timeline, counted as the document's law counts:
 * - "prc": PRC Civil Code arts. 200–204 — hours from the moment; for days, months and
 *   years the first day is not counted, month ends clamp, and a last day that is not a
 *   working day (weekend or statutory holiday, with 调休 make-up days from `chinese-days`)
 *   rolls to the next working day. 工作日 skip the same days.
 * - "sameClock": the agreement's own rule (art. 204), "至第7日相同时刻为期限届满".
 * - "common": "within N days after X" — day X excluded, the last day included; business
 *   days skip weekends and the public holidays of a `date-holidays` calendar.
 * Dates are luxon DateTimes in a fixed zone (UTC used as "local"): no DST surprises.
 */
import { DateTime } from 'luxon';
import chineseDays from 'chinese-days';
import Holidays from 'date-holidays';
import type { Language } from '../model';
import { messageFor } from './messages';
import type { Offset, TimelineEvent } from './types';

export type CountingRule = 'prc' | 'sameClock' | 'common';

export interface DateOptions { language: Language; /** date-holidays country (and state): "US", "GB-ENG". */ holidays?: string }

export interface ComputedDate {
  /** ISO date ("2026-03-09") for a whole last day, date-time ("2026-03-02T00:00") for a moment. */
  date: string;
  moment: DateTime;
  wholeDay: boolean;
  /** Why the date moved: "2026-10-01 国庆节 → 2026-10-08". */
  notes: string[];
}

/** Parses "2026-03-01T00:00", "2026-03-01" (midnight) or a YAML Date. */
export function parseStart(value: unknown): DateTime | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return DateTime.fromJSDate(value, { zone: 'utc' });
  if (typeof value !== 'string') return undefined;
  const dt = DateTime.fromISO(value.trim(), { zone: 'utc', setZone: false });
  return dt.isValid ? DateTime.fromObject({ year: dt.year, month: dt.month, day: dt.day, hour: dt.hour, minute: dt.minute }, { zone: 'utc' }) : undefined;
}

export function formatMoment(dt: DateTime, wholeDay: boolean): string {
  return wholeDay ? dt.toFormat('yyyy-MM-dd') : dt.toFormat("yyyy-MM-dd'T'HH:mm");
}

// ---- calendars -------------------------------------------------------------------

function isoDay(dt: DateTime): string { return dt.toFormat('yyyy-MM-dd'); }

/** China: working days with 调休 (chinese-days covers its published years; weekends otherwise). */
export function isChineseWorkday(dt: DateTime): boolean {
  return chineseDays.isWorkday(isoDay(dt));
}

function chineseDayName(dt: DateTime): string | undefined {
  const detail = chineseDays.getDayDetail(isoDay(dt)) as { name?: string; work?: boolean };
  const parts = detail.name?.split(',');
  return parts && parts.length >= 2 ? parts[1] : dt.weekday >= 6 ? undefined : undefined;
}

const holidayCache = new Map<string, Set<string>>();
/** Public holidays of a date-holidays calendar in one year, as ISO days. */
function publicHolidays(calendar: string, year: number): Set<string> {
  const key = `${calendar}|${year}`;
  let set = holidayCache.get(key);
  if (!set) {
    set = new Set();
    const [country, state] = calendar.split('-');
    try {
      const hd = new Holidays(country, state);
      for (const h of hd.getHolidays(year) || []) if (h.type === 'public' || h.type === 'bank') set.add(h.date.slice(0, 10));
    } catch { /* unknown calendar: weekends only */ }
    holidayCache.set(key, set);
  }
  return set;
}

export function isBusinessDay(dt: DateTime, calendar: string): boolean {
  return dt.weekday <= 5 && !publicHolidays(calendar, dt.year).has(isoDay(dt));
}

// ---- counting ----------------------------------------------------------------------

interface Cursor { moment: DateTime; wholeDay: boolean }

/** The day a "first day not counted" count starts from: a whole-day result ends at 24:00, so the next count starts the day after. */
function baseDay(c: Cursor): DateTime {
  return c.wholeDay ? c.moment.startOf('day') : c.moment.startOf('day');
}

function step(c: Cursor, after: Offset, rule: CountingRule, options: DateOptions, notes: string[]): Cursor {
  const zh = options.language === 'zh';
  const calendar = options.holidays ?? 'US';
  const negative = [after.years, after.months, after.days, after.businessDays, after.hours, after.minutes, after.weeks].some((v) => v < 0);
  const hasDays = after.years || after.months || after.days || after.weeks;
  const time = { hours: after.hours, minutes: after.minutes };
  if (!hasDays && !after.businessDays) {
    // Hours (art. 201 para. 2): from the moment itself.
    const start = c.wholeDay ? c.moment.startOf('day').plus({ days: 1 }) : c.moment;
    return { moment: start.plus(time), wholeDay: false };
  }
  if (rule === 'sameClock') {
    const start = c.wholeDay ? c.moment.startOf('day').plus({ days: 1 }) : c.moment;
    return { moment: start.plus({ years: after.years, months: after.months, days: after.days + after.weeks * 7 }).plus(time), wholeDay: false };
  }
  let day = baseDay(c).plus({ years: after.years, months: after.months, days: after.days + after.weeks * 7 });
  if (after.businessDays) {
    const isWork = (d: DateTime) => (zh ? isChineseWorkday(d) : isBusinessDay(d, calendar));
    const dir = after.businessDays < 0 ? -1 : 1;
    for (let n = Math.abs(after.businessDays), guard = 0; n > 0 && guard < 4000; guard++) {
      day = day.plus({ days: dir });
      if (isWork(day)) n--;
    }
  } else if (!negative && rule === 'prc') {
    // Art. 203: a last day on a statutory holiday (or weekend, unless a 调休 working day) rolls forward.
    const original = day;
    for (let guard = 0; !isChineseWorkday(day) && guard < 30; guard++) day = day.plus({ days: 1 });
    if (!original.equals(day)) {
      const name = chineseDayName(original) ?? (zh ? '休息日' : 'rest day');
      notes.push(messageFor(options.language, 'date-rolled', isoDay(original), name, isoDay(day)));
    }
  }
  if (after.hours || after.minutes) return { moment: day.endOf('day').plus({ milliseconds: 1 }).plus(time), wholeDay: false };
  return { moment: day, wholeDay: true };
}

/** Dates of every event of a sequence, from the trigger's moment. */
export function computeDate(event: TimelineEvent, start: DateTime, ruleFor: (sameClock: boolean) => CountingRule, options: DateOptions): ComputedDate {
  let cursor: Cursor = { moment: start, wholeDay: false };
  const notes: string[] = [];
  for (const s of event.steps) cursor = step(cursor, s.after, ruleFor(s.sameClock), options, notes);
  return { date: formatMoment(cursor.moment, cursor.wholeDay), moment: cursor.moment, wholeDay: cursor.wholeDay, notes };
}
