// Every route × every kind of caller → the expected answer, generated from the application's own
// route table so that a new route joins the matrix without anyone remembering to add it. A denied
// write must leave the database exactly as it was.
import request from 'supertest';
import { can, ROLES, type Permission, type Role } from '@amparo/domain';
import { asOwner, LIMA, login, TIJUANA, withDemoData } from './support/demo-users';
import { routeTable, type RouteEntry } from './support/route-table';
import { startTestApi, type TestApi } from './support/test-api';

const TENANT_TABLES = ['organizations', 'users', 'sessions'];
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describe('access matrix', () => {
  let api: TestApi;
  let routes: RouteEntry[];

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    routes = routeTable(api.app).filter((route) => route.access !== 'public');
  });
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
    let pending = request(api.url)[method](route.path);
    if (token) pending = pending.set('Authorization', `Bearer ${token}`);
    return WRITE.has(route.method) ? pending.send({}) : pending;
  };

  it('covers routes that need a record id only once they have a fixture', () => {
    // Routes with :params need a record of each office to test cross-organization and
    // not-assigned access; extend this suite with fixtures when such routes arrive.
    const parameterised = routes.filter((route) => route.path.includes(':'));
    expect(parameterised.map((route) => `${route.method} ${route.path}`)).toEqual([]);
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
