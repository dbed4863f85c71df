// The whole catalogue of shipped rules, gaps and protections with their citations and statuses:
// what GET /api/rules shows and what docs/deadlines.md is generated from.
import { describePeriod } from './derivation.formatter';
import { RulePackRegistry, shippedRulePacks } from './rule-pack.registry';
import {
  Bilingual,
  CountingConvention,
  isPeriodRule,
  JurisdictionCode,
  NonWorkingDayCalendar,
  NoPeriodKind,
  ObligedParty,
  PeriodRule,
  Protection,
  RuleGap,
  VerificationStatus,
} from './rule-pack.types';

export interface CatalogueRule {
  readonly id: string;
  readonly title: Bilingual;
  readonly procedures: readonly string[];
  readonly triggers: readonly string[];
  /** "24 hours", "3 business days"; absent for rules without a period. */
  readonly period?: Bilingual;
  readonly latestPeriod?: Bilingual;
  readonly counting?: Bilingual;
  readonly noPeriod?: NoPeriodKind;
  /** The rule's pinned forum zone, else the pack default (the event's own zone wins then). */
  readonly timeZone?: string;
  readonly timeZonePinned?: boolean;
  readonly calendar?: string;
  readonly citation: string;
  readonly source: string;
  /** Address of the text relied on and a short excerpt of it (absent: not recorded). */
  readonly sourceUrl?: string;
  readonly excerpt?: string;
  /** Where the latest reading of a range comes from. */
  readonly latestSource?: string;
  readonly latestSourceUrl?: string;
  readonly latestExcerpt?: string;
  readonly status: VerificationStatus;
  /** Who last checked the rule against its source, and when (the rule's review, else the pack's). */
  readonly reviewedBy: string;
  readonly reviewedOn: string;
  readonly party: ObligedParty;
  readonly urgent: boolean;
  readonly notes: Bilingual;
  readonly completionRecords?: string;
  /** Rules that the completion event starts (the chain). */
  readonly startsNext: readonly string[];
}

export interface CatalogueJurisdiction {
  readonly jurisdiction: JurisdictionCode;
  readonly version: string;
  readonly name: Bilingual;
  readonly defaultTimeZone: string;
  readonly singleTimeZone: boolean;
  readonly calendars: readonly NonWorkingDayCalendar[];
  readonly procedures: readonly { id: string; title: Bilingual }[];
  readonly eventTypes: readonly { id: string; label: Bilingual }[];
  readonly rules: readonly CatalogueRule[];
  readonly gaps: readonly RuleGap[];
  readonly protections: readonly Protection[];
}

export function describeCounting(
  rule: Pick<PeriodRule, 'period'>,
  counting: CountingConvention,
): Bilingual {
  if (rule.period.unit === 'hours') {
    return { en: 'on the clock, no rolling', es: 'de reloj, sin traslado' };
  }
  const en: string[] = [
    counting.excludeTriggerDay ? 'trigger day excluded' : 'trigger day counted',
  ];
  const es: string[] = [
    counting.excludeTriggerDay ? 'sin contar el día del hecho' : 'contando el día del hecho',
  ];
  if (counting.countFrom === 'nextWorkingDay') {
    en.push('counted from the next business day');
    es.push('desde el día hábil siguiente');
  }
  en.push(counting.rollForward ? 'rolls forward past weekends and holidays' : 'no rolling');
  es.push(counting.rollForward ? 'se traslada al siguiente día hábil' : 'sin traslado');
  en.push(counting.mailingDays ? `${counting.mailingDays} mailing days` : 'no mailing days');
  es.push(counting.mailingDays ? `${counting.mailingDays} días por correo` : 'sin días por correo');
  return { en: en.join(', '), es: es.join(', ') };
}

/** "mx.ley-de-amparo-art-19 (…title…) + closures of MX-PJF and country-wide MX closures". */
function describeCalendar(rule: PeriodRule, calendars: readonly NonWorkingDayCalendar[]): string {
  const { country, forum, nonWorkingDays } = rule.calendar;
  const calendar = calendars.find((c) => c.id === nonWorkingDays);
  const days = `${nonWorkingDays}${calendar ? ` (${calendar.title.en})` : ''}`;
  const closures = forum
    ? `closures of ${forum} and country-wide ${country} closures`
    : `country-wide ${country} closures`;
  return `${days} + ${closures}`;
}

export function ruleCatalogue(
  registry: RulePackRegistry = shippedRulePacks(),
): CatalogueJurisdiction[] {
  return registry.all().map((pack) => ({
    jurisdiction: pack.jurisdiction,
    version: pack.version,
    name: pack.name,
    defaultTimeZone: pack.defaultTimeZone,
    singleTimeZone: pack.singleTimeZone,
    calendars: pack.calendars,
    procedures: pack.procedures,
    eventTypes: pack.eventTypes,
    gaps: pack.gaps,
    protections: pack.protections,
    rules: pack.rules.map((rule): CatalogueRule => {
      const startsNext = rule.completionRecords
        ? pack.rules
            .filter((r) => r.triggers.includes(rule.completionRecords as string))
            .map((r) => r.id)
        : [];
      const common = {
        id: rule.id,
        title: rule.title,
        procedures: rule.procedures,
        triggers: rule.triggers,
        citation: rule.citation,
        source: rule.source,
        sourceUrl: rule.sourceUrl,
        excerpt: rule.excerpt,
        status: rule.status,
        reviewedBy: (rule.review ?? pack.review).reviewedBy,
        reviewedOn: (rule.review ?? pack.review).reviewedOn,
        party: rule.party,
        notes: rule.notes,
        completionRecords: rule.completionRecords,
        startsNext,
      };
      if (!isPeriodRule(rule))
        return { ...common, noPeriod: rule.noPeriod.kind, urgent: rule.urgent };
      return {
        ...common,
        period: describePeriod(rule.period),
        latestPeriod: rule.latest ? describePeriod(rule.latest.period) : undefined,
        counting: describeCounting(rule, rule.counting),
        timeZone: rule.timeZone ?? pack.defaultTimeZone,
        timeZonePinned: rule.timeZone !== undefined,
        calendar: describeCalendar(rule, pack.calendars),
        latestSource: rule.latest?.source,
        latestSourceUrl: rule.latest?.sourceUrl,
        latestExcerpt: rule.latest?.excerpt,
        urgent: rule.period.unit === 'hours',
      };
    }),
  }));
}
