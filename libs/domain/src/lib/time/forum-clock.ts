// The wall clock of a forum (a court, an agency, a police station): converts instants to the
// forum's local dates and times through the IANA time-zone database, never through fixed offsets.
import { Temporal } from 'temporal-polyfill';
import { asEpochDay, EpochDay, isoDateOf, MS_PER_DAY } from './epoch-day';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/** Formats an offset such as -05:00 (the offset itself always comes from the zone database). */
export function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const minutes = Math.abs(Math.round(offsetMs / 60_000));
  return `${sign}${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** "2026-07-29 21:10" for a local wall-clock time expressed as milliseconds since 1970. */
function formatLocalAt(localMs: number): string {
  const day = Math.floor(localMs / MS_PER_DAY);
  const minutes = Math.floor((localMs - day * MS_PER_DAY) / 60_000);
  return `${isoDateOf(asEpochDay(day))} ${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

const validity = new Map<string, boolean>();

/**
 * True for IANA zone names the zone database knows (America/Lima, UTC). Bare offsets such as
 * "-05:00" are refused: a forum keeps its clock rules, and an offset cannot follow them.
 */
export function isValidTimeZone(timeZone: string): boolean {
  const known = validity.get(timeZone);
  if (known !== undefined) return known;
  let valid = false;
  if (/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(timeZone)) {
    try {
      Temporal.ZonedDateTime.from({ timeZone, year: 2000, month: 1, day: 1 });
      valid = true;
    } catch {
      valid = false;
    }
  }
  validity.set(timeZone, valid);
  return valid;
}

export interface LocalDateTime {
  readonly day: EpochDay;
  /** milliseconds since local midnight */
  readonly msOfDay: number;
  readonly offsetMs: number;
}

const clocks = new Map<string, ForumClock>();

export class ForumClock {
  // Offsets are memoised per UTC day when they do not change during that day; the rare days with
  // a transition are asked of the zone database for each instant.
  private readonly dayOffsets = new Map<number, number>();
  private readonly endOfDays = new Map<number, number>();

  private constructor(readonly timeZone: string) {}

  /** The shared clock of a zone; throws RangeError for a zone the database does not know. */
  static of(timeZone: string): ForumClock {
    let clock = clocks.get(timeZone);
    if (!clock) {
      if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
      clock = new ForumClock(timeZone);
      clocks.set(timeZone, clock);
    }
    return clock;
  }

  offsetMsAt(epochMs: number): number {
    const utcDay = Math.floor(epochMs / MS_PER_DAY);
    let offset = this.dayOffsets.get(utcDay);
    if (offset === undefined) {
      const atStart = this.exactOffsetMs(utcDay * MS_PER_DAY);
      const atEnd = this.exactOffsetMs((utcDay + 1) * MS_PER_DAY - 1);
      offset = atStart === atEnd ? atStart : Number.NaN;
      this.dayOffsets.set(utcDay, offset);
    }
    return Number.isNaN(offset) ? this.exactOffsetMs(epochMs) : offset;
  }

  localOf(epochMs: number): LocalDateTime {
    const offsetMs = this.offsetMsAt(epochMs);
    const local = epochMs + offsetMs;
    const day = Math.floor(local / MS_PER_DAY);
    return { day: asEpochDay(day), msOfDay: local - day * MS_PER_DAY, offsetMs };
  }

  localDayOf(epochMs: number): EpochDay {
    return asEpochDay(Math.floor((epochMs + this.offsetMsAt(epochMs)) / MS_PER_DAY));
  }

  /** The last millisecond of a local date: the start of the next local day minus 1 ms. */
  endOfLocalDayMs(day: EpochDay): number {
    let end = this.endOfDays.get(day);
    if (end === undefined) {
      const next = Temporal.PlainDate.from(isoDateOf(asEpochDay(day + 1)));
      end = next.toZonedDateTime({ timeZone: this.timeZone }).epochMilliseconds - 1;
      this.endOfDays.set(day, end);
    }
    return end;
  }

  /** "2026-07-29 21:10" on this clock. */
  formatLocal(epochMs: number): string {
    return formatLocalAt(epochMs + this.offsetMsAt(epochMs));
  }

  /** "2026-07-29 21:10 (UTC-05:00)" on this clock. */
  formatLocalWithOffset(epochMs: number): string {
    const offsetMs = this.offsetMsAt(epochMs);
    return `${formatLocalAt(epochMs + offsetMs)} (UTC${formatOffset(offsetMs)})`;
  }

  /** RFC 9557 string with offset and zone: 2026-07-29T21:10:00.000-05:00[America/Lima]. */
  toZonedIso(epochMs: number): string {
    const { day, msOfDay, offsetMs } = this.localOf(epochMs);
    const seconds = Math.floor(msOfDay / 1000);
    const time = `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}.${pad3(msOfDay % 1000)}`;
    return `${isoDateOf(day)}T${time}${formatOffset(offsetMs)}[${this.timeZone}]`;
  }

  private exactOffsetMs(epochMs: number): number {
    return (
      Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(this.timeZone)
        .offsetNanoseconds / 1e6
    );
  }
}
