// A rule pack is the law of one jurisdiction written as data: which events start which clocks,
// for how long, counted how, and on what authority. Code reads packs; it never encodes a period.

/** ISO 3166-1 alpha-2 codes of the jurisdictions Amparo ships packs for. */
export type JurisdictionCode = 'PE' | 'US' | 'MX' | 'DO' | 'PA' | 'CR';

export const JURISDICTION_CODES: readonly JurisdictionCode[] = ['PE', 'US', 'MX', 'DO', 'PA', 'CR'];

/** Text shown to users, in English and Spanish. */
export interface Bilingual {
  readonly en: string;
  readonly es: string;
}

export type PeriodUnit = 'hours' | 'calendarDays' | 'businessDays' | 'months' | 'years';

export const PERIOD_UNITS: readonly PeriodUnit[] = [
  'hours',
  'calendarDays',
  'businessDays',
  'months',
  'years',
];

export interface Period {
  readonly amount: number;
  readonly unit: PeriodUnit;
}

/**
 * How a period is counted. Hour periods run on the clock (no rolling, trigger day meaningless);
 * day, month and year periods work on the forum's local dates.
 */
export interface CountingConvention {
  /** The trigger day is not day 1 (true for every shipped rule: "a partir del día siguiente"). */
  readonly excludeTriggerDay: boolean;
  /** A last day on a weekend, holiday or closure day moves to the next working day. */
  readonly rollForward: boolean;
  /**
   * Where counting starts: the event itself (a decision's date, a retention's instant) or the
   * first working day after it (Panama's refugee application).
   */
  readonly countFrom: 'event' | 'nextWorkingDay';
  /** Extra days for service by mail; 0 where the period runs from the order date itself. */
  readonly mailingDays: number;
}

export type VerificationStatus = 'verified' | 'secondary' | 'unverified';

export const VERIFICATION_STATUSES: readonly VerificationStatus[] = [
  'verified',
  'secondary',
  'unverified',
];

/** Whose deadline it is: the defense must act, or the authority must (a watch date). */
export type ObligedParty = 'defense' | 'authority';

/** A non-working date that recurs on the same day every year (Ley de Amparo art. 19: 5 February). */
export interface FixedNonWorkingDate {
  readonly month: number;
  readonly day: number;
  readonly name: Bilingual;
}

/**
 * Where a calendar's holidays come from: the country's public holidays as the holiday library
 * lists them (observed and substitute days included), or a fixed list written in the law itself.
 */
export type HolidaySource =
  | { readonly kind: 'publicHolidayLibrary' }
  | { readonly kind: 'fixedDates'; readonly dates: readonly FixedNonWorkingDate[] };

/**
 * The non-working days one law uses, besides Saturdays and Sundays: each pack names its own,
 * because the same country counts differently in different laws (Mexico's Ley de Amparo art. 19
 * is not the labour law's list of Monday holidays).
 */
export interface NonWorkingDayCalendar {
  /** Slug prefixed by the jurisdiction: mx.ley-de-amparo-art-19. */
  readonly id: string;
  readonly title: Bilingual;
  readonly citation: string;
  readonly status: VerificationStatus;
  readonly holidays: HolidaySource;
  /** How a holiday of this calendar is called in a derivation ("federal holiday"). */
  readonly holidayWord: Bilingual;
  readonly sourceUrl?: string;
  readonly excerpt?: string;
}

/** The calendar whose working days a rule counts: a pack calendar plus a forum's closures. */
export interface CalendarReference {
  readonly country: JurisdictionCode;
  /** Id of one of the pack's non-working-day calendars. */
  readonly nonWorkingDays: string;
  /** Key of the forum whose published closure days also count as non-working (e.g. MX-COMAR). */
  readonly forum?: string;
}

/** A second reading of the same rule, giving the latest end of a possible range. */
export interface LatestReading {
  readonly period: Period;
  readonly counting: CountingConvention;
  readonly reading: Bilingual;
  readonly source: string;
  readonly sourceUrl?: string;
  readonly excerpt?: string;
}

/** What the rule asks for when the law gives no period to count. */
export type NoPeriodKind = 'immediate' | 'anyTime' | 'dateInOrder';

export interface NoPeriod {
  readonly kind: NoPeriodKind;
  readonly guidance: Bilingual;
}

/** Who last checked a rule against its source, and on what day (YYYY-MM-DD). */
export interface RuleReview {
  readonly reviewedBy: string;
  readonly reviewedOn: string;
}

interface RuleBase {
  /** Stable id, prefixed by the jurisdiction: pe.pasee.reconsideration. */
  readonly id: string;
  readonly title: Bilingual;
  readonly procedures: readonly string[];
  readonly triggers: readonly string[];
  readonly party: ObligedParty;
  readonly citation: string;
  readonly source: string;
  /**
   * Address of the text relied on (https), and a short excerpt of it: what a reviewer checks.
   * Both or neither; a rule without them says its source was not recorded.
   */
  readonly sourceUrl?: string;
  readonly excerpt?: string;
  readonly status: VerificationStatus;
  readonly notes: Bilingual;
  /** Completing the rule's act records this event type, which may start the next clocks. */
  readonly completionRecords?: string;
  /** This rule's own review, when it differs from the pack's (`RulePack.review`). */
  readonly review?: RuleReview;
}

export interface PeriodRule extends RuleBase {
  readonly period: Period;
  readonly counting: CountingConvention;
  readonly calendar: CalendarReference;
  /** Pins the forum's zone (the BIA in Falls Church) whatever the event's zone. */
  readonly timeZone?: string;
  readonly latest?: LatestReading;
}

export interface NoPeriodRule extends RuleBase {
  readonly noPeriod: NoPeriod;
  readonly urgent: boolean;
}

export type DeadlineRule = PeriodRule | NoPeriodRule;

export const isPeriodRule = (rule: DeadlineRule): rule is PeriodRule => 'period' in rule;

export interface ProcedureDefinition {
  readonly id: string;
  readonly title: Bilingual;
}

export interface EventTypeDefinition {
  readonly id: string;
  readonly label: Bilingual;
}

/** A period the research looked for and did not find: shown as a gap, never invented. */
export interface RuleGap {
  readonly id: string;
  readonly title: Bilingual;
  readonly procedures: readonly string[];
  readonly reason: Bilingual;
  readonly source: string;
  readonly sourceUrl?: string;
  readonly excerpt?: string;
}

/** A protection that is not a period (e.g. no expulsion while a refugee claim is pending). */
export interface Protection {
  readonly id: string;
  readonly title: Bilingual;
  readonly procedures: readonly string[];
  readonly citation: string;
  readonly status: VerificationStatus;
  readonly notes: Bilingual;
  readonly sourceUrl?: string;
  readonly excerpt?: string;
}

export interface RulePack {
  readonly jurisdiction: JurisdictionCode;
  /**
   * Semantic version; a computed deadline keeps the version that produced it. Any change to a rule
   * means a new version and an entry in the changelog (rule-pack.changelog.ts), which says why:
   * deadlines computed under an older version are recomputed and their attorneys told.
   */
  readonly version: string;
  /** The review every rule of this version went through, unless a rule names its own. */
  readonly review: RuleReview;
  readonly name: Bilingual;
  /**
   * The zone an event without one is read in. Where the country has several zones (US, Mexico)
   * cases take their forum's zone when opened, and the engine says when it fell back on this one.
   */
  readonly defaultTimeZone: string;
  readonly singleTimeZone: boolean;
  readonly calendars: readonly NonWorkingDayCalendar[];
  readonly procedures: readonly ProcedureDefinition[];
  readonly eventTypes: readonly EventTypeDefinition[];
  readonly rules: readonly DeadlineRule[];
  readonly gaps: readonly RuleGap[];
  readonly protections: readonly Protection[];
}
