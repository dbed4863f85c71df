// A local calendar date (no time, no zone) as a count of days since 1970-01-01, so that date
// arithmetic in the hot path of the deadline engine is integer arithmetic.

/** Days since 1970-01-01 in the proleptic Gregorian calendar; a branded number. */
export type EpochDay = number & { readonly __epochDay: unique symbol };

export const asEpochDay = (n: number): EpochDay => n as EpochDay;

/** Converts a civil date to its day count (Howard Hinnant's days_from_civil). */
export function epochDayOf(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return asEpochDay(era * 146097 + doe - 719468);
}

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Converts a day count back to a civil date (Howard Hinnant's civil_from_days). */
export function civilOf(epochDay: EpochDay): CivilDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

// Date strings are written many times per deadline (derivations, outputs): remember them for
// 1970-2199, the span the calendars cover.
const ISO_CACHE_DAYS = 84_000;
const isoCache: (string | undefined)[] = [];

export function isoDateOf(epochDay: EpochDay): string {
  const cached = epochDay >= 0 && epochDay < ISO_CACHE_DAYS ? isoCache[epochDay] : undefined;
  if (cached !== undefined) return cached;
  const { year, month, day } = civilOf(epochDay);
  const iso = `${year}-${pad2(month)}-${pad2(day)}`;
  if (epochDay >= 0 && epochDay < ISO_CACHE_DAYS) isoCache[epochDay] = iso;
  return iso;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD strictly (the date must exist); undefined otherwise. */
export function parseIsoDate(text: string): EpochDay | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const epochDay = epochDayOf(year, month, day);
  const back = civilOf(epochDay);
  return back.month === month && back.day === day ? epochDay : undefined;
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayOf(epochDay: EpochDay): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

export const isWeekend = (epochDay: EpochDay): boolean => isoWeekdayOf(epochDay) >= 6;

export const yearOf = (epochDay: EpochDay): number => civilOf(epochDay).year;

export const MS_PER_DAY = 86_400_000;
