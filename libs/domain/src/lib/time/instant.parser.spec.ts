import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { parseInstant } from './instant.parser';

describe('parseInstant', () => {
  it('reads the same instant as Temporal for any offset and precision', () => {
    const instants = fc.record({
      ms: fc.integer({ min: Date.parse('1971-01-01'), max: Date.parse('2100-01-01') }),
      offsetMinutes: fc.integer({ min: -14 * 60, max: 14 * 60 }),
      precision: fc.constantFrom(
        'minute' as const,
        'second' as const,
        'millisecond' as const,
        'microsecond' as const,
        'nanosecond' as const,
      ),
    });
    fc.assert(
      fc.property(instants, ({ ms, offsetMinutes, precision }) => {
        const sign = offsetMinutes < 0 ? '-' : '+';
        const abs = Math.abs(offsetMinutes);
        const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        const text = Temporal.Instant.fromEpochMilliseconds(ms).toString({
          timeZone: offset,
          smallestUnit: precision,
        });
        const parsed = parseInstant(text);
        expect(parsed).toEqual({
          ok: true,
          epochMs: Temporal.Instant.from(text).epochMilliseconds,
        });
      }),
    );
  });

  it('reads short fractions and half-hour offsets', () => {
    expect(parseInstant('2026-07-28T21:10:00.5-05:00')).toEqual({
      ok: true,
      epochMs: Date.parse('2026-07-29T02:10:00.500Z'),
    });
    expect(parseInstant('2026-07-28T21:10+05:30')).toEqual({
      ok: true,
      epochMs: Date.parse('2026-07-28T15:40:00Z'),
    });
    expect(parseInstant('2026-07-28T21:10:00+24:00')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a date-time without an offset, and says so', () => {
    expect(parseInstant('2026-07-28T21:10:00')).toEqual({ ok: false, reason: 'missing-offset' });
    expect(parseInstant('2026-07-28T21:10')).toEqual({ ok: false, reason: 'missing-offset' });
  });

  it('refuses text that is not a date-time', () => {
    expect(parseInstant('yesterday')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseInstant('2026-02-30T10:00:00Z')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseInstant('2026-07-28T25:10:00-05:00')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('honours an RFC 9557 zone annotation and rejects an offset that contradicts it', () => {
    expect(parseInstant('2026-07-28T21:10:00-05:00[America/Lima]')).toEqual({
      ok: true,
      epochMs: Date.parse('2026-07-29T02:10:00Z'),
      timeZone: 'America/Lima',
    });
    expect(parseInstant('2026-07-28T21:10:00-03:00[America/Lima]')).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(parseInstant('2026-07-28T21:10:00[America/Lima]')).toEqual({
      ok: false,
      reason: 'missing-offset',
    });
  });
});
