// Calendar arithmetic on plain dates ("2026-03-02"), done in UTC so no daylight-saving change can
// shift a day: the grid is a grid of dates, and each deadline is placed on its forum's date.

export type CalendarView = 'month' | 'week';
/** 0 = Sunday (United States), 1 = Monday (Latin America). */
export type WeekStart = 0 | 1;

const DAY_MS = 86_400_000;

export function isDateKey(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  );
}

const toMs = (key: string) => Date.parse(`${key}T00:00:00Z`);
const toKey = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(key: string, days: number): string {
  return toKey(toMs(key) + days * DAY_MS);
}

/** The first day of the week that contains `key`. */
export function startOfWeek(key: string, weekStart: WeekStart): string {
  const weekday = new Date(toMs(key)).getUTCDay();
  return addDays(key, -((weekday - weekStart + 7) % 7));
}

/** The seven dates of the week containing `key`. */
export function weekDays(key: string, weekStart: WeekStart): string[] {
  const first = startOfWeek(key, weekStart);
  return Array.from({ length: 7 }, (_, index) => addDays(first, index));
}

/** The weeks (rows of seven dates) that cover the month containing `key`. */
export function monthWeeks(key: string, weekStart: WeekStart): string[][] {
  const month = key.slice(0, 7);
  const weeks: string[][] = [];
  let week = startOfWeek(`${month}-01`, weekStart);
  do {
    weeks.push(weekDays(week, weekStart));
    week = addDays(week, 7);
  } while (week.slice(0, 7) === month);
  return weeks;
}

/** The same view one step back or forward: a month (clamped to its length) or a week. */
export function shiftDate(key: string, view: CalendarView, step: number): string {
  if (view === 'week') return addDays(key, 7 * step);
  const date = new Date(toMs(key));
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + step, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return toKey(target.getTime());
}

/** The dates a view shows, first and last included. */
export function visibleRange(
  key: string,
  view: CalendarView,
  weekStart: WeekStart,
): { first: string; last: string } {
  const days = view === 'week' ? weekDays(key, weekStart) : monthWeeks(key, weekStart).flat();
  return { first: days[0], last: days[days.length - 1] };
}

/** Noon UTC of a date key, safe to format as that calendar date in any zone's formatter. */
export function dateKeyToDisplayInstant(key: string): number {
  return toMs(key) + DAY_MS / 2;
}
