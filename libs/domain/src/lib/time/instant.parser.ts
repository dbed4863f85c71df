// Reads the instant at which a case event happened; an instant without an offset is ambiguous
// (which clock?) and is refused rather than guessed.
import { Temporal } from 'temporal-polyfill';
import { epochDayOf, MS_PER_DAY, parseIsoDate } from './epoch-day';

export type ParsedInstant =
  | { readonly ok: true; readonly epochMs: number; readonly timeZone?: string }
  | { readonly ok: false; readonly reason: 'missing-offset' | 'invalid' };

// The common shape, read without allocating Temporal objects (the engine's hot path).
const FAST =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/** Parses an ISO 8601 instant with an offset (and optionally an RFC 9557 [zone] annotation). */
export function parseInstant(text: string): ParsedInstant {
  const m = FAST.exec(text);
  if (m) {
    const day = parseIsoDate(m[1]);
    const hours = Number(m[2]);
    const minutes = Number(m[3]);
    const seconds = m[4] === undefined ? 0 : Number(m[4]);
    const offsetHours = m[8] === undefined ? 0 : Number(m[8]);
    const offsetMinutes = m[9] === undefined ? 0 : Number(m[9]);
    if (
      day === undefined ||
      hours > 23 ||
      minutes > 59 ||
      seconds > 59 ||
      offsetHours > 23 ||
      offsetMinutes > 59
    ) {
      return { ok: false, reason: 'invalid' };
    }
    const fraction = m[5] === undefined ? 0 : Math.floor(Number(`0.${m[5]}`) * 1000);
    const offsetMs = (m[7] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
    const localMs = day * MS_PER_DAY + ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction;
    return { ok: true, epochMs: localMs - offsetMs };
  }
  return parseWithTemporal(text);
}

// An offset right after the time (Z, ±HH, ±HHMM, ±HH:MM), before any [zone] annotation.
const HAS_OFFSET = /T[\d:.,]+(?:Z|[+-]\d{2}(?::?\d{2})?)(?:\[|$)/i;

function parseWithTemporal(text: string): ParsedInstant {
  try {
    if (!HAS_OFFSET.test(text)) {
      // A well-formed local date-time lacks only its offset; anything else is not a date-time.
      Temporal.PlainDateTime.from(text);
      return { ok: false, reason: 'missing-offset' };
    }
    if (text.includes('[')) {
      const zoned = Temporal.ZonedDateTime.from(text, { offset: 'reject' });
      return { ok: true, epochMs: zoned.epochMilliseconds, timeZone: zoned.timeZoneId };
    }
    return { ok: true, epochMs: Temporal.Instant.from(text).epochMilliseconds };
  } catch {
    return { ok: false, reason: 'invalid' };
  }
}

/** Epoch milliseconds of the first instant of a UTC year (for range checks). */
export const startOfUtcYearMs = (year: number): number => epochDayOf(year, 1, 1) * MS_PER_DAY;
