// Turns a case event into the deadlines it starts, per the rule pack of the case's jurisdiction.
import { EpochDay, isoDateOf, MS_PER_DAY } from '../time/epoch-day';
import { ForumClock, formatOffset, isValidTimeZone } from '../time/forum-clock';
import { parseInstant, startOfUtcYearMs, writtenOffsetMs } from '../time/instant.parser';
import { formatUtcIso } from '../time/utc-iso.format';
import { BusinessCalendar, CalendarProvider } from './calendar/business.calendar';
import { CALENDAR_MIN_YEAR } from './calendar/indexed-business.calendar';
import { ComputedDeadline, DeadlineRequest } from './computed-deadline';
import { DeadlineError, DeadlineErrorCode } from './deadline.error';
import { describeReading, DerivationContext } from './derivation.formatter';
import { applyPeriod, PeriodReading, ReadingContext } from './period.calculator';
import { RulePackRegistry, shippedRulePacks } from './rule-pack.registry';
import {
  Bilingual,
  isPeriodRule,
  NonWorkingDayCalendar,
  NoPeriodRule,
  PeriodRule,
  RulePack,
} from './rule-pack.types';

/** Events more than this far ahead of now are refused as typing mistakes, not planned. */
export const MAX_FUTURE_DAYS = 2 * 366;

/** Bound on remembered day-rule results per rule, so memory stays flat on any workload. */
const DAY_CACHE_LIMIT = 50_000;

export interface DeadlineEngineOptions {
  readonly calendars: CalendarProvider;
  readonly registry?: RulePackRegistry;
  /** Epoch milliseconds of "now" (pinned in tests). */
  readonly now?: () => number;
  /**
   * Remember day-rule results per (rule, event zone, local trigger date): they depend on nothing
   * else, and calendars are immutable per provider. On by default; off to measure the raw engine.
   */
  readonly memoizeDayRules?: boolean;
}

/** The part of a deadline that depends on the rule and the dates, not on the request. */
interface Outcome {
  readonly timeZone: string;
  readonly dueAt: string;
  readonly dueAtLocal: string;
  readonly dueDate: string | undefined;
  readonly latestDueAt: string | undefined;
  readonly latestDueAtLocal: string | undefined;
  readonly latestDueDate: string | undefined;
  readonly basis: Bilingual;
}

/** A rule prepared once per engine: its calendar, wording and result cache. */
class RulePlan {
  private calendarInstance: BusinessCalendar | undefined;
  /** event type → event zone → local trigger day → outcome (wording names the event type). */
  private readonly dayCache = new Map<string, Map<string, Map<number, Outcome>>>();
  private cached = 0;
  readonly dayBased: boolean;
  readonly holidayWord: Bilingual;

  constructor(
    readonly rule: PeriodRule,
    private readonly calendars: CalendarProvider,
    private readonly nonWorkingDays: NonWorkingDayCalendar,
  ) {
    this.dayBased =
      rule.period.unit !== 'hours' && (!rule.latest || rule.latest.period.unit !== 'hours');
    this.holidayWord = nonWorkingDays.holidayWord;
  }

  get calendar(): BusinessCalendar {
    this.calendarInstance ??= this.calendars.calendarFor(
      this.rule.calendar.country,
      this.rule.calendar.forum,
      { id: this.nonWorkingDays.id, source: this.nonWorkingDays.holidays },
    );
    return this.calendarInstance;
  }

  remembered(eventType: string, zone: string, day: EpochDay): Outcome | undefined {
    return this.dayCache.get(eventType)?.get(zone)?.get(day);
  }

  remember(eventType: string, zone: string, day: EpochDay, outcome: Outcome): void {
    if (this.cached >= DAY_CACHE_LIMIT) {
      this.dayCache.clear();
      this.cached = 0;
    }
    let byZone = this.dayCache.get(eventType);
    if (!byZone) this.dayCache.set(eventType, (byZone = new Map()));
    let byDay = byZone.get(zone);
    if (!byDay) byZone.set(zone, (byDay = new Map()));
    byDay.set(day, outcome);
    this.cached++;
  }
}

interface Route {
  readonly pack: RulePack;
  readonly eventLabel: Bilingual;
  readonly rules: readonly (RulePlan | NoPeriodRule)[];
}

export class DeadlineEngine {
  private readonly registry: RulePackRegistry;
  private readonly now: () => number;
  private readonly memoize: boolean;
  /** jurisdiction → procedure → event type → the rules that event starts. */
  private readonly routes = new Map<string, Map<string, Map<string, Route>>>();

  constructor(options: DeadlineEngineOptions) {
    this.registry = options.registry ?? shippedRulePacks();
    this.now = options.now ?? Date.now;
    this.memoize = options.memoizeDayRules ?? true;
    for (const pack of this.registry.all()) {
      const byProcedure = new Map<string, Map<string, Route>>();
      this.routes.set(pack.jurisdiction, byProcedure);
      const plans = new Map<string, RulePlan | NoPeriodRule>();
      const calendarsById = new Map(pack.calendars.map((c) => [c.id, c]));
      for (const rule of pack.rules) {
        plans.set(
          rule.id,
          isPeriodRule(rule)
            ? new RulePlan(
                rule,
                options.calendars,
                calendarsById.get(rule.calendar.nonWorkingDays) as NonWorkingDayCalendar,
              )
            : rule,
        );
      }
      for (const procedure of pack.procedures) {
        const byEvent = new Map<string, Route>();
        byProcedure.set(procedure.id, byEvent);
        for (const event of pack.eventTypes) {
          const rules = pack.rules
            .filter((r) => r.procedures.includes(procedure.id) && r.triggers.includes(event.id))
            .map((r) => plans.get(r.id) as RulePlan | NoPeriodRule);
          byEvent.set(event.id, { pack, eventLabel: event.label, rules });
        }
      }
    }
  }

  /** Every deadline the event starts in this procedure; [] when the event starts none. */
  compute(request: DeadlineRequest): ComputedDeadline[] {
    const route = this.route(request);
    const { epochMs: triggerMs, timeZone: annotatedZone } = this.triggerOf(request);
    const eventZone = request.timeZone ?? annotatedZone ?? route.pack.defaultTimeZone;
    const eventClock = ForumClock.of(eventZone);
    const triggerAt = formatUtcIso(triggerMs);
    const zoneNote =
      request.timeZone === undefined && annotatedZone === undefined
        ? joinNotes(
            defaultZoneNote(route.pack),
            offsetMismatchNote(request.occurredAt, triggerMs, eventClock),
          )
        : undefined;
    const result: ComputedDeadline[] = [];
    for (const plan of route.rules) {
      const deadline =
        plan instanceof RulePlan
          ? this.fromPlan(plan, request, route, triggerMs, triggerAt, eventClock)
          : this.noPeriod(plan, request, route, triggerMs, triggerAt, eventClock);
      result.push(
        zoneNote
          ? {
              ...deadline,
              basis: {
                en: `${zoneNote.en} ${deadline.basis.en}`,
                es: `${zoneNote.es} ${deadline.basis.es}`,
              },
            }
          : deadline,
      );
    }
    return result;
  }

  private route(request: DeadlineRequest): Route {
    const route = this.routes
      .get(request.jurisdiction)
      ?.get(request.procedure)
      ?.get(request.eventType);
    if (route) return route;
    const pack = this.registry.get(request.jurisdiction);
    if (!pack) {
      throw new DeadlineError(
        DeadlineErrorCode.UnknownJurisdiction,
        'jurisdiction',
        request.jurisdiction,
      );
    }
    if (!pack.procedures.some((p) => p.id === request.procedure)) {
      throw new DeadlineError(DeadlineErrorCode.UnknownProcedure, 'procedure', request.procedure);
    }
    throw new DeadlineError(DeadlineErrorCode.UnknownEventType, 'eventType', request.eventType);
  }

  private triggerOf(request: DeadlineRequest): { epochMs: number; timeZone?: string } {
    if (request.timeZone !== undefined && !isValidTimeZone(request.timeZone)) {
      throw new DeadlineError(DeadlineErrorCode.InvalidTimeZone, 'timeZone', request.timeZone);
    }
    const parsed = parseInstant(request.occurredAt);
    if (!parsed.ok) {
      const code =
        parsed.reason === 'missing-offset'
          ? DeadlineErrorCode.OccurredAtWithoutOffset
          : DeadlineErrorCode.OccurredAtInvalid;
      throw new DeadlineError(code, 'occurredAt', request.occurredAt);
    }
    if (parsed.epochMs > this.now() + MAX_FUTURE_DAYS * MS_PER_DAY) {
      throw new DeadlineError(
        DeadlineErrorCode.OccurredAtTooFarInFuture,
        'occurredAt',
        request.occurredAt,
      );
    }
    // A day's margin keeps the local date of the earliest instant inside the calendars.
    if (parsed.epochMs < startOfUtcYearMs(CALENDAR_MIN_YEAR) + MS_PER_DAY) {
      throw new DeadlineError(
        DeadlineErrorCode.OccurredAtTooFarInPast,
        'occurredAt',
        request.occurredAt,
      );
    }
    return parsed;
  }

  private fromPlan(
    plan: RulePlan,
    request: DeadlineRequest,
    route: Route,
    triggerMs: number,
    triggerAt: string,
    eventClock: ForumClock,
  ): ComputedDeadline {
    const rule = plan.rule;
    let outcome: Outcome | undefined;
    if (plan.dayBased && this.memoize) {
      const day = eventClock.localDayOf(triggerMs);
      outcome = plan.remembered(request.eventType, eventClock.timeZone, day);
      if (!outcome) {
        outcome = this.outcome(plan, route, triggerMs, eventClock);
        plan.remember(request.eventType, eventClock.timeZone, day, outcome);
      }
    } else {
      outcome = this.outcome(plan, route, triggerMs, eventClock);
    }
    return {
      ruleId: rule.id,
      packVersion: route.pack.version,
      jurisdiction: route.pack.jurisdiction,
      procedure: request.procedure,
      eventType: request.eventType,
      title: rule.title,
      kind: 'due',
      triggerAt,
      dueAt: outcome.dueAt,
      dueAtLocal: outcome.dueAtLocal,
      dueDate: outcome.dueDate,
      latestDueAt: outcome.latestDueAt,
      latestDueAtLocal: outcome.latestDueAtLocal,
      latestDueDate: outcome.latestDueDate,
      timeZone: outcome.timeZone,
      basis: outcome.basis,
      citation: rule.citation,
      source: rule.source,
      status: rule.status,
      notes: rule.notes,
      urgent: rule.period.unit === 'hours',
      party: rule.party,
      completionRecords: rule.completionRecords,
    };
  }

  private outcome(
    plan: RulePlan,
    route: Route,
    triggerMs: number,
    eventClock: ForumClock,
  ): Outcome {
    const rule = plan.rule;
    const forumClock = rule.timeZone ? ForumClock.of(rule.timeZone) : eventClock;
    const calendar = plan.calendar;
    const context: ReadingContext = { triggerMs, eventClock, forumClock, calendar };
    const words: DerivationContext = {
      eventLabel: route.eventLabel,
      eventClock,
      forumClock,
      calendar,
      holidayWord: plan.holidayWord,
    };
    const earliest = applyPeriod(rule.period, rule.counting, context);
    let basis = describeReading(earliest, words);
    let latest: PeriodReading | undefined;
    if (rule.latest) {
      latest = applyPeriod(rule.latest.period, rule.latest.counting, context);
      const latestBasis = describeReading(latest, words);
      basis = {
        en: `Earliest: ${basis.en} Latest (${rule.latest.reading.en}): ${latestBasis.en}`,
        es: `Más temprano: ${basis.es} Más tardío (${rule.latest.reading.es}): ${latestBasis.es}`,
      };
    }
    return {
      timeZone: forumClock.timeZone,
      dueAt: formatUtcIso(earliest.dueMs),
      dueAtLocal: forumClock.toZonedIso(earliest.dueMs),
      dueDate: earliest.kind === 'day' ? isoDateOf(earliest.dueDay) : undefined,
      latestDueAt: latest ? formatUtcIso(latest.dueMs) : undefined,
      latestDueAtLocal: latest ? forumClock.toZonedIso(latest.dueMs) : undefined,
      latestDueDate: latest?.kind === 'day' ? isoDateOf(latest.dueDay) : undefined,
      basis,
    };
  }

  private noPeriod(
    rule: NoPeriodRule,
    request: DeadlineRequest,
    route: Route,
    triggerMs: number,
    triggerAt: string,
    clock: ForumClock,
  ): ComputedDeadline {
    const when = `${clock.formatLocal(triggerMs)} ${clock.timeZone}`;
    return {
      ruleId: rule.id,
      packVersion: route.pack.version,
      jurisdiction: route.pack.jurisdiction,
      procedure: request.procedure,
      eventType: request.eventType,
      title: rule.title,
      kind: rule.noPeriod.kind,
      triggerAt,
      dueAt: undefined,
      dueAtLocal: undefined,
      dueDate: undefined,
      latestDueAt: undefined,
      latestDueAtLocal: undefined,
      latestDueDate: undefined,
      timeZone: clock.timeZone,
      basis: {
        en: `${route.eventLabel.en} ${when}: ${rule.noPeriod.guidance.en}`,
        es: `${route.eventLabel.es} ${when}: ${rule.noPeriod.guidance.es}`,
      },
      citation: rule.citation,
      source: rule.source,
      status: rule.status,
      notes: rule.notes,
      urgent: rule.urgent,
      party: rule.party,
      completionRecords: rule.completionRecords,
    };
  }
}

/**
 * A country with several zones has no honest default: the US pack falls back on New York, which
 * is wrong for a Los Angeles court by a date near midnight. The derivation says it fell back.
 */
function defaultZoneNote(pack: RulePack): Bilingual | undefined {
  if (pack.singleTimeZone) return undefined;
  return {
    en: `Note: no time zone was given; the event is read on ${pack.defaultTimeZone}, the pack's fallback, not the forum's clock. Record the zone of the court or office.`,
    es: `Nota: no se indicó zona horaria; el hecho se lee en ${pack.defaultTimeZone}, la zona por defecto, no en la del órgano. Registre la zona del tribunal u oficina.`,
  };
}

function joinNotes(a: Bilingual | undefined, b: Bilingual | undefined): Bilingual | undefined {
  if (!a || !b) return a ?? b;
  return { en: `${a.en} ${b.en}`, es: `${a.es} ${b.es}` };
}

/**
 * A time written with an offset other than the event zone's (a Los Angeles decision sent without
 * its zone, read on New York's clock) can shift the local date: the derivation says so.
 */
function offsetMismatchNote(
  occurredAt: string,
  triggerMs: number,
  clock: ForumClock,
): Bilingual | undefined {
  const written = writtenOffsetMs(occurredAt);
  const actual = clock.offsetMsAt(triggerMs);
  if (written === undefined || written === 0 || written === actual) return undefined;
  const offsets = `UTC${formatOffset(written)}`;
  const zone = `${clock.timeZone} (UTC${formatOffset(actual)})`;
  return {
    en: `Note: occurredAt was written at ${offsets} but is read on the clock of ${zone}; send timeZone if the event happened elsewhere.`,
    es: `Nota: occurredAt se escribió en ${offsets} pero se lee con el reloj de ${zone}; envíe timeZone si el hecho ocurrió en otro lugar.`,
  };
}

/** One-shot form of DeadlineEngine.compute (the engine keeps its indexes; reuse it when you can). */
export function computeDeadlines(
  request: DeadlineRequest,
  calendars: CalendarProvider,
  now?: () => number,
): ComputedDeadline[] {
  return new DeadlineEngine({ calendars, now }).compute(request);
}
