/** Signed offsets from a trigger: sums, ISO 8601 text, display text and an approximate order. */
import type { Language } from '../model';
import { UNIT_NAMES } from '../lang/durations';
import type { Duration, Offset } from './types';

export const ZERO: Offset = Object.freeze({ years: 0, months: 0, weeks: 0, days: 0, businessDays: 0, hours: 0, minutes: 0 });
const KEYS = ['years', 'months', 'weeks', 'days', 'businessDays', 'hours', 'minutes'] as const;

export function offsetOf(d: Duration): Offset {
  const o: Offset = { ...ZERO };
  if (d.kind === 'immediate' || d.kind === 'vague') return o;
  const sign = d.direction === 'before' ? -1 : 1;
  const v = d.value * sign;
  switch (d.unit) {
    case 'minute': o.minutes = v; break;
    case 'hour': o.hours = v; break;
    case 'day': if (d.dayKind === 'business') o.businessDays = v; else o.days = v; break;
    case 'week': o.days = v * 7; break;
    case 'month': o.months = v; break;
    case 'year': o.years = v; break;
  }
  return o;
}

export function addOffsets(a: Offset, b: Offset): Offset {
  const o = { ...ZERO };
  for (const k of KEYS) o[k] = a[k] + b[k];
  return o;
}

/** For totals: 24 hours beside days read as a day ("T0+24小时+7日" is "T0+8日"). */
export function normalizeTotal(o: Offset): Offset {
  const n = { ...o };
  const hasDays = n.days !== 0 || n.months !== 0 || n.years !== 0 || n.weeks !== 0;
  if (hasDays && Math.abs(n.hours) >= 24 && Math.sign(n.hours) === Math.sign(n.days || n.months || n.years || n.weeks)) {
    n.days += Math.trunc(n.hours / 24);
    n.hours = n.hours % 24;
  }
  return n;
}

export function isZero(o: Offset): boolean { return KEYS.every((k) => o[k] === 0); }

/** Approximate milliseconds, only to order events (months 30.44 days, business days 7/5). */
export function approxMillis(o: Offset): number {
  const day = 86_400_000;
  return o.years * 365.25 * day + o.months * 30.44 * day + (o.weeks * 7 + o.days + o.businessDays * 1.4) * day + o.hours * 3_600_000 + o.minutes * 60_000;
}

export function sameOffset(a: Offset, b: Offset): boolean {
  const x = normalizeTotal(a), y = normalizeTotal(b);
  return KEYS.every((k) => x[k] === y[k]);
}

/** ISO 8601: P7D, PT24H, P1M, -P30D; business days count as days (the event says so). */
export function toIso(o: Offset): string {
  const values = KEYS.map((k) => o[k]);
  const negative = values.some((v) => v < 0) && values.every((v) => v <= 0);
  const a = (v: number) => (negative ? -v : v);
  const days = a(o.days) + a(o.businessDays) + a(o.weeks) * 7;
  let date = '';
  if (o.years) date += `${a(o.years)}Y`;
  if (o.months) date += `${a(o.months)}M`;
  if (days) date += `${days}D`;
  let time = '';
  if (o.hours) time += `${a(o.hours)}H`;
  if (o.minutes) time += `${a(o.minutes)}M`;
  if (!date && !time) return 'PT0S';
  return `${negative ? '-' : ''}P${date}${time ? 'T' + time : ''}`;
}

/** "24小时", "7日", "8日1小时" / "24 hours", "8 days"; without a sign. */
export function formatOffset(o: Offset, language: Language): string {
  const names = UNIT_NAMES[language];
  const parts: string[] = [];
  const push = (v: number, unit: keyof typeof names) => {
    if (!v) return;
    const n = Math.abs(v);
    parts.push(language === 'zh' ? `${n}${names[unit][0]}` : `${n} ${names[unit][n === 1 ? 0 : 1]}`);
  };
  push(o.years, 'year'); push(o.months, 'month'); push(o.days + o.weeks * 7, 'day'); push(o.businessDays, 'businessDay'); push(o.hours, 'hour'); push(o.minutes, 'minute');
  if (!parts.length) return language === 'zh' ? '0' : '0';
  return parts.join(language === 'zh' ? '' : ' ');
}

export function signOf(o: Offset): number {
  const m = approxMillis(o);
  return m < 0 ? -1 : m > 0 ? 1 : 0;
}

/** "+24小时", "-30天", "+0". */
export function formatSigned(o: Offset, language: Language): string {
  return `${signOf(o) < 0 ? '-' : '+'}${formatOffset(o, language)}`;
}
