import type { TranslationService } from '../i18n';

/** The browser's own IANA time zone: "the user's zone" shown next to the forum's. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "America/Lima" → "Lima", "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(zone: string): string {
  const last = zone.split('/').pop() ?? zone;
  return last.replace(/_/g, ' ');
}

const instantFormat: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
};

/** A date and time on the clock of `zone`, in the current language (no zone name). */
export function formatInZone(
  i18n: TranslationService,
  instant: string | number | Date,
  zone: string,
  options: Intl.DateTimeFormatOptions = instantFormat,
): string {
  return i18n.formatDate(instant, { ...options, timeZone: zone });
}

/**
 * The two readings of one instant: on the forum's clock, and on the user's when their zone is a
 * different one (its clock reads differently at that instant); `local` is null when they agree.
 */
export function zonedReadings(
  i18n: TranslationService,
  instant: string | number | Date,
  forumZone: string,
  localZone = userTimeZone(),
): { forum: string; local: string | null } {
  const forum = formatInZone(i18n, instant, forumZone);
  const local = formatInZone(i18n, instant, localZone);
  return { forum, local: local === forum ? null : local };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A duration as people say it for a clock: "13 h 42 min", "3 d 4 h", "9 min" (minutes rounded
 * down, so the clock never promises time that is not there).
 */
export function formatDuration(i18n: TranslationService, ms: number): string {
  const total = Math.max(0, Math.floor(Math.abs(ms) / MINUTE));
  const days = Math.floor(total / (24 * 60));
  const hours = Math.floor((total % (24 * 60)) / 60);
  const minutes = total % 60;
  if (Math.abs(ms) >= 2 * DAY) return i18n.t('time.daysHours', { days, hours });
  const allHours = days * 24 + hours;
  if (allHours > 0) return i18n.t('time.hoursMinutes', { hours: allHours, minutes });
  return i18n.t('time.minutes', { minutes });
}

/** The wall-clock date ("2026-11-23") and time ("06:00") of an instant in `zone`. */
export function wallTimeIn(
  instant: string | number | Date,
  zone: string,
): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '00';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/** Minutes `zone` is ahead of UTC at `epochMs` (Lima: -300). */
function offsetMinutes(epochMs: number, zone: string): number {
  const { date, time } = wallTimeIn(epochMs, zone);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return Math.round((asUtc - Math.floor(epochMs / 60_000) * 60_000) / 60_000);
}

/**
 * A wall-clock date and time read on `zone`'s clock, as ISO 8601 with that zone's offset at that
 * moment ("2026-11-23T06:00:00-05:00"), which is what the API asks for. Null for invalid input.
 */
export function zonedIso(date: string, time: string, zone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const wall = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(wall)) return null;
  // The offset at the wall time read as UTC is right except within hours of a change; one more
  // pass with the corrected instant settles it.
  let offset = offsetMinutes(wall, zone);
  offset = offsetMinutes(wall - offset * 60_000, zone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${date}T${time}:00${sign}${hh}:${mm}`;
}
