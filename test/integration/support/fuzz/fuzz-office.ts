// The Lima demo office, signed in and holding one of every kind of record a route can name, made
// the way its staff make them (through the API), so that fuzzed requests reach the services and
// not only their 404s. Only a notification is written in SQL: the minute sweep alone makes them.
import request from 'supertest';
import { can, type Permission, type Role } from '@amparo/domain';
import { DEMO_CASES } from '../../../../apps/api/src/app/seed/demo-cases';
import { asOwner, LIMA, login } from '../demo-users';
import type { RouteEntry } from '../route-table';
import type { TestApi } from '../test-api';

/** Who calls a route: the first of these whose role allows it (attorneys work the cases). */
const CALLERS: readonly Role[] = ['attorney', 'paralegal', 'supervisor', 'admin'];

const FILING_DETAILS = {
  place: 'Lima',
  organizationAddress: 'Av. Arequipa 123, Lima (fuzz)',
  attorneyBarNumber: 'CAL 12345',
  clientIdentityDocument: 'pasaporte X1234567 (fuzz)',
  decisionReference: 'RS-000123-2026 (fuzz)',
  decisionAuthority: 'Superintendencia Nacional de Migraciones',
  decisionIssuedOn: '2026-11-18',
  detentionAuthority: 'Policía Nacional del Perú',
  // The place is never read from an event's source document any more: it is given here.
  detentionPlace: 'Comisaría de prueba, Tumbes (fuzz)',
  grounds: ['Notificada sin intérprete (fuzz).'],
  annexes: ['Copia del pasaporte (fuzz)'],
};

export interface FuzzOffice {
  /** The bearer token of the member who calls `route` (signed in again if the session ended). */
  tokenFor(route: RouteEntry): Promise<string>;
  /** The value of a path parameter: a record of the office, or undefined for an unknown one. */
  parameter(route: string, name: string): string | undefined;
  /** Every record id, for body fields that name a record (format: uuid). */
  readonly recordIds: readonly string[];
  /** Puts back what a fuzzed write may take away from the next operation's requests. */
  restore(): Promise<void>;
}

export async function arrangeFuzzOffice(api: TestApi): Promise<FuzzOffice> {
  const tokens = new Map<Role, string>();
  const ids: Record<Role, string> = { attorney: '', paralegal: '', supervisor: '', admin: '' };
  for (const role of CALLERS) {
    const session = await login(api, `${role}@lima.example`);
    tokens.set(role, session.accessToken);
    ids[role] = session.user.id;
  }
  const as = (role: Role) => {
    const call = (method: 'get' | 'post' | 'patch', path: string, body?: object) =>
      request(api.url)
        [method](path)
        .set('Authorization', `Bearer ${tokens.get(role)}`)
        .send(body);
    const write = async (method: 'post' | 'patch', path: string, body: object) => {
      const response = await call(method, path, body);
      if (response.status >= 300) {
        throw new Error(`arranging: ${method} ${path} → ${response.status} ${response.text}`);
      }
      return response.body as Record<string, unknown> & { id: string };
    };
    return {
      get: (path: string) => call('get', path),
      post: (path: string, body: object = {}) => write('post', path, body),
      patch: (path: string, body: object) => write('patch', path, body),
    };
  };

  const newClient = (givenNames: string) =>
    as('paralegal').post('/api/clients', {
      givenNames,
      familyNames: 'Fuzz (test)',
      nationalities: ['VE'],
      acknowledgeDuplicates: true,
    });
  const client = await newClient('Cliente');
  const relative = await newClient('Pariente');
  const matter = await as('paralegal').post('/api/cases', {
    clientId: client.id,
    jurisdiction: 'PE',
    procedure: 'pasee-expulsion',
    leadAttorneyId: ids.attorney,
    custodyStatus: 'detained',
    expediente: 'EXP-2026-0456 (fuzz)',
  });
  const caseId = matter.id;
  const event = await as('paralegal').post(`/api/cases/${caseId}/events`, {
    eventType: 'police-retention',
    occurredAt: '2026-11-17T06:00:00-05:00',
    source: 'Comisaría (fuzz)',
  });
  // A paralegal's correction that moves clocks waits for an attorney: one to confirm or decline.
  const correction = await as('paralegal').patch(`/api/cases/${caseId}/events/${event.id}`, {
    occurredAt: '2026-11-17T04:00:00-05:00',
    reason: 'El acta dice dos horas antes (fuzz)',
    version: event['version'],
  });
  await as('paralegal').post(`/api/cases/${caseId}/events`, {
    eventType: 'sanction-notification',
    occurredAt: '2026-11-18T10:30:00-05:00',
  });
  await as('paralegal').post(`/api/cases/${caseId}/derivatives`, {
    clientId: relative.id,
    relationship: 'child',
  });
  const deadlines = (await as('attorney').get(`/api/cases/${caseId}/deadlines`)).body as {
    id: string;
  }[];
  // The demo caseload's first screening: a complete set of answers, as staff would give them.
  const screening = DEMO_CASES.find((demo) => demo.risk)?.risk;
  const assessment = await as('attorney').post(`/api/cases/${caseId}/risk-assessments`, {
    destination: screening?.destination,
    answers: screening?.answers,
  });
  const filing = await as('paralegal').post(`/api/cases/${caseId}/filings`, {
    templateId: 'pe-reconsideracion-pasee',
    details: FILING_DETAILS,
  });
  const closure = await as('supervisor').post('/api/calendars/closures', {
    calendar: 'PE',
    date: '2026-12-24',
    reason: 'Cierre (fuzz)',
  });
  const invited = await as('admin').post('/api/users', {
    email: 'fuzz-target@lima.example',
    name: 'Fuzz Target (test)',
    roles: ['paralegal'],
  });
  const targetId = (invited['user'] as { id: string }).id;
  const feed = await as('attorney').post('/api/calendar-feed', { language: 'es' });
  const job = (
    await request(api.url)
      .post('/api/intake/csv/import')
      .set('Authorization', `Bearer ${tokens.get('paralegal')}`)
      .set('Content-Type', 'text/csv')
      .send('given_names,jurisdiction,procedure\nFuzz Intake (test),PE,pasee-expulsion\n')
  ).body as { job: { id: string } };
  const [notification] = await asOwner<{ id: string }>(
    api,
    LIMA,
    `INSERT INTO notifications (organization_id, user_id, kind, case_id, title, body, dedupe_key)
     VALUES ($1, $2, 'risk.escalated', $3, '{"en":"Fuzz","es":"Fuzz"}',
       '{"en":"Fuzz (test)","es":"Fuzz (test)"}', 'fuzz') RETURNING id`,
    [LIMA, ids.attorney, caseId],
  );

  // A rule-change notice is made only by recomputing deadlines at start-up: written in SQL too.
  const [ruleChange] = await asOwner<{ id: string }>(
    api,
    LIMA,
    `INSERT INTO deadline_rule_changes (organization_id, case_id, deadline_id, rule_id,
       from_version, to_version, outcome, time_zone, reason)
     SELECT $1, case_id, id, rule_id, '1.0.0', 'fuzz', 'unchanged', time_zone,
       '{"en":"Fuzz (test)","es":"Fuzz (test)"}' FROM case_deadlines WHERE id = $2
     RETURNING id`,
    [LIMA, deadlines[0]?.id],
  );

  const byRoute: Record<string, string> = {
    '/api/users/:id': targetId,
    '/api/calendars/closures/:id': closure.id,
    '/api/country-profiles/:code': 'HT',
    '/api/cases/:id': caseId,
    '/api/clients/:id': client.id,
    '/api/risk-assessments/:id': assessment.id,
    '/api/risk/escalations/:caseId': caseId,
    '/api/deadlines/:id': deadlines[0]?.id ?? '',
    '/api/filings/:id': filing.id,
    '/api/notifications/:id': notification.id,
    '/api/jobs/:id': job.job?.id ?? '',
    '/api/calendar/:file': String(feed['path']).replace('/api/calendar/', ''),
    '/api/event-corrections/:id': (correction['pendingCorrection'] as { id: string }).id,
    '/api/deadline-rule-changes/:id': ruleChange?.id ?? '',
  };
  const byName: Record<string, string> = { eventId: event.id, clientId: relative.id };
  const [office] = await asOwner<{ case_visibility: string; mfa_required_roles: string[] }>(
    api,
    LIMA,
    'SELECT case_visibility, mfa_required_roles FROM organizations WHERE id = $1',
    [LIMA],
  );

  return {
    recordIds: [client.id, relative.id, caseId, event.id, ids.attorney, ids.paralegal, targetId],
    parameter(route, name) {
      if (name !== 'id' && byName[name]) return byName[name];
      const prefix = Object.keys(byRoute).find(
        (known) => route === known || route.startsWith(`${known}/`),
      );
      return prefix && byRoute[prefix] ? byRoute[prefix] : undefined;
    },
    async tokenFor(route) {
      const role =
        route.access === 'public'
          ? 'attorney'
          : CALLERS.find((candidate) => can([candidate], route.access as Permission));
      if (!role) throw new Error(`no demo member may call ${route.method} ${route.path}`);
      const me = await request(api.url)
        .get('/api/auth/me')
        .set('Authorization', `Bearer ${tokens.get(role)}`);
      // A fuzzed sign-out (or a changed role) ends the session: sign in again.
      if (me.status !== 200)
        tokens.set(role, (await login(api, `${role}@lima.example`)).accessToken);
      return tokens.get(role) ?? '';
    },
    async restore() {
      const owner = await api.database.ownerClient();
      try {
        // Sign-in failures from fuzzing /api/auth/login must not lock the staff out.
        await owner.query('DELETE FROM login_throttle');
        await owner.query('BEGIN');
        await owner.query(`SELECT set_config('app.organization_id', $1, true)`, [LIMA]);
        // A required second factor would shut every member out of what follows.
        await owner.query(
          'UPDATE organizations SET case_visibility = $2, mfa_required_roles = $3 WHERE id = $1',
          [LIMA, office.case_visibility, office.mfa_required_roles],
        );
        // An archived case takes no changes: later operations would only see 409.
        await owner.query('UPDATE cases SET archived_at = NULL WHERE id = $1', [caseId]);
        await owner.query('COMMIT');
      } finally {
        await owner.end();
      }
    },
  };
}
