// The columns of the many-people intake file: one row is one person, their case and, if known,
// the event that started the clock (a police retention, an entry into the country). Each column has
// a header in English and one in Spanish; a file may use either (the template comes in both).
import { foldForSearch } from '../people/search-fold';
import type { IntakeLanguage } from './intake-vocabulary';

export type IntakeColumnKey =
  | 'given_names'
  | 'family_names'
  | 'aliases'
  | 'birth_date'
  | 'gender'
  | 'nationalities'
  | 'languages'
  | 'interpreter_needed'
  | 'phone'
  | 'location'
  | 'vulnerabilities'
  | 'jurisdiction'
  | 'procedure'
  | 'forum'
  | 'custody_status'
  | 'a_number'
  | 'expediente'
  | 'lead_attorney_email'
  | 'event_type'
  | 'event_occurred_at'
  | 'event_source';

export interface IntakeColumn {
  /** The English header, which is also the key the rows are read by. */
  readonly name: IntakeColumnKey;
  /** The Spanish template's header. */
  readonly es: string;
  /** The header row must have this column (its cells may still need a value). */
  readonly required: boolean;
  /** What to write, for the allowed-values sheet and messages. */
  readonly hint: Readonly<Record<IntakeLanguage, string>>;
}

/** Several values in one cell (aliases, nationalities, languages, vulnerabilities) use this. */
export const LIST_SEPARATOR = '|';

const several = {
  en: `several separated by ${LIST_SEPARATOR} (vertical bar)`,
  es: `varios separados por ${LIST_SEPARATOR} (barra vertical)`,
};

export const INTAKE_COLUMNS: readonly IntakeColumn[] = [
  {
    name: 'given_names',
    es: 'nombres',
    required: true,
    hint: {
      en: 'given names as the person writes them',
      es: 'nombres como la persona los escribe',
    },
  },
  {
    name: 'family_names',
    es: 'apellidos',
    required: false,
    hint: { en: 'family names', es: 'apellidos' },
  },
  {
    name: 'aliases',
    es: 'alias',
    required: false,
    hint: { en: `other names, ${several.en}`, es: `otros nombres, ${several.es}` },
  },
  {
    name: 'birth_date',
    es: 'fecha_nacimiento',
    required: false,
    hint: {
      en: 'YYYY-MM-DD, or YYYY-MM or YYYY when only that is known',
      es: 'AAAA-MM-DD, o AAAA-MM o AAAA si solo se sabe eso',
    },
  },
  {
    name: 'gender',
    es: 'genero',
    required: false,
    hint: {
      en: 'Female, Male, Non-binary, or as the person states it',
      es: 'Mujer, Hombre, No binario, o como la persona lo diga',
    },
  },
  {
    name: 'nationalities',
    es: 'nacionalidades',
    required: false,
    hint: {
      en: `countries by name or ISO code, ${several.en}: Venezuela | Colombia`,
      es: `países por nombre o código ISO, ${several.es}: Venezuela | Colombia`,
    },
  },
  {
    name: 'languages',
    es: 'idiomas',
    required: false,
    hint: {
      en: `languages by name or code, ${several.en}: Spanish | Haitian Creole`,
      es: `idiomas por nombre o código, ${several.es}: Español | Criollo haitiano`,
    },
  },
  {
    name: 'interpreter_needed',
    es: 'necesita_interprete',
    required: false,
    hint: { en: 'Yes or No', es: 'Sí o No' },
  },
  {
    name: 'phone',
    es: 'telefono',
    required: false,
    hint: { en: 'digits, spaces, +, ( ) and -', es: 'dígitos, espacios, +, ( ) y -' },
  },
  {
    name: 'location',
    es: 'ubicacion',
    required: false,
    hint: {
      en: 'where the person is now: a station, a shelter',
      es: 'dónde está la persona ahora: una comisaría, un albergue',
    },
  },
  {
    name: 'vulnerabilities',
    es: 'vulnerabilidades',
    required: false,
    hint: {
      en: `from the allowed values, ${several.en}`,
      es: `de los valores permitidos, ${several.es}`,
    },
  },
  {
    name: 'jurisdiction',
    es: 'pais_del_caso',
    required: false,
    hint: {
      en: 'the country of the case (Peru, Mexico…); empty: your office’s country',
      es: 'el país del caso (Perú, México…); vacío: el país de su oficina',
    },
  },
  {
    name: 'procedure',
    es: 'procedimiento',
    required: true,
    hint: {
      en: 'a procedure of that country, from the allowed values',
      es: 'un procedimiento de ese país, de los valores permitidos',
    },
  },
  {
    name: 'forum',
    es: 'oficina_o_tribunal',
    required: false,
    hint: {
      en: 'the court or office from the allowed values: its clock is the case’s; empty: your office’s time zone',
      es: 'el tribunal u oficina de los valores permitidos: su hora es la del caso; vacío: la zona horaria de su oficina',
    },
  },
  {
    name: 'custody_status',
    es: 'custodia',
    required: false,
    hint: {
      en: 'Detained, Released, At liberty or Unknown',
      es: 'Detenido/a, Liberado/a, En libertad o Desconocida',
    },
  },
  {
    name: 'a_number',
    es: 'numero_a',
    required: false,
    hint: { en: 'A-number, e.g. A-123-456-789', es: 'número A, p. ej. A-123-456-789' },
  },
  {
    name: 'expediente',
    es: 'expediente',
    required: false,
    hint: { en: 'the authority’s file number', es: 'el número de expediente de la autoridad' },
  },
  {
    name: 'lead_attorney_email',
    es: 'correo_abogado',
    required: false,
    hint: {
      en: 'e-mail of an active attorney of the office',
      es: 'correo de un abogado o abogada activa de la oficina',
    },
  },
  {
    name: 'event_type',
    es: 'evento',
    required: false,
    hint: {
      en: 'the event that starts the clock (police retention, entry into the country…), from the allowed values',
      es: 'el hecho que inicia el plazo (retención policial, ingreso al país…), de los valores permitidos',
    },
  },
  {
    name: 'event_occurred_at',
    es: 'fecha_hora_evento',
    required: false,
    hint: {
      en: 'when it happened, on the case’s clock: 2026-11-20 06:00 (an entry into the country may be a date alone)',
      es: 'cuándo ocurrió, en la hora del caso: 2026-11-20 06:00 (un ingreso al país puede ser solo la fecha)',
    },
  },
  {
    name: 'event_source',
    es: 'fuente_evento',
    required: false,
    hint: {
      en: 'who reported it, e.g. the police record',
      es: 'quién lo informó, p. ej. el acta policial',
    },
  },
];

export const INTAKE_COLUMN_NAMES: readonly string[] = INTAKE_COLUMNS.map((column) => column.name);

const headerKey = (text: string) => foldForSearch(text).replace(/[\s-]+/g, '_');

/** The column a header names, in either language, whatever its case, accents or spacing. */
export function intakeColumnOf(
  header: string,
): { column: IntakeColumn; language: IntakeLanguage } | undefined {
  const key = headerKey(header);
  for (const column of INTAKE_COLUMNS) {
    if (headerKey(column.name) === key) return { column, language: 'en' };
    if (headerKey(column.es) === key) return { column, language: 'es' };
  }
  return undefined;
}

/** The header a person sees for a column, in the file's language. */
export function intakeColumnLabel(key: string, language: IntakeLanguage): string {
  const column = INTAKE_COLUMNS.find((c) => c.name === key);
  return column ? (language === 'es' ? column.es : column.name) : key;
}

/** Refused beyond this: a bigger intake is split into several files. */
export const INTAKE_MAX_ROWS = 5_000;
