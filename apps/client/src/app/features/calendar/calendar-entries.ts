// Deadlines placed on calendar days: each on its forum's date, with what the day cell says.
import type { DeadlineState, DeadlineTone } from '@amparo/domain/deadline-status';
import type { TranslationService } from '../../core/i18n';
import { localDateKey, sameWallClock, zoneCity } from '../../core/time';
import { readingOf } from '../case-shared/deadline-reading';
import type { CaseDeadlineResponse } from './calendar.api';

export interface CalendarEntry {
  id: string;
  caseId: string;
  /** The forum's calendar date (YYYY-MM-DD) the deadline falls on. */
  date: string;
  dueMs: number;
  title: string;
  /** "14:10 Lima" for hour clocks; null for day deadlines (they run to the end of the day). */
  time: string | null;
  /** The person's own time, when it differs. */
  yours: string | null;
  /** Its status as every screen reads it (readDeadline at the time shown). */
  state: DeadlineState;
  tone: DeadlineTone;
  ruleStatus: CaseDeadlineResponse['ruleStatus'];
  possibleRange: boolean;
  urgent: boolean;
}

export function toEntries(
  i18n: TranslationService,
  deadlines: readonly CaseDeadlineResponse[],
  userZone: string,
  now: number,
): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  for (const deadline of deadlines) {
    if (!deadline.effectiveDueAt) continue;
    const dueMs = Date.parse(deadline.effectiveDueAt);
    const reading = readingOf(deadline, now);
    const clock = (timeZone: string) =>
      i18n.formatDate(dueMs, { hour: 'numeric', minute: '2-digit', timeZone });
    entries.push({
      id: deadline.id,
      caseId: deadline.caseId,
      date: localDateKey(dueMs, deadline.timeZone),
      dueMs,
      title: deadline.title[i18n.language()],
      time: deadline.urgent ? `${clock(deadline.timeZone)} ${zoneCity(deadline.timeZone)}` : null,
      yours:
        deadline.urgent && !sameWallClock(dueMs, deadline.timeZone, userZone)
          ? i18n.t('calendar.yourTime', { time: clock(userZone), zone: zoneCity(userZone) })
          : null,
      state: reading.state,
      tone: reading.tone,
      ruleStatus: deadline.ruleStatus,
      possibleRange: deadline.latestDueAt !== null && !deadline.overridden,
      urgent: deadline.urgent,
    });
  }
  return entries.sort((a, b) => a.dueMs - b.dueMs);
}

/** Entries grouped by date key. */
export function byDate(entries: readonly CalendarEntry[]): Map<string, CalendarEntry[]> {
  const days = new Map<string, CalendarEntry[]>();
  for (const entry of entries) {
    const day = days.get(entry.date);
    if (day) day.push(entry);
    else days.set(entry.date, [entry]);
  }
  return days;
}
