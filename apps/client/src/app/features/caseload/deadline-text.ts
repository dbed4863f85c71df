// What a caseload row says about the deadline it leads with: the status as the one domain
// function reads it (readDeadline, through readingOf), in the same words as every screen; an
// hour clock on the forum's clock with the person's own time alongside when it differs; a day
// deadline still running as the forum's local date; possible ranges and unverified rules flagged.
import type { CaseloadDeadline } from '@amparo/contracts';
import type { DeadlineReading, DeadlineState, DeadlineTone } from '@amparo/domain/deadline-status';
import type { TranslationService } from '../../core/i18n';
import { sameWallClock, zoneCity } from '../../core/time';
import { readingText } from '../case-shared/deadline-reading';

export interface DeadlineText {
  /** The headline as one sentence: "PASEE: 13 h 42 min left". */
  main: string;
  /** Its two halves, shown apart so a long rule title never hides the time left. */
  title: string;
  status: string;
  /** When the clock ends on the forum's clock (hour clocks). */
  due: string | null;
  /** The same instant on the person's clock, only when it shows a different time. */
  yours: string | null;
  /** The latest end of a possible range, when the law allows two readings. */
  range: string | null;
  state: DeadlineState;
  tone: DeadlineTone;
  /** Under six hours left on a running clock: shown with more emphasis. */
  imminent: boolean;
}

const IMMINENT_MS = 6 * 3_600_000;

export function describeDeadline(
  i18n: TranslationService,
  deadline: CaseloadDeadline,
  reading: DeadlineReading,
  userZone: string,
): DeadlineText {
  const title = deadline.title[i18n.language()];
  const zone = zoneCity(deadline.timeZone);
  const end = reading.countsToMs;
  const latestMs =
    deadline.latestDueAt && !deadline.overrideDueAt ? Date.parse(deadline.latestDueAt) : null;
  const ahead = reading.state === 'running' || reading.state === 'watch';
  const at = (instant: number, timeZone: string) =>
    i18n.formatDate(instant, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: 'numeric',
      minute: '2-digit',
      timeZone,
    });
  // Day deadlines end with the forum's day: while running, the date on its calendar is what counts.
  const status =
    ahead && !deadline.urgent && end !== null
      ? i18n.t('caseload.day.due', {
          date: i18n.formatDate(end, {
            weekday: 'short',
            day: 'numeric',
            month: 'short',
            year: 'numeric',
            timeZone: deadline.timeZone,
          }),
          zone,
        })
      : readingText(i18n, reading);
  const clock = deadline.urgent && end !== null;
  return {
    main: `${title}: ${status}`,
    title,
    status,
    due: clock ? i18n.t('caseload.clock.due', { when: at(end, deadline.timeZone), zone }) : null,
    yours:
      !clock || sameWallClock(end, deadline.timeZone, userZone)
        ? null
        : i18n.t('caseload.clock.yours', { when: at(end, userZone), zone: zoneCity(userZone) }),
    range:
      latestMs === null
        ? null
        : deadline.urgent
          ? i18n.t('caseload.range.latestClock', { when: at(latestMs, deadline.timeZone) })
          : i18n.t('caseload.range.latestDate', {
              date: i18n.formatDate(latestMs, {
                day: 'numeric',
                month: 'short',
                timeZone: deadline.timeZone,
              }),
            }),
    state: reading.state,
    tone: reading.tone,
    imminent: ahead && (reading.msLeft ?? Infinity) < IMMINENT_MS,
  };
}
