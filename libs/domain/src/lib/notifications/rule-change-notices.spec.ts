import { ruleChangeNotice, type RuleChangeNoticeInput } from './rule-change-notices';

const amparo: RuleChangeNoticeInput = {
  caseReference: 'TIJ-2026-0042',
  ruleTitle: { en: 'Amparo (general period)', es: 'Amparo (plazo general)' },
  outcome: 'moved',
  fromVersion: '1.0.0',
  toVersion: '1.1.0',
  // The end of the local day in Tijuana (UTC-8), as the engine stores day periods.
  before: { dueAtMs: Date.parse('2026-11-18T07:59:59.999Z'), latestDueAtMs: null },
  after: { dueAtMs: Date.parse('2026-11-24T07:59:59.999Z'), latestDueAtMs: null },
  overrideDueAtMs: null,
  timeZone: 'America/Tijuana',
  reason: { en: 'Counted in días hábiles now.', es: 'Ahora en días hábiles.' },
};

describe('rule-change notices', () => {
  it('gives the date before and after on the forum clock, and the reason', () => {
    const notice = ruleChangeNotice(amparo);
    expect(notice.title.en).toBe(
      'Date moved by a rule change: Amparo (general period) (TIJ-2026-0042)',
    );
    expect(notice.body.en).toBe(
      'Case TIJ-2026-0042: with rule pack 1.0.0 → 1.1.0, "Amparo (general period)": the date moved. ' +
        'Before: 2026-11-17 23:59 (UTC-08:00) America/Tijuana. Now: 2026-11-23 23:59 (UTC-08:00) America/Tijuana. ' +
        'Why: Counted in días hábiles now. Review the case and acknowledge this notice.',
    );
    expect(notice.body.es).toContain('Antes: 2026-11-17 23:59 (UTC-08:00) America/Tijuana.');
    expect(notice.body.es).toContain('Motivo: Ahora en días hábiles.');
  });

  it("says a judge's date still governs, and shows a possible range", () => {
    const notice = ruleChangeNotice({
      ...amparo,
      after: {
        dueAtMs: Date.parse('2026-11-24T07:59:59.999Z'),
        latestDueAtMs: Date.parse('2026-11-27T07:59:59.999Z'),
      },
      overrideDueAtMs: Date.parse('2026-11-20T20:00:00Z'),
    });
    expect(notice.body.en).toContain(
      'Now: 2026-11-23 23:59 (UTC-08:00) America/Tijuana (possibly until 2026-11-26 23:59 (UTC-08:00) America/Tijuana).',
    );
    expect(notice.body.en).toContain(
      "The judge's date, 2026-11-20 12:00 (UTC-08:00) America/Tijuana, still governs.",
    );
  });

  it('warns that a date kept for a rule that no longer runs from the event may be wrong', () => {
    const notice = ruleChangeNotice({
      ...amparo,
      outcome: 'no-longer-started',
      ruleTitle: { en: 'Credible fear review by an IJ', es: 'Revisión del miedo creíble' },
      after: null,
    });
    expect(notice.title.en).toBe(
      'Rule no longer runs from this event: Credible fear review by an IJ (TIJ-2026-0042)',
    );
    expect(notice.body.en).toContain(
      'The date kept, 2026-11-17 23:59 (UTC-08:00) America/Tijuana, may be wrong: record the event it now runs from.',
    );
  });

  it('announces a new clock, and a rule that changed without moving the date', () => {
    expect(
      ruleChangeNotice({ ...amparo, outcome: 'starts', fromVersion: null, before: null }).body.en,
    ).toContain('with rule pack 1.1.0, "Amparo (general period)": a new clock runs from an event');
    expect(
      ruleChangeNotice({ ...amparo, outcome: 'unchanged', after: amparo.before }).body.es,
    ).toContain(
      'la fecha sigue siendo 2026-11-17 23:59 (UTC-08:00) America/Tijuana, pero la regla cambió.',
    );
    expect(
      ruleChangeNotice({ ...amparo, after: { dueAtMs: null, latestDueAtMs: null } }).body.en,
    ).toContain('Now: no fixed date.');
  });
});
