import {
  auditBucketOf,
  auditCounts,
  type DeadlineFacts,
  effectiveDueOf,
  headlineOf,
  onePerRemedy,
  readDeadline,
  recordedStatusAt,
} from './deadline-status';

// A police retention in Lima at 06:00 on 23 Nov 2026 (11:00 UTC): the PASEE must end 24 h later
// (24 Nov 11:00 UTC), 48 h on the press's reading (25 Nov 11:00 UTC); the police report is due
// 12 h after it (23 Nov 23:00 UTC). Recorded at intake, ten minutes after the retention.
const RETENTION = Date.parse('2026-11-23T11:00:00Z');
const HOUR = 3_600_000;
const RECORDED = RETENTION + 10 * 60_000;

const pasee: DeadlineFacts = {
  status: 'open',
  kind: 'due',
  party: 'authority',
  urgent: true,
  dueAt: '2026-11-24T11:00:00.000Z',
  latestDueAt: '2026-11-25T11:00:00.000Z',
  overrideDueAt: null,
  recordedAt: RECORDED,
};
const policeReport: DeadlineFacts = {
  ...pasee,
  dueAt: new Date('2026-11-23T23:00:00Z'),
  latestDueAt: null,
};
// Reconsideration: 3 días hábiles from a notification on Fri 20 Nov: Mon 23, Tue 24, Wed 25 Nov,
// to the end of Wednesday in Lima = 26 Nov 04:59:59.999 UTC.
const reconsideration: DeadlineFacts = {
  ...pasee,
  party: 'defense',
  urgent: false,
  dueAt: '2026-11-26T04:59:59.999Z',
  latestDueAt: null,
};
const habeas: DeadlineFacts = {
  ...pasee,
  party: 'defense',
  kind: 'immediate',
  dueAt: null,
  latestDueAt: null,
};

describe('readDeadline', () => {
  it('counts an office deadline to its end, to the millisecond', () => {
    const at = Date.parse('2026-11-25T04:59:59.999Z');
    expect(readDeadline(reconsideration, at)).toEqual({
      state: 'running',
      tone: 'calm',
      countsToMs: Date.parse('2026-11-26T04:59:59.999Z'),
      msLeft: 24 * HOUR,
      pending: true,
    });
    expect(readDeadline(reconsideration, '2026-11-26T04:59:59.999Z').state).toBe('running');
    expect(readDeadline(reconsideration, '2026-11-26T05:00:00.000Z')).toMatchObject({
      state: 'missed',
      tone: 'missed',
      msLeft: -1,
      pending: true,
    });
  });

  it('reads an authority limit as a watch, then as an opening, never as the office missing it', () => {
    expect(readDeadline(policeReport, RETENTION + 11 * HOUR)).toMatchObject({
      state: 'watch',
      msLeft: HOUR,
    });
    // Darwin's police report: 12 h after the retention, plus 6 h 5 min.
    const later = RETENTION + 18 * HOUR + 5 * 60_000;
    expect(readDeadline(policeReport, later)).toMatchObject({
      state: 'opening',
      tone: 'opening',
      countsToMs: RETENTION + 12 * HOUR,
      msLeft: -(6 * HOUR + 5 * 60_000),
      pending: true,
    });
  });

  it('reads a range by its earliest end, then its latest, then as passed', () => {
    expect(readDeadline(pasee, RETENTION + 23 * HOUR)).toMatchObject({
      state: 'watch',
      countsToMs: RETENTION + 24 * HOUR,
      msLeft: HOUR,
    });
    // 30 h 11 min after the retention: the 24 h reading passed, 17 h 49 min left on the 48 h one.
    const darwin = RETENTION + 30 * HOUR + 11 * 60_000;
    expect(readDeadline(pasee, darwin)).toMatchObject({
      state: 'watch-latest-open',
      tone: 'warning',
      countsToMs: RETENTION + 48 * HOUR,
      msLeft: 17 * HOUR + 49 * 60_000,
    });
    expect(readDeadline(pasee, RETENTION + 48 * HOUR + 1).state).toBe('opening');
    const team = { ...pasee, party: 'defense' as const };
    expect(readDeadline(team, RETENTION + 30 * HOUR).state).toBe('latest-open');
    expect(readDeadline(team, RETENTION + 48 * HOUR + 1).state).toBe('missed');
  });

  it("lets a judge's order replace both readings of a range", () => {
    const ordered = {
      ...pasee,
      party: 'defense' as const,
      status: 'overridden' as const,
      overrideDueAt: RETENTION + 20 * HOUR,
    };
    expect(readDeadline(ordered, RETENTION + 19 * HOUR)).toMatchObject({
      state: 'running',
      countsToMs: RETENTION + 20 * HOUR,
    });
    // Past the order's date, though the 48 h reading is still ahead: missed.
    expect(readDeadline(ordered, RETENTION + 21 * HOUR).state).toBe('missed');
  });

  it('reads a deadline that ended before it was recorded as history, whoever owed it', () => {
    // A retention from last year, entered at intake today.
    const lastYear = Date.parse('2025-11-23T11:00:00Z');
    const intake = Date.parse('2026-11-30T15:00:00Z');
    const old = {
      ...reconsideration,
      dueAt: new Date(lastYear + 72 * HOUR),
      recordedAt: new Date(intake),
    };
    expect(readDeadline(old, intake + HOUR)).toMatchObject({
      state: 'passed-before-recorded',
      tone: 'history',
      pending: false,
    });
    expect(
      readDeadline(
        {
          ...pasee,
          dueAt: lastYear + 24 * HOUR,
          latestDueAt: lastYear + 48 * HOUR,
          recordedAt: intake,
        },
        intake,
      ).state,
    ).toBe('passed-before-recorded');
    // One still running when recorded is missed when it passes.
    expect(readDeadline({ ...old, dueAt: new Date(intake + HOUR) }, intake + 2 * HOUR).state).toBe(
      'missed',
    );
  });

  it('tells remedies with no date to file at once from those with none at all', () => {
    expect(readDeadline(habeas, RETENTION)).toEqual({
      state: 'act-now',
      tone: 'warning',
      countsToMs: null,
      msLeft: null,
      pending: true,
    });
    expect(readDeadline({ ...habeas, kind: 'anyTime', urgent: false }, RETENTION).state).toBe(
      'no-fixed-date',
    );
    expect(readDeadline({ ...habeas, kind: 'dateInOrder', urgent: false }, RETENTION).state).toBe(
      'no-fixed-date',
    );
  });

  it('keeps what people recorded: met and waived stay so, whatever the time', () => {
    expect(
      readDeadline({ ...reconsideration, status: 'met' }, '2030-01-01T00:00:00Z'),
    ).toMatchObject({ state: 'met', tone: 'done', pending: false });
    expect(readDeadline({ ...habeas, status: 'waived' }, RETENTION).state).toBe('waived');
  });

  it('reads a stored miss again: an authority limit or a corrected time is no miss', () => {
    const stored = { ...policeReport, status: 'missed' as const };
    expect(readDeadline(stored, RETENTION + 13 * HOUR).state).toBe('opening');
    expect(readDeadline(stored, RETENTION + HOUR).state).toBe('watch');
  });
});

describe('effectiveDueOf', () => {
  it("works to a judge's order when there is one, else the computed instant", () => {
    const due = new Date('2026-11-24T11:00:00Z');
    const ordered = new Date('2026-11-30T15:00:00Z');
    expect(effectiveDueOf({ dueAt: due, overrideDueAt: null })).toBe(due);
    expect(effectiveDueOf({ dueAt: due, overrideDueAt: ordered })).toBe(ordered);
    expect(effectiveDueOf({ dueAt: null, overrideDueAt: ordered })).toBe(ordered);
    expect(effectiveDueOf({ dueAt: null, overrideDueAt: null })).toBeNull();
  });
});

describe('recordedStatusAt', () => {
  it('writes missed only for an office deadline that passed after it was recorded', () => {
    const after = '2026-11-28T00:00:00Z';
    expect(recordedStatusAt(reconsideration, after)).toBe('missed');
    expect(recordedStatusAt(policeReport, after)).toBe('open');
    expect(recordedStatusAt({ ...reconsideration, recordedAt: after }, after)).toBe('open');
    expect(recordedStatusAt({ ...reconsideration, status: 'missed' }, RETENTION)).toBe('open');
    expect(
      recordedStatusAt(
        { ...reconsideration, status: 'missed', overrideDueAt: '2026-12-01T00:00:00Z' },
        after,
      ),
    ).toBe('overridden');
    expect(recordedStatusAt({ ...reconsideration, status: 'waived' }, after)).toBe('waived');
  });
});

describe('audit lists', () => {
  const darwinNow = RETENTION + 30 * HOUR + 11 * 60_000;
  const item = (caseId: string, ruleId: string, facts: DeadlineFacts) => ({
    caseId,
    ruleId,
    reading: readDeadline(facts, darwinNow),
  });
  // Darwin's case: the PASEE between readings, the police report passed, a reconsideration
  // due in 35 h 48 min (with the 48 h window), and hábeas corpus twice (two retentions).
  const darwin = [
    item('darwin', 'pe.pasee.decision', pasee),
    item('darwin', 'pe.pasee.police-report', policeReport),
    item('darwin', 'pe.pasee.reconsideration', reconsideration),
    item('darwin', 'pe.habeas-corpus', habeas),
    item('darwin', 'pe.habeas-corpus', habeas),
  ];

  it('puts each reading in one list', () => {
    expect(darwin.map((d) => auditBucketOf(d.reading))).toEqual([
      'watch',
      'openings',
      'dueSoon',
      'actNow',
      'actNow',
    ]);
    // 65 h 59 min out is beyond the 48 h window.
    expect(auditBucketOf(readDeadline(reconsideration, RETENTION))).toBeNull();
    expect(auditBucketOf(readDeadline(reconsideration, RETENTION + 18 * HOUR))).toBe('dueSoon');
    expect(
      auditBucketOf(readDeadline({ ...reconsideration, status: 'met' }, RETENTION)),
    ).toBeNull();
  });

  it('counts one remedy with no date once per case', () => {
    expect(onePerRemedy(darwin)).toHaveLength(4);
    expect(onePerRemedy([...darwin, item('other', 'pe.habeas-corpus', habeas)])).toHaveLength(5);
    expect(auditCounts(darwin)).toEqual({
      dueSoon: 1,
      actNow: 1,
      missed: 0,
      openings: 1,
      watch: 1,
      history: 0,
      waived: 0,
    });
  });

  it('leads a summary with the clock that ends soonest, then misses, then openings', () => {
    // 17 h 49 min left on the PASEE's latest reading, 35 h 48 min on the reconsideration.
    expect(headlineOf(darwin)?.ruleId).toBe('pe.pasee.decision');
    const rest = darwin.filter((d) => d.ruleId !== 'pe.pasee.decision');
    expect(headlineOf(rest)?.ruleId).toBe('pe.pasee.reconsideration');
    const passed = rest.filter((d) => d.ruleId !== 'pe.pasee.reconsideration');
    expect(headlineOf(passed)?.ruleId).toBe('pe.pasee.police-report');
    const miss = item('darwin', 'pe.pasee.appeal', { ...reconsideration, dueAt: RETENTION + HOUR });
    expect(headlineOf([...passed, miss])?.ruleId).toBe('pe.pasee.appeal');
    expect(headlineOf(darwin.slice(3))?.ruleId).toBe('pe.habeas-corpus');
    expect(headlineOf([item('x', 'y', { ...reconsideration, status: 'met' })])).toBeNull();
    expect(headlineOf([])).toBeNull();
  });
});
