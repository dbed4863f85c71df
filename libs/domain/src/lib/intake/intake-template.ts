// The files a person downloads before filling an intake sheet: the template (headers and three
// example rows that import as they are) and the sheet of allowed values, both in English or Spanish.
// The Spanish files use ";" between cells, as spreadsheets set to Spanish expect.
import { Temporal } from 'temporal-polyfill';
import { shippedRulePacks } from '../deadlines/rule-pack.registry';
import { forumsOf } from '../forums/forum.registry';
import { INTAKE_COLUMNS, LIST_SEPARATOR, type IntakeColumnKey } from './intake-columns';
import { eventValues, forumValue, procedureValues } from './intake-row.reader';
import {
  type AllowedValue,
  countryValuesList,
  CUSTODY_VALUES,
  GENDER_VALUES,
  type IntakeLanguage,
  languageValuesList,
  VULNERABILITY_VALUES,
  YES_NO_VALUES,
} from './intake-vocabulary';

export const INTAKE_DELIMITER: Readonly<Record<IntakeLanguage, ',' | ';'>> = { en: ',', es: ';' };

type Example = Partial<Record<IntakeColumnKey, Readonly<Record<IntakeLanguage, string>>>>;
const same = (text: string) => ({ en: text, es: text });

/** Local date (YYYY-MM-DD) `days` before now in a zone. */
const daysAgo = (nowMs: number, days: number, timeZone: string) =>
  Temporal.Instant.fromEpochMilliseconds(nowMs)
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .subtract({ days })
    .toString();

/**
 * Three fictional people, written with the labels a person sees: a retention in Peru this morning's
 * PASEE, an entry into Mexico before a COMAR claim at the Tijuana office, a child's refugee claim
 * with no event yet. Dates are relative to the day of download so the rows are never in the future.
 */
function examples(nowMs: number): Example[] {
  const pe = shippedRulePacks().get('PE');
  const mx = shippedRulePacks().get('MX');
  const label = (values: AllowedValue[], code: string) => {
    const value = values.find((v) => v.code === code);
    return { en: value?.en ?? code, es: value?.es ?? code };
  };
  const short = (values: AllowedValue[], code: string) => {
    const value = values.find((v) => v.code === code);
    const [en = code, es = code] = value?.also ?? [value?.en, value?.es];
    return { en, es };
  };
  const peProcedures = pe ? procedureValues(pe) : [];
  const mxProcedures = mx ? procedureValues(mx) : [];
  const tijuana = forumsOf('MX').find((forum) => forum.id === 'mx-comar-tijuana');
  return [
    {
      given_names: { en: 'Carmen Elena (example)', es: 'Carmen Elena (ejemplo)' },
      family_names: same('Rojas Pérez'),
      birth_date: same('1994-03-12'),
      gender: { en: 'Female', es: 'Mujer' },
      nationalities: same('Venezuela'),
      languages: { en: 'Spanish', es: 'Español' },
      interpreter_needed: same('No'),
      location: { en: 'Aguas Verdes police station', es: 'Comisaría de Aguas Verdes' },
      jurisdiction: { en: 'Peru', es: 'Perú' },
      procedure: short(peProcedures, 'pasee-expulsion'),
      custody_status: { en: 'Detained', es: 'Detenida' },
      event_type: label(pe ? eventValues(pe) : [], 'police-retention'),
      event_occurred_at: same(`${daysAgo(nowMs, 1, 'America/Lima')} 06:00`),
      event_source: { en: 'Police retention record', es: 'Acta de retención' },
    },
    {
      given_names: { en: 'Jean Robert (example)', es: 'Jean Robert (ejemplo)' },
      family_names: same('Pierre'),
      birth_date: same('1988'),
      gender: { en: 'Male', es: 'Hombre' },
      nationalities: { en: 'Haiti', es: 'Haití' },
      languages: {
        en: `Haitian Creole ${LIST_SEPARATOR} French`,
        es: `Criollo haitiano ${LIST_SEPARATOR} Francés`,
      },
      interpreter_needed: { en: 'Yes', es: 'Sí' },
      location: { en: 'Shelter in Tijuana', es: 'Albergue en Tijuana' },
      jurisdiction: { en: 'Mexico', es: 'México' },
      procedure: label(mxProcedures, 'comar-refugee-claim'),
      forum: same(tijuana?.name ?? ''),
      custody_status: { en: 'At liberty', es: 'En libertad' },
      event_type: label(mx ? eventValues(mx) : [], 'entry-into-country'),
      event_occurred_at: same(daysAgo(nowMs, 20, 'America/Tijuana')),
    },
    {
      given_names: { en: 'Luis Ángel (example)', es: 'Luis Ángel (ejemplo)' },
      family_names: same('Gómez Arias'),
      birth_date: same('2012-05'),
      gender: { en: 'Male', es: 'Hombre' },
      nationalities: same('Colombia'),
      languages: { en: 'Spanish', es: 'Español' },
      vulnerabilities: {
        en: `Child ${LIST_SEPARATOR} Indigenous`,
        es: `Niña, niño o adolescente ${LIST_SEPARATOR} Indígena`,
      },
      jurisdiction: { en: 'Peru', es: 'Perú' },
      procedure: short(peProcedures, 'refugee-claim'),
      custody_status: { en: 'Unknown', es: 'Desconocida' },
    },
  ];
}

/** The template's rows: the headers, then the example people. */
export function intakeTemplateRows(language: IntakeLanguage, nowMs: number): string[][] {
  const header = INTAKE_COLUMNS.map((column) => (language === 'es' ? column.es : column.name));
  const rows = examples(nowMs).map((example) =>
    INTAKE_COLUMNS.map((column) => example[column.name]?.[language] ?? ''),
  );
  return [header, ...rows];
}

/**
 * The sheet of allowed values: first what each column takes, then every value a column with a list
 * accepts, by country where it depends on the country, with the other words also accepted.
 */
export function intakeAllowedValueRows(language: IntakeLanguage): string[][] {
  const other: IntakeLanguage = language === 'es' ? 'en' : 'es';
  const header =
    language === 'es'
      ? ['columna', 'país del caso', 'valor', 'también se acepta']
      : ['column', 'country of the case', 'value', 'also accepted'];
  const name = (key: IntakeColumnKey) => {
    const column = INTAKE_COLUMNS.find((c) => c.name === key);
    return language === 'es' ? (column?.es ?? key) : key;
  };
  const rows: string[][] = [header];
  for (const column of INTAKE_COLUMNS)
    rows.push([language === 'es' ? column.es : column.name, '', column.hint[language], '']);
  const add = (key: IntakeColumnKey, country: string, values: readonly AllowedValue[]) => {
    for (const value of values) {
      const also = [...new Set([value.code, value[other]])].filter((w) => w !== value[language]);
      rows.push([name(key), country, value[language], also.join(` ${LIST_SEPARATOR} `)]);
    }
  };
  const packs = shippedRulePacks().all();
  add(
    'jurisdiction',
    '',
    packs.map((p) => ({ code: p.jurisdiction, en: p.name.en, es: p.name.es })),
  );
  for (const pack of packs) add('procedure', pack.name[language], procedureValues(pack));
  for (const pack of packs)
    add('forum', pack.name[language], forumsOf(pack.jurisdiction).map(forumValue));
  for (const pack of packs) add('event_type', pack.name[language], eventValues(pack));
  add('custody_status', '', CUSTODY_VALUES);
  add('gender', '', GENDER_VALUES);
  add('interpreter_needed', '', YES_NO_VALUES);
  add('vulnerabilities', '', VULNERABILITY_VALUES);
  add('languages', '', languageValuesList());
  add('nationalities', '', countryValuesList());
  return rows;
}

/** CSV text with a byte-order mark (so spreadsheets read accents) and CRLF line ends. */
export function toCsvText(rows: readonly (readonly string[])[], delimiter: ',' | ';'): string {
  const cell = (text: string) =>
    /["\r\n,;]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
  return `\uFEFF${rows.map((row) => row.map(cell).join(delimiter)).join('\r\n')}\r\n`;
}
