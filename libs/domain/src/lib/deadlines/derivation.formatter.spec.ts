import { HolidayCalendarProvider } from './calendar/calendar.provider';
import { DeadlineRequest } from './computed-deadline';
import { DeadlineEngine } from './deadline.engine';

const engine = new DeadlineEngine({
  calendars: new HolidayCalendarProvider(),
  now: () => Date.parse('2026-11-23T12:00:00Z'),
});
const basisOf = (request: DeadlineRequest, ruleId: string) =>
  engine.compute(request).find((d) => d.ruleId === ruleId)?.basis;

describe('derivations a person can check', () => {
  it('explains a holiday roll-forward (the issue example)', () => {
    const basis = basisOf(
      {
        jurisdiction: 'US',
        procedure: 'removal-proceedings',
        eventType: 'ij-decision-oral',
        occurredAt: '2026-11-25T10:00:00-05:00',
        timeZone: 'America/New_York',
      },
      'us.bia-appeal',
    );
    expect(basis?.en).toBe(
      'IJ decision stated orally 2026-11-25 + 30 calendar days = Friday 2026-12-25, a federal holiday (Christmas Day) → next working day Monday 2026-12-28; due by the end of that day (23:59, America/New_York).',
    );
    expect(basis?.es).toBe(
      'Decisión oral del juez de inmigración 2026-11-25 + 30 días naturales = viernes 2026-12-25, feriado federal (Navidad) → siguiente día hábil: lunes 2026-12-28; vence al terminar ese día (23:59, America/New_York).',
    );
  });

  it('lists the holidays skipped by días hábiles', () => {
    const basis = basisOf(
      {
        jurisdiction: 'PE',
        procedure: 'pasee-expulsion',
        eventType: 'sanction-notification',
        occurredAt: '2026-07-24T10:00:00-05:00',
      },
      'pe.pasee.reconsideration',
    );
    expect(basis?.en).toBe(
      'Notification of the sanction resolution 2026-07-24 + 3 business days (skipping weekends and 2026-07-28 Independence Day (public holiday), 2026-07-29 Independence Day (public holiday)) = Friday 2026-07-31; due by the end of that day (23:59, America/Lima).',
    );
    expect(basis?.es).toContain(
      '3 días hábiles (sin contar fines de semana ni 2026-07-28 Día de la Independencia',
    );
  });

  it('gives both readings of a possible range on the clock, with the clock change', () => {
    const basis = basisOf(
      {
        jurisdiction: 'US',
        procedure: 'expedited-removal',
        eventType: 'negative-credible-fear-approved',
        occurredAt: '2027-03-13T12:00:00-05:00',
        timeZone: 'America/New_York',
      },
      'us.credible-fear-review',
    );
    expect(basis?.en).toContain(
      'Earliest: Supervisory asylum officer approved the negative credible fear determination 2027-03-13 12:00 (UTC-05:00) + 24 hours on the clock = 2027-03-14 13:00 (UTC-04:00) America/New_York; the clock changed from UTC-05:00 to UTC-04:00 in between',
    );
    expect(basis?.en).toContain('+ 7 calendar days = Saturday 2027-03-20; due by the end');
  });

  it('shows the PASEE range in Lima time', () => {
    const basis = basisOf(
      {
        jurisdiction: 'PE',
        procedure: 'pasee-expulsion',
        eventType: 'police-retention',
        occurredAt: '2026-07-29T02:10:00Z',
      },
      'pe.pasee.decision',
    );
    expect(basis?.es).toContain(
      'Retención administrativa por la PNP 2026-07-28 21:10 (UTC-05:00) + 24 horas de reloj = 2026-07-29 21:10 (UTC-05:00) America/Lima',
    );
    expect(basis?.es).toContain('+ 48 horas de reloj = 2026-07-30 21:10 (UTC-05:00) America/Lima');
  });

  it('explains counting from the next business day and a clamped month end', () => {
    const pa = basisOf(
      {
        jurisdiction: 'PA',
        procedure: 'refugee-claim',
        eventType: 'entry-into-country',
        occurredAt: '2026-01-08T12:00:00-05:00',
      },
      'pa.refugee.application',
    );
    expect(pa?.en).toBe(
      'Entry into Panama 2026-01-08, counted from the next business day Monday 2026-01-12, + 6 months = Sunday 2026-07-12, a weekend day → next working day Monday 2026-07-13; due by the end of that day (23:59, America/Panama).',
    );
    const us = basisOf(
      {
        jurisdiction: 'US',
        procedure: 'affirmative-asylum',
        eventType: 'last-arrival',
        occurredAt: '2024-02-29T15:00:00-05:00',
        timeZone: 'America/New_York',
      },
      'us.asylum-one-year',
    );
    expect(us?.en).toBe(
      'Last arrival in the US 2024-02-29 + 1 year = Friday 2025-02-28 (that month has no such day: its last day is used); due by the end of that day (23:59, America/New_York).',
    );
  });

  it('warns when occurredAt was written on another clock than the one it is read on', () => {
    const request = {
      jurisdiction: 'US',
      procedure: 'removal-proceedings',
      eventType: 'ij-decision-oral',
      occurredAt: '2026-09-14T21:30:00-07:00',
    };
    expect(basisOf(request, 'us.bia-appeal')?.en).toBe(
      "Note: no time zone was given; the event is read on America/New_York, the pack's fallback, not the forum's clock. Record the zone of the court or office. Note: occurredAt was written at UTC-07:00 but is read on the clock of America/New_York (UTC-04:00); send timeZone if the event happened elsewhere. IJ decision stated orally 2026-09-15 + 30 calendar days = Thursday 2026-10-15; due by the end of that day (23:59, America/New_York).",
    );
    expect(
      basisOf({ ...request, timeZone: 'America/Los_Angeles' }, 'us.bia-appeal')?.en,
    ).not.toContain('Note:');
    expect(
      basisOf({ ...request, occurredAt: '2026-09-15T04:30:00Z' }, 'us.bia-appeal')?.en,
    ).not.toContain('occurredAt was written');
  });

  it('says when a country with several zones fell back on its default zone, and only then', () => {
    const request = {
      jurisdiction: 'MX',
      procedure: 'amparo',
      eventType: 'act-notification',
      occurredAt: '2026-09-10T12:00:00-06:00',
    };
    expect(basisOf(request, 'mx.amparo')?.en).toMatch(
      /^Note: no time zone was given; the event is read on America\/Mexico_City, the pack's fallback/,
    );
    expect(basisOf({ ...request, timeZone: 'America/Tijuana' }, 'mx.amparo')?.en).not.toContain(
      'Note:',
    );
    // Peru has one zone: Lima is not a guess there.
    expect(
      basisOf(
        {
          jurisdiction: 'PE',
          procedure: 'pasee-expulsion',
          eventType: 'sanction-notification',
          occurredAt: '2026-07-24T10:00:00-05:00',
        },
        'pe.pasee.reconsideration',
      )?.en,
    ).not.toContain('Note:');
  });

  // Wed 28 Oct: Thu 29 (1), Fri 30 decreed non-working, Mon 2 Nov Migraciones closed, Tue 3 (2),
  // Wed 4 (3).
  it('names public-sector non-working days and office closures among the skipped días hábiles', () => {
    const withClosures = new DeadlineEngine({
      calendars: new HolidayCalendarProvider([
        {
          forum: 'PE',
          date: '2026-10-30',
          reason: { en: 'DS 001-2026-PCM', es: 'DS 001-2026-PCM' },
        },
        {
          forum: 'PE-MIGRACIONES',
          date: '2026-11-02',
          reason: { en: 'Migraciones closed', es: 'Migraciones cerrada' },
        },
      ]),
      now: () => Date.parse('2026-11-23T12:00:00Z'),
    });
    const basis = withClosures
      .compute({
        jurisdiction: 'PE',
        procedure: 'pasee-expulsion',
        eventType: 'sanction-notification',
        occurredAt: '2026-10-28T10:00:00-05:00',
      })
      .find((d) => d.ruleId === 'pe.pasee.reconsideration')?.basis;
    expect(basis?.en).toBe(
      'Notification of the sanction resolution 2026-10-28 + 3 business days (skipping weekends and 2026-10-30 DS 001-2026-PCM (public-sector non-working day), 2026-11-02 Migraciones closed (closure day of the office or court)) = Wednesday 2026-11-04; due by the end of that day (23:59, America/Lima).',
    );
    expect(basis?.es).toContain(
      '2026-10-30 DS 001-2026-PCM (día no laborable del sector público), 2026-11-02 Migraciones cerrada (día inhábil del órgano)',
    );
  });

  it('names the Ley de Amparo art. 19 days it skips, not the labour-law Mondays', () => {
    const basis = basisOf(
      {
        jurisdiction: 'MX',
        procedure: 'amparo',
        eventType: 'act-notification',
        occurredAt: '2026-09-10T12:00:00-06:00',
        timeZone: 'America/Mexico_City',
      },
      'mx.amparo',
    );
    expect(basis?.en).toContain(
      '(skipping weekends and 2026-09-14 14 September (non-working day under Ley de Amparo art. 19), 2026-09-16 Independence Day (16 September) (non-working day under Ley de Amparo art. 19))',
    );
  });

  it('says "file at once" instead of inventing a date', () => {
    const basis = basisOf(
      {
        jurisdiction: 'MX',
        procedure: 'amparo',
        eventType: 'migration-detention',
        occurredAt: '2026-11-20T08:15:00-06:00',
        timeZone: 'America/Mexico_City',
      },
      'mx.amparo.deportation',
    );
    expect(basis?.en).toBe(
      'Migration detention (presentación ante el INM) 2026-11-20 08:15 America/Mexico_City: Any time, no period: file at once to stop the removal.',
    );
  });
});
