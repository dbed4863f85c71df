// Every route × every kind of caller → the expected answer, generated from the application's own
// route table so that a new route joins the matrix without anyone remembering to add it. A denied
// write must leave the database exactly as it was.
import request from 'supertest';
import { can, COUNTRY_PROFILES, ROLES, type Permission, type Role } from '@amparo/domain';
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
];
const TARGET_EMAIL = 'matrix-target@lima.example';
/** Lima records created in beforeAll for routes that address them. */
const limaRecords = { closureId: '' };

/**
 * How to fill each path parameter with a record of the Lima office. A route whose parameter has
 * no entry here fails the suite, so every new kind of record gets its cross-office checks.
 */
const RECORD_OF_LIMA: Record<string, (ids: { targetUserId: string }) => string> = {
  '/api/users/:id': ({ targetUserId }) => targetUserId,
  '/api/calendars/closures/:id': () => limaRecords.closureId,
  '/api/country-profiles/:code': () => 'HT',
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
  'PATCH /api/organization/settings': { version: 1 },
  'POST /api/calendars/closures': { calendar: 'PE', date: '2026-12-31', reason: 'Matrix (test)' },
  'PUT /api/country-profiles/:code': {
    version: 0,
    profile: COUNTRY_PROFILES.find((profile) => profile.code === 'HT'),
  },
};
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

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
  });

  /** The concrete URL of a route, its parameters filled with a Lima record. */
  const urlOf = (route: RouteEntry) => {
    const key = Object.keys(RECORD_OF_LIMA).find((prefix) => route.path.startsWith(prefix));
    return key
      ? route.path.replace(/:[A-Za-z]\w*/g, RECORD_OF_LIMA[key]({ targetUserId }))
      : route.path;
  };
  afterAll(() => api.close());

  /** A digest of every tenant row of both demo offices, read as the owner. */
  async function fingerprint(): Promise<string> {
    const parts: string[] = [];
    for (const organization of [LIMA, TIJUANA]) {
      for (const table of TENANT_TABLES) {
        const [row] = await asOwner<{ digest: string | null }>(
          api,
          organization,
          `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table} t`,
        );
        parts.push(`${organization}/${table}:${row.digest}`);
      }
    }
    return parts.join('\n');
  }

  const call = (route: RouteEntry, token?: string) => {
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    let pending = request(api.url)[method](urlOf(route));
    if (token) pending = pending.set('Authorization', `Bearer ${token}`);
    return WRITE.has(route.method)
      ? pending.send(VALID_BODY[`${route.method} ${route.path}`] ?? {})
      : pending;
  };

  it('has a Lima record for every route parameter', () => {
    const uncovered = routes.filter((route) => urlOf(route).includes(':'));
    expect(uncovered.map((route) => `${route.method} ${route.path}`)).toEqual([]);
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
      for (const route of routes) {
        const allowed = can([role], route.access as Permission);
        const { accessToken } = await login(api, `${role}@lima.example`);
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
