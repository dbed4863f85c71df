// The columns of the many-people intake file: one row is one person, their case and, if known,
// the event that started the clock (a police retention, a detention, a decision served).

export interface IntakeColumn {
  readonly name: string;
  readonly required: boolean;
  /** What to write, for the template's documentation and error messages. */
  readonly hint: string;
}

/** Lists inside one cell (aliases, nationalities, languages, vulnerabilities) use this. */
export const LIST_SEPARATOR = '|';

export const INTAKE_COLUMNS: readonly IntakeColumn[] = [
  { name: 'given_names', required: true, hint: 'given names as the person writes them' },
  { name: 'family_names', required: false, hint: 'family names' },
  { name: 'aliases', required: false, hint: 'other names, separated by |' },
  {
    name: 'birth_date',
    required: false,
    hint: 'YYYY-MM-DD, or YYYY-MM or YYYY when only that is known',
  },
  { name: 'nationalities', required: false, hint: 'ISO country codes separated by |, e.g. VE|CO' },
  { name: 'languages', required: false, hint: 'language tags separated by |, e.g. es|ht' },
  { name: 'interpreter_needed', required: false, hint: 'yes or no (sí / no)' },
  { name: 'gender', required: false, hint: 'as the person states it' },
  { name: 'phone', required: false, hint: 'digits, spaces, +, ( ) and -' },
  { name: 'location', required: false, hint: 'where the person is now: a station, a shelter' },
  {
    name: 'vulnerabilities',
    required: false,
    hint: 'separated by |, e.g. detained|child (see the documentation for the list)',
  },
  { name: 'jurisdiction', required: true, hint: 'PE, US, MX, DO, PA or CR' },
  { name: 'procedure', required: true, hint: "a procedure of the jurisdiction's rule pack" },
  { name: 'custody_status', required: false, hint: 'detained, released, at_liberty or unknown' },
  { name: 'a_number', required: false, hint: 'A-number or national file number' },
  { name: 'expediente', required: false, hint: 'the authority’s file number' },
  {
    name: 'lead_attorney_email',
    required: false,
    hint: 'e-mail of an active attorney of the office',
  },
  { name: 'entered_country_on', required: false, hint: 'YYYY-MM-DD the person entered' },
  {
    name: 'event_type',
    required: false,
    hint: "the triggering event from the jurisdiction's catalogue, e.g. police-retention",
  },
  {
    name: 'event_occurred_at',
    required: false,
    hint: 'when it happened: 2026-11-20T06:00-05:00, or 2026-11-20 06:00 on the forum clock',
  },
  { name: 'event_source', required: false, hint: 'who reported it, e.g. the police record' },
];

export const INTAKE_COLUMN_NAMES: readonly string[] = INTAKE_COLUMNS.map((column) => column.name);

/** Refused beyond this: a bigger intake is split into several files. */
export const INTAKE_MAX_ROWS = 5_000;
