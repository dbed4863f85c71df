// Every route × every kind of caller → the expected answer, generated from the application's own
// route table so that a new route joins the matrix without anyone remembering to add it. A denied
// write must leave the database exactly as it was.
import request from 'supertest';
import { can, COUNTRY_PROFILES, ROLES, type Permission, type Role } from '@amparo/domain';
import { FieldCipher } from '../../apps/api/src/app/crypto/field.cipher';
import { FILING_PDF } from '../../apps/api/src/app/filings/filing-sealed-columns';
import { asOwner, LIMA, login, TIJUANA, withDemoData } from './support/demo-users';
import { routeTable, type RouteEntry } from './support/route-table';
import { startTestApi, type TestApi } from './support/test-api';

const TENANT_TABLES = [
  'organizations',
  'users',
  'sessions',
  'password_setup_tokens',
  'calendar_closures',
  'country_profiles',
  'clients',
  'client_search_terms',
  'cases',
  'case_members',
  'case_derivatives',
  'case_events',
  'case_event_revisions',
  'case_event_correction_requests',
  'case_notes',
  'risk_assessments',
  'risk_escalation_acks',
  'case_deadlines',
  'deadline_rule_changes',
  'filings',
  'case_filing_facts',
  'case_filing_details',
  'notifications',
  'calendar_feeds',
  'background_jobs',
];
const TARGET_EMAIL = 'matrix-target@lima.example';
/** Lima records created in beforeAll for routes that address them. */
const limaRecords = {
  closureId: '',
  clientId: 'c1c1c1c1-0000-4000-8000-00000000c11e',
  caseId: 'ca5eca5e-0000-4000-8000-00000000ca5e',
  eventId: 'e7e7e7e7-0000-4000-8000-00000000e7e7',
  assessmentId: 'a55e55ed-0000-4000-8000-00000000a55e',
  deadlineId: 'dead1111-0000-4000-8000-00000000dead',
  filingId: 'f11e0000-0000-4000-8000-00000000f11e',
  notificationId: '0071f1ed-0000-4000-8000-00000000071f',
  jobId: '10b10b10-0000-4000-8000-0000000010b1',
  derivativeId: 'c1c1c1c1-0000-4000-8000-00000000dee1',
  correctionId: 'c0c0c0c0-0000-4000-8000-00000000c0c0',
  otherRelativeId: 'c1c1c1c1-0000-4000-8000-00000000dee2',
  ruleChangeId: 'c4a4e000-0000-4000-8000-00000000c4a4',
};

/** Parameters other than a route's main `:id`, by name. */
const NAMED_PARAMS: Record<string, () => string> = {
  eventId: () => limaRecords.eventId,
  caseId: () => limaRecords.caseId,
  clientId: () => limaRecords.derivativeId,
};

/**
 * How to fill each path parameter with a record of the Lima office. A route whose parameter has
 * no entry here fails the suite, so every new kind of record gets its cross-office checks.
 */
const RECORD_OF_LIMA: Record<string, (ids: { targetUserId: string }) => string> = {
  '/api/users/:id': ({ targetUserId }) => targetUserId,
  '/api/calendars/closures/:id': () => limaRecords.closureId,
  '/api/country-profiles/:code': () => 'HT',
  '/api/cases/:id': () => limaRecords.caseId,
  '/api/clients/:id': () => limaRecords.clientId,
  '/api/risk-assessments/:id': () => limaRecords.assessmentId,
  '/api/risk/escalations/:caseId': () => limaRecords.caseId,
  '/api/deadlines/:id': () => limaRecords.deadlineId,
  '/api/filings/:id': () => limaRecords.filingId,
  '/api/notifications/:id': () => limaRecords.notificationId,
  '/api/jobs/:id': () => limaRecords.jobId,
  '/api/event-corrections/:id': () => limaRecords.correctionId,
  '/api/deadline-rule-changes/:id': () => limaRecords.ruleChangeId,
};

/**
 * Routes whose parameter names shared reference data (a country code), not a record of one office:
 * every office may address it, each reading or editing its own version, so "another office's
 * caller gets 404" does not apply. Their office isolation is tested in risk-reference.
 */
const REFERENCE_ROUTES = new Set(['/api/country-profiles/:code']);

/** A valid body per write route, so that permission and ownership (not validation) decide. */
const VALID_BODY: Record<string, object> = {
  'POST /api/users': {
    email: 'matrix-new@lima.example',
    name: 'Matrix New (test)',
    roles: ['paralegal'],
  },
  'PATCH /api/users/:id/roles': { roles: ['paralegal'], version: 1 },
  'PUT /api/users/:id/profile': { barNumber: 'CAL 00000 (test)', version: 1 },
  'PUT /api/profile': { gender: 'female', version: 1 },
  'PATCH /api/organization/settings': { version: 1 },
  'POST /api/calendars/closures': { calendar: 'PE', date: '2026-12-31', reason: 'Matrix (test)' },
  'POST /api/clients': { givenNames: 'Matrix Client (test)', acknowledgeDuplicates: true },
  'PATCH /api/clients/:id': { version: 1 },
  'POST /api/cases': { clientId: '', jurisdiction: 'PE', procedure: 'pasee-expulsion' },
  'PATCH /api/cases/:id': { version: 1 },
  'POST /api/cases/:id/assignment': { version: 1 },
  'POST /api/cases/:id/archive': { version: 1 },
  'POST /api/cases/:id/events': {
    eventType: 'police-retention',
    occurredAt: '2026-11-20T06:00:00-05:00',
  },
  'PATCH /api/cases/:id/events/:eventId': {
    occurredAt: '2026-11-20T05:00:00-05:00',
    reason: 'Matrix (test)',
    version: 1,
  },
  'POST /api/cases/:id/notes': { body: 'Matrix note (test)' },
  'POST /api/cases/:id/derivatives': {
    clientId: limaRecords.otherRelativeId,
    relationship: 'child',
  },
  'POST /api/cases/:id/risk-assessments': {
    destination: 'VE',
    answers: {
      's1.nationality': 'VE',
      's1.forum_country': 'PE',
      's3.harm_or_threats': false,
      's10.removal_procedure': 'ordinary',
    },
  },
  'POST /api/risk/escalations/:caseId/acknowledge': { reason: 'Matrix (test)' },
  'POST /api/deadlines/:id/complete': { version: 1 },
  'POST /api/deadline-rule-changes/:id/acknowledge': { note: 'Matrix (test)' },
  'POST /api/event-corrections/:id/confirm': { version: 1 },
  'POST /api/event-corrections/:id/decline': { version: 1, note: 'Matrix (test)' },
  'POST /api/deadlines/:id/override': {
    dueAt: '2026-12-01T12:00:00-05:00',
    reason: 'Matrix order (test)',
    version: 1,
  },
  'POST /api/deadlines/:id/waive': { reason: 'Matrix waiver (test)', version: 1 },
  'POST /api/cases/:id/filings': { templateId: 'sworn-declaration' },
  'POST /api/filings/:id/approved': { version: 1 },
  'POST /api/filings/:id/filed': { version: 1 },
  'POST /api/filings/:id/served': { version: 1 },
  'PUT /api/cases/:id/filing-details': { version: 0, place: 'Lima (test)' },
  'PUT /api/cases/:id/filing-facts': { version: 0, statements: ['Matrix statement (test)'] },
  'POST /api/filings/batches': {
    templateId: 'sworn-declaration',
    caseIds: [limaRecords.caseId],
    idempotencyKey: 'matrix-batch-1',
  },
  'POST /api/calendar-feed': { language: 'es' },
  'PUT /api/country-profiles/:code': {
    version: 0,
    profile: COUNTRY_PROFILES.find((profile) => profile.code === 'HT'),
  },
};
/** Routes that read a CSV file instead of JSON, with a valid one (one fictional person). */
const INTAKE_FILE = 'given_names,jurisdiction,procedure\nMatrix Intake (test),PE,pasee-expulsion\n';
const CSV_BODY: Record<string, string> = {
  'POST /api/intake/csv/check': INTAKE_FILE,
  'POST /api/intake/csv/import': INTAKE_FILE,
};
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// Every route times every role, each write fingerprinting both offices: minutes on a busy machine.
jest.setTimeout(240_000);

describe('access matrix', () => {
  let api: TestApi;
  let routes: RouteEntry[];
  let targetUserId: string;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    routes = routeTable(api.app).filter((route) => route.access !== 'public');
    [{ id: targetUserId }] = await asOwner<{ id: string }>(
      api,
      LIMA,
      `INSERT INTO users (organization_id, email, name, roles) VALUES ($1, $2, 'Matrix Target (test)', '{paralegal}') RETURNING id`,
      [LIMA, TARGET_EMAIL],
    );
    [{ id: limaRecords.closureId }] = await asOwner<{ id: string }>(
      api,
      LIMA,
      `INSERT INTO calendar_closures (organization_id, calendar_code, closed_on, reason) VALUES ($1, 'PE', '2026-12-24', 'Matrix closure (test)') RETURNING id`,
      [LIMA],
    );
    await seedCaseRecords();
    await seedJob();
    (VALID_BODY['POST /api/cases'] as { clientId: string }).clientId = limaRecords.clientId;
  });

  /** The concrete URL of a route, its parameters filled with a Lima record. */
  const urlOf = (route: RouteEntry) => {
    const key = Object.keys(RECORD_OF_LIMA).find((prefix) => route.path.startsWith(prefix));
    const named = route.path.replace(/:([A-Za-z]\w*)/g, (param, name: string) =>
      name !== 'id' && NAMED_PARAMS[name] ? NAMED_PARAMS[name]() : param,
    );
    return key ? named.replace(/:[A-Za-z]\w*/g, RECORD_OF_LIMA[key]({ targetUserId })) : named;
  };
  afterAll(() => api.close());

  /** The Lima client, case and event the matrix addresses; recreated if a test erased them. */
  async function seedCaseRecords(): Promise<void> {
    await asOwner(
      api,
      LIMA,
      `INSERT INTO clients (id, organization_id, given_names, search_names)
       VALUES ($2, $1, 'Matrix Client (test)', 'matrix client (test)') ON CONFLICT DO NOTHING`,
      [LIMA, limaRecords.clientId],
    );
    await asOwner(
      api,
      LIMA,
      `INSERT INTO cases (id, organization_id, client_id, reference, jurisdiction, procedure, time_zone)
       VALUES ($2, $1, $3, 'PE-MATRIX-1', 'PE', 'pasee-expulsion', 'America/Lima') ON CONFLICT DO NOTHING`,
      [LIMA, limaRecords.caseId, limaRecords.clientId],
    );
    await asOwner(
      api,
      LIMA,
      `INSERT INTO clients (id, organization_id, given_names, search_names)
       VALUES ($2, $1, 'Matrix Relative (test)', 'matrix relative (test)'),
              ($3, $1, 'Matrix Other Relative (test)', 'matrix other relative (test)')
       ON CONFLICT DO NOTHING`,
      [LIMA, limaRecords.derivativeId, limaRecords.otherRelativeId],
    );
    await asOwner(
      api,
      LIMA,
      `INSERT INTO case_derivatives (organization_id, case_id, client_id, relationship)
       VALUES ($1, $2, $3, 'spouse') ON CONFLICT DO NOTHING`,
      [LIMA, limaRecords.caseId, limaRecords.derivativeId],
    );
    await asOwner(
      api,
      LIMA,
      `INSERT INTO case_events (id, organization_id, case_id, event_type, occurred_at, time_zone)
       VALUES ($2, $1, $3, 'police-retention', '2026-11-20T11:00:00Z', 'America/Lima') ON CONFLICT DO NOTHING`,
      [LIMA, limaRecords.eventId, limaRecords.caseId],
    );
    await asOwner(
      api,
      LIMA,
      `INSERT INTO case_event_correction_requests (id, organization_id, case_id, event_id,
         event_version, occurred_at, time_zone, reason, moves)
       VALUES ($2, $1, $3, $4, 1, '2026-11-20T10:00:00Z', 'America/Lima', 'Matrix (test)', '[]')
       ON CONFLICT DO NOTHING`,
      [LIMA, limaRecords.correctionId, limaRecords.caseId, limaRecords.eventId],
    );
    await asOwner(
      api,
      LIMA,
      `INSERT INTO risk_assessments (id, organization_id, case_id, client_id, destination_country,
         instrument_version, rules_version, version, answers, level, reasons, pathways, urgency,
         advisories, urgent)
       VALUES ($2, $1, $3, $4, 'VE', 'amparo-nrs-2026.11.1', 'amparo-risk-rules-2026.11.1', 1,
         '{}', 'high', '[]', '[]', '{"urgent":false,"removalWithin72h":false,"reasons":[]}', '[]', false)
       ON CONFLICT DO NOTHING`,
      [LIMA, limaRecords.assessmentId, limaRecords.caseId, limaRecords.clientId],
    );
    await asOwner(
      api,
      LIMA,
      `INSERT INTO case_deadlines (id, organization_id, case_id, event_id, rule_id, pack_version, kind,
         title, due_at, latest_due_at, time_zone, basis, citation, status_of_rule, urgent)
       VALUES ($2, $1, $3, $4, 'pe.pasee.decision', 'matrix', 'due', '{"en":"Matrix","es":"Matrix"}',
         '2026-11-21T11:00:00Z', '2026-11-22T11:00:00Z', 'America/Lima', '{"en":"x","es":"x"}',
         'Matrix (test)', 'secondary', true) ON CONFLICT DO NOTHING`,
      [LIMA, limaRecords.deadlineId, limaRecords.caseId, limaRecords.eventId],
    );
    await asOwner(
      api,
      LIMA,
      `INSERT INTO deadline_rule_changes (id, organization_id, case_id, deadline_id, rule_id,
         from_version, to_version, outcome, due_before, due_after, time_zone, reason)
       VALUES ($2, $1, $3, $4, 'pe.pasee.decision', '1.0.0', '1.1.0', 'unchanged',
         '2026-11-21T11:00:00Z', '2026-11-21T11:00:00Z', 'America/Lima',
         '{"en":"Matrix (test)","es":"Matrix (test)"}') ON CONFLICT DO NOTHING`,
      [LIMA, limaRecords.ruleChangeId, limaRecords.caseId, limaRecords.deadlineId],
    );
    await asOwner(
      api,
      LIMA,
      `INSERT INTO notifications (id, organization_id, user_id, kind, case_id, title, body, dedupe_key)
       VALUES ($2, $1, $3, 'risk.escalated', $4, '{"en":"Matrix","es":"Matrix"}',
         '{"en":"Matrix (test)","es":"Matrix (test)"}', 'matrix') ON CONFLICT DO NOTHING`,
      [LIMA, limaRecords.notificationId, targetUserId, limaRecords.caseId],
    );
    const pdf = Buffer.from('%PDF-1.7 matrix (test)').toString('base64');
    await asOwner(
      api,
      LIMA,
      `INSERT INTO filings (id, organization_id, case_id, template_id, template_version, language,
         filing_version, title, page_count, sha256, byte_size, pdf_sealed)
       VALUES ($2, $1, $3, 'sworn-declaration', '1.0.0', 'es', 1, 'Matrix (test)', 1, $4, 22, $5)
       ON CONFLICT DO NOTHING`,
      [
        LIMA,
        limaRecords.filingId,
        limaRecords.caseId,
        'a'.repeat(64),
        api.app
          .get(FieldCipher)
          .encrypt(LIMA, FILING_PDF.name, pdf, { rowId: limaRecords.filingId }),
      ],
    );
  }

  /** A Lima job (its payload is never read by the routes the matrix calls). */
  async function seedJob(): Promise<void> {
    await asOwner(
      api,
      LIMA,
      `INSERT INTO background_jobs (id, organization_id, kind, payload_sealed)
       VALUES ($2, $1, 'matrix.test', 'sealed (test)') ON CONFLICT DO NOTHING`,
      [LIMA, limaRecords.jobId],
    );
  }

  /**
   * A digest of every tenant row of both demo offices, read as the owner over one connection
   * (taken after every call of the matrix: a connection per table made the file take minutes on
   * a machine where connecting is slow).
   */
  async function fingerprint(): Promise<string> {
    const parts: string[] = [];
    const owner = await api.database.ownerClient();
    try {
      for (const organization of [LIMA, TIJUANA]) {
        await owner.query('BEGIN');
        await owner.query(`SELECT set_config('app.organization_id', $1, true)`, [organization]);
        for (const table of TENANT_TABLES) {
          const { rows } = await owner.query<{ digest: string | null }>(
            // A session's last_seen_at moves with use (at most once a minute): not a change by a call.
            table === 'sessions'
              ? `SELECT md5(string_agg((to_jsonb(t) - 'last_seen_at')::text, '|' ORDER BY t.id)) AS digest FROM sessions t`
              : `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table} t`,
          );
          parts.push(`${organization}/${table}:${rows[0]?.digest}`);
        }
        await owner.query('COMMIT');
      }
    } finally {
      await owner.end();
    }
    return parts.join('\n');
  }

  const call = (route: RouteEntry, token?: string) => {
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    let pending = request(api.url)[method](urlOf(route));
    if (token) pending = pending.set('Authorization', `Bearer ${token}`);
    const csv = CSV_BODY[`${route.method} ${route.path}`];
    if (csv !== undefined) return pending.set('Content-Type', 'text/csv').send(csv);
    return WRITE.has(route.method)
      ? pending.send(VALID_BODY[`${route.method} ${route.path}`] ?? {})
      : pending;
  };

  it('has a Lima record for every route parameter', () => {
    const uncovered = routes.filter((route) => urlOf(route).includes(':'));
    expect(uncovered.map((route) => `${route.method} ${route.path}`)).toEqual([]);
  });

  it('answers 404 to members of the same office who do not work the record, changing nothing', async () => {
    // Every route that names a record: the matrix case has no lead attorney and no paralegal, the
    // office shows cases by assignment, and the job and notification belong to someone else.
    const onRecord = routes.filter(
      (route) => route.path.includes(':') && !REFERENCE_ROUTES.has(route.path),
    );
    expect(onRecord.length).toBeGreaterThan(20);
    const probes: string[] = [];
    const leaks: string[] = [];
    for (const role of ['attorney', 'paralegal'] as const) {
      const { accessToken } = await login(api, `${role}@lima.example`);
      for (const route of onRecord.filter((r) => can([role], r.access as Permission))) {
        const before = await fingerprint();
        const response = await call(route, accessToken);
        const label = `unassigned ${role} ${route.method} ${route.path}`;
        probes.push(label);
        if (response.status !== 404 || (await fingerprint()) !== before) leaks.push(label);
      }
    }
    console.log(`Access probes inside one office: ${probes.length}, leaks: ${leaks.length}`);
    expect(leaks).toEqual([]);
  });

  it("answers 404 to another office's callers for a Lima record, changing nothing", async () => {
    const parameterised = routes.filter(
      (route) => route.path.includes(':') && !REFERENCE_ROUTES.has(route.path),
    );
    expect(parameterised.length).toBeGreaterThan(0);
    for (const role of ROLES) {
      const { accessToken } = await login(api, `${role}@tijuana.example`);
      for (const route of parameterised.filter((r) => can([role], r.access as Permission))) {
        const before = await fingerprint();
        const response = await call(route, accessToken);
        const label = `tijuana ${role} ${route.method} ${route.path}`;
        expect({ label, status: response.status }).toEqual({ label, status: 404 });
        expect(await fingerprint()).toBe(before);
      }
    }
  });

  it('answers 401 to anonymous callers on every non-public route, changing nothing', async () => {
    const before = await fingerprint();
    for (const route of routes) {
      const response = await call(route);
      expect({ route: `${route.method} ${route.path}`, status: response.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 401,
      });
    }
    expect(await fingerprint()).toBe(before);
  });

  it.each(ROLES.map((role) => [role]))(
    'lets a %s call exactly the routes the permission map allows',
    async (role: Role) => {
      await seedCaseRecords();
      let { accessToken } = await login(api, `${role}@lima.example`);
      for (const route of routes) {
        const allowed = can([role], route.access as Permission);
        // Signing out (or a role change) ends the session: sign in again before the next route.
        if (
          (await request(api.url).get('/api/auth/me').set('Authorization', `Bearer ${accessToken}`))
            .status !== 200
        ) {
          ({ accessToken } = await login(api, `${role}@lima.example`));
        }
        const before = WRITE.has(route.method) && !allowed ? await fingerprint() : undefined;
        const response = await call(route, accessToken);
        const label = `${role} ${route.method} ${route.path}`;
        if (allowed) {
          expect({ label, denied: [401, 403].includes(response.status) }).toEqual({
            label,
            denied: false,
          });
        } else {
          expect({ label, status: response.status, code: response.body.code }).toEqual({
            label,
            status: 403,
            code: 'PERMISSION_DENIED',
          });
          if (before !== undefined) expect(await fingerprint()).toBe(before);
        }
      }
    },
  );
});
