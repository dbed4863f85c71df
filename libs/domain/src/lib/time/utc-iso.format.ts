// Writes an instant as a UTC ISO 8601 string (what the API stores and returns), without
// allocating a Date: the deadline engine writes several per deadline.
import { asEpochDay, civilOf, MS_PER_DAY } from './epoch-day';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/** Same output as Date.prototype.toISOString for years 0000-9999, e.g. 2026-12-29T04:59:59.999Z. */
export function formatUtcIso(epochMs: number): string {
  const day = Math.floor(epochMs / MS_PER_DAY);
  const msOfDay = epochMs - day * MS_PER_DAY;
  const { year, month, day: dom } = civilOf(asEpochDay(day));
  const seconds = Math.floor(msOfDay / 1000);
  return `${year}-${pad2(month)}-${pad2(dom)}T${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}.${pad3(msOfDay % 1000)}Z`;
}
