// Reads one row of an intake file into a person, a case and the event that started its clock, or
// lists every problem of the row by column, in the file's language, with the values that would be
// accepted: the person who filled the sheet fixes everything in one round. Field rules shared with
// the forms (lengths, characters) are checked again by the API with the same DTOs.
import { Temporal } from 'temporal-polyfill';
import { shippedRulePacks } from '../deadlines/rule-pack.registry';
import type { Bilingual, RulePack } from '../deadlines/rule-pack.types';
import { forumsOf } from '../forums/forum.registry';
import type { Forum } from '../forums/forum.types';
import { isoDateOf, parseIsoDate } from '../time/epoch-day';
import { parseInstant } from '../time/instant.parser';
import { intakeColumnLabel, LIST_SEPARATOR, type IntakeColumnKey } from './intake-columns';
import {
  type AllowedValue,
  countryValuesList,
  CUSTODY_VALUES,
  describeValues,
  GENDER_VALUES,
  type IntakeLanguage,
  languageValuesList,
  matchValue,
  VULNERABILITY_VALUES,
  YES_NO_VALUES,
} from './intake-vocabulary';

export interface IntakeProblem {
  /** The line of the file the row starts on (the header is line 1). */
  readonly line: number;
  /** The column's header as the file writes it (English or Spanish). */
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
    /** A code of the list, or `self_described` with the person's words in `genderDescription`. */
    readonly gender?: string;
    readonly genderDescription?: string;
    readonly contact?: { readonly phone?: string; readonly location?: string };
    readonly vulnerabilities: string[];
  };
  readonly case: {
    readonly jurisdiction: string;
    readonly procedure: string;
    /** A court or office of the shipped lists: the case keeps its zone. */
    readonly forumId?: string;
    /** A forum named outright where the country has no list. */
    readonly forum?: string;
    /** The case's zone when no listed forum gives it (the office's, or the country's only one). */
    readonly timeZone?: string;
    readonly custodyStatus?: string;
    readonly aNumber?: string;
    readonly expediente?: string;
  };
  readonly leadAttorneyEmail?: string;
  /** The event that started the clock, if the row gives one. */
  readonly events: IntakeEvent[];
}

/** What the office taking people in uses when a row leaves it out. */
export interface IntakeOfficeDefaults {
  readonly jurisdiction?: string | null;
  readonly timeZone?: string | null;
}

export interface IntakeReadOptions {
  /** The language of the file's headers: messages and column names follow it. */
  readonly language?: IntakeLanguage;
  readonly office?: IntakeOfficeDefaults;
}

/**
 * On failure, `row` still holds what could be read (empty where a required value is missing), so
 * the caller can check its field rules too and report every problem of the file in one pass.
 */
export type IntakeRowResult =
  | { readonly ok: true; readonly row: IntakeRow }
  | { readonly ok: false; readonly problems: IntakeProblem[]; readonly row: IntakeRow };

/** The event types that mean "entered the country": a date alone is enough for them. */
const ENTRY_EVENT_TYPES = ['entry-into-country', 'last-arrival'];
/** A list the message names in full; longer ones point at the sheet of allowed values. */
const LISTED_IN_FULL = 30;

const optional = (cell: string | undefined): string | undefined =>
  cell && cell.trim() ? cell.trim() : undefined;

const list = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);

export function readIntakeRow(
  cells: Readonly<Record<string, string | undefined>>,
  line: number,
  nowMs: number,
  options: IntakeReadOptions = {},
): IntakeRowResult {
  const language = options.language ?? 'en';
  const t = (en: string, es: string) => (language === 'es' ? es : en);
  const col = (key: IntakeColumnKey) => intakeColumnLabel(key, language);
  const problems: IntakeProblem[] = [];
  const problem = (key: IntakeColumnKey, message: string) =>
    problems.push({ line, column: col(key), message });
  const sheet = t('see the sheet of allowed values', 'vea la hoja de valores permitidos');
  const notOneOf = (key: IntakeColumnKey, cell: string, values: readonly AllowedValue[]) => {
    const separatorHint = /[,;]/.test(cell)
      ? t(
          `; separate several values with ${LIST_SEPARATOR}`,
          `; separe varios valores con ${LIST_SEPARATOR}`,
        )
      : '';
    const allowed =
      values.length <= LISTED_IN_FULL
        ? t(
            `allowed: ${describeValues(values, 'en')}`,
            `permitidos: ${describeValues(values, 'es')}`,
          )
        : sheet;
    problem(
      key,
      t(
        `${col(key)}: "${cell}" is not an allowed value (${allowed})${separatorHint}`,
        `${col(key)}: «${cell}» no es un valor permitido (${allowed})${separatorHint}`,
      ),
    );
  };
  const pick = (key: IntakeColumnKey, values: readonly AllowedValue[]): string | undefined => {
    const cell = optional(cells[key]);
    if (cell === undefined) return undefined;
    const value = matchValue(cell, values);
    if (!value) notOneOf(key, cell, values);
    return value?.code;
  };
  const pickAll = (key: IntakeColumnKey, values: readonly AllowedValue[]): string[] => {
    const codes: string[] = [];
    for (const item of list(cells[key])) {
      const value = matchValue(item, values);
      if (value) codes.push(value.code);
      else notOneOf(key, item, values);
    }
    return [...new Set(codes)];
  };

  const givenNames = optional(cells['given_names']);
  if (!givenNames)
    problem(
      'given_names',
      t(`${col('given_names')} is required`, `${col('given_names')} es obligatorio`),
    );

  const birth = readBirthDate(optional(cells['birth_date']), nowMs, language);
  if (birth.error) problem('birth_date', `${col('birth_date')}: ${birth.error}`);

  const interpreter = pick('interpreter_needed', YES_NO_VALUES);
  const genderCell = optional(cells['gender']);
  const genderCode = genderCell ? matchValue(genderCell, GENDER_VALUES)?.code : undefined;
  // Words not on the list are the person's own, kept as they stated them.
  const gender = genderCell ? (genderCode ?? 'self_described') : undefined;
  const genderDescription = genderCell && !genderCode ? genderCell : undefined;
  const nationalities = pickAll('nationalities', countryValuesList());
  const languages = pickAll('languages', languageValuesList());
  const vulnerabilities = pickAll('vulnerabilities', VULNERABILITY_VALUES);
  const custodyStatus = pick('custody_status', CUSTODY_VALUES);

  const packs = shippedRulePacks().all();
  const jurisdictionValues: AllowedValue[] = packs.map((p) => ({
    code: p.jurisdiction,
    en: p.name.en,
    es: p.name.es,
    also: [countryValuesList().find((c) => c.code === p.jurisdiction)?.es ?? p.jurisdiction],
  }));
  const jurisdictionCell = optional(cells['jurisdiction']);
  let pack: RulePack | undefined;
  if (jurisdictionCell !== undefined) {
    const code = pick('jurisdiction', jurisdictionValues);
    pack = packs.find((p) => p.jurisdiction === code);
  } else if (options.office?.jurisdiction) {
    pack = packs.find((p) => p.jurisdiction === options.office?.jurisdiction);
  }
  if (jurisdictionCell === undefined && !pack)
    problem(
      'jurisdiction',
      t(
        `${col('jurisdiction')} is required (your office has no default country); allowed: ${describeValues(jurisdictionValues, 'en')}`,
        `${col('jurisdiction')} es obligatorio (su oficina no tiene país por defecto); permitidos: ${describeValues(jurisdictionValues, 'es')}`,
      ),
    );

  const procedureCell = optional(cells['procedure']);
  let procedure: string | undefined;
  if (!procedureCell)
    problem(
      'procedure',
      t(`${col('procedure')} is required`, `${col('procedure')} es obligatorio`),
    );
  else if (pack) procedure = pick('procedure', procedureValues(pack));

  const zone = pack ? caseZone(pack, optional(cells['forum']), options.office) : undefined;
  if (zone && 'missing' in zone) {
    const forums = forumsOf(pack?.jurisdiction ?? '');
    if (zone.missing === 'unknown')
      notOneOf('forum', optional(cells['forum']) ?? '', forums.map(forumValue));
    else
      problem(
        'forum',
        t(
          `${pack?.name.en} has several time zones: write the court or office in ${col('forum')} (${sheet})`,
          `${pack?.name.es} tiene varias zonas horarias: escriba el tribunal u oficina en ${col('forum')} (${sheet})`,
        ),
      );
  }
  const timeZone = zone && 'timeZone' in zone ? zone.timeZone : undefined;

  const events: IntakeEvent[] = [];
  const eventCell = optional(cells['event_type']);
  const occurred = optional(cells['event_occurred_at']);
  let eventType: string | undefined;
  if (eventCell && pack) eventType = pick('event_type', eventValues(pack));
  if (eventCell && !occurred)
    problem(
      'event_occurred_at',
      t(
        `${col('event_occurred_at')} is required when ${col('event_type')} is given`,
        `${col('event_occurred_at')} es obligatorio cuando se indica ${col('event_type')}`,
      ),
    );
  if (occurred && !eventCell)
    problem(
      'event_type',
      t(
        `${col('event_type')} is required when ${col('event_occurred_at')} is given`,
        `${col('event_type')} es obligatorio cuando se indica ${col('event_occurred_at')}`,
      ),
    );
  if (occurred && timeZone) {
    const dateAlone = eventType !== undefined && ENTRY_EVENT_TYPES.includes(eventType);
    const instant = readInstant(occurred, timeZone, dateAlone);
    if ('error' in instant)
      problem(
        'event_occurred_at',
        t(
          `${col('event_occurred_at')} must be a date and time such as 2026-11-20 06:00 (on the case's clock) or 2026-11-20T06:00-05:00, not "${occurred}"`,
          `${col('event_occurred_at')} debe ser una fecha y hora como 2026-11-20 06:00 (en la hora del caso) o 2026-11-20T06:00-05:00, no «${occurred}»`,
        ),
      );
    else if (instant.epochMs > nowMs + 5 * 60_000)
      problem(
        'event_occurred_at',
        t(
          `${col('event_occurred_at')} is in the future`,
          `${col('event_occurred_at')} está en el futuro`,
        ),
      );
    else if (birth.day !== undefined && instant.epochMs < (birth.day - 1) * 86_400_000)
      problem(
        'event_occurred_at',
        t(
          `${col('event_occurred_at')} is before the birth date`,
          `${col('event_occurred_at')} es anterior a la fecha de nacimiento`,
        ),
      );
    else if (eventType)
      events.push({
        eventType,
        occurredAt: instant.iso,
        timeZone,
        source: optional(cells['event_source']),
      });
  }

  const phone = optional(cells['phone']);
  const location = optional(cells['location']);
  const forum = zone && 'forum' in zone ? zone.forum : undefined;
  const row: IntakeRow = {
    line,
    client: {
      givenNames: givenNames ?? '',
      familyNames: optional(cells['family_names']),
      aliases: list(cells['aliases']),
      birthDate: birth.date,
      birthDatePrecision: birth.precision,
      nationalities,
      languages,
      interpreterNeeded: interpreter === undefined ? undefined : interpreter === 'yes',
      gender,
      genderDescription,
      contact: phone || location ? { phone, location } : undefined,
      vulnerabilities,
    },
    case: {
      jurisdiction: pack?.jurisdiction ?? '',
      procedure: procedure ?? '',
      ...(forum ? { forumId: forum.id } : { timeZone }),
      ...(zone && 'forumName' in zone ? { forum: zone.forumName } : {}),
      custodyStatus,
      aNumber: optional(cells['a_number']),
      expediente: optional(cells['expediente']),
    },
    leadAttorneyEmail: optional(cells['lead_attorney_email'])?.toLowerCase(),
    events,
  };
  if (problems.length > 0 || !givenNames || !pack || !procedure || !timeZone)
    return { ok: false, problems, row };
  return { ok: true, row };
}

const withoutParenthesis = (text: string) => text.replace(/\s*\(.*\)\s*$/, '');

/** An entry of a rule pack by id, by its name, or its name without the parenthesis. */
const packValue = (id: string, text: Bilingual): AllowedValue => ({
  code: id,
  en: text.en,
  es: text.es,
  also: [text.en, text.es].map(withoutParenthesis),
});

/** A pack's procedures ("PASEE expulsion" is enough for the PASEE expulsion (DL 1582, …)). */
export function procedureValues(pack: RulePack): AllowedValue[] {
  return pack.procedures.map((p) => packValue(p.id, p.title));
}

export function eventValues(pack: RulePack): AllowedValue[] {
  return pack.eventTypes.map((e) => packValue(e.id, e.label));
}

/** A court or office by id, name, or name with its city. */
export function forumValue(forum: Forum): AllowedValue {
  return {
    code: forum.id,
    en: forum.name,
    es: forum.name,
    also: [`${forum.name} ${forum.city}`, forum.name.replace(/[,.]/g, ' ')],
  };
}

type Zone =
  | { readonly timeZone: string; readonly forum?: Forum; readonly forumName?: string }
  | { readonly missing: 'unknown' | 'required' };

/**
 * The case's clock, as the intake form chooses it: the listed court or office named in the row;
 * else the office's zone when the case is in the office's country; else the country's only zone.
 */
function caseZone(
  pack: RulePack,
  forumCell: string | undefined,
  office: IntakeOfficeDefaults | undefined,
): Zone {
  const forums = forumsOf(pack.jurisdiction);
  if (forumCell) {
    const value = matchValue(forumCell, forums.map(forumValue));
    const forum = forums.find((f) => f.id === value?.code);
    if (forum) return { timeZone: forum.timeZone, forum };
    if (forums.length > 0) return { missing: 'unknown' };
  }
  const named = forumCell ? { forumName: forumCell } : {};
  if (office?.timeZone && office.jurisdiction === pack.jurisdiction)
    return { timeZone: office.timeZone, ...named };
  if (pack.singleTimeZone) return { timeZone: pack.defaultTimeZone, ...named };
  return { missing: 'required' };
}

interface BirthDate {
  readonly date?: string;
  readonly precision?: 'day' | 'month' | 'year';
  readonly day?: number;
  readonly error?: string;
}

function readBirthDate(
  text: string | undefined,
  nowMs: number,
  language: IntakeLanguage,
): BirthDate {
  if (text === undefined) return {};
  const t = (en: string, es: string) => (language === 'es' ? es : en);
  const shapes: [RegExp, 'day' | 'month' | 'year', (t: string) => string][] = [
    [/^\d{4}-\d{2}-\d{2}$/, 'day', (s) => s],
    [/^\d{4}-\d{2}$/, 'month', (s) => `${s}-01`],
    [/^\d{4}$/, 'year', (s) => `${s}-01-01`],
  ];
  const shape = shapes.find(([pattern]) => pattern.test(text));
  const day = shape ? parseIsoDate(shape[2](text)) : undefined;
  if (!shape || day === undefined)
    return {
      error: t(
        `must be YYYY-MM-DD, YYYY-MM or YYYY, not "${text}"`,
        `debe ser AAAA-MM-DD, AAAA-MM o AAAA, no «${text}»`,
      ),
    };
  if (day * 86_400_000 > nowMs) return { error: t('is in the future', 'está en el futuro') };
  const year = Number(text.slice(0, 4));
  if (new Date(nowMs).getUTCFullYear() - year > 120)
    return { error: t('is more than 120 years ago', 'es de hace más de 120 años') };
  return { date: isoDateOf(day), precision: shape[1], day };
}

/** An instant with its offset, or a local date-time (a date alone, if allowed) on the case's clock. */
function readInstant(
  text: string,
  timeZone: string,
  dateAlone: boolean,
): { epochMs: number; iso: string } | { error: true } {
  const withOffset = parseInstant(text.replace(' ', 'T'));
  if (withOffset.ok)
    return { epochMs: withOffset.epochMs, iso: new Date(withOffset.epochMs).toISOString() };
  try {
    const zoned =
      dateAlone && /^\d{4}-\d{2}-\d{2}$/.test(text)
        ? Temporal.PlainDate.from(text).toZonedDateTime({ timeZone })
        : withOffset.reason === 'missing-offset' && /\d[T ]\d{1,2}:\d{2}/.test(text)
          ? Temporal.PlainDateTime.from(text.replace(' ', 'T')).toZonedDateTime(timeZone, {
              disambiguation: 'earlier',
            })
          : undefined;
    if (zoned)
      return { epochMs: zoned.epochMilliseconds, iso: zoned.toString({ timeZoneName: 'never' }) };
  } catch {
    // falls through to the error
  }
  return { error: true };
}
