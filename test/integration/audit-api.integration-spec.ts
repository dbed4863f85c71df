// The audit trail over HTTP: entries carry the signed-in user, address, user agent and request id
// of the request that made them; supervisors (and only they) read their own office's trail,
// filtered and paged; reading it is recorded too.
import { Body, Controller, Module, Post } from '@nestjs/common';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { Client } from 'pg';
import request from 'supertest';
import { AUDIT_ACTIONS, type AuditAction, type AuditEntryResponse } from '@amparo/contracts';
import { auditVerifyCommand } from '../../apps/api/src/app/audit/audit-verify.command';
import { AuditService } from '../../apps/api/src/app/audit/audit.service';
import { RequirePermission } from '../../apps/api/src/app/identity/permission.decorator';
import { LIMA, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';
import { databaseKinds } from './support/test-database';

class RecordBody {
  @IsIn(AUDIT_ACTIONS)
  action!: AuditAction;

  @IsString()
  recordType!: string;

  @IsOptional()
  @IsString()
  recordId?: string;

  @IsInt()
  @Min(1)
  @Max(20)
  count!: number;
}

/** Test-only routes that record entries the way a feature does: inside the request. */
@Controller('test-audit')
class AuditFixtureController {
  constructor(private readonly audit: AuditService) {}

  @Post('records')
  @RequirePermission('self.manage')
  async records(@Body() body: RecordBody): Promise<{ seqs: number[] }> {
    const seqs: number[] = [];
    for (let i = 0; i < body.count; i += 1) {
      const { action, recordType } = body;
      const recordId = body.recordId ?? `${recordType}-${i}`;
      seqs.push((await this.audit.record({ action, recordType, recordId })).seq);
    }
    return { seqs };
  }

  @Post('records-then-fail')
  @RequirePermission('self.manage')
  async recordsThenFail(): Promise<never> {
    await this.audit.record({ action: 'record.deleted', recordType: 'rolled_back', recordId: 'x' });
    throw new Error('the change failed after its audit entry');
  }
}

@Module({ controllers: [AuditFixtureController] })
class AuditFixtureModule {}

describe.each(databaseKinds())('audit trail over HTTP on the %s database', (kind) => {
  let api: TestApi;
  let supervisor: { token: string; userId: string };
  let attorney: { token: string; userId: string };
  const startedAt = new Date(Date.now() - 1000).toISOString();

  const signIn = async (email: string) => {
    const session = await login(api, email);
    return { token: session.accessToken, userId: session.user.id };
  };
  const record = (who: { token: string }, body: RecordBody, userAgent = 'AmparoTest/1.0') =>
    request(api.url)
      .post('/api/test-audit/records')
      .set('Authorization', `Bearer ${who.token}`)
      .set('User-Agent', userAgent)
      .send(body);
  const audit = (who: { token: string } | undefined, query: Record<string, string | number>) => {
    const pending = request(api.url).get('/api/audit').query(query);
    return who ? pending.set('Authorization', `Bearer ${who.token}`) : pending;
  };
  const items = async (query: Record<string, string | number>): Promise<AuditEntryResponse[]> =>
    (await audit(supervisor, query).expect(200)).body.items;

  beforeAll(async () => {
    api = await startTestApi({ kind, modules: [AuditFixtureModule] });
    await withDemoData(api);
    supervisor = await signIn('supervisor@lima.example');
    attorney = await signIn('attorney@lima.example');
  });
  afterAll(() => api.close());

  it('records the signed-in user, address, user agent and request id of the request', async () => {
    const response = await record(
      attorney,
      { action: 'record.created', recordType: 'client', recordId: 'client-1', count: 1 },
      'Mozilla/5.0 (X11) AmparoTest\t/1.0 ' + 'x'.repeat(400),
    ).expect(201);
    const [entry] = await items({ action: 'record.created', recordId: 'client-1' });
    expect(entry).toMatchObject({
      seq: response.body.seqs[0],
      actorKind: 'user',
      actorUserId: attorney.userId,
      action: 'record.created',
      outcome: 'success',
      recordType: 'client',
      recordId: 'client-1',
      ip: '127.0.0.1',
      requestId: response.headers['x-request-id'],
      details: {},
    });
    expect(entry.userAgent).toMatch(/^Mozilla\/5\.0 \(X11\) AmparoTest\/1\.0 x+$/);
    expect(entry.userAgent).toHaveLength(256);
    expect(Date.parse(entry.occurredAt)).toBeGreaterThanOrEqual(Date.parse(startedAt));
    expect(entry.occurredAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rolls an entry back with the request that failed after writing it', async () => {
    await request(api.url)
      .post('/api/test-audit/records-then-fail')
      .set('Authorization', `Bearer ${attorney.token}`)
      .send({})
      .expect(500);
    expect(await items({ recordType: 'rolled_back' })).toEqual([]);
  });

  it('lets supervisors read the trail, and no one else', async () => {
    await audit(undefined, {}).expect(401);
    for (const role of ['attorney', 'paralegal', 'admin']) {
      const { token } = await signIn(`${role}@lima.example`);
      const response = await audit({ token }, {}).expect(403);
      expect(JSON.stringify(response.body)).not.toContain('items');
    }
    await audit(supervisor, {}).expect(200);
  });

  it('filters by action, actor, record, outcome and time', async () => {
    await record(supervisor, { action: 'record.updated', recordType: 'case', count: 2 }).expect(
      201,
    );
    await record(attorney, { action: 'record.updated', recordType: 'case', count: 3 }).expect(201);
    const byAttorney = await items({ action: 'record.updated', actorUserId: attorney.userId });
    expect(byAttorney.map((e) => e.recordId)).toEqual(['case-2', 'case-1', 'case-0']);
    const oneRecord = await items({ recordType: 'case', recordId: 'case-1' });
    expect(oneRecord.map((e) => e.actorUserId)).toEqual([attorney.userId, supervisor.userId]);
    expect(await items({ recordType: 'case', outcome: 'denied' })).toEqual([]);
    expect(await items({ recordType: 'case', outcome: 'success' })).toHaveLength(5);
    const later = new Date(Date.now() + 60_000).toISOString();
    expect(await items({ recordType: 'case', from: startedAt, to: later })).toHaveLength(5);
    expect(await items({ recordType: 'case', to: startedAt })).toEqual([]);
    expect(await items({ recordType: 'case', from: later })).toEqual([]);
  });

  it('pages newest first, each entry once, until there is no next page', async () => {
    await record(attorney, { action: 'record.read', recordType: 'page_test', count: 7 }).expect(
      201,
    );
    const pages: AuditEntryResponse[][] = [];
    let before: number | null | undefined;
    do {
      const query: Record<string, string | number> = { recordType: 'page_test', limit: 3 };
      if (before) query['before'] = before;
      const body = (await audit(supervisor, query).expect(200)).body;
      pages.push(body.items);
      before = body.nextBefore;
    } while (before !== null && pages.length < 10);
    expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
    const seqs = pages.flat().map((entry) => entry.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(pages.flat().map((entry) => entry.recordId)).toEqual(
      ['6', '5', '4', '3', '2', '1', '0'].map((i) => `page_test-${i}`),
    );
  });

  it('refuses a malformed query with 400 and says why', async () => {
    const malformed: Record<string, string | number>[] = [
      { limit: 0 },
      { limit: 201 },
      { limit: 'ten' },
      { before: 0 },
      { action: 'record.stolen' },
      { outcome: 'maybe' },
      { actorUserId: 'not-a-uuid' },
      { recordType: 'Client Name' },
      { from: 'yesterday' },
      { from: '2026-11-23' },
      { to: '2026-11-23T10:00:00' },
      { organizationId: LIMA },
    ];
    for (const query of malformed) await audit(supervisor, query).expect(400);
    const response = await audit(supervisor, { from: startedAt, to: startedAt }).expect(400);
    expect(response.body).toMatchObject({ code: 'AUDIT_QUERY_INVALID' });
  });

  it("shows another office's supervisor none of this office's entries", async () => {
    const tijuana = await signIn('supervisor@tijuana.example');
    const seen: AuditEntryResponse[] = [];
    let before: number | null = null;
    do {
      const query: Record<string, string | number> = { limit: 200 };
      if (before) query['before'] = before;
      const body = (await audit(tijuana, query).expect(200)).body;
      seen.push(...body.items);
      before = body.nextBefore;
    } while (before !== null);
    const limaUsers = [supervisor.userId, attorney.userId];
    expect(seen.filter((entry) => limaUsers.includes(entry.actorUserId ?? ''))).toEqual([]);
    expect(seen.filter((entry) => entry.recordType === 'case')).toEqual([]);
    expect(await items({ recordType: 'case' })).toHaveLength(5);
  });

  it('records each reading of the trail', async () => {
    const viewed = await items({ action: 'audit.viewed', actorUserId: supervisor.userId });
    expect(viewed.length).toBeGreaterThanOrEqual(10);
    expect(viewed[0]).toMatchObject({ recordType: 'audit_log', outcome: 'success' });
  });

  it('leaves every chain verifiable', async () => {
    const owner = new Client(api.database.endpoints.owner);
    await owner.connect();
    try {
      if (kind === 'embedded') await owner.query('RESET ROLE');
      await expect(auditVerifyCommand(api.database.endpoints)).resolves.toMatch(
        /^Audit trail intact/,
      );
    } finally {
      if (kind === 'embedded') await owner.query('SET ROLE amparo_app');
      await owner.end();
    }
  });
});
