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

/** "13 h 42 min left" or "2 h 5 min overdue". */
export function formatCountdown(i18n: TranslationService, dueAt: number, now: number): string {
  const remaining = dueAt - now;
  const duration = formatDuration(i18n, remaining);
  return i18n.t(remaining >= 0 ? 'time.left' : 'time.overdue', { duration });
}
