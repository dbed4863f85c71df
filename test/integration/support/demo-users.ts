// Signs in the fictional demo users of a test API.
import request from 'supertest';
import type { BearerLoginResponse } from '@amparo/contracts';
import { DEMO_PASSWORD } from '../../../apps/api/src/app/seed/demo-data';
import { seedDemoIfFirstStart } from '../../../apps/api/src/app/seed/demo.seed';
import type { TestApi } from './test-api';

export const LIMA = 'd3a10000-0000-4000-8000-000000000001';
export const TIJUANA = 'd3a10000-0000-4000-8000-000000000002';

export async function withDemoData(api: TestApi): Promise<void> {
  await seedDemoIfFirstStart(api.app);
}

export async function login(
  api: TestApi,
  email: string,
  password = DEMO_PASSWORD,
): Promise<BearerLoginResponse> {
  const response = await request(api.url).post('/api/auth/login').send({ email, password });
  if (response.status !== 200)
    throw new Error(`login of ${email} failed: ${response.status} ${response.text}`);
  return response.body as BearerLoginResponse;
}

/** Runs SQL as the owning role inside one organization's scope (for arranging test states). */
export async function asOwner<T>(
  api: TestApi,
  organizationId: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const owner = await api.database.ownerClient();
  try {
    await owner.query('BEGIN');
    await owner.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
    const { rows } = await owner.query(sql, params);
    await owner.query('COMMIT');
    return rows as T[];
  } finally {
    await owner.end();
  }
}

/** Requests to a test API carrying a bearer token. */
export function asBearer(api: TestApi, token: string) {
  const authorized = (pending: request.Test) => pending.set('Authorization', `Bearer ${token}`);
  return {
    get: (path: string) => authorized(request(api.url).get(path)),
    post: (path: string, body: object = {}) => authorized(request(api.url).post(path)).send(body),
    patch: (path: string, body: object) => authorized(request(api.url).patch(path)).send(body),
    put: (path: string, body: object) => authorized(request(api.url).put(path)).send(body),
    delete: (path: string) => authorized(request(api.url).delete(path)),
  };
}

/**
 * Says the office recorded the case's deadlines `hoursAgo` (as if entered then): a clock that
 * ended before it was recorded is history, one that ended after is overdue (readDeadline).
 */
export async function recordDeadlinesAt(
  api: TestApi,
  caseId: string,
  hoursAgo: number,
): Promise<void> {
  await asOwner(api, LIMA, `UPDATE case_deadlines SET created_at = $2 WHERE case_id = $1`, [
    caseId,
    new Date(Date.now() - hoursAgo * 3_600_000),
  ]);
}
