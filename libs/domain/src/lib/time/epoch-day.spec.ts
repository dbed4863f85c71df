import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { civilOf, epochDayOf, isoDateOf, isoWeekdayOf, parseIsoDate } from './epoch-day';

const dates = fc
  .integer({ min: -25_000, max: 120_000 })
  .map((n) => Temporal.PlainDate.from('1970-01-01').add({ days: n }));

describe('epoch days', () => {
  it('agree with Temporal on the day count, the ISO string and the weekday', () => {
    fc.assert(
      fc.property(dates, (date) => {
        const day = epochDayOf(date.year, date.month, date.day);
        expect(day).toBe(date.since('1970-01-01').days);
        expect(isoDateOf(day)).toBe(date.toString());
        expect(isoWeekdayOf(day)).toBe(date.dayOfWeek);
        expect(civilOf(day)).toEqual({ year: date.year, month: date.month, day: date.day });
      }),
    );
  });

  it('knows known dates', () => {
    expect(epochDayOf(1970, 1, 1)).toBe(0);
    expect(isoWeekdayOf(epochDayOf(2026, 12, 25))).toBe(5); // a Friday
    expect(isoDateOf(epochDayOf(2024, 2, 29))).toBe('2024-02-29');
  });

  it('parses only dates that exist', () => {
    expect(parseIsoDate('2024-02-29')).toBe(epochDayOf(2024, 2, 29));
    expect(parseIsoDate('2025-02-29')).toBeUndefined();
    expect(parseIsoDate('2026-13-01')).toBeUndefined();
    expect(parseIsoDate('2026-4-01')).toBeUndefined();
  });
});
