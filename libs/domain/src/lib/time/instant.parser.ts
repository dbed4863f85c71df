// Reads the instant at which a case event happened; an instant without an offset is ambiguous
// (which clock?) and is refused rather than guessed.
import { Temporal } from 'temporal-polyfill';
import { civilOf, epochDayOf, MS_PER_DAY } from './epoch-day';

export type ParsedInstant =
  | { readonly ok: true; readonly epochMs: number; readonly timeZone?: string }
  | { readonly ok: false; readonly reason: 'missing-offset' | 'invalid' };

const ZERO = 48;

/** The number written by `count` digits at `at`, or -1 when one of them is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const SHAPE_MISMATCH = Number.NaN;
const OUT_OF_RANGE = Number.NEGATIVE_INFINITY;

/**
 * Reads the common shape YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM) character by character, without
 * allocating (the engine's hot path). NaN: another shape; -Infinity: the shape with a bad value.
 */
function scanCommonShape(text: string): number {
  const n = text.length;
  if (n < 17 || text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':') {
    return SHAPE_MISMATCH;
  }
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const dom = digitsAt(text, 8, 2);
  const hours = digitsAt(text, 11, 2);
  const minutes = digitsAt(text, 14, 2);
  if (year < 0 || month < 0 || dom < 0 || hours < 0 || minutes < 0) return SHAPE_MISMATCH;
  let i = 16;
  let seconds = 0;
  let millis = 0;
  if (text[i] === ':') {
    seconds = digitsAt(text, i + 1, 2);
    if (seconds < 0) return SHAPE_MISMATCH;
    i += 3;
    if (text[i] === '.') {
      let count = 0;
      i++;
      while (i < n && count < 9) {
        const digit = text.charCodeAt(i) - ZERO;
        if (digit < 0 || digit > 9) break;
        if (count < 3) millis = millis * 10 + digit;
        count++;
        i++;
      }
      if (count === 0) return SHAPE_MISMATCH;
      for (let c = count; c < 3; c++) millis *= 10;
    }
  }
  let offsetMs = 0;
  if (text[i] === 'Z' && i + 1 === n) {
    offsetMs = 0;
  } else if ((text[i] === '+' || text[i] === '-') && i + 6 === n && text[i + 3] === ':') {
    const offsetHours = digitsAt(text, i + 1, 2);
    const offsetMinutes = digitsAt(text, i + 4, 2);
    if (offsetHours < 0 || offsetMinutes < 0) return SHAPE_MISMATCH;
    if (offsetHours > 23 || offsetMinutes > 59) return OUT_OF_RANGE;
    offsetMs = (text[i] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  } else {
    return SHAPE_MISMATCH;
  }
  if (month < 1 || month > 12 || dom < 1 || hours > 23 || minutes > 59 || seconds > 59) {
    return OUT_OF_RANGE;
  }
  const day = epochDayOf(year, month, dom);
  if (civilOf(day).day !== dom) return OUT_OF_RANGE; // 30 February and the like
  return day * MS_PER_DAY + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis - offsetMs;
}

/**
 * The offset written at the end of an ISO string (±HH:MM; 0 for Z), or undefined for other
 * forms: lets the engine notice a time given on one clock and read on another.
 */
export function writtenOffsetMs(text: string): number | undefined {
  const n = text.length;
  if (text[n - 1] === 'Z' || text[n - 1] === 'z') return 0;
  const sign = text[n - 6];
  if ((sign !== '+' && sign !== '-') || text[n - 3] !== ':') return undefined;
  const hours = digitsAt(text, n - 5, 2);
  const minutes = digitsAt(text, n - 2, 2);
  if (hours < 0 || minutes < 0) return undefined;
  return (sign === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/** Parses an ISO 8601 instant with an offset (and optionally an RFC 9557 [zone] annotation). */
export function parseInstant(text: string): ParsedInstant {
  const epochMs = scanCommonShape(text);
  if (epochMs === OUT_OF_RANGE) return { ok: false, reason: 'invalid' };
  if (!Number.isNaN(epochMs)) return { ok: true, epochMs };
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
