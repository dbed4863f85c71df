// Reads one row of an intake file into a person, a case and its triggering events, or lists every
// problem of the row by column, in words the person who filled the sheet can act on. Field rules
// shared with the forms (lengths, allowed values) are checked by the API with the same DTOs.
import { Temporal } from 'temporal-polyfill';
import { shippedRulePacks } from '../deadlines/rule-pack.registry';
import { isoDateOf, parseIsoDate } from '../time/epoch-day';
import { parseInstant } from '../time/instant.parser';
import { LIST_SEPARATOR } from './intake-columns';

export interface IntakeProblem {
  /** The line of the file the row starts on (the header is line 1). */
  readonly line: number;
  readonly column: string;
  readonly message: string;
}

export interface IntakeEvent {
  readonly eventType: string;
  /** ISO 8601 with offset. */
  readonly occurredAt: string;
  readonly timeZone: string;
  readonly source?: string;
}

export interface IntakeRow {
  readonly line: number;
  readonly client: {
    readonly givenNames: string;
    readonly familyNames?: string;
    readonly aliases: string[];
    readonly birthDate?: string;
    readonly birthDatePrecision?: 'day' | 'month' | 'year';
    readonly nationalities: string[];
    readonly languages: string[];
    readonly interpreterNeeded?: boolean;
    readonly gender?: string;
    readonly contact?: { readonly phone?: string; readonly location?: string };
    readonly vulnerabilities: string[];
  };
  readonly case: {
    readonly jurisdiction: string;
    readonly procedure: string;
    readonly custodyStatus?: string;
    readonly aNumber?: string;
    readonly expediente?: string;
  };
  readonly leadAttorneyEmail?: string;
  /** The entry into the country (when the catalogue has it), then the triggering event. */
  readonly events: IntakeEvent[];
}

export type IntakeRowResult =
  | { readonly ok: true; readonly row: IntakeRow }
  | { readonly ok: false; readonly problems: IntakeProblem[] };

const YES = new Set(['yes', 'y', 'si', 'sí', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0']);
/** The event types that mean "entered the country" in the shipped catalogues. */
const ENTRY_EVENT_TYPES = ['entry-into-country', 'last-arrival'];

const list = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);

const optional = (cell: string | undefined): string | undefined =>
  cell && cell.trim() ? cell.trim() : undefined;

export function readIntakeRow(
  cells: Readonly<Record<string, string | undefined>>,
  line: number,
  nowMs: number,
): IntakeRowResult {
  const problems: IntakeProblem[] = [];
  const problem = (column: string, message: string) => problems.push({ line, column, message });

  const givenNames = optional(cells['given_names']);
  if (!givenNames) problem('given_names', 'given_names is required');

  const birth = readBirthDate(optional(cells['birth_date']), nowMs);
  if (birth.error) problem('birth_date', birth.error);

  const interpreter = optional(cells['interpreter_needed'])?.toLowerCase();
  let interpreterNeeded: boolean | undefined;
  if (interpreter !== undefined) {
    if (YES.has(interpreter)) interpreterNeeded = true;
    else if (NO.has(interpreter)) interpreterNeeded = false;
    else
      problem('interpreter_needed', `interpreter_needed must be yes or no, not "${interpreter}"`);
  }

  const jurisdiction = optional(cells['jurisdiction'])?.toUpperCase();
  const procedure = optional(cells['procedure']);
  const packs = shippedRulePacks();
  const pack = jurisdiction ? packs.get(jurisdiction) : undefined;
  if (!jurisdiction) problem('jurisdiction', 'jurisdiction is required');
  else if (!pack)
    problem(
      'jurisdiction',
      `unknown jurisdiction "${jurisdiction}"; known: ${packs
        .all()
        .map((p) => p.jurisdiction)
        .join(', ')}`,
    );
  if (!procedure) problem('procedure', 'procedure is required');
  else if (pack && !pack.procedures.some((p) => p.id === procedure))
    problem(
      'procedure',
      `unknown procedure "${procedure}" for ${pack.jurisdiction}; known: ${pack.procedures
        .map((p) => p.id)
        .join(', ')}`,
    );

  const events: IntakeEvent[] = [];
  const enteredOn = optional(cells['entered_country_on']);
  let enteredDay: number | undefined;
  if (enteredOn !== undefined) {
    enteredDay = parseIsoDate(enteredOn);
    if (enteredDay === undefined)
      problem('entered_country_on', `entered_country_on must be a date such as 2026-10-02`);
    else if (enteredDay * 86_400_000 > nowMs)
      problem('entered_country_on', 'entered_country_on is in the future');
    else if (birth.day !== undefined && enteredDay < birth.day)
      problem('entered_country_on', 'entered_country_on is before the birth date');
    else if (pack) {
      const entryType = ENTRY_EVENT_TYPES.find((id) => pack.eventTypes.some((e) => e.id === id));
      if (entryType)
        events.push({
          eventType: entryType,
          occurredAt: startOfLocalDay(enteredOn, pack.defaultTimeZone),
          timeZone: pack.defaultTimeZone,
        });
    }
  }

  const eventType = optional(cells['event_type']);
  const occurred = optional(cells['event_occurred_at']);
  if (eventType && !occurred)
    problem('event_occurred_at', 'event_occurred_at is required when event_type is given');
  if (occurred && !eventType)
    problem('event_type', 'event_type is required when event_occurred_at is given');
  if (eventType && pack && !pack.eventTypes.some((e) => e.id === eventType))
    problem(
      'event_type',
      `unknown event type "${eventType}" for ${pack.jurisdiction}; known: ${pack.eventTypes
        .map((e) => e.id)
        .join(', ')}`,
    );
  if (occurred && pack) {
    const instant = readInstant(occurred, pack.defaultTimeZone);
    if ('error' in instant) problem('event_occurred_at', instant.error);
    else if (instant.epochMs > nowMs + 5 * 60_000)
      problem('event_occurred_at', 'event_occurred_at is in the future');
    else if (enteredDay !== undefined && instant.epochMs < (enteredDay - 1) * 86_400_000)
      problem('event_occurred_at', 'the event happened before the person entered the country');
    else if (eventType)
      events.push({
        eventType,
        occurredAt: instant.iso,
        timeZone: pack.defaultTimeZone,
        source: optional(cells['event_source']),
      });
  }

  if (problems.length > 0 || !givenNames || !jurisdiction || !procedure)
    return { ok: false, problems };

  const phone = optional(cells['phone']);
  const location = optional(cells['location']);
  return {
    ok: true,
    row: {
      line,
      client: {
        givenNames,
        familyNames: optional(cells['family_names']),
        aliases: list(cells['aliases']),
        birthDate: birth.date,
        birthDatePrecision: birth.precision,
        nationalities: list(cells['nationalities']).map((code) => code.toUpperCase()),
        languages: list(cells['languages']).map((tag) => tag.toLowerCase()),
        interpreterNeeded,
        gender: optional(cells['gender']),
        contact: phone || location ? { phone, location } : undefined,
        vulnerabilities: list(cells['vulnerabilities']).map((v) => v.toLowerCase()),
      },
      case: {
        jurisdiction,
        procedure,
        custodyStatus: optional(cells['custody_status'])?.toLowerCase(),
        aNumber: optional(cells['a_number']),
        expediente: optional(cells['expediente']),
      },
      leadAttorneyEmail: optional(cells['lead_attorney_email'])?.toLowerCase(),
      events,
    },
  };
}

interface BirthDate {
  readonly date?: string;
  readonly precision?: 'day' | 'month' | 'year';
  readonly day?: number;
  readonly error?: string;
}

function readBirthDate(text: string | undefined, nowMs: number): BirthDate {
  if (text === undefined) return {};
  const shapes: [RegExp, 'day' | 'month' | 'year', (t: string) => string][] = [
    [/^\d{4}-\d{2}-\d{2}$/, 'day', (t) => t],
    [/^\d{4}-\d{2}$/, 'month', (t) => `${t}-01`],
    [/^\d{4}$/, 'year', (t) => `${t}-01-01`],
  ];
  const shape = shapes.find(([pattern]) => pattern.test(text));
  const day = shape ? parseIsoDate(shape[2](text)) : undefined;
  if (!shape || day === undefined)
    return { error: `birth_date must be YYYY-MM-DD, YYYY-MM or YYYY, not "${text}"` };
  if (day * 86_400_000 > nowMs) return { error: 'birth_date is in the future' };
  const year = Number(text.slice(0, 4));
  if (new Date(nowMs).getUTCFullYear() - year > 120)
    return { error: 'birth_date is more than 120 years ago' };
  return { date: isoDateOf(day), precision: shape[1], day };
}

/** An instant with its offset, or a local date-time read on the forum's clock. */
function readInstant(
  text: string,
  timeZone: string,
): { epochMs: number; iso: string } | { error: string } {
  const withOffset = parseInstant(text.replace(' ', 'T'));
  if (withOffset.ok)
    return { epochMs: withOffset.epochMs, iso: new Date(withOffset.epochMs).toISOString() };
  if (withOffset.reason === 'missing-offset') {
    try {
      const local = Temporal.PlainDateTime.from(text.replace(' ', 'T'));
      const zoned = local.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
      return { epochMs: zoned.epochMilliseconds, iso: zoned.toString({ timeZoneName: 'never' }) };
    } catch {
      // falls through to the message below
    }
  }
  return {
    error: `event_occurred_at must be a date and time such as 2026-11-20T06:00-05:00 or 2026-11-20 06:00, not "${text}"`,
  };
}

function startOfLocalDay(isoDate: string, timeZone: string): string {
  return Temporal.PlainDate.from(isoDate)
    .toZonedDateTime({ timeZone })
    .toString({ timeZoneName: 'never' });
}
