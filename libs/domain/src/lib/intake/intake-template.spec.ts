import { parse } from 'csv-parse/sync';
import { INTAKE_COLUMNS, intakeColumnOf } from './intake-columns';
import { readIntakeRow } from './intake-row.reader';
import {
  INTAKE_DELIMITER,
  intakeAllowedValueRows,
  intakeTemplateRows,
  toCsvText,
} from './intake-template';

const NOW = Date.parse('2026-11-23T15:00:00Z');

describe('the intake template', () => {
  it.each(['en', 'es'] as const)(
    'in %s, its three example people read without a problem as they are written',
    (language) => {
      const text = toCsvText(intakeTemplateRows(language, NOW), INTAKE_DELIMITER[language]);
      const [header, ...rows] = parse(text, {
        bom: true,
        delimiter: INTAKE_DELIMITER[language],
      }) as string[][];
      expect(header.map((name) => intakeColumnOf(name)?.language)).not.toContain(undefined);
      expect(rows).toHaveLength(3);
      const read = rows.map((cells, index) =>
        readIntakeRow(
          Object.fromEntries(
            header.map((name, column) => [intakeColumnOf(name)?.column.name, cells[column]]),
          ),
          index + 2,
          NOW,
          { language },
        ),
      );
      expect(read.flatMap((r) => (r.ok ? [] : r.problems))).toEqual([]);
      expect(read.map((r) => [r.row.case.jurisdiction, r.row.case.procedure])).toEqual([
        ['PE', 'pasee-expulsion'],
        ['MX', 'comar-refugee-claim'],
        ['PE', 'refugee-claim'],
      ]);
      expect(read.map((r) => r.row.events.map((e) => `${e.eventType} ${e.timeZone}`))).toEqual([
        ['police-retention America/Lima'],
        ['entry-into-country America/Tijuana'],
        [],
      ]);
      expect(read[1].row.client).toMatchObject({ nationalities: ['HT'], languages: ['ht', 'fr'] });
    },
  );

  it('names every column and the values of every list column, in both languages', () => {
    const en = intakeAllowedValueRows('en');
    const es = intakeAllowedValueRows('es');
    for (const column of INTAKE_COLUMNS) {
      expect(en.some((row) => row[0] === column.name)).toBe(true);
      expect(es.some((row) => row[0] === column.es)).toBe(true);
    }
    expect(es).toContainEqual(['custodia', '', 'En libertad', 'at_liberty | At liberty']);
    expect(en).toContainEqual(['nationalities', '', 'Mexico', 'MX | México']);
    expect(en).toContainEqual(['languages', '', 'Haitian Creole', 'ht | Criollo haitiano']);
    expect(en.find((row) => row[0] === 'forum' && row[2] === 'COMAR, Tijuana')?.[1]).toBe('Mexico');
  });

  it('quotes cells that hold a separator, a quote or a line break', () => {
    expect(toCsvText([['a,b', 'say "hi"', 'plain']], ',')).toBe(
      '\uFEFF"a,b","say ""hi""",plain\r\n',
    );
  });
});
