// The supervisor's audit log names its records: the actor, a case by its reference and client, a
// person, a deadline by its title, a member; each in bulk, with the viewer's reach. A record of
// another office is never named, and naming records writes nothing to the trail.
import { Body, Controller, Module, Post } from '@nestjs/common';
import { IsString, IsUUID } from 'class-validator';
import type { AuditEntryResponse, AuditRecordView } from '@amparo/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../../apps/api/src/app/audit/audit.service';
import { RequirePermission } from '../../apps/api/src/app/identity/permission.decorator';
import { nameRecords, recordKey } from '../../apps/api/src/app/audit/audit-record-names';
import { aCase, type OpenedCase } from './support/case-builder';
import { LIMA, asBearer, login } from './support/demo-users';
import { withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';
import { defaultDatabaseKind } from './support/test-database';

class MentionBody {
  @IsString()
  recordType!: string;

  @IsUUID()
  recordId!: string;
}

/** Test-only: an entry of this office about any id, as a denied or failed attempt records one. */
@Controller('test-audit-names')
class MentionController {
  constructor(private readonly audit: AuditService) {}

  @Post()
  @RequirePermission('self.manage')
  async mention(@Body() body: MentionBody): Promise<{ seq: number }> {
    const entry = await this.audit.record({ action: 'access.denied', outcome: 'denied', ...body });
    return { seq: entry.seq };
  }
}

@Module({ controllers: [MentionController] })
class MentionModule {}

describe('audit log names on real PostgreSQL', () => {
  let api: TestApi;
  let supervisor: ReturnType<typeof asBearer>;
  let supervisorId: string;
  let attorneyId: string;
  let lima: OpenedCase;
  let tijuana: OpenedCase;
  const limaPerson = { givenNames: 'Valentina', familyNames: 'Rojas Test (demo)' };
  const tijuanaPerson = { givenNames: 'Octavio', familyNames: 'Secreto Test (demo)' };

  const entries = async (query: Record<string, string>): Promise<AuditEntryResponse[]> =>
    (
      await supervisor
        .get('/api/audit')
        .query({ limit: 200, ...query })
        .expect(200)
    ).body.items;

  beforeAll(async () => {
    api = await startTestApi({ kind: defaultDatabaseKind(), modules: [MentionModule] });
    await withDemoData(api);
    const boss = await login(api, 'supervisor@lima.example');
    supervisor = asBearer(api, boss.accessToken);
    supervisorId = boss.user.id;
    const attorney = await login(api, 'attorney@lima.example');
    attorneyId = attorney.user.id;
    const limaParalegal = asBearer(api, (await login(api, 'paralegal@lima.example')).accessToken);
    lima = await aCase(limaParalegal)
      .of(limaPerson)
      .detainedInPeru()
      .ledBy(attorneyId)
      .retainedHoursAgo(3)
      .open();
    const other = asBearer(api, (await login(api, 'attorney@tijuana.example')).accessToken);
    tijuana = await aCase(other)
      .of(tijuanaPerson)
      .with({ jurisdiction: 'MX', procedure: 'comar-refugee-claim', forumId: 'mx-comar-tijuana' })
      .open();
  });
  afterAll(() => api.close());

  it('names the case by reference and client, the person, and who did it, with links', async () => {
    const reference: string = (await supervisor.get(`/api/cases/${lima.caseId}`).expect(200)).body
      .reference;
    const [created] = await entries({
      action: 'record.created',
      recordType: 'case',
      recordId: lima.caseId,
    });
    const limaName = `${limaPerson.givenNames} ${limaPerson.familyNames}`;
    expect(created.actorName).toBe('Diego Salazar (demo)');
    expect(created.record).toEqual({
      visible: true,
      name: null,
      case: { id: lima.caseId, reference, clientName: limaName },
      caseTab: 'overview',
    });
    const [person] = await entries({
      action: 'record.created',
      recordType: 'client',
      recordId: lima.clientId,
    });
    expect(person.record).toEqual({
      visible: true,
      name: limaName,
      case: { id: lima.caseId, reference, clientName: limaName },
      caseTab: 'overview',
    });
    const [signIn] = await entries({ recordType: 'user', recordId: supervisorId });
    expect(signIn.record).toMatchObject({ visible: true, name: 'Martín Huamán (demo)' });
  });

  it('names a deadline by its title and case, all of a page in one read', async () => {
    const deadlines = (await supervisor.get(`/api/cases/${lima.caseId}/deadlines`).expect(200))
      .body as { id: string; title: { es: string; en: string } }[];
    expect(deadlines.length).toBeGreaterThan(0);
    const dataSource = api.app.get(DataSource);
    const named = await dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.organization_id', $1, true)`, [LIMA]);
      return nameRecords(
        manager,
        { organizationId: LIMA, userId: supervisorId, reach: 'organization' },
        deadlines.map((d) => ({ recordType: 'case_deadline', recordId: d.id })),
      );
    });
    for (const deadline of deadlines)
      expect(named.get(recordKey('case_deadline', deadline.id))).toMatchObject({
        visible: true,
        name: deadline.title,
        case: { id: lima.caseId },
        caseTab: 'deadlines',
      });
  });

  it('never names a record of another office, nor a case outside an assigned reader', async () => {
    const dataSource = api.app.get(DataSource);
    const refs = [
      { recordType: 'case', recordId: tijuana.caseId },
      { recordType: 'client', recordId: tijuana.clientId },
      { recordType: 'case', recordId: lima.caseId },
      { recordType: 'client', recordId: lima.clientId },
      { recordType: 'case', recordId: 'not-a-uuid' },
    ];
    const read = (userId: string, reach: 'organization' | 'assigned') =>
      dataSource.transaction(async (manager) => {
        await manager.query(`SELECT set_config('app.organization_id', $1, true)`, [LIMA]);
        return nameRecords(manager, { organizationId: LIMA, userId, reach }, refs);
      });
    const hidden: AuditRecordView = { visible: false };
    const office = await read(supervisorId, 'organization');
    expect(office.get(recordKey('case', tijuana.caseId))).toEqual(hidden);
    expect(office.get(recordKey('client', tijuana.clientId))).toEqual(hidden);
    expect(office.get(recordKey('case', 'not-a-uuid'))).toEqual(hidden);
    expect(office.get(recordKey('case', lima.caseId))).toMatchObject({ visible: true });
    // The lead attorney reads her case; another attorney, reading only assigned cases, does not.
    const lead = await read(attorneyId, 'assigned');
    expect(lead.get(recordKey('client', lima.clientId))).toMatchObject({ visible: true });
    const outsider = await read(supervisorId, 'assigned');
    expect(outsider.get(recordKey('case', lima.caseId))).toEqual(hidden);
    expect(outsider.get(recordKey('client', lima.clientId))).toEqual(hidden);
  });

  it('shows another office’s record as not visible over HTTP, and names it nowhere', async () => {
    // Entries of this office pointing at another office's case and person.
    await supervisor
      .post('/api/test-audit-names', { recordType: 'case', recordId: tijuana.caseId })
      .expect(201);
    await supervisor
      .post('/api/test-audit-names', { recordType: 'client', recordId: tijuana.clientId })
      .expect(201);
    const response = await supervisor
      .get('/api/audit')
      .query({ action: 'access.denied' })
      .expect(200);
    const items = response.body.items as AuditEntryResponse[];
    expect(items.map((entry) => entry.recordId)).toEqual([tijuana.clientId, tijuana.caseId]);
    for (const entry of items) expect(entry.record).toEqual({ visible: false });
    expect(response.text).not.toContain(tijuanaPerson.familyNames);
    expect(response.text).not.toContain(tijuanaPerson.givenNames);
  });

  it('records the read of the log once, and no read of the records it names', async () => {
    const [latest] = await entries({});
    await entries({ recordType: 'client' });
    const since = (await entries({})).filter((entry) => entry.seq > latest.seq);
    expect(since.map((entry) => entry.action)).toEqual(['audit.viewed', 'audit.viewed']);
  });
});
