// Writers racing on the real PostgreSQL server. Every route whose body carries a `version` is
// found in the OpenAPI document (so a new versioned route is raced without anyone listing it, and
// one without a fixture here fails the suite) and gets several writers at once, all with the
// version they read: exactly one wins, every other gets the 409 with the winner's record, and what
// is stored is the winner's write. Then the races that carry no version: two sign-offs, two
// imports of one file, a completion against the correction of its event, the minute sweep against
// completions. PGlite serializes transactions and can never show a race: this file runs only with
// DATABASE_URL (test/integration/jest.config.cjs says so when it leaves it out).
import { COUNTRY_PROFILES } from '@amparo/domain';
import request, { type Response } from 'supertest';
import { TenantTransactions } from '../../apps/api/src/app/database/tenant-transactions';
import { NotificationJobs } from '../../apps/api/src/app/notifications/notification-jobs';
import { aCase } from './support/case-builder';
import { asBearer, asOwner, LIMA, login, withDemoData } from './support/demo-users';
import { isVersioned, openApiOperations } from './support/openapi-operations';
import { startTestApi, type TestApi } from './support/test-api';

const WRITERS = 5;
const ROUNDS = 4;
const HOUR = 3_600_000;
const HAITI = COUNTRY_PROFILES.find((profile) => profile.code === 'HT');
/** Ten different sets of roles for one member; it starts with the sixth. */
const ROLE_SETS = [
  ['paralegal'],
  ['attorney'],
  ['supervisor'],
  ['attorney', 'paralegal'],
  ['admin'],
  ['paralegal', 'supervisor'],
  ['attorney', 'supervisor'],
  ['admin', 'paralegal'],
  ['admin', 'attorney'],
  ['attorney', 'paralegal', 'supervisor'],
];
/**
 * Ten different settings of an office (none asks its admin for a second factor); the first five
 * all differ from a new office's (assigned, none).
 */
const OFFICE_SETTINGS = ['organization', 'assigned'].flatMap((caseVisibility) =>
  [[], ['supervisor'], ['attorney'], ['paralegal'], ['attorney', 'supervisor']].map(
    (mfaRequiredRoles) => ({ caseVisibility, mfaRequiredRoles }),
  ),
);

type Caller = ReturnType<typeof asBearer>;
type Body = Record<string, unknown> & { version: number };
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A record at a known version, and how to read what is stored for it. */
interface Target {
  path: string;
  version: number;
  read(): Promise<unknown>;
}

/** How one versioned route is raced. */
interface RaceFixture {
  method: 'post' | 'patch' | 'put';
  by: () => Caller;
  /** The record this round's writers change (a fresh one for a change that can happen once). */
  arrange(): Promise<Target>;
  /**
   * Writer `i`'s change in round `round`: each different from the others and from what the record
   * holds (a write that changes nothing keeps its version), so the stored record names its writer.
   */
  body(i: number, version: number, round: number): Body;
  /** What the stored record must show when `body` won (`won` is the winner's 200 body). */
  written(body: Body, won: Json): unknown;
  /**
   * The version of the record a refused writer is shown: the winner's answer's by default; for a
   * route that answers with another record (a decision answers the event), say which.
   */
  refusedShows?: (target: Target) => number;
}

interface RaceFigures {
  route: string;
  races: number;
  requests: number;
  won: number;
  refused: number;
  lost: number;
}

/** Several writers at the same instant, with no head start for any. */
function together(calls: Array<() => PromiseLike<Response>>): Promise<Response[]> {
  return Promise.all(calls.map((call) => Promise.resolve().then(call)));
}

describe('races on the real PostgreSQL server', () => {
  let api: TestApi;
  let admin: Caller;
  let tijuanaAdmin: Caller;
  let supervisor: Caller;
  let attorney: Caller;
  let paralegal: Caller;
  let paralegalToken: string;
  let attorneyId: string;
  const staff = { attorneys: [] as string[], paralegals: [] as string[], target: '' };
  const figures: RaceFigures[] = [];

  beforeAll(async () => {
    api = await startTestApi({ jobWorkers: true });
    await withDemoData(api);
    const as = async (email: string) => asBearer(api, (await login(api, email)).accessToken);
    admin = await as('admin@lima.example');
    tijuanaAdmin = await as('admin@tijuana.example');
    supervisor = await as('supervisor@lima.example');
    paralegalToken = (await login(api, 'paralegal@lima.example')).accessToken;
    paralegal = asBearer(api, paralegalToken);
    const session = await login(api, 'attorney@lima.example');
    attorney = asBearer(api, session.accessToken);
    attorneyId = session.user.id;
    // Staff to assign, one per writer, and a member whose roles the admins race on.
    for (let i = 0; i < WRITERS; i += 1) {
      for (const role of ['attorney', 'paralegal'] as const) {
        const { body } = await admin
          .post('/api/users', {
            email: `race-${role}-${i}@lima.example`,
            name: `Race ${role} ${i} (test)`,
            roles: [role],
          })
          .expect(201);
        staff[`${role}s`].push(body.user.id);
      }
    }
    const { body } = await admin
      .post('/api/users', {
        email: 'race-roles@lima.example',
        name: 'Race Roles (test)',
        roles: ROLE_SETS[5],
      })
      .expect(201);
    staff.target = body.user.id;
  });

  afterAll(async () => {
    if (figures.length > 0) {
      console.log(
        `Races on PostgreSQL (${WRITERS} writers each):\n` +
          figures
            .map(
              (f) =>
                `  ${f.route.padEnd(46)} races ${f.races}  requests ${f.requests}  won ${f.won}  refused ${f.refused}  lost updates ${f.lost}`,
            )
            .join('\n'),
      );
    }
    await api?.close();
  });

  // --- records the fixtures race on -------------------------------------------------------------

  const openCase = () => aCase(paralegal).detainedInPeru().ledBy(attorneyId).open();

  /** A case whose police retention `hours` ago started its PASEE clocks. */
  async function retained(hours: number) {
    const opened = await aCase(paralegal)
      .detainedInPeru()
      .ledBy(attorneyId)
      .retainedHoursAgo(hours)
      .open();
    const retention = opened.retention as NonNullable<typeof opened.retention>;
    return { ...opened, eventId: retention.eventId, retainedAt: retention.occurredAt };
  }

  const deadlinesOf = async (caseId: string): Promise<Json[]> =>
    (await attorney.get(`/api/cases/${caseId}/deadlines`).expect(200)).body;

  async function decision(caseId: string): Promise<Json> {
    const found = (await deadlinesOf(caseId)).find((d) => d.ruleId === 'pe.pasee.decision');
    if (!found) throw new Error('the retention started no PASEE decision clock');
    return found;
  }

  const deadlineTarget = async (caseId: string, pick = decision): Promise<Target> => {
    const deadline = await pick(caseId);
    return {
      path: `/api/deadlines/${deadline.id}`,
      version: deadline.version,
      read: async () => (await deadlinesOf(caseId)).find((d) => d.id === deadline.id),
    };
  };

  /** A drafted PE reconsideración, ready to be marked filed. */
  async function draftedFiling(): Promise<{ caseId: string; filing: Json }> {
    const { caseId } = await retained(2);
    await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'sanction-notification',
        occurredAt: new Date(Date.now() - HOUR).toISOString(),
      })
      .expect(201);
    const { body: filing } = await paralegal
      .post(`/api/cases/${caseId}/filings`, {
        templateId: 'pe-reconsideracion-pasee',
        details: {
          place: 'Lima',
          organizationAddress: 'Av. Carrera 123, Lima (test)',
          attorneyBarNumber: 'CAL 00000 (test)',
          clientIdentityDocument: 'pasaporte N.º RACE000 (test)',
          decisionReference: 'RS-RACE-2026 (test)',
          decisionAuthority: 'Superintendencia Nacional de Migraciones',
          decisionIssuedOn: new Date(Date.now() - HOUR).toISOString().slice(0, 10),
          detentionAuthority: 'Policía Nacional del Perú',
          detentionPlace: 'Comisaría de prueba, Tumbes (test)',
          grounds: ['Fundamento de prueba (test).'],
          annexes: ['Anexo de prueba (test)'],
        },
      })
      .expect(201);
    return { caseId, filing };
  }

  /** A drafted filing an attorney approved: "filed" needs the approval first. */
  async function approvedFiling(): Promise<{ caseId: string; filing: Json }> {
    const { caseId, filing } = await draftedFiling();
    const { body: approved } = await attorney
      .post(`/api/filings/${filing.id}/approved`, { version: filing.version })
      .expect(200);
    return { caseId, filing: approved };
  }

  const filingTarget = (caseId: string, filing: Json): Target => ({
    path: `/api/filings/${filing.id}`,
    version: filing.version,
    read: async () => {
      const filings: Json[] = (await attorney.get(`/api/cases/${caseId}/filings`).expect(200)).body;
      const stored = filings.find((f) => f.id === filing.id);
      const events: Json[] = (await attorney.get(`/api/cases/${caseId}/events`).expect(200)).body;
      return {
        status: stored?.status,
        filedAt: stored?.filedAt,
        servedAt: stored?.servedAt,
        filedEvents: events.filter((e) => e.eventType === 'reconsideration-filed').length,
      };
    },
  });

  /** A paralegal's clock-moving correction waiting for the attorney's decision. */
  async function correctionTarget(decision: 'confirm' | 'decline'): Promise<Target> {
    const { caseId, eventId, retainedAt } = await retained(2);
    const { body: asked } = await paralegal
      .patch(`/api/cases/${caseId}/events/${eventId}`, {
        version: 1,
        occurredAt: new Date(retainedAt.getTime() - HOUR).toISOString(),
        reason: 'Race request (test)',
      })
      .expect(202);
    return {
      path: `/api/event-corrections/${asked.pendingCorrection.id}/${decision}`,
      version: asked.pendingCorrection.version,
      read: async () => {
        const events: Json[] = (await attorney.get(`/api/cases/${caseId}/events`).expect(200)).body;
        return events.find((e) => e.id === eventId);
      },
    };
  }

  /** Made once, raced on round after round at its current version. */
  function reused<T>(make: () => Promise<T>): () => Promise<T> {
    let made: Promise<T> | undefined;
    return () => (made ??= make());
  }
  const caseToEdit = reused(openCase);
  const caseToStaff = reused(openCase);
  const personToEdit = reused(openCase);
  const factsToEdit = reused(openCase);
  const detailsToEdit = reused(openCase);
  const sharedRetention = reused(() => retained(3));

  // --- one fixture per versioned route ----------------------------------------------------------

  const FIXTURES: Record<string, RaceFixture> = {
    'PATCH /api/cases/{id}': {
      method: 'patch',
      by: () => attorney,
      arrange: async () => {
        const { caseId } = await caseToEdit();
        const read = async () => (await attorney.get(`/api/cases/${caseId}`).expect(200)).body;
        return { path: `/api/cases/${caseId}`, version: (await read()).version, read };
      },
      body: (i, version, round) => ({ version, outcome: `Race outcome ${round}.${i} (test)` }),
      written: (body) => expect.objectContaining({ outcome: body['outcome'] }),
    },
    'POST /api/cases/{id}/assignment': {
      method: 'post',
      by: () => supervisor,
      arrange: async () => {
        const { caseId } = await caseToStaff();
        const read = async () => {
          const { body } = await supervisor.get(`/api/cases/${caseId}`).expect(200);
          return { ...body, paralegalIds: [...body.paralegalIds].sort() };
        };
        return { path: `/api/cases/${caseId}/assignment`, version: (await read()).version, read };
      },
      // Odd rounds change only the paralegals: no column of the case itself changes then.
      body: (i, version, round) => ({
        version,
        ...(round % 2 === 0 ? { leadAttorneyId: staff.attorneys[(i + round) % WRITERS] } : {}),
        paralegalIds: [staff.paralegals[i], staff.paralegals[(i + round + 1) % WRITERS]],
      }),
      written: (body) =>
        expect.objectContaining({
          ...(body['leadAttorneyId'] ? { leadAttorneyId: body['leadAttorneyId'] } : {}),
          paralegalIds: [...(body['paralegalIds'] as string[])].sort(),
        }),
    },
    'POST /api/cases/{id}/archive': {
      method: 'post',
      by: () => supervisor,
      arrange: async () => {
        const { caseId } = await openCase();
        const read = async () => (await supervisor.get(`/api/cases/${caseId}`).expect(200)).body;
        return { path: `/api/cases/${caseId}/archive`, version: (await read()).version, read };
      },
      body: (_i, version) => ({ version }),
      written: (_body, won) => expect.objectContaining({ archivedAt: won['archivedAt'] }),
    },
    'PATCH /api/clients/{id}': {
      method: 'patch',
      by: () => attorney,
      arrange: async () => {
        const { clientId } = await personToEdit();
        const read = async () => (await attorney.get(`/api/clients/${clientId}`).expect(200)).body;
        return { path: `/api/clients/${clientId}`, version: (await read()).version, read };
      },
      body: (i, version, round) => ({
        version,
        givenNames: `Carrera ${round}.${i}`,
        aliases: [`Alias ${round}.${i}`],
      }),
      written: (body) =>
        expect.objectContaining({ givenNames: body['givenNames'], aliases: body['aliases'] }),
    },
    'PATCH /api/cases/{id}/events/{eventId}': {
      method: 'patch',
      // An attorney's correction applies at once (a paralegal's that moves clocks waits).
      by: () => attorney,
      arrange: async () => {
        const { caseId, eventId } = await sharedRetention();
        const read = async () => {
          const events: Json[] = (await paralegal.get(`/api/cases/${caseId}/events`).expect(200))
            .body;
          return events.find((e) => e.id === eventId);
        };
        return {
          path: `/api/cases/${caseId}/events/${eventId}`,
          version: (await read())?.version,
          read,
        };
      },
      body: (i, version, round) => ({
        version,
        occurredAt: new Date(
          Date.now() - 3 * HOUR - (round * WRITERS + i + 1) * 60_000,
        ).toISOString(),
        reason: `Race correction ${round}.${i} (test)`,
      }),
      written: (body) =>
        expect.objectContaining({
          occurredAt: new Date(String(body['occurredAt'])).toISOString(),
        }),
    },
    'POST /api/event-corrections/{id}/confirm': {
      method: 'post',
      by: () => attorney,
      arrange: () => correctionTarget('confirm'),
      body: (i, version, round) => ({ version, note: `Race confirmation ${round}.${i} (test)` }),
      // The event moved once, as asked, and nothing waits any more.
      written: (_body, won) =>
        expect.objectContaining({
          occurredAt: won['occurredAt'],
          revisions: [expect.objectContaining({ reason: 'Race request (test)' })],
          pendingCorrection: null,
        }),
      refusedShows: (target) => target.version + 1,
    },
    'POST /api/event-corrections/{id}/decline': {
      method: 'post',
      by: () => attorney,
      arrange: () => correctionTarget('decline'),
      body: (i, version, round) => ({ version, note: `Race refusal ${round}.${i} (test)` }),
      written: (_body, won) =>
        expect.objectContaining({
          occurredAt: won['occurredAt'],
          revisions: [],
          pendingCorrection: null,
        }),
      refusedShows: (target) => target.version + 1,
    },
    'POST /api/deadlines/{id}/complete': {
      method: 'post',
      by: () => attorney,
      arrange: async () => {
        const target = await deadlineTarget((await retained(2)).caseId);
        return { ...target, path: `${target.path}/complete` };
      },
      body: (i, version) => ({ version, note: `Race completion ${i} (test)` }),
      written: (body) =>
        expect.objectContaining({
          status: 'met',
          completion: expect.objectContaining({ note: body['note'] }),
          history: [expect.objectContaining({ change: 'completed' })],
        }),
    },
    'POST /api/deadlines/{id}/override': {
      method: 'post',
      by: () => attorney,
      arrange: async () => {
        const { caseId } = await sharedRetention();
        const target = await deadlineTarget(caseId);
        return { ...target, path: `${target.path}/override` };
      },
      body: (i, version, round) => ({
        version,
        dueAt: new Date(Date.now() + (30 + round * WRITERS + i) * HOUR).toISOString(),
        reason: `Race order ${round}.${i} (test)`,
      }),
      written: (body) =>
        expect.objectContaining({
          override: expect.objectContaining({
            dueAt: new Date(String(body['dueAt'])).toISOString(),
            reason: body['reason'],
          }),
        }),
    },
    'POST /api/deadlines/{id}/waive': {
      method: 'post',
      by: () => supervisor,
      arrange: async () => {
        const target = await deadlineTarget((await retained(2)).caseId);
        return { ...target, path: `${target.path}/waive` };
      },
      body: (i, version) => ({ version, reason: `Race waiver ${i} (test)` }),
      written: (body) =>
        expect.objectContaining({
          status: 'waived',
          waiver: expect.objectContaining({ reason: body['reason'] }),
          history: [expect.objectContaining({ change: 'waived' })],
        }),
    },
    'POST /api/filings/{id}/approved': {
      method: 'post',
      by: () => attorney,
      arrange: async () => {
        const { caseId, filing } = await draftedFiling();
        const target = filingTarget(caseId, filing);
        return { ...target, path: `${target.path}/approved` };
      },
      body: (_i, version) => ({ version }),
      written: () => expect.objectContaining({ status: 'approved', filedEvents: 0 }),
    },
    'POST /api/filings/{id}/filed': {
      method: 'post',
      by: () => attorney,
      arrange: async () => {
        const { caseId, filing } = await approvedFiling();
        const target = filingTarget(caseId, filing);
        return { ...target, path: `${target.path}/filed` };
      },
      body: (_i, version) => ({ version }),
      // One "filed" event on the timeline, however many pressed the button.
      written: (_body, won) => ({
        status: 'filed',
        filedAt: won['filedAt'],
        servedAt: null,
        filedEvents: 1,
      }),
    },
    'POST /api/filings/{id}/served': {
      method: 'post',
      by: () => attorney,
      arrange: async () => {
        const { caseId, filing } = await approvedFiling();
        const { body: filed } = await attorney
          .post(`/api/filings/${filing.id}/filed`, { version: filing.version })
          .expect(200);
        const target = filingTarget(caseId, filed);
        return { ...target, path: `${target.path}/served` };
      },
      body: (_i, version) => ({ version }),
      written: (_body, won) =>
        expect.objectContaining({ status: 'served', servedAt: won['servedAt'] }),
    },
    'PUT /api/cases/{id}/filing-facts': {
      method: 'put',
      by: () => paralegal,
      arrange: async () => {
        const { caseId } = await factsToEdit();
        const read = async () =>
          (await paralegal.get(`/api/cases/${caseId}/filing-facts`).expect(200)).body;
        return { path: `/api/cases/${caseId}/filing-facts`, version: (await read()).version, read };
      },
      body: (i, version, round) => ({
        version,
        statements: [`Declaración de carrera ${round}.${i} (test)`],
      }),
      written: (body) => expect.objectContaining({ statements: body['statements'] }),
    },
    'PUT /api/cases/{id}/filing-details': {
      method: 'put',
      by: () => paralegal,
      arrange: async () => {
        const { caseId } = await detailsToEdit();
        const read = async () =>
          (await paralegal.get(`/api/cases/${caseId}/filing-details`).expect(200)).body;
        return {
          path: `/api/cases/${caseId}/filing-details`,
          version: (await read()).version,
          read,
        };
      },
      body: (i, version, round) => ({ version, place: `Lugar de carrera ${round}.${i} (test)` }),
      written: (body) =>
        expect.objectContaining({ details: expect.objectContaining({ place: body['place'] }) }),
    },
    // The supervisor's own profile: the attorney's bar number prints on the filings raced above.
    'PUT /api/profile': {
      method: 'put',
      by: () => supervisor,
      arrange: async () => {
        const read = async () => (await supervisor.get('/api/profile').expect(200)).body;
        return { path: '/api/profile', version: (await read()).version, read };
      },
      body: (i, version, round) => ({ version, barNumber: `CAL 9${round}${i} (race test)` }),
      written: (body) => expect.objectContaining({ barNumber: body['barNumber'] }),
    },
    'PUT /api/users/{id}/profile': {
      method: 'put',
      by: () => admin,
      arrange: async () => {
        const read = async () =>
          (await admin.get(`/api/users/${staff.target}/profile`).expect(200)).body;
        return {
          path: `/api/users/${staff.target}/profile`,
          version: (await read()).version,
          read,
        };
      },
      body: (i, version, round) => ({ version, barNumber: `CAL 8${round}${i} (race test)` }),
      written: (body) => expect.objectContaining({ barNumber: body['barNumber'] }),
    },
    'PUT /api/country-profiles/{code}': {
      method: 'put',
      by: () => supervisor,
      arrange: async () => {
        const read = async () =>
          (await supervisor.get('/api/country-profiles/HT').expect(200)).body;
        return { path: '/api/country-profiles/HT', version: (await read()).version, read };
      },
      body: (i, version, round) => ({
        version,
        profile: {
          ...HAITI,
          guidanceNote: {
            en: `Race note ${round}.${i} (test)`,
            es: `Nota de carrera ${round}.${i} (test)`,
          },
        },
      }),
      written: (body) =>
        expect.objectContaining({
          profile: expect.objectContaining({
            guidanceNote: (body['profile'] as Json)['guidanceNote'],
          }),
        }),
    },
    // In the other office: its MFA roles must not lock the Lima callers of this file out.
    'PATCH /api/organization/settings': {
      method: 'patch',
      by: () => tijuanaAdmin,
      arrange: async () => {
        const read = async () =>
          (await tijuanaAdmin.get('/api/organization/settings').expect(200)).body;
        return { path: '/api/organization/settings', version: (await read()).version, read };
      },
      // Two halves of ten settings, taken in turn: no writer repeats what the last round stored.
      body: (i, version, round) => ({
        version,
        ...OFFICE_SETTINGS[((round % 2) * WRITERS + i) % 10],
      }),
      written: (body) =>
        expect.objectContaining({
          caseVisibility: body['caseVisibility'],
          mfaRequiredRoles: body['mfaRequiredRoles'],
        }),
    },
    'PATCH /api/users/{id}/roles': {
      method: 'patch',
      by: () => admin,
      arrange: async () => {
        const read = async () => {
          const users: Json[] = (await admin.get('/api/users').expect(200)).body;
          return users.find((user) => user.id === staff.target);
        };
        return {
          path: `/api/users/${staff.target}/roles`,
          version: (await read())?.version,
          read,
        };
      },
      body: (i, version, round) => ({
        version,
        roles: ROLE_SETS[((round % 2) * WRITERS + i) % 10],
      }),
      written: (body) => expect.objectContaining({ roles: body['roles'] }),
    },
  };

  it('finds every route whose body carries a version in the OpenAPI document, each with a race', async () => {
    const versioned = (await openApiOperations(api.url)).filter(isVersioned).map((op) => op.key);
    // Routes known to take a version, so that a document without body schemas cannot pass.
    expect(versioned).toEqual(
      expect.arrayContaining(['PATCH /api/cases/{id}', 'POST /api/deadlines/{id}/complete']),
    );
    expect(versioned.filter((key) => !FIXTURES[key])).toEqual([]);
    expect(Object.keys(FIXTURES).filter((key) => !versioned.includes(key))).toEqual([]);
  });

  it.each(Object.keys(FIXTURES))(
    '%s: one writer of a version wins, the rest get 409 with its record, nothing is lost',
    async (route) => {
      const fixture = FIXTURES[route];
      const tally: RaceFigures = { route, races: 0, requests: 0, won: 0, refused: 0, lost: 0 };
      figures.push(tally);
      for (let round = 0; round < ROUNDS; round += 1) {
        const target = await fixture.arrange();
        const bodies = Array.from({ length: WRITERS }, (_, i) =>
          fixture.body(i, target.version, round),
        );
        const answers = await together(
          bodies.map((body) => () => fixture.by()[fixture.method](target.path, body)),
        );
        tally.races += 1;
        tally.requests += answers.length;
        const winners = answers.flatMap((answer, i) => (answer.status === 200 ? [i] : []));
        const refused = answers.filter((answer) => answer.status === 409);
        tally.won += winners.length;
        tally.refused += refused.length;
        const stored = await target.read();
        const intact =
          winners.length === 1 &&
          refused.length === WRITERS - 1 &&
          matches(stored, fixture.written(bodies[winners[0]], answers[winners[0]].body));
        if (!intact) tally.lost += 1;

        expect({ round, statuses: answers.map((a) => a.status).sort() }).toEqual({
          round,
          statuses: [200, ...Array(WRITERS - 1).fill(409)],
        });
        const won = answers[winners[0]].body;
        for (const loser of refused) {
          expect(loser.body.code).toMatch(/_VERSION_CONFLICT$/);
          // The record the loser is shown is the winner's, to review and retry against.
          expect(loser.body.details[0].current.version).toBe(
            fixture.refusedShows?.(target) ?? won.version,
          );
        }
        expect(stored).toEqual(fixture.written(bodies[winners[0]], won));
      }
    },
  );

  it('signs an assessment off once when two attorneys press at the same time', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const { caseId } = await openCase();
      const { body: assessment } = await attorney
        .post(`/api/cases/${caseId}/risk-assessments`, {
          destination: 'VE',
          answers: {
            's1.nationality': 'VE',
            's1.forum_country': 'PE',
            's3.harm_or_threats': false,
            's10.removal_procedure': 'ordinary',
          },
        })
        .expect(201);
      const answers = await together(
        Array.from(
          { length: 2 },
          () => () => attorney.post(`/api/risk-assessments/${assessment.id}/sign-off`),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const trail = await asOwner<{ n: string }>(
        api,
        LIMA,
        `SELECT count(*) AS n FROM audit_entries
          WHERE record_type = 'risk_assessment' AND record_id = $1 AND details ? 'signedOff'`,
        [assessment.id],
      );
      expect(Number(trail[0].n)).toBe(1);
    }
  });

  it('takes one file imported twice at the same time in once', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `Doble${i} Importación (test)`);
    const file =
      'given_names,family_names,jurisdiction,procedure\n' +
      names
        .map((name) => `${name.split(' ')[0]},${name.split(' ')[1]},PE,pasee-expulsion`)
        .join('\n') +
      '\n';
    const answers = await together(
      Array.from(
        { length: 3 },
        () => () =>
          request(api.url)
            .post('/api/intake/csv/import')
            .set('Authorization', `Bearer ${paralegalToken}`)
            .set('Content-Type', 'text/csv')
            .send(file),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202]);
    expect(answers.filter((a) => a.body.created)).toHaveLength(1);
    const jobIds = new Set(answers.map((a) => a.body.job.id));
    expect(jobIds.size).toBe(1);
    const [jobId] = [...jobIds];
    let job: Json = {};
    for (
      let tries = 0;
      tries < 120 && !['succeeded', 'failed'].includes(job['status']);
      tries += 1
    ) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      job = (await paralegal.get(`/api/jobs/${jobId}`).expect(200)).body;
    }
    expect(job['status']).toBe('succeeded');
    const people = await asOwner<{ people: string; cases: string }>(
      api,
      LIMA,
      `SELECT (SELECT count(*) FROM clients WHERE given_names LIKE 'Doble%') AS people,
              (SELECT count(*) FROM cases c JOIN clients p ON p.id = c.client_id
                WHERE p.given_names LIKE 'Doble%') AS cases`,
    );
    expect(people[0]).toEqual({ people: String(names.length), cases: String(names.length) });
  });

  it('keeps both a completion and the correction of its event, or refuses the later one', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const { caseId, eventId, retainedAt } = await retained(2);
      const deadline = await decision(caseId);
      const corrected = new Date(retainedAt.getTime() - 30 * 60_000).toISOString();
      const [completion, correction] = await together([
        () =>
          attorney.post(`/api/deadlines/${deadline.id}/complete`, {
            version: deadline.version,
            note: 'Race completion (test)',
          }),
        () =>
          attorney.patch(`/api/cases/${caseId}/events/${eventId}`, {
            version: 1,
            occurredAt: corrected,
            reason: 'Race correction (test)',
          }),
      ]);
      expect(correction.status).toBe(200);
      expect([200, 409]).toContain(completion.status);
      const stored = (await deadlinesOf(caseId)).find((d) => d.id === deadline.id) as Json;
      const changes = stored['history'].map((entry: Json) => entry['change']);
      // The correction always recomputes; a completion that won keeps its mark through it.
      expect(changes).toContain('recomputed');
      expect(stored['status']).toBe(completion.status === 200 ? 'met' : 'open');
      expect(changes.includes('completed')).toBe(completion.status === 200);
      if (completion.status === 409) expect(completion.body.code).toBe('DEADLINE_VERSION_CONFLICT');
    }
  });

  it('never lets the minute sweep and a completion both have their way with a deadline', async () => {
    // Past even their latest reading: the sweep marks them missed unless completed first.
    const cases = [];
    for (let i = 0; i < 6; i += 1) cases.push(await retained(50));
    const deadlines = await Promise.all(cases.map(({ caseId }) => decision(caseId)));
    const [, ...completions] = await Promise.all([
      api.app.get(NotificationJobs).sweepAll(),
      ...deadlines.map((deadline) =>
        attorney.post(`/api/deadlines/${deadline.id}/complete`, { version: deadline.version }),
      ),
    ]);
    for (const [i, deadline] of deadlines.entries()) {
      const stored = (await deadlinesOf(cases[i].caseId)).find((d) => d.id === deadline.id) as Json;
      const notices = await asOwner<{ n: string }>(
        api,
        LIMA,
        `SELECT count(*) AS n FROM notifications WHERE deadline_id = $1 AND kind = 'deadline.missed'`,
        [deadline.id],
      );
      const completed = completions[i].status === 200;
      expect({ i, status: completions[i].status }).toEqual({ i, status: completed ? 200 : 409 });
      // Completed first: met, and no one was told it was missed. Swept first: missed, told, and
      // the completion refused against the sweep's version.
      expect({ i, status: stored['status'], told: Number(notices[0].n) > 0 }).toEqual({
        i,
        status: completed ? 'met' : 'missed',
        told: !completed,
      });
    }
  });

  it('runs a unit of work again when PostgreSQL breaks a deadlock, so neither side fails', async () => {
    const transactions = api.app.get(TenantTransactions);
    const [a, b] = [(await openCase()).caseId, (await openCase()).caseId];
    // Both hold their first case before either asks for its second: a deadlock, every time.
    let arrived = 0;
    let bothHoldOne: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (bothHoldOne = resolve));
    let attempts = 0;
    const lockCase = (id: string) =>
      transactions.manager.query(`SELECT id FROM cases WHERE id = $1 FOR NO KEY UPDATE`, [id]);
    const unit = (first: string, second: string) =>
      transactions.run(LIMA, async () => {
        attempts += 1;
        await lockCase(first);
        if ((arrived += 1) === 2) bothHoldOne();
        await held;
        await lockCase(second);
      });
    await expect(Promise.all([unit(a, b), unit(b, a)])).resolves.toEqual([undefined, undefined]);
    // PostgreSQL ended one side's first attempt; it ran again after the other committed.
    expect(attempts).toBe(3);
  });
});

/** Whether `actual` satisfies `expected` (which may hold asymmetric matchers). */
function matches(actual: unknown, expected: unknown): boolean {
  try {
    expect(actual).toEqual(expected);
    return true;
  } catch {
    return false;
  }
}
