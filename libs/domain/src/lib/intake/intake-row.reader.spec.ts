import { readIntakeRow, type IntakeRow } from './intake-row.reader';

const NOW = Date.parse('2026-11-23T15:00:00Z');

const base = {
  given_names: 'Nguyễn Thị',
  family_names: 'Lan (demo)',
  aliases: 'Lan | Lanita',
  birth_date: '1991-04',
  nationalities: 've|co',
  languages: 'ES',
  interpreter_needed: 'sí',
  jurisdiction: 'pe',
  procedure: 'pasee-expulsion',
  event_type: 'police-retention',
  event_occurred_at: '2026-11-22 21:30',
};

function ok(cells: Record<string, string>): IntakeRow {
  const result = readIntakeRow(cells, 7, NOW);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.row;
}

function problems(cells: Record<string, string>) {
  const result = readIntakeRow(cells, 7, NOW);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(({ column, message }) => `${column}: ${message}`);
}

describe('readIntakeRow', () => {
  it('reads a person, the case and a local retention time on the forum clock (Lima)', () => {
    const row = ok(base);
    expect(row.client).toMatchObject({
      givenNames: 'Nguyễn Thị',
      aliases: ['Lan', 'Lanita'],
      birthDate: '1991-04-01',
      birthDatePrecision: 'month',
      nationalities: ['VE', 'CO'],
      languages: ['es'],
      interpreterNeeded: true,
    });
    expect(row.case).toMatchObject({ jurisdiction: 'PE', procedure: 'pasee-expulsion' });
    expect(row.events).toEqual([
      {
        eventType: 'police-retention',
        occurredAt: '2026-11-22T21:30:00-05:00',
        timeZone: 'America/Lima',
        source: undefined,
      },
    ]);
    expect(Date.parse(row.events[0].occurredAt)).toBe(Date.parse('2026-11-23T02:30:00Z'));
  });

  it('keeps an instant written with its offset and records the entry into the country first', () => {
    const row = ok({
      ...base,
      event_occurred_at: '2026-11-22T21:30:00-03:00',
      entered_country_on: '2026-10-02',
    });
    expect(row.events.map((e) => [e.eventType, e.occurredAt])).toEqual([
      ['entry-into-country', '2026-10-02T00:00:00-05:00'],
      ['police-retention', '2026-11-23T00:30:00.000Z'],
    ]);
  });

  it('lists every problem of the row by column, in words a person can act on', () => {
    expect(
      problems({
        given_names: ' ',
        birth_date: '2031-02-30',
        interpreter_needed: 'maybe',
        jurisdiction: 'AR',
        procedure: '',
        event_type: 'police-retention',
      }),
    ).toEqual([
      'given_names: given_names is required',
      'birth_date: birth_date must be YYYY-MM-DD, YYYY-MM or YYYY, not "2031-02-30"',
      'interpreter_needed: interpreter_needed must be yes or no, not "maybe"',
      'jurisdiction: unknown jurisdiction "AR"; known: PE, US, MX, DO, PA, CR',
      'procedure: procedure is required',
      'event_occurred_at: event_occurred_at is required when event_type is given',
    ]);
  });

  it('refuses impossible dates: born in the future, retained before entering, events to come', () => {
    expect(problems({ ...base, birth_date: '2027-01-01' })).toEqual([
      'birth_date: birth_date is in the future',
    ]);
    expect(
      problems({
        ...base,
        entered_country_on: '2026-11-20',
        event_occurred_at: '2026-11-01T08:00-05:00',
      }),
    ).toEqual(['event_occurred_at: the event happened before the person entered the country']);
    expect(problems({ ...base, event_occurred_at: '2026-11-24T08:00-05:00' })).toEqual([
      'event_occurred_at: event_occurred_at is in the future',
    ]);
    expect(problems({ ...base, event_type: 'ascension' })[0]).toMatch(
      /^event_type: unknown event type "ascension" for PE; known: .*police-retention/,
    );
    expect(problems({ ...base, event_occurred_at: 'yesterday night' })[0]).toMatch(
      /^event_occurred_at: event_occurred_at must be a date and time such as/,
    );
  });
});
