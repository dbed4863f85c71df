// Turns a case event into the deadlines it starts, per the rule pack of the case's jurisdiction.
import { ForumClock, isValidTimeZone } from '../time/forum-clock';
import { isoDateOf, MS_PER_DAY } from '../time/epoch-day';
import { parseInstant, startOfUtcYearMs } from '../time/instant.parser';
import { CalendarProvider } from './calendar/business.calendar';
import { CALENDAR_MIN_YEAR } from './calendar/indexed-business.calendar';
import { ComputedDeadline, DeadlineRequest } from './computed-deadline';
import { DeadlineError, DeadlineErrorCode } from './deadline.error';
import { describeReading, DerivationContext } from './derivation.formatter';
import { applyPeriod, PeriodReading, ReadingContext } from './period.calculator';
import { RulePackRegistry, shippedRulePacks } from './rule-pack.registry';
import {
  Bilingual,
  DeadlineRule,
  isPeriodRule,
  NoPeriodRule,
  PeriodRule,
  RulePack,
} from './rule-pack.types';

/** Events more than this far ahead of now are refused as typing mistakes, not planned. */
export const MAX_FUTURE_DAYS = 2 * 366;

export interface DeadlineEngineOptions {
  readonly calendars: CalendarProvider;
  readonly registry?: RulePackRegistry;
  /** Epoch milliseconds of "now" (pinned in tests). */
  readonly now?: () => number;
}

interface ResolvedRequest {
  readonly pack: RulePack;
  readonly rules: readonly DeadlineRule[];
  readonly triggerMs: number;
  readonly eventZone: string;
  readonly eventLabel: Bilingual;
}

const HOLIDAY_WORDS: Record<string, Bilingual> = {
  US: { en: 'federal holiday', es: 'feriado federal' },
};
const PUBLIC_HOLIDAY: Bilingual = { en: 'public holiday', es: 'feriado' };

export class DeadlineEngine {
  private readonly registry: RulePackRegistry;
  private readonly calendars: CalendarProvider;
  private readonly now: () => number;
  private readonly rulesByKey = new Map<string, readonly DeadlineRule[]>();
  private readonly labels = new Map<string, Bilingual>();

  constructor(options: DeadlineEngineOptions) {
    this.registry = options.registry ?? shippedRulePacks();
    this.calendars = options.calendars;
    this.now = options.now ?? Date.now;
    for (const pack of this.registry.all()) {
      for (const event of pack.eventTypes)
        this.labels.set(`${pack.jurisdiction}|${event.id}`, event.label);
      for (const procedure of pack.procedures) {
        for (const event of pack.eventTypes) {
          const rules = pack.rules.filter(
            (rule) => rule.procedures.includes(procedure.id) && rule.triggers.includes(event.id),
          );
          this.rulesByKey.set(`${pack.jurisdiction}|${procedure.id}|${event.id}`, rules);
        }
      }
    }
  }

  /** Every deadline the event starts in this procedure; [] when the event starts none. */
  compute(request: DeadlineRequest): ComputedDeadline[] {
    const resolved = this.resolve(request);
    return resolved.rules.map((rule) => this.computeRule(rule, request, resolved));
  }

  private resolve(request: DeadlineRequest): ResolvedRequest {
    const pack = this.registry.get(request.jurisdiction);
    if (!pack) {
      throw new DeadlineError(
        DeadlineErrorCode.UnknownJurisdiction,
        'jurisdiction',
        request.jurisdiction,
      );
    }
    const prefix = `${pack.jurisdiction}|${request.procedure}|`;
    const rules = this.rulesByKey.get(prefix + request.eventType);
    if (!rules) {
      if (!pack.procedures.some((p) => p.id === request.procedure)) {
        throw new DeadlineError(DeadlineErrorCode.UnknownProcedure, 'procedure', request.procedure);
      }
      throw new DeadlineError(DeadlineErrorCode.UnknownEventType, 'eventType', request.eventType);
    }
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
    return {
      pack,
      rules,
      triggerMs: parsed.epochMs,
      eventZone: request.timeZone ?? parsed.timeZone ?? pack.defaultTimeZone,
      eventLabel: this.labels.get(`${pack.jurisdiction}|${request.eventType}`) as Bilingual,
    };
  }

  private computeRule(
    rule: DeadlineRule,
    request: DeadlineRequest,
    resolved: ResolvedRequest,
  ): ComputedDeadline {
    return isPeriodRule(rule)
      ? this.computePeriodRule(rule, request, resolved)
      : this.describeNoPeriodRule(rule, request, resolved);
  }

  private computePeriodRule(
    rule: PeriodRule,
    request: DeadlineRequest,
    resolved: ResolvedRequest,
  ): ComputedDeadline {
    const eventClock = ForumClock.of(resolved.eventZone);
    const forumClock = rule.timeZone ? ForumClock.of(rule.timeZone) : eventClock;
    const calendar = this.calendars.calendarFor(rule.calendar.country, rule.calendar.forum);
    const context: ReadingContext = {
      triggerMs: resolved.triggerMs,
      eventClock,
      forumClock,
      calendar,
    };
    const words: DerivationContext = {
      eventLabel: resolved.eventLabel,
      eventClock,
      forumClock,
      calendar,
      holidayWord: HOLIDAY_WORDS[rule.calendar.country] ?? PUBLIC_HOLIDAY,
    };
    const earliest = applyPeriod(rule.period, rule.counting, context);
    let basis = describeReading(earliest, words);
    let latest: PeriodReading | undefined;
    if (rule.latest) {
      const reading = applyPeriod(rule.latest.period, rule.latest.counting, context);
      const latestBasis = describeReading(reading, words);
      basis = {
        en: `Earliest: ${basis.en} Latest (${rule.latest.reading.en}): ${latestBasis.en}`,
        es: `Más temprano: ${basis.es} Más tardío (${rule.latest.reading.es}): ${latestBasis.es}`,
      };
      latest = reading;
    }
    return {
      ...this.common(rule, request, resolved),
      kind: 'due',
      timeZone: forumClock.timeZone,
      dueAt: new Date(earliest.dueMs).toISOString(),
      dueAtLocal: forumClock.toZonedIso(earliest.dueMs),
      dueDate: earliest.kind === 'day' ? isoDateOf(earliest.dueDay) : undefined,
      latestDueAt: latest ? new Date(latest.dueMs).toISOString() : undefined,
      latestDueAtLocal: latest ? forumClock.toZonedIso(latest.dueMs) : undefined,
      latestDueDate: latest?.kind === 'day' ? isoDateOf(latest.dueDay) : undefined,
      basis,
      urgent: rule.period.unit === 'hours',
    };
  }

  private describeNoPeriodRule(
    rule: NoPeriodRule,
    request: DeadlineRequest,
    resolved: ResolvedRequest,
  ): ComputedDeadline {
    const clock = ForumClock.of(resolved.eventZone);
    const when = `${clock.formatLocal(resolved.triggerMs)} ${clock.timeZone}`;
    return {
      ...this.common(rule, request, resolved),
      kind: rule.noPeriod.kind,
      timeZone: clock.timeZone,
      basis: {
        en: `${resolved.eventLabel.en} ${when}: ${rule.noPeriod.guidance.en}`,
        es: `${resolved.eventLabel.es} ${when}: ${rule.noPeriod.guidance.es}`,
      },
      urgent: rule.urgent,
    };
  }

  private common(rule: DeadlineRule, request: DeadlineRequest, resolved: ResolvedRequest) {
    return {
      ruleId: rule.id,
      packVersion: resolved.pack.version,
      jurisdiction: resolved.pack.jurisdiction,
      procedure: request.procedure,
      eventType: request.eventType,
      title: rule.title,
      triggerAt: new Date(resolved.triggerMs).toISOString(),
      citation: rule.citation,
      source: rule.source,
      status: rule.status,
      notes: rule.notes,
      party: rule.party,
      completionRecords: rule.completionRecords,
    };
  }
}

/** One-shot form of DeadlineEngine.compute (the engine keeps its indexes; reuse it when you can). */
export function computeDeadlines(
  request: DeadlineRequest,
  calendars: CalendarProvider,
  now?: () => number,
): ComputedDeadline[] {
  return new DeadlineEngine({ calendars, now }).compute(request);
}
