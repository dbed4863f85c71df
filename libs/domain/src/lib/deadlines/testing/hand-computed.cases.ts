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
const mx = (
  procedure: string,
  eventType: string,
  occurredAt: string,
  timeZone?: string,
): DeadlineRequest => ({
  jurisdiction: 'MX',
  procedure,
  eventType,
  occurredAt,
  timeZone,
});
const LA = 'America/Los_Angeles';
const CHICAGO = 'America/Chicago';
/** The weekdays of the federal courts' second vacation period, entered as closures of MX-PJF. */
const PJF_WINTER_CLOSURES = [
  '2026-12-16',
  '2026-12-17',
  '2026-12-18',
  '2026-12-21',
  '2026-12-22',
  '2026-12-23',
  '2026-12-24',
  '2026-12-28',
  '2026-12-29',
  '2026-12-30',
  '2026-12-31',
].map((date) => ({ forum: 'MX-PJF', date }));

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
  {
    // Wed 28 Oct: Thu 29 (1), Fri 30 a public-sector non-working day (closure of PE), Mon 2 Nov
    // Migraciones closed (closure of PE-MIGRACIONES), Tue 3 (2), Wed 4 (3).
    name: 'reconsideration skips a decreed non-working day and a Migraciones closure = 4 Nov',
    ruleId: 'pe.pasee.reconsideration',
    request: pe('pasee-expulsion', 'sanction-notification', '2026-10-28T10:00:00-05:00'),
    closures: [
      { forum: 'PE', date: '2026-10-30' },
      { forum: 'PE-MIGRACIONES', date: '2026-11-02' },
    ],
    expected: {
      kind: 'due',
      dueDate: '2026-11-04',
      dueAt: '2026-11-05T04:59:59.999Z',
      timeZone: LIMA,
    },
  },
  {
    // Wed 14 Oct: 15-16 (1-2), 19-23 (3-7), 26-30 (8-12), Mon 2 Nov (13; 1 Nov is a Sunday),
    // 3 (14), Wed 4 Nov (15).
    name: 'PASEE appeal (flagged default): 15 días hábiles = Wednesday 4 Nov',
    ruleId: 'pe.pasee.appeal',
    request: pe('pasee-expulsion', 'sanction-notification', '2026-10-14T10:00:00-05:00'),
    expected: {
      kind: 'due',
      dueDate: '2026-11-04',
      dueAt: '2026-11-05T04:59:59.999Z',
      timeZone: LIMA,
    },
  },
  {
    // As above, but Fri 30 Oct is decreed non-working and Migraciones closes Mon 2 Nov:
    // 15-29 Oct (1-11), 3-6 Nov (12-15) = Friday 6 Nov.
    name: 'PASEE appeal with a decreed non-working day and an office closure = Friday 6 Nov',
    ruleId: 'pe.pasee.appeal',
    request: pe('pasee-expulsion', 'sanction-notification', '2026-10-14T10:00:00-05:00'),
    closures: [
      { forum: 'PE', date: '2026-10-30' },
      { forum: 'PE-MIGRACIONES', date: '2026-11-02' },
    ],
    expected: {
      kind: 'due',
      dueDate: '2026-11-06',
      dueAt: '2026-11-07T04:59:59.999Z',
      timeZone: LIMA,
    },
  },
  {
    // Known Mon 1 Jun: June 2-26 (1-19), 29 San Pedro y San Pablo, 30 (20); July 1-22 (21-36),
    // 23 Air Force Day, 24 (37), 27 (38), 28-29 Fiestas Patrias, 30-31 (39-40); August 3-5
    // (41-43), 6 Junín, 7 (44), 10-28 (45-59), Mon 31 Aug (60; 30 Aug is a Sunday).
    name: 'amparo: 60 días hábiles from 1 Jun over the July holidays = Monday 31 Aug',
    ruleId: 'pe.amparo',
    request: pe('refugee-claim', 'rights-affected-known', '2026-06-01T10:00:00-05:00'),
    expected: {
      kind: 'due',
      dueDate: '2026-08-31',
      dueAt: '2026-09-01T04:59:59.999Z',
      timeZone: LIMA,
    },
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
    // Counted from the supervisor's approval, not the later request for review.
    name: 'credible fear review from the approval, across the March DST change: ends 13:00 EDT',
    ruleId: 'us.credible-fear-review',
    request: us(
      'expedited-removal',
      'negative-credible-fear-approved',
      '2027-03-13T12:00:00-05:00',
    ),
    expected: {
      kind: 'due',
      dueAt: '2027-03-14T17:00:00.000Z',
      latestDueDate: '2027-03-20',
      latestDueAt: '2027-03-21T03:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    name: 'credible fear review from the approval, across the November DST change: ends 11:00 EST',
    ruleId: 'us.credible-fear-review',
    request: us(
      'expedited-removal',
      'negative-credible-fear-approved',
      '2026-10-31T12:00:00-04:00',
      NY,
    ),
    expected: {
      kind: 'due',
      dueAt: '2026-11-01T16:00:00.000Z',
      latestDueDate: '2026-11-07',
      latestDueAt: '2026-11-08T04:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    name: 'motion to reopen on changed country conditions: any time, no date',
    ruleId: 'us.motion-to-reopen.changed-country-conditions',
    request: us('removal-proceedings', 'final-order', '2026-06-03T12:00:00-04:00', NY),
    expected: { kind: 'anyTime', timeZone: NY },
  },
  {
    // FARO dated Wed 25 Nov + 30 = Fri 25 Dec (Christmas) → Mon 28 Dec, in New York.
    name: 'petition for review in a withholding-only case runs from the FARO: 28 Dec',
    ruleId: 'us.petition-for-review.faro',
    request: us(
      'withholding-only',
      'final-administrative-removal-order',
      '2026-11-25T12:00:00-05:00',
      NY,
    ),
    expected: {
      kind: 'due',
      dueDate: '2026-12-28',
      dueAt: '2026-12-29T04:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    // Reinstated Wed 3 Jun in Los Angeles + 30 = Fri 3 Jul (Independence Day observed) → Mon
    // 6 Jul, due at the end of that day on the court's Pacific clock (UTC-07:00).
    name: 'petition for review from a reinstatement, on the Los Angeles clock: Mon 6 Jul',
    ruleId: 'us.petition-for-review.reinstatement',
    request: us(
      'withholding-only',
      'reinstatement-of-removal-order',
      '2026-06-03T10:00:00-07:00',
      LA,
    ),
    expected: {
      kind: 'due',
      dueDate: '2026-07-06',
      dueAt: '2026-07-07T06:59:59.999Z',
      timeZone: LA,
    },
  },
  {
    // Moved Sat 21 Nov + 10 = Tue 1 Dec.
    name: 'AR-11: move Sat 21 Nov + 10 days = Tuesday 1 Dec',
    ruleId: 'us.change-of-address.dhs-ar11',
    request: us('removal-proceedings', 'change-of-address', '2026-11-21T10:00:00-05:00', NY),
    expected: {
      kind: 'due',
      dueDate: '2026-12-01',
      dueAt: '2026-12-02T04:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    // Moved Tue 15 Dec + 10 = Fri 25 Dec (Christmas) → Mon 28 Dec.
    name: 'AR-11: move 15 Dec + 10 = Christmas → Monday 28 Dec',
    ruleId: 'us.change-of-address.dhs-ar11',
    request: us('affirmative-asylum', 'change-of-address', '2026-12-15T10:00:00-05:00', NY),
    expected: {
      kind: 'due',
      dueDate: '2026-12-28',
      dueAt: '2026-12-29T04:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    // Referral Tue 15 Dec + 10 = Fri 25 Dec: a watch date that does not roll, even on Christmas.
    name: 'reasonable fear by the asylum officer: 10 days, not rolled past Christmas',
    ruleId: 'us.reasonable-fear.asylum-officer',
    request: us('withholding-only', 'reasonable-fear-referral', '2026-12-15T09:00:00-05:00', NY),
    expected: {
      kind: 'due',
      dueDate: '2026-12-25',
      dueAt: '2026-12-26T04:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    // Referral Mon 16 Nov + 10 = Thu 26 Nov (Thanksgiving), not rolled.
    name: 'reasonable fear IJ review: 10 days = Thanksgiving, not rolled',
    ruleId: 'us.reasonable-fear.ij-review',
    request: us('withholding-only', 'reasonable-fear-ij-referral', '2026-11-16T09:00:00-05:00', NY),
    expected: {
      kind: 'due',
      dueDate: '2026-11-26',
      dueAt: '2026-11-27T04:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    // Granted Wed 25 Nov: Thu 26 Thanksgiving, Fri 27 (1), Mon 30 (2), 1 Dec (3), 2 (4), Thu 3 (5).
    name: 'voluntary departure bond: 5 business days over Thanksgiving = Thursday 3 Dec',
    ruleId: 'us.voluntary-departure.bond',
    request: us(
      'removal-proceedings',
      'voluntary-departure-granted',
      '2026-11-25T11:00:00-05:00',
      NY,
    ),
    expected: {
      kind: 'due',
      dueDate: '2026-12-03',
      dueAt: '2026-12-04T04:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    name: 'voluntary departure: depart by the date in the order, not computed',
    ruleId: 'us.voluntary-departure.depart-by',
    request: us(
      'removal-proceedings',
      'voluntary-departure-granted',
      '2026-11-25T11:00:00-05:00',
      NY,
    ),
    expected: { kind: 'dateInOrder', timeZone: NY },
  },
  {
    // Notice Fri 4 Dec + 21 = Fri 25 Dec (Christmas) → Mon 28 Dec, received on the BIA's clock.
    name: 'BIA brief: 4 Dec + 21 = Christmas → Monday 28 Dec (BIA clock)',
    ruleId: 'us.bia-briefing',
    request: us('removal-proceedings', 'bia-briefing-schedule', '2026-12-04T09:00:00-05:00', NY),
    expected: {
      kind: 'due',
      dueDate: '2026-12-28',
      dueAt: '2026-12-29T04:59:59.999Z',
      timeZone: NY,
    },
  },
  {
    // 00:30 EDT on 1 Nov = 04:30Z; the clock falls back at 02:00. + 6 h = 10:30Z (05:30 EST);
    // + 24 h = 04:30Z on 2 Nov (23:30 EST on 1 Nov).
    name: 'third-country removal: 6 h (24 h latest) from the notice, across the DST change',
    ruleId: 'us.third-country.earliest-removal',
    request: us(
      'third-country-removal',
      'third-country-removal-notice',
      '2026-11-01T00:30:00-04:00',
      NY,
    ),
    expected: {
      kind: 'due',
      dueAt: '2026-11-01T10:30:00.000Z',
      latestDueAt: '2026-11-02T04:30:00.000Z',
      timeZone: NY,
    },
  },
  {
    // 20:00 PST on 24 Dec = 04:00Z on 25 Dec; + 6 h = 10:00Z; + 24 h = 04:00Z on 26 Dec.
    name: 'habeas (2241) before third-country removal: within the 6 h window, on Christmas',
    ruleId: 'us.third-country.habeas',
    request: us(
      'removal-proceedings',
      'third-country-removal-notice',
      '2026-12-24T20:00:00-08:00',
      LA,
    ),
    expected: {
      kind: 'due',
      dueAt: '2026-12-25T10:00:00.000Z',
      latestDueAt: '2026-12-26T04:00:00.000Z',
      timeZone: LA,
    },
  },
  {
    // 15:00 CDT on Fri 3 Jul (a federal holiday) = 20:00Z; + 24 h = 20:00Z on 4 Jul.
    name: 'third-country fear screening: 24 h on the clock over Independence Day',
    ruleId: 'us.third-country.fear-screening',
    request: us(
      'third-country-removal',
      'third-country-fear-expressed',
      '2026-07-03T15:00:00-05:00',
      CHICAGO,
    ),
    expected: { kind: 'due', dueAt: '2026-07-04T20:00:00.000Z', timeZone: CHICAGO },
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
    // Effect Thu 10 Sep; días hábiles from Fri 11: 11 (1), Mon 14 art. 19, 15 (2), Wed 16 art. 19,
    // 17 (3), 18 (4), 21-25 (5-9), 28-30 (10-12), 1 Oct (13), 2 Oct (14), Mon 5 Oct (15).
    name: 'amparo: 15 días hábiles skip 14 and 16 Sep (art. 19) = Monday 5 Oct',
    ruleId: 'mx.amparo',
    request: mx('amparo', 'act-notification', '2026-09-10T12:00:00-06:00', CDMX),
    expected: {
      kind: 'due',
      dueDate: '2026-10-05',
      dueAt: '2026-10-06T05:59:59.999Z',
      timeZone: CDMX,
    },
  },
  {
    // Effect Fri 30 Jan: Mon 2 Feb is the labour-law holiday but an art. 19 working day (1),
    // 3 (2), 4 (3), Thu 5 Feb art. 19, 6 (4), 9-13 (5-9), 16-20 (10-14), Mon 23 Feb (15).
    name: 'amparo: art. 19 keeps 5 Feb, not the Monday 2 Feb holiday = Monday 23 Feb',
    ruleId: 'mx.amparo',
    request: mx('amparo', 'act-notification', '2026-01-30T12:00:00-06:00', CDMX),
    expected: {
      kind: 'due',
      dueDate: '2026-02-23',
      dueAt: '2026-02-24T05:59:59.999Z',
      timeZone: CDMX,
    },
  },
  {
    // Effect Thu 10 Dec: 11 (1), 14 (2), 15 (3); 16-31 Dec the court does not sit (closures of
    // MX-PJF; 25 Dec also art. 19), 1 Jan art. 19; 4-8 Jan (4-8), 11-15 (9-13), 18 (14), 19 (15).
    name: 'amparo: the court closed 16-31 Dec and 1 Jan skipped = Tuesday 19 Jan 2027',
    ruleId: 'mx.amparo',
    request: mx('amparo', 'act-notification', '2026-12-10T12:00:00-06:00', CDMX),
    closures: PJF_WINTER_CLOSURES,
    expected: {
      kind: 'due',
      dueDate: '2027-01-19',
      dueAt: '2027-01-20T05:59:59.999Z',
      timeZone: CDMX,
    },
  },
  {
    name: 'amparo against deportation: any time, urgent',
    ruleId: 'mx.amparo.deportation',
    request: mx('amparo', 'deportation-order-notification', '2026-12-10T12:00:00-06:00'),
    expected: { kind: 'immediate', timeZone: CDMX },
  },
  {
    // Learned Thu 12 Nov: 13 (1), Mon 16 holiday, 17-20 (2-5), 23-27 (6-10), 30 (11),
    // 1-4 Dec (12-15), 7-11 (16-20), 14-18 (21-25), 21-24 (26-29), 25 holiday, Mon 28 (30).
    name: 'COMAR sur place: 30 días hábiles from the day after learning the facts = 28 Dec',
    ruleId: 'mx.comar.application-sur-place',
    request: mx('comar-refugee-claim', 'learned-of-sur-place-facts', '2026-11-12T12:00:00-06:00'),
    expected: {
      kind: 'due',
      dueDate: '2026-12-28',
      dueAt: '2026-12-29T05:59:59.999Z',
      timeZone: CDMX,
    },
  },
  {
    // 22:00 on 24 Dec in Mexico City = 04:00Z on 25 Dec; + 36 h = 16:00Z on 26 Dec (Christmas
    // does not stop an hour clock).
    name: 'detention 36 h from 22:00 on Christmas Eve, through Christmas Day',
    ruleId: 'mx.detention.36-hours',
    request: mx('inm-procedure', 'migration-detention', '2026-12-24T22:00:00-06:00', CDMX),
    expected: { kind: 'due', dueAt: '2026-12-26T16:00:00.000Z', timeZone: CDMX },
  },
  {
    // Thu 10 Dec: 11 (1), 14-18 (2-6), 21-24 (7-10), 25 holiday, 28-31 (11-14), 1 Jan holiday,
    // Mon 4 Jan (15). Latest: 5-8 Jan (16-19), 11-29 Jan (20-34), Mon 1 Feb holiday (first Monday
    // of February), 2-5 Feb (35-38), 8-26 Feb (39-53), 1-5 Mar (54-58), 8 (59), Tue 9 Mar (60).
    name: 'art. 111 watch: 15 días hábiles = 4 Jan; 60 = 9 Mar 2027',
    ruleId: 'mx.detention.art-111',
    request: mx('inm-procedure', 'migration-detention', '2026-12-10T12:00:00-06:00', CDMX),
    expected: {
      kind: 'due',
      dueDate: '2027-01-04',
      dueAt: '2027-01-05T05:59:59.999Z',
      latestDueDate: '2027-03-09',
      latestDueAt: '2027-03-10T05:59:59.999Z',
      timeZone: CDMX,
    },
  },
  {
    // Thu 10 Sep: 11 (1), 14 (2), 15 (3), 16 holiday, 17 (4), 18 (5), Mon 21 INM closed, 22-25
    // (6-9), 28-30 (10-12), 1 Oct (13), 2 Oct (14), Mon 5 Oct (15).
    name: 'INM revisión: 15 días hábiles skip 16 Sep and an INM closure on 21 Sep = 5 Oct',
    ruleId: 'mx.inm.revision',
    request: mx(
      'inm-procedure',
      'deportation-order-notification',
      '2026-09-10T12:00:00-06:00',
      CDMX,
    ),
    closures: [{ forum: 'MX-INM', date: '2026-09-21' }],
    expected: {
      kind: 'due',
      dueDate: '2026-10-05',
      dueAt: '2026-10-06T05:59:59.999Z',
      timeZone: CDMX,
    },
  },
  {
    // Mon 2 Nov: 3-6 (1-4), 9-13 (5-9), Mon 16 holiday, 17-20 (10-13), 23-27 (14-18),
    // 30 (19), 1-4 Dec (20-23), 7-11 (24-28), 14 (29), Tue 15 Dec (30).
    name: 'TFJA nulidad: 30 días hábiles skip 16 Nov = 15 Dec',
    ruleId: 'mx.inm.nulidad',
    request: mx(
      'inm-procedure',
      'deportation-order-notification',
      '2026-11-02T12:00:00-06:00',
      CDMX,
    ),
    expected: {
      kind: 'due',
      dueDate: '2026-12-15',
      dueAt: '2026-12-16T05:59:59.999Z',
      timeZone: CDMX,
    },
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
    // Entry 31 Jan + 1 month = 28 Feb (February has no 31st) → Saturday → Monday 2 Mar.
    name: 'CR refugee claim: one month from 31 Jan = 28 Feb (clamped, Saturday) → Monday 2 Mar',
    ruleId: 'cr.refugee.application',
    request: {
      jurisdiction: 'CR',
      procedure: 'refugee-claim',
      eventType: 'entry-into-country',
      occurredAt: '2026-01-31T10:00:00-06:00',
    },
    expected: {
      kind: 'due',
      dueDate: '2026-03-02',
      dueAt: '2026-03-03T05:59:59.999Z',
      timeZone: 'America/Costa_Rica',
    },
  },
  {
    // Entry 11 Mar + 1 month = Sat 11 Apr (also Juan Santamaría Day) → Monday 13 Apr.
    name: 'CR refugee claim: one month from 11 Mar = Sat 11 Apr (a holiday too) → Monday 13 Apr',
    ruleId: 'cr.refugee.application',
    request: {
      jurisdiction: 'CR',
      procedure: 'refugee-claim',
      eventType: 'entry-into-country',
      occurredAt: '2026-03-11T10:00:00-06:00',
    },
    expected: {
      kind: 'due',
      dueDate: '2026-04-13',
      dueAt: '2026-04-14T05:59:59.999Z',
      timeZone: 'America/Costa_Rica',
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
