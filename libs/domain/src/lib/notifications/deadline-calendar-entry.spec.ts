import { deadlineCalendarEntry, type CalendarDeadline } from './deadline-calendar-entry';

const dayRule: CalendarDeadline = {
  id: '00000000-0000-4000-8000-000000000001',
  ruleId: 'us.eoir.bia-appeal',
  title: { en: 'Appeal to the BIA', es: 'Apelación ante la BIA' },
  caseReference: 'US-2026-0001',
  // The end of 2026-12-28 in New York (EST, UTC-5).
  dueAtMs: Date.parse('2026-12-29T04:59:59.999Z'),
  overridden: false,
  clock: 'days',
  timeZone: 'America/New_York',
  basis: { en: 'IJ decision 2026-11-25 + 30 days …', es: 'Decisión 2026-11-25 + 30 días …' },
  citation: '8 CFR 1003.38(b)',
  ruleStatus: 'verified',
};

describe('deadline calendar entry', () => {
  it('puts a day rule on the forum-local date, all day, even when UTC has moved on', () => {
    const entry = deadlineCalendarEntry(dayRule, 'en', 'amparo.test');
    expect(entry.time).toEqual({ allDay: true, date: '2026-12-28' });
    expect(entry.uid).toBe('deadline-00000000-0000-4000-8000-000000000001@amparo.test');
    expect(entry.summary).toBe('US-2026-0001: Appeal to the BIA');
    expect(entry.description).toContain('Citation: 8 CFR 1003.38(b)');
    expect(entry.description).toContain('Derivation: IJ decision 2026-11-25 + 30 days');
    expect(entry.description).toContain('verified against the primary source');
    expect(entry.description).toContain('Due: 2026-12-28 23:59 (UTC-05:00) America/New_York');
  });

  it('gives an hour rule (and an override) a timed entry at the exact instant', () => {
    const pasee: CalendarDeadline = {
      ...dayRule,
      ruleId: 'pe.pasee.decision',
      clock: 'hours',
      dueAtMs: Date.parse('2026-07-30T02:10:00Z'),
      latestDueAtMs: Date.parse('2026-07-31T02:10:00Z'),
      timeZone: 'America/Lima',
      ruleStatus: 'unverified',
    };
    const entry = deadlineCalendarEntry(pasee, 'es', 'amparo.test');
    expect(entry.time).toEqual({ allDay: false, atMs: Date.parse('2026-07-30T02:10:00Z') });
    expect(entry.description).toContain('Vence: 2026-07-29 21:10 (UTC-05:00) America/Lima');
    expect(entry.description).toContain('Lectura más tardía: 2026-07-30 21:10');
    expect(entry.description).toContain('SIN VERIFICAR');
    const ordered = deadlineCalendarEntry({ ...dayRule, overridden: true }, 'en', 'x');
    expect(ordered.time.allDay).toBe(false);
    expect(ordered.description).toContain('Date set by order');
  });

  it("keeps the client's name out unless the member chose it", () => {
    expect(deadlineCalendarEntry(dayRule, 'en', 'x').summary).not.toContain('(');
    const named = deadlineCalendarEntry({ ...dayRule, clientName: 'Ana Test' }, 'en', 'x');
    expect(named.summary).toBe('US-2026-0001 (Ana Test): Appeal to the BIA');
  });
});
