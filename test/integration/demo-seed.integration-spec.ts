// The demo offices appear once, with one user per role, each able to sign in with the
// documented password; running the seed again changes nothing. Lima gets a demo caseload, opened
// as its staff through the real services (deadlines, escalation, sealing, audit); Tijuana none.
import type {
  CaseDeadlineResponse,
  CaseloadPage,
  CaseNoteResponse,
  RiskEscalationResponse,
} from '@amparo/contracts';
import { TenantTransactions } from '../../apps/api/src/app/database/tenant-transactions';
import { verifyPassword } from '../../apps/api/src/app/identity/password.hasher';
import { UserEntity } from '../../apps/api/src/app/organizations/user.entity';
import { DEMO_CASES } from '../../apps/api/src/app/seed/demo-cases';
import { seedDemoCases } from '../../apps/api/src/app/seed/demo-cases.seed';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD } from '../../apps/api/src/app/seed/demo-data';
import { seedDemoIfFirstStart } from '../../apps/api/src/app/seed/demo.seed';
import { asBearer, asOwner, LIMA, login, TIJUANA } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

const HOUR = 3_600_000;
const nameOf = (demo: (typeof DEMO_CASES)[number]) =>
  `${demo.client.givenNames} ${demo.client.familyNames}`;

describe('demo data', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('creates both fictional offices with one user per role, once', async () => {
    expect(await seedDemoIfFirstStart(api.app)).toBe(true);
    expect(await seedDemoIfFirstStart(api.app)).toBe(false);

    const transactions = api.app.get(TenantTransactions);
    for (const organization of DEMO_ORGANIZATIONS) {
      const users = await transactions.run(organization.id, ({ manager }) =>
        manager.find(UserEntity, { order: { email: 'ASC' } }),
      );
      expect(users.map((user) => [user.email, user.roles])).toEqual(
        ['admin', 'attorney', 'paralegal', 'supervisor'].map((role) => [
          `${role}@${organization.domain}`,
          [role],
        ]),
      );
      for (const user of users) {
        expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
        expect(await verifyPassword(user.passwordHash ?? '', DEMO_PASSWORD)).toBe(true);
      }
    }
    expect(DEMO_ORGANIZATIONS.map((o) => o.name)).toEqual([
      'Defensa Migrante Lima (demo)',
      'Albergue Frontera Tijuana (demo)',
    ]);
  });

  describe("Lima's demo caseload", () => {
    let seededAt: number;
    let once: Record<string, number>;
    let attorneyId: string;
    let attorney: ReturnType<typeof asBearer>;
    let caseload: CaseloadPage;

    const counts = async () =>
      (
        await asOwner<Record<string, number>>(
          api,
          LIMA,
          `SELECT (SELECT count(*)::int FROM clients) AS clients,
                  (SELECT count(*)::int FROM cases) AS cases,
                  (SELECT count(*)::int FROM case_events) AS events,
                  (SELECT count(*)::int FROM case_deadlines) AS deadlines,
                  (SELECT count(*)::int FROM risk_assessments) AS assessments,
                  (SELECT count(*)::int FROM case_notes) AS notes,
                  (SELECT count(*)::int FROM audit_entries) AS audit`,
        )
      )[0];
    const row = (given: string) => {
      const found = caseload.rows.find((r) => r.clientName.startsWith(given));
      if (!found) throw new Error(`no demo case of ${given}`);
      return found;
    };
    const deadlines = async (given: string) =>
      (await attorney.get(`/api/cases/${row(given).id}/deadlines`).expect(200))
        .body as CaseDeadlineResponse[];

    beforeAll(async () => {
      await seedDemoIfFirstStart(api.app);
      seededAt = Date.now();
      expect(await seedDemoCases(api.app)).toBe(DEMO_CASES.length);
      once = await counts();
      const session = await login(api, 'attorney@lima.example');
      attorneyId = session.user.id;
      attorney = asBearer(api, session.accessToken);
      caseload = (await attorney.get('/api/cases?limit=100').expect(200)).body as CaseloadPage;
    });

    it('is opened once: seeding again adds nothing', async () => {
      expect(once).toMatchObject({
        clients: DEMO_CASES.length,
        cases: DEMO_CASES.length,
        events: DEMO_CASES.reduce((n, demo) => n + demo.events.length, 0),
        assessments: DEMO_CASES.filter((demo) => demo.risk).length,
        notes: DEMO_CASES.reduce((n, demo) => n + (demo.notes?.length ?? 0), 0),
      });
      const before = await counts();
      expect(await seedDemoCases(api.app)).toBe(0);
      expect(await seedDemoIfFirstStart(api.app)).toBe(false);
      expect(await counts()).toEqual(before);
    });

    it('lists every demo person, marked (demo), led by the demo attorney', () => {
      expect(caseload.rows.map((r) => r.clientName).sort()).toEqual(DEMO_CASES.map(nameOf).sort());
      for (const r of caseload.rows) {
        expect(r.clientName).toMatch(/ \(demo\)$/);
        expect(r.leadAttorneyId).toBe(attorneyId);
      }
    });

    it('escalates the grave risks retained hours ago, at the top and in the supervisor queue', async () => {
      const escalated = caseload.rows.filter((r) => r.escalated);
      expect(escalated.map((r) => [r.clientName, r.riskLevel]).sort()).toEqual([
        ['Jean-Wesly Désir (demo)', 'extreme'],
        ['Yorman José Villasmil Peña (demo)', 'high'],
      ]);
      expect(caseload.rows.slice(0, escalated.length).every((r) => r.escalated)).toBe(true);
      // High risk with no removal clock running is not escalated; neither is a low risk.
      expect(row('Génesis')).toMatchObject({
        riskLevel: 'high',
        escalated: false,
        nextDeadline: null,
      });
      expect(row('Yanet')).toMatchObject({ riskLevel: 'low', escalated: false });

      const supervisor = asBearer(api, (await login(api, 'supervisor@lima.example')).accessToken);
      const queue = (await supervisor.get('/api/risk/escalations').expect(200))
        .body as RiskEscalationResponse[];
      expect(queue.map((e) => e.caseId).sort()).toEqual(escalated.map((r) => r.id).sort());
    });

    it("computes each case's deadlines with the rule packs, from its events' times", async () => {
      const pasee = (await deadlines('Yorman')).find((d) => d.ruleId === 'pe.pasee.decision');
      expect(pasee?.status).toBe('open');
      expect(Date.parse(pasee?.dueAt ?? '')).toBeGreaterThan(seededAt + 20 * HOUR);
      expect(row('Yorman').nextDeadline).toMatchObject({
        ruleId: 'pe.pasee.police-report',
        urgent: true,
        timeZone: 'America/Lima',
      });
      // Thirty hours after the retention the 24 h reading has passed; the 48 h one is ahead.
      const late = (await deadlines('Darwin')).find((d) => d.ruleId === 'pe.pasee.decision');
      expect(Date.parse(late?.dueAt ?? '')).toBeLessThan(seededAt);
      expect(Date.parse(late?.latestDueAt ?? '')).toBeGreaterThan(seededAt);
      expect(Date.parse(late?.latestDueAt ?? '') - Date.parse(late?.dueAt ?? '')).toBe(24 * HOUR);
      // Released after the expulsion decision: three business days to ask for reconsideration.
      expect(row('Marisol').nextDeadline).toMatchObject({ ruleId: 'pe.pasee.reconsideration' });
      expect(Date.parse(row('Marisol').nextDeadline?.dueAt ?? '')).toBeGreaterThan(seededAt);
      // The US case: thirty days to appeal the immigration judge's decision to the BIA.
      const bia = (await deadlines('Andreína')).find((d) => d.ruleId === 'us.bia-appeal');
      expect(bia).toMatchObject({ status: 'open', timeZone: 'America/New_York' });
      const daysLeft = (Date.parse(bia?.dueAt ?? '') - seededAt) / (24 * HOUR);
      expect(daysLeft).toBeGreaterThan(22);
      expect(daysLeft).toBeLessThan(29);
    });

    it('is written by the demo staff: the paralegal works the cases he opened', async () => {
      const session = await login(api, 'paralegal@lima.example');
      const paralegal = asBearer(api, session.accessToken);
      const his = (await paralegal.get('/api/cases?limit=100').expect(200)).body as CaseloadPage;
      const openedBy = (actor: string) => DEMO_CASES.filter((demo) => demo.openedBy === actor);
      expect(his.rows.map((r) => r.clientName).sort()).toEqual(
        openedBy('paralegal').map(nameOf).sort(),
      );
      // The audit trail names who opened each case, as their own request would have.
      const authors = await asOwner<{ actor: string | null; n: number }>(
        api,
        LIMA,
        `SELECT actor_user_id AS actor, count(*)::int AS n FROM audit_entries
          WHERE action = 'record.created' AND record_type = 'case' GROUP BY actor_user_id`,
      );
      expect(Object.fromEntries(authors.map((a) => [a.actor, a.n]))).toEqual({
        [attorneyId]: openedBy('attorney').length,
        [session.user.id]: openedBy('paralegal').length,
      });
      const [bySystem] = await asOwner<{ n: number }>(
        api,
        LIMA,
        `SELECT count(*)::int AS n FROM audit_entries
          WHERE action IN ('record.created', 'record.updated')
            AND record_type NOT IN ('organization', 'user') AND actor_user_id IS NULL`,
      );
      expect(bySystem.n).toBe(0);
    });

    it('keeps privileged notes sealed at rest', async () => {
      const notes = (await attorney.get(`/api/cases/${row('Yorman').id}/notes`).expect(200))
        .body as CaseNoteResponse[];
      expect(notes.map((note) => note.body)).toEqual(DEMO_CASES[0].notes);
      const stored = await asOwner<{ sealed: string }>(
        api,
        LIMA,
        `SELECT body_sealed AS sealed FROM case_notes`,
      );
      expect(stored.length).toBeGreaterThan(0);
      for (const { sealed } of stored) expect(sealed).not.toMatch(/Maracaibo|expareja/);
    });

    it('leaves Tijuana without cases, to try intake from scratch', async () => {
      for (const role of ['attorney', 'supervisor']) {
        const member = asBearer(api, (await login(api, `${role}@tijuana.example`)).accessToken);
        expect(((await member.get('/api/cases').expect(200)).body as CaseloadPage).total).toBe(0);
      }
      const [tijuana] = await asOwner<{ n: number }>(
        api,
        TIJUANA,
        `SELECT (SELECT count(*)::int FROM clients) + (SELECT count(*)::int FROM cases) AS n`,
      );
      expect(tijuana.n).toBe(0);
    });
  });
});
