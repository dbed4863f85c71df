import { readIntakeRow, type IntakeReadOptions, type IntakeRow } from './intake-row.reader';

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

function ok(cells: Record<string, string>, options?: IntakeReadOptions): IntakeRow {
  const result = readIntakeRow(cells, 7, NOW, options);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.row;
}

function problems(cells: Record<string, string>, options?: IntakeReadOptions) {
  const result = readIntakeRow(cells, 7, NOW, options);
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
    expect(row.case).toMatchObject({
      jurisdiction: 'PE',
      procedure: 'pasee-expulsion',
      timeZone: 'America/Lima',
    });
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

  it('takes the labels people see, in English or Spanish, whatever their case or accents', () => {
    const row = ok({
      ...base,
      nationalities: 'México | haiti | Estados Unidos',
      languages: 'Criollo haitiano | french | quechua',
      gender: 'mujer',
      custody_status: 'EN LIBERTAD',
      vulnerabilities: 'Niña, niño o adolescente | indigena | Violencia de género',
      interpreter_needed: 'Si',
      jurisdiction: 'Perú',
      procedure: 'Expulsión en PASEE',
      event_type: 'retención administrativa por la pnp',
    });
    expect(row.client).toMatchObject({
      nationalities: ['MX', 'HT', 'US'],
      languages: ['ht', 'fr', 'qu'],
      gender: 'female',
      interpreterNeeded: true,
      vulnerabilities: ['child', 'indigenous', 'gender_based_violence'],
    });
    expect(row.case).toMatchObject({ jurisdiction: 'PE', custodyStatus: 'at_liberty' });
    expect(row.events[0].eventType).toBe('police-retention');
    expect(ok({ ...base, custody_status: 'At liberty' }).case.custodyStatus).toBe('at_liberty');
    expect(ok({ ...base, custody_status: 'detenida' }).case.custodyStatus).toBe('detained');
    expect(ok({ ...base, gender: 'as she states it' }).client).toMatchObject({
      gender: 'self_described',
      genderDescription: 'as she states it',
    });
    expect(ok({ ...base, gender: 'Prefiere no indicarlo' }).client.gender).toBe(
      'prefer_not_to_say',
    );
  });

  it('lists every problem of the row at once, with the allowed values, never a field name', () => {
    const found = problems({
      given_names: ' ',
      birth_date: '2031-02-30',
      interpreter_needed: 'maybe',
      custody_status: 'free-ish',
      vulnerabilities: 'child, detained',
      jurisdiction: 'AR',
      procedure: '',
      event_type: 'police-retention',
    });
    expect(found).toEqual([
      'given_names: given_names is required',
      'birth_date: birth_date: must be YYYY-MM-DD, YYYY-MM or YYYY, not "2031-02-30"',
      'interpreter_needed: interpreter_needed: "maybe" is not an allowed value (allowed: Yes, No)',
      'vulnerabilities: vulnerabilities: "child, detained" is not an allowed value (allowed: Unaccompanied child, Child, LGBTIQ+, Survivor of trafficking, Gender-based violence, Disability, Indigenous, Older person, Pregnant, Detained, Medical needs); separate several values with |',
      'custody_status: custody_status: "free-ish" is not an allowed value (allowed: Detained, Released, At liberty, Unknown)',
      'jurisdiction: jurisdiction: "AR" is not an allowed value (allowed: Peru, United States, Mexico, Dominican Republic, Panama, Costa Rica)',
      'procedure: procedure is required',
      'event_occurred_at: event_occurred_at is required when event_type is given',
    ]);
    expect(found.join(' ')).not.toMatch(/custodyStatus|givenNames|eventType/);
  });

  it('speaks the language of the file, naming its Spanish columns', () => {
    expect(
      problems({ ...base, custody_status: 'suelto', procedure: 'amparo' }, { language: 'es' }),
    ).toEqual([
      'custodia: custodia: «suelto» no es un valor permitido (permitidos: Detenido/a, Liberado/a, En libertad, Desconocida)',
      'procedimiento: procedimiento: «amparo» no es un valor permitido (permitidos: Expulsión en PASEE (DL 1582, procedimiento administrativo sancionador especial excepcional), Solicitud de refugio (Ley 27891))',
    ]);
  });

  it('gives each event one way: an entry into the country may be a date alone, on the case clock', () => {
    const row = ok({
      ...base,
      event_type: 'Ingreso al Perú',
      event_occurred_at: '2026-10-02',
    });
    expect(row.events.map((e) => [e.eventType, e.occurredAt])).toEqual([
      ['entry-into-country', '2026-10-02T00:00:00-05:00'],
    ]);
    // a retention needs its hour: a 24-hour clock cannot start from a day
    expect(problems({ ...base, event_occurred_at: '2026-11-20' })[0]).toMatch(
      /^event_occurred_at: event_occurred_at must be a date and time such as/,
    );
  });

  it('takes the zone from the court or office, else the office default, never a silent default', () => {
    const mx = {
      ...base,
      jurisdiction: 'MX',
      procedure: 'comar-refugee-claim',
      event_type: 'entry-into-country',
      event_occurred_at: '2026-11-02',
    };
    expect(ok({ ...mx, forum: 'COMAR, Tijuana' }).case).toMatchObject({
      forumId: 'mx-comar-tijuana',
    });
    expect(ok({ ...mx, forum: 'comar tijuana' }).events[0]).toMatchObject({
      timeZone: 'America/Tijuana',
      occurredAt: '2026-11-02T00:00:00-08:00',
    });
    const office = { jurisdiction: 'MX', timeZone: 'America/Tijuana' };
    expect(ok(mx, { office }).case).toMatchObject({ timeZone: 'America/Tijuana' });
    expect(ok({ ...mx, jurisdiction: '' }, { office }).case.jurisdiction).toBe('MX');
    expect(problems(mx)).toEqual([
      'forum: Mexico has several time zones: write the court or office in forum (see the sheet of allowed values)',
    ]);
    expect(problems({ ...mx, forum: 'COMAR Narnia' })[0]).toMatch(
      /^forum: forum: "COMAR Narnia" is not an allowed value \(allowed: COMAR, Ciudad de México, .*COMAR, Tijuana/,
    );
    // an office in Mexico does not lend its zone to a case in Peru
    expect(ok(base, { office }).case.timeZone).toBe('America/Lima');
  });

  it('refuses impossible dates: born in the future, events before birth, events to come', () => {
    expect(problems({ ...base, birth_date: '2027-01-01' })).toEqual([
      'birth_date: birth_date: is in the future',
    ]);
    expect(
      problems({ ...base, birth_date: '2000-01-01', event_occurred_at: '1999-11-01T08:00-05:00' }),
    ).toEqual(['event_occurred_at: event_occurred_at is before the birth date']);
    expect(problems({ ...base, event_occurred_at: '2026-11-24T08:00-05:00' })).toEqual([
      'event_occurred_at: event_occurred_at is in the future',
    ]);
    expect(problems({ ...base, event_type: 'ascension' })[0]).toMatch(
      /^event_type: event_type: "ascension" is not an allowed value \(allowed: .*Administrative retention by the police/,
    );
  });
});
