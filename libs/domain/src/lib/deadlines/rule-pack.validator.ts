// Checks a rule pack's data before any deadline is computed from it, naming the pack and the rule.
import { itemAt } from '../common/item-at';
import { parseIsoDate } from '../time/epoch-day';
import { isValidTimeZone } from '../time/forum-clock';
import { RulePackValidationError } from './rule-pack-validation.error';
import {
  Bilingual,
  CountingConvention,
  DeadlineRule,
  isPeriodRule,
  JURISDICTION_CODES,
  Period,
  PERIOD_UNITS,
  RulePack,
  RuleReview,
  VERIFICATION_STATUSES,
} from './rule-pack.types';

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const SLUG = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const NO_PERIOD_KINDS = ['immediate', 'anyTime', 'dateInOrder'];

const hasText = (text: Bilingual | undefined): boolean =>
  !!text && text.en.trim().length > 0 && text.es.trim().length > 0;

// A web address a reviewer can open: scheme, a host with a dot, no spaces.
const WEB_ADDRESS = /^https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/\S*)?$/i;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isCalendarDate = (value: unknown): boolean =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  parseIsoDate(value) !== undefined;

/** The address and excerpt of the text relied on come together, and the address is https. */
function sourceProblem(item: { sourceUrl?: string; excerpt?: string }): string | undefined {
  const { sourceUrl, excerpt } = item;
  if (sourceUrl === undefined && excerpt === undefined) return undefined;
  if (sourceUrl === undefined || excerpt === undefined)
    return 'source address and excerpt go together';
  if (!WEB_ADDRESS.test(sourceUrl)) return `source address ${sourceUrl} is not a web address`;
  const length = excerpt.trim().length;
  if (length < 10 || length > 1_000) return 'excerpt must be 10 to 1000 characters';
  return undefined;
}

/**
 * Throws RulePackValidationError on the first problem; returns the pack when it is sound. Data
 * that does not even have the declared shape (a pack read from JSON) fails the same way, naming
 * the rule being read when it broke.
 */
export function validateRulePack(pack: RulePack): RulePack {
  const packName = `${pack?.jurisdiction ?? '?'}@${pack?.version ?? '?'}`;
  const reading: { id: string | undefined } = { id: undefined };
  try {
    return checkPack(pack, packName, reading);
  } catch (error) {
    if (error instanceof RulePackValidationError) throw error;
    const problem = error instanceof Error ? error.message : String(error);
    throw new RulePackValidationError(packName, reading.id, `malformed data (${problem})`);
  }
}

function checkPack(
  pack: RulePack,
  packName: string,
  reading: { id: string | undefined },
): RulePack {
  const fail = (ruleId: string | undefined, problem: string): never => {
    throw new RulePackValidationError(packName, ruleId, problem);
  };

  if (!JURISDICTION_CODES.includes(pack.jurisdiction)) fail(undefined, 'unknown jurisdiction');
  if (!SEMVER.test(pack.version)) fail(undefined, `version "${pack.version}" is not semver`);
  const reviewProblem = (review: RuleReview | undefined): string | undefined =>
    !review
      ? 'needs a review (who and when)'
      : !review.reviewedBy?.trim()
        ? 'review needs who reviewed it'
        : !isCalendarDate(review.reviewedOn)
          ? `review date "${review.reviewedOn}" is not YYYY-MM-DD`
          : undefined;
  const packReview = reviewProblem(pack.review);
  if (packReview) fail(undefined, packReview);
  if (!hasText(pack.name)) fail(undefined, 'name needs en and es');
  if (typeof pack.singleTimeZone !== 'boolean')
    fail(undefined, 'singleTimeZone must be true or false');
  if (!isValidTimeZone(pack.defaultTimeZone)) {
    fail(undefined, `unknown default time zone ${pack.defaultTimeZone}`);
  }

  const procedures = uniqueIds(pack.procedures, (id) =>
    fail(undefined, `duplicate procedure ${id}`),
  );
  const events = uniqueIds(pack.eventTypes, (id) => fail(undefined, `duplicate event type ${id}`));
  for (const procedure of pack.procedures) {
    if (!SLUG.test(procedure.id) || !hasText(procedure.title)) {
      fail(undefined, `procedure ${procedure.id} needs a slug id and en/es titles`);
    }
  }
  for (const event of pack.eventTypes) {
    if (!SLUG.test(event.id) || !hasText(event.label)) {
      fail(undefined, `event type ${event.id} needs a slug id and en/es labels`);
    }
  }

  const prefix = `${pack.jurisdiction.toLowerCase()}.`;
  const calendars = new Set<string>();
  for (const calendar of pack.calendars) {
    reading.id = calendar.id;
    if (!calendar.id.startsWith(prefix) || !SLUG.test(calendar.id)) {
      fail(calendar.id, `calendar id must be a slug starting with "${prefix}"`);
    }
    if (calendars.has(calendar.id)) fail(calendar.id, 'duplicate calendar');
    calendars.add(calendar.id);
    if (!hasText(calendar.title) || !hasText(calendar.holidayWord) || !calendar.citation.trim()) {
      fail(calendar.id, 'calendar needs en/es title, holiday word and a citation');
    }
    if (!VERIFICATION_STATUSES.includes(calendar.status)) {
      fail(calendar.id, `unknown status ${String(calendar.status)}`);
    }
    const problem = sourceProblem(calendar);
    if (problem) fail(calendar.id, problem);
    const holidays = calendar.holidays;
    if (holidays.kind === 'fixedDates') {
      if (holidays.dates.length === 0) fail(calendar.id, 'a fixed-date calendar lists no date');
      const days = new Set<string>();
      for (const date of holidays.dates) {
        const valid =
          Number.isInteger(date.month) &&
          Number.isInteger(date.day) &&
          date.month >= 1 &&
          date.month <= 12 &&
          date.day >= 1 &&
          date.day <= itemAt(DAYS_IN_MONTH, date.month - 1, 'month');
        if (!valid) fail(calendar.id, `no such date ${date.month}-${date.day}`);
        if (!hasText(date.name)) fail(calendar.id, 'every fixed date needs en/es names');
        const key = `${date.month}-${date.day}`;
        if (days.has(key)) fail(calendar.id, `date ${key} listed twice`);
        days.add(key);
      }
    } else if (holidays.kind !== 'publicHolidayLibrary') {
      fail(calendar.id, 'unknown holiday source');
    }
  }
  const seen = new Set<string>();
  const checkId = (id: string, kind: string): void => {
    if (!id.startsWith(prefix) || !SLUG.test(id)) {
      fail(id, `${kind} id must be a slug starting with "${prefix}"`);
    }
    if (seen.has(id)) fail(id, `duplicate id`);
    seen.add(id);
  };
  const checkProcedures = (id: string, list: readonly string[]): void => {
    if (list.length === 0) fail(id, 'applies to no procedure');
    for (const p of list) if (!procedures.has(p)) fail(id, `unknown procedure ${p}`);
  };

  for (const rule of pack.rules) {
    reading.id = rule.id;
    checkId(rule.id, 'rule');
    validateRule(rule, (problem) => fail(rule.id, problem), events);
    if (rule.review) {
      const problem = reviewProblem(rule.review);
      if (problem) fail(rule.id, problem);
    }
    checkProcedures(rule.id, rule.procedures);
    if (isPeriodRule(rule) && rule.calendar.country !== pack.jurisdiction) {
      fail(rule.id, `calendar ${rule.calendar.country} is not the pack's country`);
    }
    if (isPeriodRule(rule) && !calendars.has(rule.calendar.nonWorkingDays)) {
      fail(rule.id, `unknown non-working-day calendar ${rule.calendar.nonWorkingDays}`);
    }
  }
  for (const gap of pack.gaps) {
    reading.id = gap.id;
    checkId(gap.id, 'gap');
    if (!hasText(gap.title) || !hasText(gap.reason))
      fail(gap.id, 'gap needs en/es title and reason');
    const gapSource = sourceProblem(gap);
    if (gapSource) fail(gap.id, gapSource);
    checkProcedures(gap.id, gap.procedures);
  }
  for (const protection of pack.protections) {
    reading.id = protection.id;
    checkId(protection.id, 'protection');
    if (!hasText(protection.title) || !protection.citation.trim()) {
      fail(protection.id, 'protection needs en/es title and a citation');
    }
    if (!VERIFICATION_STATUSES.includes(protection.status)) {
      fail(protection.id, `unknown status ${String(protection.status)}`);
    }
    const protectionSource = sourceProblem(protection);
    if (protectionSource) fail(protection.id, protectionSource);
    checkProcedures(protection.id, protection.procedures);
  }
  reading.id = undefined;
  return pack;
}

function uniqueIds(
  items: readonly { id: string }[],
  onDuplicate: (id: string) => void,
): Set<string> {
  const ids = new Set<string>();
  for (const { id } of items) {
    if (ids.has(id)) onDuplicate(id);
    ids.add(id);
  }
  return ids;
}

function validateRule(
  rule: DeadlineRule,
  fail: (problem: string) => never,
  events: ReadonlySet<string>,
): void {
  if (!hasText(rule.title)) fail('title needs en and es');
  if (!hasText(rule.notes)) fail('notes need en and es');
  if (!rule.citation.trim()) fail('citation is missing');
  if (!rule.source.trim()) fail('source is missing');
  if (!VERIFICATION_STATUSES.includes(rule.status)) fail(`unknown status ${String(rule.status)}`);
  const source = sourceProblem(rule);
  if (source) fail(source);
  if (rule.party !== 'defense' && rule.party !== 'authority')
    fail('party must be defense or authority');
  if (rule.triggers.length === 0) fail('has no trigger event type');
  for (const trigger of rule.triggers) {
    if (!events.has(trigger)) fail(`unknown trigger event type ${trigger}`);
  }
  if (rule.completionRecords !== undefined && !events.has(rule.completionRecords)) {
    fail(`completion records unknown event type ${rule.completionRecords}`);
  }

  if (!isPeriodRule(rule)) {
    if (!NO_PERIOD_KINDS.includes(rule.noPeriod.kind))
      fail(`unknown no-period kind ${rule.noPeriod.kind}`);
    if (!hasText(rule.noPeriod.guidance)) fail('no-period guidance needs en and es');
    if (rule.noPeriod.kind === 'immediate' && !rule.urgent)
      fail('an "immediate" rule must be urgent');
    return;
  }
  validatePeriod(rule.period, rule.counting, fail, 'period');
  if (rule.timeZone !== undefined && !isValidTimeZone(rule.timeZone)) {
    fail(`unknown time zone ${rule.timeZone}`);
  }
  if (rule.latest) {
    validatePeriod(rule.latest.period, rule.latest.counting, fail, 'latest reading');
    if (!hasText(rule.latest.reading)) fail('latest reading needs en and es text');
    if (!rule.latest.source.trim()) fail('latest reading needs a source');
    const latestSource = sourceProblem(rule.latest);
    if (latestSource) fail(`latest reading: ${latestSource}`);
    if (
      rule.latest.period.unit === rule.period.unit &&
      rule.latest.period.amount < rule.period.amount
    ) {
      fail('latest reading is shorter than the earliest');
    }
  }
}

function validatePeriod(
  period: Period,
  counting: CountingConvention,
  fail: (problem: string) => never,
  what: string,
): void {
  if (!PERIOD_UNITS.includes(period.unit)) fail(`${what}: unknown unit ${String(period.unit)}`);
  if (!Number.isInteger(period.amount) || period.amount < 1 || period.amount > 10_000) {
    fail(`${what}: amount must be a positive integer`);
  }
  if (!Number.isInteger(counting.mailingDays) || counting.mailingDays < 0) {
    fail(`${what}: mailing days must be a non-negative integer`);
  }
  if (period.unit === 'hours') {
    // Hours run on the clock: rolling or day-based starts would silently change the period.
    if (counting.rollForward) fail(`${what}: hour periods never roll forward`);
    if (counting.countFrom !== 'event') fail(`${what}: hour periods count from the event`);
    if (counting.mailingDays !== 0) fail(`${what}: hour periods get no mailing days`);
  }
}
