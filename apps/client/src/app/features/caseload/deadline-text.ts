// What a caseload row says about its next deadline: an hour clock as a live countdown on the
// forum's clock ("PASEE: 13 h 42 min left, Lima time") with the person's own time alongside when
// it differs; a day deadline as the forum's local date; possible ranges and unverified rules
// flagged as such.
import type { TranslationService } from '../../core/i18n';
import { formatDuration, sameWallClock, zoneCity } from '../../core/time';
import type { CaseloadRow } from './caseload.models';

export type NextDeadline = NonNullable<CaseloadRow['nextDeadline']>;

export interface DeadlineText {
  /** The headline as one sentence: "PASEE: 13 h 42 min left, Lima time". */
  main: string;
  /** Its two halves, shown apart so a long rule title never hides the time left. */
  title: string;
  status: string;
  /** When it is due on the forum's clock (hour clocks). */
  due: string | null;
  /** The same instant on the person's clock, only when it shows a different time. */
  yours: string | null;
  /** The latest end of a possible range, when the law allows two readings. */
  range: string | null;
  overdue: boolean;
  /** Under six hours left: shown with more emphasis. */
  imminent: boolean;
}

const IMMINENT_MS = 6 * 3_600_000;

export function describeDeadline(
  i18n: TranslationService,
  deadline: NextDeadline,
  now: number,
  userZone: string,
): DeadlineText {
  const title = deadline.title[i18n.language()];
  const dueMs = Date.parse(deadline.dueAt);
  const zone = zoneCity(deadline.timeZone);
  const overdue = dueMs < now;
  const latestMs = deadline.latestDueAt ? Date.parse(deadline.latestDueAt) : null;

  if (!deadline.urgent) {
    // Day deadlines end with the forum's day: the date on the forum's calendar is what counts.
    const date = i18n.formatDate(dueMs, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: deadline.timeZone,
    });
    const status = i18n.t(overdue ? 'caseload.day.overdue' : 'caseload.day.due', { date, zone });
    return {
      main: `${title}: ${status}`,
      title,
      status,
      due: null,
      yours: null,
      range:
        latestMs === null
          ? null
          : i18n.t('caseload.range.latestDate', {
              date: i18n.formatDate(latestMs, {
                day: 'numeric',
                month: 'short',
                timeZone: deadline.timeZone,
              }),
            }),
      overdue,
      imminent: false,
    };
  }

  const time = formatDuration(i18n, dueMs - now);
  const at = (instant: number, timeZone: string) =>
    i18n.formatDate(instant, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: 'numeric',
      minute: '2-digit',
      timeZone,
    });
  const status = i18n.t(overdue ? 'caseload.clock.overdue' : 'caseload.clock.left', {
    time,
    zone,
  });
  return {
    main: `${title}: ${status}`,
    title,
    status,
    due: i18n.t('caseload.clock.due', { when: at(dueMs, deadline.timeZone), zone }),
    yours: sameWallClock(dueMs, deadline.timeZone, userZone)
      ? null
      : i18n.t('caseload.clock.yours', { when: at(dueMs, userZone), zone: zoneCity(userZone) }),
    range:
      latestMs === null
        ? null
        : i18n.t('caseload.range.latestClock', { when: at(latestMs, deadline.timeZone) }),
    overdue,
    imminent: !overdue && dueMs - now < IMMINENT_MS,
  };
}
