import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { epochDayOf } from './epoch-day';
import { ForumClock, isValidTimeZone } from './forum-clock';

const ZONES = ['America/Lima', 'America/New_York', 'America/Mexico_City', 'America/Santiago'];

describe('ForumClock', () => {
  it('gives the same local date and time as Temporal, DST days included', () => {
    const cases = fc.record({
      zone: fc.constantFrom(...ZONES),
      ms: fc.integer({ min: Date.parse('1990-01-01'), max: Date.parse('2035-01-01') }),
    });
    fc.assert(
      fc.property(cases, ({ zone, ms }) => {
        const zoned = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
        const clock = ForumClock.of(zone);
        expect(clock.localDayOf(ms)).toBe(zoned.toPlainDate().since('1970-01-01').days);
        expect(clock.toZonedIso(ms)).toBe(zoned.toString({ smallestUnit: 'millisecond' }));
      }),
    );
  });

  it('ends a local day at the instant before the next local midnight', () => {
    const ny = ForumClock.of('America/New_York');
    // 8 March 2026 is 23 hours long in New York; the day after it starts at 04:00Z (EDT).
    expect(new Date(ny.endOfLocalDayMs(epochDayOf(2026, 3, 8))).toISOString()).toBe(
      '2026-03-09T03:59:59.999Z',
    );
    expect(new Date(ny.endOfLocalDayMs(epochDayOf(2026, 3, 7))).toISOString()).toBe(
      '2026-03-08T04:59:59.999Z',
    );
    const lima = ForumClock.of('America/Lima');
    expect(new Date(lima.endOfLocalDayMs(epochDayOf(2026, 7, 28))).toISOString()).toBe(
      '2026-07-29T04:59:59.999Z',
    );
  });

  it('accepts IANA zones only', () => {
    expect(isValidTimeZone('America/Lima')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('-05:00')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(() => ForumClock.of('Nowhere/Else')).toThrow(RangeError);
  });
});
