import fc from 'fast-check';
import Holidays from 'date-holidays';
import { Temporal } from 'temporal-polyfill';
import { HolidayCalendarProvider } from './calendar/calendar.provider';
import { ClosureDay } from './calendar/business.calendar';
import { DeadlineRequest } from './computed-deadline';
import { DeadlineEngine } from './deadline.engine';
import { shippedRulePacks } from './rule-pack.registry';
import { isPeriodRule, NonWorkingDayCalendar, PeriodRule } from './rule-pack.types';

const NOW = Date.parse('2026-11-23T12:00:00Z');
// The same days closed at every forum with its own closures, so the property covers all of them.
const CLOSURE_FORUMS = ['MX-COMAR', 'MX-PJF', 'MX-INM', 'MX-TFJA', 'PE-MIGRACIONES', 'PE-PJ'];
const CLOSURES: ClosureDay[] = CLOSURE_FORUMS.flatMap((forum) =>
  ['2026-12-21', '2027-01-04', '2027-03-15', '2027-07-01'].map((date) => ({
    forum,
    date,
    reason: { en: 'closed', es: 'cerrado' },
  })),
);
const newEngine = () =>
  new DeadlineEngine({ calendars: new HolidayCalendarProvider(CLOSURES), now: () => NOW });
const engine = newEngine();

const rulesById = new Map<string, PeriodRule>();
const nonWorkingDaysOf = new Map<string, NonWorkingDayCalendar>();
const triplets: { jurisdiction: string; procedure: string; eventType: string }[] = [];
for (const pack of shippedRulePacks().all()) {
  for (const rule of pack.rules) {
    if (!isPeriodRule(rule)) continue;
    rulesById.set(rule.id, rule);
    const calendar = pack.calendars.find((c) => c.id === rule.calendar.nonWorkingDays);
    if (calendar) nonWorkingDaysOf.set(rule.id, calendar);
  }
  for (const procedure of pack.procedures) {
    for (const event of pack.eventTypes) {
      const starts = pack.rules.some(
        (r) =>
          isPeriodRule(r) && r.procedures.includes(procedure.id) && r.triggers.includes(event.id),
      );
      if (starts) {
        triplets.push({
          jurisdiction: pack.jurisdiction,
          procedure: procedure.id,
          eventType: event.id,
        });
      }
    }
  }
}

// A rule's holidays, read straight from its pack calendar: the library's public holidays as
// strings, or the law's fixed month-day list. Independent of the engine's index.
function isHolidayOfRule(ruleId: string, country: string, isoDate: string): boolean {
  const calendar = nonWorkingDaysOf.get(ruleId) as NonWorkingDayCalendar;
  if (calendar.holidays.kind === 'publicHolidayLibrary') return isPublicHoliday(country, isoDate);
  const [, month, day] = isoDate.split('-').map(Number);
  return calendar.holidays.dates.some((d) => d.month === month && d.day === day);
}

// Public holidays straight from the library, as strings: independent of the engine's index.
const publicDates = new Map<string, Set<string>>();
function isPublicHoliday(country: string, isoDate: string): boolean {
  let dates = publicDates.get(country);
  if (!dates) {
    const hd = new Holidays(country);
    dates = new Set<string>();
    for (let y = 1999; y <= 2031; y++) {
      for (const h of hd.getHolidays(y)) if (h.type === 'public') dates.add(h.date.slice(0, 10));
    }
    publicDates.set(country, dates);
  }
  return dates.has(isoDate);
}

const instant = (min: string, max: string) =>
  fc.integer({ min: Date.parse(min), max: Date.parse(max) });
const toIso = (ms: number, offset: string) =>
  Temporal.Instant.fromEpochMilliseconds(ms).toString({ timeZone: offset, smallestUnit: 'minute' });
const requests = fc.record({
  triplet: fc.constantFrom(...triplets),
  ms: instant('2000-01-01T00:00:00Z', '2028-06-30T00:00:00Z'),
  offset: fc.constantFrom('-05:00', '-04:00', '-06:00', 'UTC', '+01:00'),
  timeZone: fc.constantFrom(undefined, 'America/Lima', 'America/Chicago', 'America/New_York'),
});
type GeneratedRequest = typeof requests extends fc.Arbitrary<infer T> ? T : never;
const toRequest = (r: GeneratedRequest): DeadlineRequest => ({
  ...r.triplet,
  occurredAt: toIso(r.ms, r.offset),
  timeZone: r.timeZone,
});

describe('deadline engine properties', () => {
  it('never puts a due date before its trigger, nor the latest reading before the earliest', () => {
    fc.assert(
      fc.property(requests, (r) => {
        const request = toRequest(r);
        const trigger = Temporal.Instant.from(request.occurredAt).epochMilliseconds;
        for (const d of engine.compute(request)) {
          expect(Date.parse(d.triggerAt)).toBe(trigger);
          if (d.kind !== 'due') continue;
          expect(Date.parse(d.dueAt as string)).toBeGreaterThan(trigger);
          if (d.latestDueAt) {
            expect(Date.parse(d.latestDueAt)).toBeGreaterThanOrEqual(Date.parse(d.dueAt as string));
          }
          const rule = rulesById.get(d.ruleId) as PeriodRule;
          if (rule.period.unit === 'hours') {
            expect(Date.parse(d.dueAt as string) - trigger).toBe(rule.period.amount * 3_600_000);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never lands a rolled or business-day deadline on a weekend, holiday or closure day', () => {
    fc.assert(
      fc.property(requests, (r) => {
        for (const d of engine.compute(toRequest(r))) {
          if (!d.dueDate) continue;
          const rule = rulesById.get(d.ruleId) as PeriodRule;
          // The due instant is the last millisecond of the due date on the forum's clock.
          const local = Temporal.Instant.from(d.dueAt as string).toZonedDateTimeISO(d.timeZone);
          expect(local.toPlainDate().toString()).toBe(d.dueDate);
          expect(local.add({ milliseconds: 1 }).toPlainTime().toString()).toBe('00:00:00');
          if (!rule.counting.rollForward && rule.period.unit !== 'businessDays') continue;
          const date = Temporal.PlainDate.from(d.dueDate);
          expect(date.dayOfWeek).toBeLessThan(6);
          expect(isHolidayOfRule(rule.id, rule.calendar.country, d.dueDate)).toBe(false);
          if (rule.calendar.forum && CLOSURE_FORUMS.includes(rule.calendar.forum)) {
            expect(CLOSURES.map((c) => c.date)).not.toContain(d.dueDate);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never gives an earlier deadline for a later trigger', () => {
    const pairs = fc.record({
      triplet: fc.constantFrom(...triplets),
      first: instant('2020-01-01T00:00:00Z', '2028-06-01T00:00:00Z'),
      gapMs: fc.integer({ min: 0, max: 40 * 86_400_000 }),
      timeZone: fc.constantFrom(undefined, 'America/New_York', 'America/Lima'),
    });
    fc.assert(
      fc.property(pairs, ({ triplet, first, gapMs, timeZone }) => {
        const earlier = engine.compute({ ...triplet, occurredAt: toIso(first, 'UTC'), timeZone });
        const later = engine.compute({
          ...triplet,
          occurredAt: toIso(first + gapMs, '-05:00'),
          timeZone,
        });
        earlier.forEach((a, i) => {
          const b = later[i];
          expect(b.ruleId).toBe(a.ruleId);
          if (a.kind !== 'due') return;
          expect(Date.parse(b.dueAt as string)).toBeGreaterThanOrEqual(
            Date.parse(a.dueAt as string),
          );
          if (a.latestDueAt) {
            expect(Date.parse(b.latestDueAt as string)).toBeGreaterThanOrEqual(
              Date.parse(a.latestDueAt),
            );
          }
        });
      }),
      { numRuns: 400 },
    );
  });

  it('remembers day-rule results exactly as it would recompute them', () => {
    const raw = new DeadlineEngine({
      calendars: new HolidayCalendarProvider(CLOSURES),
      now: () => NOW,
      memoizeDayRules: false,
    });
    // Many events on few local dates, so that most answers come from the memo.
    const sameDays = fc.record({
      triplet: fc.constantFrom(...triplets),
      ms: instant('2026-12-20T00:00:00Z', '2027-01-10T00:00:00Z'),
      offset: fc.constantFrom('-05:00', 'UTC'),
      timeZone: fc.constantFrom(undefined, 'America/Lima', 'America/Chicago'),
    });
    fc.assert(
      fc.property(sameDays, (r) => {
        const request = toRequest(r);
        expect(engine.compute(request)).toEqual(raw.compute(request));
      }),
      { numRuns: 1000 },
    );
  });

  it('recomputes to the same deadlines, in a warm engine and in a fresh one', () => {
    fc.assert(
      fc.property(requests, (r) => {
        const request = toRequest(r);
        const first = engine.compute(request);
        expect(engine.compute(request)).toEqual(first);
        expect(newEngine().compute(request)).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});
