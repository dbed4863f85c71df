// The supervisor's office overview over HTTP: caseload per attorney, risk levels and deadlines per
// week counted under row-level security, member names without contact data, and the deadline
// list naming each row's case. Another office's records never count.
import { asBearer, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

const HOUR = 3_600_000;

interface Stats {
  timeZone: string;
  caseloadByAttorney: {
    attorneyId: string | null;
    name: string | null;
    cases: number;
    graveRisk: number;
    dueSoon: number;
  }[];
  riskLevels: { level: string; cases: number }[];
  deadlinesPerWeek: {
    weekStart: string;
    open: number;
    met: number;
    missed: number;
    waived: number;
    openings: number;
    history: number;
  }[];
  audit: Record<
    'dueSoon' | 'actNow' | 'missed' | 'openings' | 'watch' | 'history' | 'waived',
    number
  >;
}

describe('supervision overview', () => {
  let api: TestApi;
  let paralegal: ReturnType<typeof asBearer>;
  let supervisor: ReturnType<typeof asBearer>;
  let tijuana: ReturnType<typeof asBearer>;
  let attorneyId: string;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    paralegal = asBearer(api, (await login(api, 'paralegal@lima.example')).accessToken);
    attorneyId = (await login(api, 'attorney@lima.example')).user.id;
    supervisor = asBearer(api, (await login(api, 'supervisor@lima.example')).accessToken);
    tijuana = asBearer(api, (await login(api, 'supervisor@tijuana.example')).accessToken);
  });
  afterAll(() => api.close());

  function hoursAgo(hours: number): string {
    const at = new Date(Date.now() - hours * HOUR);
    at.setUTCSeconds(0, 0);
    return at.toISOString();
  }

  async function retainedCase(hours: number, lead: string | undefined): Promise<string> {
    const client = await paralegal
      .post('/api/clients', {
        givenNames: 'Yorgelis',
        familyNames: `Caraballo (demo ${Math.random().toString(36).slice(2, 8)})`,
        nationalities: ['VE'],
        gender: 'female',
        acknowledgeDuplicates: true,
      })
      .expect(201);
    const opened = await paralegal
      .post('/api/cases', {
        clientId: client.body.id,
        jurisdiction: 'PE',
        procedure: 'pasee-expulsion',
        ...(lead ? { leadAttorneyId: lead } : {}),
        custodyStatus: 'detained',
      })
      .expect(201);
    await paralegal
      .post(`/api/cases/${opened.body.id}/events`, {
        eventType: 'police-retention',
        occurredAt: hoursAgo(hours),
      })
      .expect(201);
    return opened.body.id;
  }

  const statsOf = async (who = supervisor): Promise<Stats> =>
    (await who.get(`/api/supervision/stats`).expect(200)).body;

  it('counts caseload per attorney, risk levels and deadlines per week from the records', async () => {
    const before = await statsOf();
    const lead = (s: Stats) => s.caseloadByAttorney.find((row) => row.attorneyId === attorneyId);

    const soon = await retainedCase(2, attorneyId); // PASEE decision due in 22 h
    // Entered 60 h after the retention: its PASEE clocks ended before they were recorded.
    await retainedCase(60, attorneyId);
    await paralegal
      .post(`/api/cases/${soon}/risk-assessments`, {
        destination: 'VE',
        answers: {
          's1.nationality': 'VE',
          's1.forum_country': 'PE',
          's3.harm_or_threats': false,
          's10.removal_procedure': 'ordinary',
        },
      })
      .expect(201);
    const after = await statsOf();

    // The office's zone (its cases' forums), not the browser's nor UTC.
    expect(after.timeZone).toBe('America/Lima');
    expect(lead(after)?.name).toBe('Lucía Ferrer (demo)');
    expect((lead(after)?.cases ?? 0) - (lead(before)?.cases ?? 0)).toBe(2);
    // Both cases ask something now: the PASEE's end within 48 hours, hábeas corpus at once.
    expect((lead(after)?.dueSoon ?? 0) - (lead(before)?.dueSoon ?? 0)).toBe(2);
    const level = (s: Stats, name: string) => s.riskLevels.find((r) => r.level === name)?.cases;
    expect(after.riskLevels.map((r) => r.level)).toEqual([
      'extreme',
      'high',
      'moderate',
      'low',
      'none',
    ]);
    const total = (s: Stats) => s.riskLevels.reduce((sum, r) => sum + r.cases, 0);
    expect(total(after) - total(before)).toBe(2);
    expect((level(after, 'none') ?? 0) - (level(before, 'none') ?? 0)).toBe(1);

    // Thirteen weeks, Mondays, contiguous; the clocks entered after they ended are history, not
    // misses.
    expect(after.deadlinesPerWeek).toHaveLength(13);
    for (const w of after.deadlinesPerWeek)
      expect(new Date(`${w.weekStart}T12:00:00Z`).getUTCDay()).toBe(1);
    const sum = (s: Stats, key: 'open' | 'missed' | 'history') =>
      s.deadlinesPerWeek.reduce((n, w) => n + w[key], 0);
    expect(sum(after, 'missed') - sum(before, 'missed')).toBe(0);
    expect(sum(after, 'history') - sum(before, 'history')).toBe(2);
    expect(sum(after, 'open') - sum(before, 'open')).toBeGreaterThanOrEqual(1);

    // The overview's counts are the audit's, from its one query; its rows name the person.
    const audit = (await supervisor.get('/api/supervision/deadline-audit').expect(200)).body as {
      counts: Stats['audit'];
      rows: {
        bucket: string;
        deadline: { ruleId: string; state: string };
        case: {
          id: string;
          clientName: string;
          custodyStatus: string;
          clientGender: string | null;
          leadAttorneyName: string;
        };
      }[];
    };
    expect(after.audit).toEqual(audit.counts);
    const ofSoon = audit.rows.filter((row) => row.case.id === soon);
    expect(
      ofSoon.map((row) => [row.bucket, row.deadline.ruleId, row.deadline.state]).sort(),
    ).toEqual([
      ['actNow', 'pe.habeas-corpus', 'act-now'],
      ['watch', 'pe.pasee.decision', 'watch'],
      ['watch', 'pe.pasee.police-report', 'watch'],
    ]);
    expect(ofSoon[0].case).toMatchObject({
      clientName: expect.stringContaining('(demo'),
      custodyStatus: 'detained',
      clientGender: 'female', // what "Detenida" agrees with; the sealed gender is not sent
      leadAttorneyName: 'Lucía Ferrer (demo)',
    });
    for (const bucket of Object.keys(audit.counts) as (keyof Stats['audit'])[])
      expect(audit.rows.filter((row) => row.bucket === bucket)).toHaveLength(audit.counts[bucket]);
  });

  it('keeps cases without a lead attorney in a row of their own', async () => {
    await retainedCase(1, undefined);
    const stats = await statsOf();
    const unled = stats.caseloadByAttorney.find((row) => row.attorneyId === null);
    expect(unled).toMatchObject({ name: null });
    expect(unled?.cases).toBeGreaterThanOrEqual(1);
  });

  it("never counts another office's cases", async () => {
    await retainedCase(3, attorneyId);
    const other = await statsOf(tijuana);
    expect(other.caseloadByAttorney.map((row) => row.name)).not.toContain('Lucía Ferrer (demo)');
    expect(other.riskLevels.reduce((n, r) => n + r.cases, 0)).toBe(0);
    expect(other.deadlinesPerWeek.every((w) => w.open + w.missed + w.met + w.waived === 0)).toBe(
      true,
    );
  });

  it('refuses anyone but supervisors', async () => {
    await paralegal.get('/api/supervision/stats').expect(403);
    await paralegal.get('/api/supervision/deadline-audit').expect(403);
    await paralegal.get('/api/supervision/members').expect(403);
  });

  it('names the office members without contact data, and only this office', async () => {
    const members = (await supervisor.get('/api/supervision/members').expect(200)).body as {
      id: string;
      name: string;
      roles: string[];
      disabled: boolean;
    }[];
    expect(members.map((m) => m.name)).toEqual(
      expect.arrayContaining(['Lucía Ferrer (demo)', 'Martín Huamán (demo)']),
    );
    expect(members.map((m) => m.name)).not.toContain('Ana Beltrán (demo)');
    expect(Object.keys(members[0]).sort()).toEqual(['disabled', 'id', 'name', 'roles']);
  });

  it("the office's deadline list names each row's case and lead attorney", async () => {
    const caseId = await retainedCase(2, attorneyId);
    const rows = (await supervisor.get('/api/deadlines').expect(200)).body as {
      caseId: string;
      caseReference: string;
      leadAttorneyId: string | null;
    }[];
    const mine = rows.filter((row) => row.caseId === caseId);
    expect(mine.length).toBeGreaterThan(0);
    for (const row of mine) {
      expect(row.caseReference).toMatch(/\S/);
      expect(row.leadAttorneyId).toBe(attorneyId);
    }
  });
});
