// The notification sweep every minute (a recurring pg-boss job on a real server, a timer when
// embedded): it lists every office through the migration's SECURITY DEFINER function, and, with
// nobody calling anything, a deadline whose time has passed is persisted as missed and its team
// notified.
import { setTimeout as sleep } from 'node:timers/promises';
import {
  NOTIFICATION_SWEEP_CRON,
  NOTIFICATION_SWEEP_JOB,
  NotificationJobs,
} from '../../apps/api/src/app/notifications/notification-jobs';
import { asBearer, asOwner, LIMA, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

const HOUR = 3_600_000;

describe('notification sweep job', () => {
  let api: TestApi;
  let paralegal: ReturnType<typeof asBearer>;
  let attorney: ReturnType<typeof asBearer>;
  let attorneyId: string;

  beforeAll(async () => {
    api = await startTestApi({ jobWorkers: true });
    await withDemoData(api);
    paralegal = asBearer(api, (await login(api, 'paralegal@lima.example')).accessToken);
    const session = await login(api, 'attorney@lima.example');
    attorney = asBearer(api, session.accessToken);
    attorneyId = session.user.id;
  });
  afterAll(() => api.close());

  it('is scheduled every minute and sweeps every office', async () => {
    const owner = await api.database.ownerClient();
    try {
      const { rows } = await owner.query(`SELECT name, cron FROM pgboss.schedule`);
      // A real server schedules it on pg-boss; embedded, an in-process timer runs it instead.
      if (api.database.config.embedded) expect(rows).toEqual([]);
      else
        expect(rows).toContainEqual({
          name: NOTIFICATION_SWEEP_JOB,
          cron: NOTIFICATION_SWEEP_CRON,
        });
      const report = await api.app.get(NotificationJobs).sweepAll();
      // The two demo offices, though the application role itself sees one office at a time.
      expect(report).toMatchObject({ organizations: 2, failedOrganizations: 0 });
    } finally {
      await owner.end();
    }
  });

  it('tells the team of a passed authority limit by itself, within about a minute', async () => {
    const client = await paralegal
      .post('/api/clients', {
        givenNames: 'Vencida',
        familyNames: 'Sola (demo)',
        acknowledgeDuplicates: true,
      })
      .expect(201);
    const matter = await paralegal
      .post('/api/cases', {
        clientId: client.body.id,
        jurisdiction: 'PE',
        procedure: 'pasee-expulsion',
        leadAttorneyId: attorneyId,
      })
      .expect(201);
    // Retained 20 s short of 12 hours ago: the police report passes after it was recorded.
    await paralegal
      .post(`/api/cases/${matter.body.id}/events`, {
        eventType: 'police-retention',
        occurredAt: new Date(Date.now() - 12 * HOUR + 20_000).toISOString(),
      })
      .expect(201);
    // The police report is the authority's limit: its passing is an opening the team is told
    // of by the minute sweep, never written to the deadline as the office's miss.
    type Notice = { kind: string; caseId: string };
    let told: Notice[] = [];
    for (let waited = 0; waited < 150_000 && told.length === 0; waited += 2_000) {
      await sleep(2_000);
      const notices = (await attorney.get('/api/notifications').expect(200)).body.items as Notice[];
      told = notices.filter(
        (n) => n.kind === 'deadline.authority-passed' && n.caseId === matter.body.id,
      );
    }
    expect(told).toHaveLength(1);
    const [row] = await asOwner<{ status: string }>(
      api,
      LIMA,
      `SELECT status FROM case_deadlines WHERE case_id = $1 AND rule_id = 'pe.pasee.police-report'`,
      [matter.body.id],
    );
    expect(row.status).toBe('open');
  }, 200_000);
});
