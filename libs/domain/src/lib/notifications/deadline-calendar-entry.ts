// A deadline as an entry of a member's calendar feed: an all-day entry on the forum's local date
// for rules counted in days, a timed entry at the exact instant for clock rules and judges' orders.
// It names the case by its reference; the client's name only when the member chose to include it.
import type { Bilingual, VerificationStatus } from '../deadlines/rule-pack.types';
import { isoDateOf } from '../time/epoch-day';
import { ForumClock } from '../time/forum-clock';
import type { ReminderClock } from './deadline-reminders';

export type FeedLanguage = 'en' | 'es';

export interface CalendarDeadline {
  readonly id: string;
  readonly ruleId: string;
  readonly title: Bilingual;
  readonly caseReference: string;
  /** Only when the member chose to show client names in their feed. */
  readonly clientName?: string;
  /** The instant to work to (a judge's order replaces the computed one). */
  readonly dueAtMs: number;
  /** Latest end of a possible range, when the law allows two readings. */
  readonly latestDueAtMs?: number;
  readonly overridden: boolean;
  /** How the rule counts: days give an all-day entry; hours (or no known rule) a timed one. */
  readonly clock: ReminderClock | undefined;
  readonly timeZone: string;
  readonly basis: Bilingual;
  readonly citation: string;
  readonly ruleStatus: VerificationStatus;
}

export type CalendarEntryTime =
  | { readonly allDay: true; readonly date: string }
  | { readonly allDay: false; readonly atMs: number };

export interface CalendarEntry {
  readonly uid: string;
  readonly time: CalendarEntryTime;
  readonly summary: string;
  readonly description: string;
}

const STATUS_TEXT: Record<VerificationStatus, Bilingual> = {
  verified: { en: 'verified against the primary source', es: 'verificada en la fuente primaria' },
  secondary: {
    en: 'from a secondary source: check the primary source',
    es: 'de fuente secundaria: verifíquese la fuente primaria',
  },
  unverified: {
    en: 'UNVERIFIED: confirm before relying on it',
    es: 'SIN VERIFICAR: confírmese antes de confiar en ella',
  },
};

const WORDS = {
  en: {
    case: 'Case',
    rule: 'Rule',
    due: 'Due',
    latest: 'Latest reading',
    order: 'Date set by order (override)',
    derivation: 'Derivation',
    citation: 'Citation',
    status: 'Status',
    disclaimer: 'Amparo: research support, not legal advice. Plan for the earliest date.',
  },
  es: {
    case: 'Caso',
    rule: 'Regla',
    due: 'Vence',
    latest: 'Lectura más tardía',
    order: 'Fecha fijada por resolución (modificada)',
    derivation: 'Cómputo',
    citation: 'Cita',
    status: 'Estado',
    disclaimer:
      'Amparo: apoyo a la investigación, no asesoría legal. Planifique para la fecha más temprana.',
  },
} as const;

export function deadlineCalendarEntry(
  deadline: CalendarDeadline,
  language: FeedLanguage,
  uidDomain: string,
): CalendarEntry {
  const clock = ForumClock.of(deadline.timeZone);
  const words = WORDS[language];
  const allDay = deadline.clock === 'days' && !deadline.overridden;
  const time: CalendarEntryTime = allDay
    ? { allDay: true, date: isoDateOf(clock.localDayOf(deadline.dueAtMs)) }
    : { allDay: false, atMs: deadline.dueAtMs };
  const who = deadline.clientName ? ` (${deadline.clientName})` : '';
  const local = (ms: number) => `${clock.formatLocalWithOffset(ms)} ${deadline.timeZone}`;
  const lines = [
    `${words.case}: ${deadline.caseReference}${who}`,
    `${words.rule}: ${deadline.title[language]} [${deadline.ruleId}]`,
    `${words.due}: ${local(deadline.dueAtMs)}`,
    ...(deadline.latestDueAtMs !== undefined && !deadline.overridden
      ? [`${words.latest}: ${local(deadline.latestDueAtMs)}`]
      : []),
    ...(deadline.overridden ? [words.order] : []),
    `${words.derivation}: ${deadline.basis[language]}`,
    `${words.citation}: ${deadline.citation}`,
    `${words.status}: ${STATUS_TEXT[deadline.ruleStatus][language]}`,
    '',
    words.disclaimer,
  ];
  return {
    uid: `deadline-${deadline.id}@${uidDomain}`,
    time,
    summary: `${deadline.caseReference}${who}: ${deadline.title[language]}`,
    description: lines.join('\n'),
  };
}
