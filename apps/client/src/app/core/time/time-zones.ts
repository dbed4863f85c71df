import { InjectionToken } from '@angular/core';
import { userTimeZone } from './zoned-time';

/** The person's own IANA zone (the browser's); a token so tests can place them anywhere. */
export const USER_TIME_ZONE = new InjectionToken<string>('USER_TIME_ZONE', {
  providedIn: 'root',
  factory: userTimeZone,
});

/** Whether two zones show the same wall-clock time at this instant (then one label is enough). */
export function sameWallClock(instant: number, zoneA: string, zoneB: string): boolean {
  if (zoneA === zoneB) return true;
  const format = (timeZone: string) =>
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(instant);
  return format(zoneA) === format(zoneB);
}

/** The calendar date (YYYY-MM-DD) of an instant on a zone's clock. */
export function localDateKey(instant: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
