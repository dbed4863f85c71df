// Turns the text of an uploaded intake file into records keyed by column, with the line each starts
// on, or refuses the whole file with one message saying what to fix (not a CSV, wrong columns, too
// many rows). csv-parse does the CSV itself: quotes, quoted line breaks, a byte-order mark.
import { parse } from 'csv-parse/sync';
import {
  INTAKE_COLUMNS,
  INTAKE_MAX_ROWS,
  intakeColumnOf,
  type IntakeLanguage,
  InvalidInputError,
  DomainError,
} from '@amparo/domain';

export interface IntakeRecord {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

export interface ParsedIntakeFile {
  readonly delimiter: ',' | ';';
  /** The language of the headers (the English or the Spanish template): messages follow it. */
  readonly language: IntakeLanguage;
  readonly records: readonly IntakeRecord[];
}

/** The file as a whole cannot be read as an intake sheet (400). */
export class IntakeFileError extends InvalidInputError {
  constructor(code: string, message: string) {
    super(code, message, [{ field: 'file', message }]);
  }
}

/** More people than one file may carry (413). */
export class IntakeFileTooLargeError extends DomainError {
  readonly kind = 'payload_too_large' as const;
  constructor(rows: number) {
    super(
      'INTAKE_TOO_MANY_ROWS',
      `The file has ${rows} rows; one file may hold at most ${INTAKE_MAX_ROWS} people: split it into smaller files`,
    );
  }
}

export function parseIntakeCsv(text: string | undefined): ParsedIntakeFile {
  if (typeof text !== 'string' || text.replace(/^\uFEFF/, '').trim() === '')
    throw new IntakeFileError(
      'INTAKE_EMPTY_FILE',
      'The file is empty: send the template filled in, one person per row',
    );
  // A binary file (a spreadsheet saved as .xlsx, a PDF) decodes to NULs and replacement characters.
  // eslint-disable-next-line no-control-regex -- NUL is exactly what marks a binary file
  if (/[\u0000\uFFFD]/.test(text))
    throw new IntakeFileError(
      'INTAKE_NOT_CSV',
      'The file is not UTF-8 CSV text: in your spreadsheet choose "Save as… CSV UTF-8" and send that file',
    );
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';

  let rows: { record: Record<string, string>; info: { lines: number } }[];
  let language: IntakeLanguage = 'en';
  try {
    rows = parse(text, {
      bom: true,
      delimiter,
      columns: (header: string[]) => {
        const checked = checkHeader(header);
        language = checked.language;
        return checked.keys;
      },
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
      info: true,
      max_record_size: 64 * 1024,
    }) as { record: Record<string, string>; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const where = (error as { lines?: number }).lines;
    const reason =
      (error as { code?: string }).code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH'
        ? 'a row has a different number of cells than the header'
        : (error as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED'
          ? 'a quoted cell is never closed'
          : 'the text is not valid CSV';
    throw new IntakeFileError(
      'INTAKE_NOT_CSV',
      `The file cannot be read as CSV${where ? ` at line ${where}` : ''}: ${reason}`,
    );
  }
  if (rows.length === 0)
    throw new IntakeFileError('INTAKE_EMPTY_FILE', 'The file has a header but no people in it');
  if (rows.length > INTAKE_MAX_ROWS) throw new IntakeFileTooLargeError(rows.length);
  // info.lines is the line the record ends on; a record starts after the previous one ended.
  let previousEnd = 1;
  return {
    delimiter,
    language,
    records: rows.map(({ record, info }) => {
      const line = previousEnd + 1;
      previousEnd = info.lines;
      return { line, cells: record };
    }),
  };
}

/** The header's columns by their key, in English or Spanish; every fault named at once. */
function checkHeader(header: string[]): { keys: string[]; language: IntakeLanguage } {
  const names = header.map((name) => name.replace(/^\uFEFF/, '').trim());
  const found = names.map((name) => intakeColumnOf(name));
  const spanish = found.filter((f) => f?.language === 'es').length;
  const english = found.filter((f) => f?.language === 'en' && f.column.es !== f.column.name).length;
  const language: IntakeLanguage = spanish > english ? 'es' : 'en';
  const keys = found.map((f, index) => f?.column.name ?? names[index]);
  const label = (key: string) => {
    const column = INTAKE_COLUMNS.find((c) => c.name === key);
    return column && language === 'es' ? column.es : key;
  };
  const unknown = names.filter((_, index) => !found[index]);
  const missing = INTAKE_COLUMNS.filter((c) => c.required && !keys.includes(c.name)).map((c) =>
    label(c.name),
  );
  const repeated = keys.filter((key, index) => keys.indexOf(key) !== index).map(label);
  const faults =
    language === 'es'
      ? [
          missing.length ? `faltan las columnas ${missing.join(', ')}` : '',
          unknown.length ? `columnas desconocidas ${unknown.map((n) => `«${n}»`).join(', ')}` : '',
          repeated.length ? `columnas repetidas ${repeated.join(', ')}` : '',
        ]
      : [
          missing.length ? `missing column(s) ${missing.join(', ')}` : '',
          unknown.length ? `unknown column(s) ${unknown.map((n) => `"${n}"`).join(', ')}` : '',
          repeated.length ? `repeated column(s) ${repeated.join(', ')}` : '',
        ];
  const message = faults.filter(Boolean).join('; ');
  if (message)
    throw new IntakeFileError(
      'INTAKE_BAD_HEADER',
      language === 'es'
        ? `La primera línea debe nombrar las columnas de la plantilla: ${message}. Descargue la plantilla para verlas`
        : `The first line must name the template's columns: ${message}. Download the template to see them`,
    );
  return { keys, language };
}

const count = (text: string, character: string) => text.split(character).length - 1;
