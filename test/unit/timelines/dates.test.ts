import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { computeDate, parseStart, isChineseWorkday, isBusinessDay, type CountingRule } from '../../../server/src/core/timelines/dates';
import { ZERO } from '../../../server/src/core/timelines/offset';
import type { Offset, TimelineEvent } from '../../../server/src/core/timelines';

const o = (x: Partial<Offset>): Offset => ({ ...ZERO, ...x });
function date(start: string, steps: { after: Partial<Offset>; sameClock?: boolean }[], language: 'zh' | 'en' = 'zh', holidays?: string) {
  const event = { steps: steps.map((s) => ({ after: o(s.after), sameClock: !!s.sameClock, inclusive: true })) } as TimelineEvent;
  const rule = (sc: boolean): CountingRule => (sc ? 'sameClock' : language === 'en' ? 'common' : 'prc');
  return computeDate(event, parseStart(start)!, rule, { language, holidays });
}

describe('timelines: date computation', () => {
  it('parses starts with and without a time', () => {
    assert.equal(parseStart('2026-03-01')!.toFormat("yyyy-MM-dd'T'HH:mm"), '2026-03-01T00:00');
    assert.equal(parseStart('2026-03-01T09:30')!.toFormat("yyyy-MM-dd'T'HH:mm"), '2026-03-01T09:30');
    assert.equal(parseStart('not a date'), undefined);
  });

  it('counts hours from the moment and days from the next day (Civil Code art. 201)', () => {
    assert.equal(date('2026-03-02T10:00', [{ after: { hours: 24 } }]).date, '2026-03-03T10:00');
    assert.equal(date('2026-03-02T10:00', [{ after: { days: 3 } }]).date, '2026-03-05');
  });

  it('crosses a month end', () => {
    assert.equal(date('2026-03-27T10:00', [{ after: { days: 7 } }]).date, '2026-04-03');
    // Art. 202: the corresponding day, or the month's last day when there is none.
    assert.equal(date('2026-01-31T10:00', [{ after: { months: 1 } }], 'en').date, '2026-02-28');
  });

  it('handles a leap day', () => {
    assert.equal(date('2028-02-27T08:00', [{ after: { days: 2 } }], 'en').date, '2028-02-29');
    assert.equal(date('2028-02-29T08:00', [{ after: { years: 1 } }], 'en').date, '2029-02-28');
    assert.equal(date('2028-02-28T12:00', [{ after: { hours: 24 } }]).date, '2028-02-29T12:00');
  });

  it('rolls a last day on 国庆 to the next working day, and counts 调休 Saturdays as working days', () => {
    assert.equal(isChineseWorkday(DateTime.fromISO('2026-10-01', { zone: 'utc' })), false);
    assert.equal(isChineseWorkday(DateTime.fromISO('2026-10-10', { zone: 'utc' })), true); // Saturday, 调休
    const rolled = date('2026-09-28T10:00', [{ after: { days: 7 } }]);
    assert.equal(rolled.date, '2026-10-08');
    assert.match(rolled.notes[0], /2026-10-05.*国庆节.*2026-10-08/);
    // Five 工作日 from Friday 2026-10-09: Sat 10-10 is a 调休 working day, Sun 10-11 is not.
    assert.equal(date('2026-10-09T10:00', [{ after: { businessDays: 5 } }]).date, '2026-10-15');
    // The agreement's own rule: same clock time, no rolling.
    assert.equal(date('2026-09-28T10:00', [{ after: { days: 7 }, sameClock: true }]).date, '2026-10-05T10:00');
  });

  it('skips weekends and public holidays for English business days', () => {
    // Friday 2026-03-06 + 3 business days: Mon 9, Tue 10, Wed 11.
    assert.equal(date('2026-03-06T09:00', [{ after: { businessDays: 3 } }], 'en', 'US').date, '2026-03-11');
    // Thursday 2026-07-02 + 1 business day: Fri 07-03 is the Independence Day holiday (observed), so Monday.
    assert.equal(isBusinessDay(DateTime.fromISO('2026-07-03', { zone: 'utc' }), 'US'), false);
    assert.equal(date('2026-07-02T09:00', [{ after: { businessDays: 1 } }], 'en', 'US').date, '2026-07-06');
    // Calendar days do not roll under the common convention.
    assert.equal(date('2026-03-06T09:00', [{ after: { days: 30 } }], 'en').date, '2026-04-05');
  });

  it('chains steps: 24 hours, then 7 days from the suspension', () => {
    assert.equal(date('2026-03-01T10:00', [{ after: { hours: 24 } }, { after: { days: 7 }, sameClock: true }]).date, '2026-03-09T10:00');
    assert.equal(date('2026-03-01T10:00', [{ after: { hours: 24 } }, { after: { days: 7 } }]).date, '2026-03-09');
    assert.equal(date('2026-03-31T10:00', [{ after: { days: -30 } }]).date, '2026-03-01');
  });
});
