// Deadline engine benchmark (npm run bench:deadlines): prints throughput with warm calendars, the
// ratio against a naive day-by-day implementation, and the time to recompute 1,000,000 events.
// It prints figures and asserts nothing: wall-clock times depend on the machine.
import Holidays from 'date-holidays';
import { Temporal } from 'temporal-polyfill';
import {
  DeadlineEngine,
  DeadlineRequest,
  HolidayCalendarProvider,
  isPeriodRule,
  PeriodRule,
  shippedRulePacks,
} from '@amparo/domain';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const FROM = Date.parse('2020-01-01T00:00:00Z');
const TO = Date.parse('2028-06-01T00:00:00Z');
const OFFSETS = ['-05:00', '-04:00', '-06:00', 'UTC'];

// A small deterministic generator, so runs are comparable.
let seed = 0x2545f491;
const random = (): number => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
};

interface Triplet {
  jurisdiction: string;
  procedure: string;
  eventType: string;
  rules: PeriodRule[];
  defaultZone: string;
}

const triplets: Triplet[] = [];
for (const pack of shippedRulePacks().all()) {
  for (const procedure of pack.procedures) {
    for (const event of pack.eventTypes) {
      const rules = pack.rules.filter(
        (r): r is PeriodRule =>
          isPeriodRule(r) && r.procedures.includes(procedure.id) && r.triggers.includes(event.id),
      );
      if (rules.length) {
        triplets.push({
          jurisdiction: pack.jurisdiction,
          procedure: procedure.id,
          eventType: event.id,
          rules,
          defaultZone: pack.defaultTimeZone,
        });
      }
    }
  }
}

function makeEvents(count: number): { request: DeadlineRequest; triplet: Triplet }[] {
  const events = new Array<{ request: DeadlineRequest; triplet: Triplet }>(count);
  for (let i = 0; i < count; i++) {
    const triplet = triplets[Math.floor(random() * triplets.length)];
    const ms = FROM + Math.floor(random() * (TO - FROM));
    const offset = OFFSETS[Math.floor(random() * OFFSETS.length)];
    const occurredAt = Temporal.Instant.fromEpochMilliseconds(ms - (ms % 60_000)).toString({
      timeZone: offset,
      smallestUnit: 'minute',
    });
    const { jurisdiction, procedure, eventType } = triplet;
    events[i] = { request: { jurisdiction, procedure, eventType, occurredAt }, triplet };
  }
  return events;
}

// ---- The naive way: Temporal objects and a day-by-day walk with a Set of holiday strings.
const naiveHolidays = new Map<string, Set<string>>();
function holidaySet(country: string): Set<string> {
  let set = naiveHolidays.get(country);
  if (!set) {
    const hd = new Holidays(country);
    set = new Set<string>();
    for (let y = 2019; y <= 2030; y++) {
      for (const h of hd.getHolidays(y)) if (h.type === 'public') set.add(h.date.slice(0, 10));
    }
    naiveHolidays.set(country, set);
  }
  return set;
}
function naiveIsOff(date: Temporal.PlainDate, holidays: Set<string>): boolean {
  return date.dayOfWeek >= 6 || holidays.has(date.toString());
}
function naiveDue(rule: PeriodRule, occurredAt: string, zone: string): number {
  const instant = Temporal.Instant.from(occurredAt);
  if (rule.period.unit === 'hours')
    return instant.add({ hours: rule.period.amount }).epochMilliseconds;
  const holidays = holidaySet(rule.calendar.country);
  let date = instant.toZonedDateTimeISO(zone).toPlainDate();
  if (rule.counting.countFrom === 'nextWorkingDay') {
    do date = date.add({ days: 1 });
    while (naiveIsOff(date, holidays));
  }
  if (rule.period.unit === 'businessDays') {
    let left = rule.period.amount;
    while (left > 0) {
      date = date.add({ days: 1 });
      if (!naiveIsOff(date, holidays)) left--;
    }
  } else if (rule.period.unit === 'calendarDays') {
    for (let i = 0; i < rule.period.amount; i++) date = date.add({ days: 1 });
  } else {
    date = date.add(
      rule.period.unit === 'months'
        ? { months: rule.period.amount }
        : { years: rule.period.amount },
    );
  }
  if (rule.counting.rollForward) while (naiveIsOff(date, holidays)) date = date.add({ days: 1 });
  return (
    date.add({ days: 1 }).toZonedDateTime({ timeZone: rule.timeZone ?? zone }).epochMilliseconds - 1
  );
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function measure(engine: DeadlineEngine, label: string, count: number): number {
  const events = makeEvents(count);
  let deadlines = 0;
  const start = process.hrtime.bigint();
  for (const { request } of events) deadlines += engine.compute(request).length;
  const elapsed = seconds(start);
  const perSecond = deadlines / elapsed;
  console.log(
    `${label}: ${count.toLocaleString('en')} events → ${deadlines.toLocaleString('en')} deadlines in ${elapsed.toFixed(3)} s = ${Math.round(perSecond).toLocaleString('en')} deadline computations/s (${(1e6 / perSecond).toFixed(2)} µs each, en+es derivations included), ${Math.round(count / elapsed).toLocaleString('en')} events/s`,
  );
  return perSecond;
}

function main(): void {
  console.log(
    `node ${process.version}, one thread; events spread over 2020-01-01..2028-06-01, ${triplets.length} (jurisdiction, procedure, event) routes`,
  );
  const calendars = new HolidayCalendarProvider();
  const engine = new DeadlineEngine({ calendars, now: () => NOW });
  const raw = new DeadlineEngine({ calendars, now: () => NOW, memoizeDayRules: false });

  // Warm the calendars, zone caches, day-rule memo and the JIT on separate events.
  for (const { request } of makeEvents(200_000)) {
    engine.compute(request);
    raw.compute(request);
  }
  const perSecond = measure(engine, 'engine (warm calendars, day-rule memo)', 300_000);
  const rawPerSecond = measure(raw, 'engine (warm calendars, no memo)', 300_000);

  // The naive implementation on a sample (it is slow), checked for agreement with the engine.
  const sample = makeEvents(20_000);
  let naiveCount = 0;
  const start = process.hrtime.bigint();
  for (const { request, triplet } of sample) {
    for (const rule of triplet.rules) {
      naiveDue(rule, request.occurredAt, triplet.defaultZone);
      naiveCount++;
    }
  }
  const naivePerSecond = naiveCount / seconds(start);
  let disagreements = 0;
  for (const { request, triplet } of sample.slice(0, 2_000)) {
    const computed = raw.compute(request);
    for (const rule of triplet.rules) {
      const due = computed.find((d) => d.ruleId === rule.id)?.dueAt;
      if (
        due === undefined ||
        Date.parse(due) !== naiveDue(rule, request.occurredAt, triplet.defaultZone)
      ) {
        disagreements++;
      }
    }
  }
  console.log(
    `naive day-by-day (Temporal dates, Set of holiday strings, no derivation text): ${Math.round(naivePerSecond).toLocaleString('en')} deadline computations/s; disagreements with the engine on 2,000 events: ${disagreements}`,
  );
  console.log(
    `ratio vs naive: ${(perSecond / naivePerSecond).toFixed(1)}x with memo, ${(rawPerSecond / naivePerSecond).toFixed(1)}x without`,
  );

  // Recompute the deadlines of 1,000,000 events (inputs generated beforehand, not timed).
  const million = makeEvents(1_000_000);
  for (const [label, e] of [
    ['with memo', engine],
    ['no memo', raw],
  ] as const) {
    let deadlines = 0;
    const begin = process.hrtime.bigint();
    for (const { request } of million) deadlines += e.compute(request).length;
    console.log(
      `recompute 1,000,000 events (${deadlines.toLocaleString('en')} deadlines), ${label}: ${seconds(begin).toFixed(2)} s`,
    );
  }
}

main();
