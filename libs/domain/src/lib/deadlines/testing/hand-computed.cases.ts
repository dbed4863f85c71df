// Deadlines computed by hand from the legal reference and a printed calendar, one or more per
// shipped rule: the engine must reproduce each of them exactly.
import { DeadlineRequest } from '../computed-deadline';

export interface HandCase {
  readonly name: string;
  readonly ruleId: string;
  readonly request: DeadlineRequest;
  readonly closures?: readonly { forum: string; date: string }[];
  readonly expected: {
    readonly kind: 'due' | 'immediate' | 'anyTime' | 'dateInOrder';
    readonly dueAt?: string;
    readonly dueDate?: string;
    readonly latestDueAt?: string;
    readonly latestDueDate?: string;
    readonly timeZone: string;
  };
}

const pe = (procedure: string, eventType: string, occurredAt: string): DeadlineRequest => ({
  jurisdiction: 'PE',
  procedure,
  eventType,
  occurredAt,
});
const us = (procedure: string, eventType: string, occurredAt: string, timeZone?: string) => ({
  jurisdiction: 'US',
  procedure,
  eventType,
  occurredAt,
  timeZone,
});
const mx = (procedure: string, eventType: string, occurredAt: string): DeadlineRequest => ({
  jurisdiction: 'MX',
  procedure,
  eventType,
  occurredAt,
});

const LIMA = 'America/Lima';
const NY = 'America/New_York';
const CDMX = 'America/Mexico_City';

export const HAND_CASES: readonly HandCase[] = [
  // ---- Peru: PASEE (hours on Lima's clock; no rolling, holidays or Sundays included)
  {
    name: 'PASEE 24 h (48 h latest) from a retention at 21:10 on Independence Day',
    ruleId: 'pe.pasee.decision',
    request: pe('pasee-expulsion', 'police-retention', '2026-07-28T21:10:00-05:00'),
    expected: {
      kind: 'due',
      dueAt: '2026-07-30T02:10:00.000Z',
      latestDueAt: '2026-07-31T02:10:00.000Z',
      timeZone: LIMA,
    },
  },
  {
    name: 'PASEE from the same retention given in UTC',
    ruleId: 'pe.pasee.decision',
    request: pe('pasee-expulsion', 'police-retention', '2026-07-29T02:10:00Z'),
    expected: {
      kind: 'due',
      dueAt: '2026-07-30T02:10:00.000Z',
      latestDueAt: '2026-07-31T02:10:00.000Z',
      timeZone: LIMA,
    },
  },
  {
    name: 'PASEE across the year end: 23:30 on 31 December',
    ruleId: 'pe.pasee.decision',
    request: pe('pasee-expulsion', 'police-retention', '2026-12-31T23:30:00-05:00'),
    expected: {
      kind: 'due',
      dueAt: '2027-01-02T04:30:00.000Z',
      latestDueAt: '2027-01-03T04:30:00.000Z',
      timeZone: LIMA,
    },
  },
  {
    name: 'police report 12 h from a Saturday 06:00 retention (Tumbes checkpoint)',
    ruleId: 'pe.pasee.police-report',
    request: pe('pasee-expulsion', 'police-retention', '2026-12-05T06:00:00-05:00'),
    expected: { kind: 'due', dueAt: '2026-12-05T23:00:00.000Z', timeZone: LIMA },
  },
  {
    name: 'police report 12 h across midnight into New Year',
    ruleId: 'pe.pasee.police-report',
    request: pe('pasee-expulsion', 'police-retention', '2026-12-31T23:30:00-05:00'),
    expected: { kind: 'due', dueAt: '2027-01-01T16:30:00.000Z', timeZone: LIMA },
  },
  {
    name: 'reconsideration: Fri 24 Jul + 3 días hábiles skips 28-29 July (Fiestas Patrias)',
    ruleId: 'pe.pasee.reconsideration',
    request: pe('pasee-expulsion', 'sanction-notification', '2026-07-24T10:00:00-05:00'),
    expected: {
      kind: 'due',
      dueDate: '2026-07-31',
      dueAt: '2026-08-01T04:59:59.999Z',
      timeZone: LIMA,
    },
  },
  {
    name: 'reconsideration: notified 23:30 Lima on Friday, sent in UTC (Saturday UTC)',
    ruleId: 'pe.pasee.reconsideration',
    request: pe('pasee-expulsion', 'sanction-notification', '2026-07-25T04:30:00Z'),
    expected: {
      kind: 'due',
      dueDate: '2026-07-31',
      dueAt: '2026-08-01T04:59:59.999Z',
      timeZone: LIMA,
    },
  },
  {
    name: 'reconsideration: Fri 4 Dec skips 8 Dec (Inmaculada) and 9 Dec (Ayacucho)',
    ruleId: 'pe.pasee.reconsideration',
    request: pe('pasee-expulsion', 'sanction-notification', '2026-12-04T09:00:00-05:00'),
    expected: {
      kind: 'due',
      dueDate: '2026-12-11',
      dueAt: '2026-12-12T04:59:59.999Z',
      timeZone: LIMA,
    },
  },
  {
    name: 'reconsideration: Wed 23 Dec skips Christmas and the weekend',
    ruleId: 'pe.pasee.reconsideration',
    request: pe('pasee-expulsion', 'sanction-notification', '2026-12-23T09:00:00-05:00'),
    expected: {
      kind: 'due',
      dueDate: '2026-12-29',
      dueAt: '2026-12-30T04:59:59.999Z',
      timeZone: LIMA,
    },
  },
  {
    name: 'reconsideration: Wed 30 Dec crosses the year end and 1 January',
    ruleId: 'pe.pasee.reconsideration',
    request: pe('pasee-expulsion', 'sanction-notification', '2026-12-30T09:00:00-05:00'),
    expected: {
      kind: 'due',
      dueDate: '2027-01-05',
      dueAt: '2027-01-06T04:59:59.999Z',
      timeZone: LIMA,
    },
  },
  {
    name: 'hábeas corpus: urgent, no period, no date invented',
    ruleId: 'pe.habeas-corpus',
    request: pe('pasee-expulsion', 'police-retention', '2026-07-28T21:10:00-05:00'),
    expected: { kind: 'immediate', timeZone: LIMA },
  },
  // ---- United States
  {
    name: 'BIA appeal: 25 Nov + 30 = Christmas (Fri) → Monday 28 Dec',
    ruleId: 'us.bia-appeal',
    request: us('removal-proceedings', 'ij-decision-oral', '2026-11-25T10:00:00-05:00'),
    expected: {
      kind: 'due',
      dueDate: '2026-12-28',
      dueAt: '2026-12-29T04:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    name: 'BIA appeal: written decision mailed 27 Oct + 30 = Thanksgiving → Friday 27 Nov',
    ruleId: 'us.bia-appeal',
    request: us('removal-proceedings', 'ij-decision-written-served', '2026-10-27T12:00:00-04:00'),
    expected: {
      kind: 'due',
      dueDate: '2026-11-27',
      dueAt: '2026-11-28T04:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    name: 'BIA appeal: 21:30 decision in Los Angeles counts from the LA date, due on the BIA clock',
    ruleId: 'us.bia-appeal',
    request: us(
      'removal-proceedings',
      'ij-decision-oral',
      '2026-09-14T21:30:00-07:00',
      'America/Los_Angeles',
    ),
    expected: {
      kind: 'due',
      dueDate: '2026-10-14',
      dueAt: '2026-10-15T03:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    name: 'BIA appeal: the zone may come as an RFC 9557 annotation on occurredAt',
    ruleId: 'us.bia-appeal',
    request: us(
      'removal-proceedings',
      'ij-decision-oral',
      '2026-09-14T21:30:00-07:00[America/Los_Angeles]',
    ),
    expected: {
      kind: 'due',
      dueDate: '2026-10-14',
      dueAt: '2026-10-15T03:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    name: 'BIA appeal: without a zone the same instant is read on the default New York clock',
    ruleId: 'us.bia-appeal',
    request: us('removal-proceedings', 'ij-decision-oral', '2026-09-14T21:30:00-07:00'),
    expected: {
      kind: 'due',
      dueDate: '2026-10-15',
      dueAt: '2026-10-16T03:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    name: 'EOIR-29: served 2 Dec + 30 = 1 Jan (New Year) → Monday 4 Jan 2027',
    ruleId: 'us.eoir-29-appeal',
    request: us('dhs-decision', 'dhs-decision-served', '2026-12-02T12:00:00-05:00'),
    expected: {
      kind: 'due',
      dueDate: '2027-01-04',
      dueAt: '2027-01-05T04:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    name: 'motion to reconsider: 3 Jun + 30 = Fri 3 Jul (observed Independence Day) → Mon 6 Jul',
    ruleId: 'us.motion-to-reconsider',
    request: us('removal-proceedings', 'final-order', '2026-06-03T12:00:00-04:00'),
    expected: {
      kind: 'due',
      dueDate: '2026-07-06',
      dueAt: '2026-07-07T03:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    name: 'motion to reconsider: 24 Nov 2027 + 30 = Fri 24 Dec (Christmas observed) → Mon 27 Dec',
    ruleId: 'us.motion-to-reconsider',
    request: us('removal-proceedings', 'final-order', '2027-11-24T12:00:00-05:00'),
    expected: {
      kind: 'due',
      dueDate: '2027-12-27',
      dueAt: '2027-12-28T04:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    name: 'motion to reopen: 3 Jun + 90 = Tuesday 1 Sep',
    ruleId: 'us.motion-to-reopen',
    request: us('removal-proceedings', 'final-order', '2026-06-03T12:00:00-04:00'),
    expected: {
      kind: 'due',
      dueDate: '2026-09-01',
      dueAt: '2026-09-02T03:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    name: 'in-absentia (exceptional circumstances): 1 Jun + 180 = Sat 28 Nov → Mon 30 Nov (EST)',
    ruleId: 'us.motion-to-reopen-in-absentia',
    request: us('removal-proceedings', 'in-absentia-order', '2026-06-01T09:00:00-04:00'),
    expected: {
      kind: 'due',
      dueDate: '2026-11-30',
      dueAt: '2026-12-01T04:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    name: 'in-absentia (lack of notice): any time, no date',
    ruleId: 'us.motion-to-reopen-in-absentia-no-notice',
    request: us('removal-proceedings', 'in-absentia-order', '2026-06-01T09:00:00-04:00'),
    expected: { kind: 'anyTime', timeZone: NY },
  },
  {
    name: 'petition for review: order dated 25 Nov + 30 = Christmas → Monday 28 Dec',
    ruleId: 'us.petition-for-review',
    request: us('removal-proceedings', 'final-order', '2026-11-25T12:00:00-05:00'),
    expected: {
      kind: 'due',
      dueDate: '2026-12-28',
      dueAt: '2026-12-29T04:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    name: 'one-year bar: arrival 29 Feb 2024 → 28 Feb 2025 (no 29 Feb)',
    ruleId: 'us.asylum-one-year',
    request: us('affirmative-asylum', 'last-arrival', '2024-02-29T15:00:00-05:00'),
    expected: {
      kind: 'due',
      dueDate: '2025-02-28',
      dueAt: '2025-03-01T04:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    name: 'one-year bar: arrival 4 Jul 2025 → Sat 4 Jul 2026 → Monday 6 Jul',
    ruleId: 'us.asylum-one-year',
    request: us('removal-proceedings', 'last-arrival', '2025-07-04T15:00:00-04:00'),
    expected: {
      kind: 'due',
      dueDate: '2026-07-06',
      dueAt: '2026-07-07T03:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    name: 'judge-imposed I-589 date: taken from the order, not computed',
    ruleId: 'us.judge-imposed-i589',
    request: us('removal-proceedings', 'order-setting-deadline', '2026-11-20T10:00:00-05:00'),
    expected: { kind: 'dateInOrder', timeZone: NY },
  },
  {
    name: 'EOIR-33: move Sat 21 Nov + 5 = Thanksgiving → Friday 27 Nov',
    ruleId: 'us.change-of-address',
    request: us('removal-proceedings', 'change-of-address', '2026-11-21T10:00:00-05:00'),
    expected: {
      kind: 'due',
      dueDate: '2026-11-27',
      dueAt: '2026-11-28T04:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    name: 'credible fear review across the March DST change: 24 elapsed hours end 13:00 EDT',
    ruleId: 'us.credible-fear-review',
    request: us('expedited-removal', 'credible-fear-review-request', '2027-03-13T12:00:00-05:00'),
    expected: {
      kind: 'due',
      dueAt: '2027-03-14T17:00:00.000Z',
      latestDueDate: '2027-03-20',
      latestDueAt: '2027-03-21T03:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    name: 'credible fear review across the November DST change: 24 elapsed hours end 11:00 EST',
    ruleId: 'us.credible-fear-review',
    request: us('expedited-removal', 'credible-fear-review-request', '2026-10-31T12:00:00-04:00'),
    expected: {
      kind: 'due',
      dueAt: '2026-11-01T16:00:00.000Z',
      latestDueDate: '2026-11-07',
      latestDueAt: '2026-11-08T04:59:59.999Z',
      timeZone: NY,
    },
  },
  // ---- Mexico
  {
    name: 'COMAR application: 10 Nov + 30 days = 10 Dec; 30 días hábiles skip 16 Nov = 23 Dec',
    ruleId: 'mx.comar.application',
    request: mx('comar-refugee-claim', 'entry-into-country', '2026-11-10T12:00:00-06:00'),
    expected: {
      kind: 'due',
      dueDate: '2026-12-10',
      dueAt: '2026-12-11T05:59:59.999Z',
      latestDueDate: '2026-12-23',
      latestDueAt: '2026-12-24T05:59:59.999Z',
      timeZone: CDMX,
    },
  },
  {
    name: 'COMAR application with a COMAR closure day on 21 Dec',
    ruleId: 'mx.comar.application',
    request: mx('comar-refugee-claim', 'entry-into-country', '2026-11-20T12:00:00-06:00'),
    closures: [{ forum: 'MX-COMAR', date: '2026-12-21' }],
    expected: {
      kind: 'due',
      // 20 Nov + 30 = Sun 20 Dec → Mon 21 Dec is a COMAR closure → Tue 22 Dec
      dueDate: '2026-12-22',
      dueAt: '2026-12-23T05:59:59.999Z',
      // 30 días hábiles from Fri 20 Nov: 23 Nov (1) … 31 Dec (27, after 25 Dec and the 21 Dec
      // closure), 1 Jan holiday, 4 Jan (28), 5 Jan (29), 6 Jan (30)
      latestDueDate: '2027-01-06',
      latestDueAt: '2027-01-07T05:59:59.999Z',
      timeZone: CDMX,
    },
  },
  {
    name: 'COMAR decision: 45 días hábiles from 10 Nov over Christmas and New Year = 15 Jan 2027',
    ruleId: 'mx.comar.decision',
    request: mx('comar-refugee-claim', 'comar-application', '2026-11-10T12:00:00-06:00'),
    expected: {
      kind: 'due',
      dueDate: '2027-01-15',
      dueAt: '2027-01-16T05:59:59.999Z',
      timeZone: CDMX,
    },
  },
  {
    name: 'revisión: 15 días hábiles from Thu 10 Sep skip 16 Sep = Fri 2 Oct',
    ruleId: 'mx.comar.revision',
    request: mx(
      'comar-refugee-claim',
      'comar-resolution-notification',
      '2026-09-10T12:00:00-06:00',
    ),
    expected: {
      kind: 'due',
      dueDate: '2026-10-02',
      dueAt: '2026-10-03T05:59:59.999Z',
      timeZone: CDMX,
    },
  },
  {
    name: 'amparo: 10 Dec + 15 = Christmas → Monday 28 Dec',
    ruleId: 'mx.amparo',
    request: mx('amparo', 'act-notification', '2026-12-10T12:00:00-06:00'),
    expected: {
      kind: 'due',
      dueDate: '2026-12-28',
      dueAt: '2026-12-29T05:59:59.999Z',
      timeZone: CDMX,
    },
  },
  {
    name: 'amparo against deportation: any time, urgent',
    ruleId: 'mx.amparo.deportation',
    request: mx('amparo', 'deportation-order-notification', '2026-12-10T12:00:00-06:00'),
    expected: { kind: 'immediate', timeZone: CDMX },
  },
  // ---- Dominican Republic, Panama, Costa Rica
  {
    name: 'DO application: 12 Feb + 15 = 27 Feb (Independence Day, Fri) → Monday 2 Mar',
    ruleId: 'do.refugee.application',
    request: {
      jurisdiction: 'DO',
      procedure: 'refugee-claim',
      eventType: 'entry-into-country',
      occurredAt: '2026-02-12T08:00:00-04:00',
    },
    expected: {
      kind: 'due',
      dueDate: '2026-03-02',
      dueAt: '2026-03-03T03:59:59.999Z',
      timeZone: 'America/Santo_Domingo',
    },
  },
  {
    name: 'DO constancia: filed 1 Dec + 30 = Thursday 31 Dec',
    ruleId: 'do.refugee.constancia-renewal',
    request: {
      jurisdiction: 'DO',
      procedure: 'refugee-claim',
      eventType: 'refugee-application-filed',
      occurredAt: '2026-12-01T08:00:00-04:00',
    },
    expected: {
      kind: 'due',
      dueDate: '2026-12-31',
      dueAt: '2027-01-01T03:59:59.999Z',
      timeZone: 'America/Santo_Domingo',
    },
  },
  {
    name: 'DO constancia chained: renewed 31 Dec + 30 = Sat 30 Jan → Monday 1 Feb 2027',
    ruleId: 'do.refugee.constancia-renewal',
    request: {
      jurisdiction: 'DO',
      procedure: 'refugee-claim',
      eventType: 'constancia-renewed',
      occurredAt: '2026-12-31T08:00:00-04:00',
    },
    expected: {
      kind: 'due',
      dueDate: '2027-02-01',
      dueAt: '2027-02-02T03:59:59.999Z',
      timeZone: 'America/Santo_Domingo',
    },
  },
  {
    name: 'PA application: Fri 2 Jan → counting from Mon 5 Jan + 6 months = Sun 5 Jul → Mon 6 Jul',
    ruleId: 'pa.refugee.application',
    request: {
      jurisdiction: 'PA',
      procedure: 'refugee-claim',
      eventType: 'entry-into-country',
      occurredAt: '2026-01-02T12:00:00-05:00',
    },
    expected: {
      kind: 'due',
      dueDate: '2026-07-06',
      dueAt: '2026-07-07T04:59:59.999Z',
      timeZone: 'America/Panama',
    },
  },
  {
    name: "PA application: Thu 8 Jan → 9 Jan is Martyrs' Day → from Mon 12 Jan → Mon 13 Jul",
    ruleId: 'pa.refugee.application',
    request: {
      jurisdiction: 'PA',
      procedure: 'refugee-claim',
      eventType: 'entry-into-country',
      occurredAt: '2026-01-08T12:00:00-05:00',
    },
    expected: {
      kind: 'due',
      dueDate: '2026-07-13',
      dueAt: '2026-07-14T04:59:59.999Z',
      timeZone: 'America/Panama',
    },
  },
  {
    name: 'CR revocatoria/apelación: Wed 1 Apr skips Holy Thursday and Good Friday = Wed 8 Apr',
    ruleId: 'cr.migration.revocatoria-apelacion',
    request: {
      jurisdiction: 'CR',
      procedure: 'migration-decision',
      eventType: 'decision-notification',
      occurredAt: '2026-04-01T12:00:00-06:00',
    },
    expected: {
      kind: 'due',
      dueDate: '2026-04-08',
      dueAt: '2026-04-09T05:59:59.999Z',
      timeZone: 'America/Costa_Rica',
    },
  },
  {
    name: 'CR revocatoria/apelación: Mon 14 Sep skips 15 Sep (Independence) = Fri 18 Sep',
    ruleId: 'cr.migration.revocatoria-apelacion',
    request: {
      jurisdiction: 'CR',
      procedure: 'migration-decision',
      eventType: 'decision-notification',
      occurredAt: '2026-09-14T12:00:00-06:00',
    },
    expected: {
      kind: 'due',
      dueDate: '2026-09-18',
      dueAt: '2026-09-19T05:59:59.999Z',
      timeZone: 'America/Costa_Rica',
    },
  },
];
