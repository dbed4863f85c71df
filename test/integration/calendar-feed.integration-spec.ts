// The secret iCalendar feed: made and revoked by its member, read without a cookie, parsed here
// with a real iCalendar parser (ical.js): all-day entries on the forum's date for day rules, timed
// UTC entries for hour rules, case references rather than client names unless chosen.
import ICAL from 'ical.js';
import request from 'supertest';
import { asBearer, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

const HOUR = 3_600_000;

interface FeedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  allDay: boolean;
}

function parse(text: string): FeedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.isDate
        ? event.startDate.toString()
        : event.startDate.toJSDate().toISOString(),
      allDay: event.startDate.isDate,
    };
  });
}

describe('calendar feed', () => {
  let api: TestApi;
  let paralegal: ReturnType<typeof asBearer>;
  let attorney: ReturnType<typeof asBearer>;
  let attorneyId: string;
  let caseId: string;
  let reference: string;
  const retained = new Date(Date.now() - 2 * HOUR);
  retained.setUTCSeconds(0, 0);

  beforeAll(async () => {
    api = await startTestApi({ config: { AMPARO_PUBLIC_URL: 'https://amparo.test' } });
    await withDemoData(api);
    paralegal = asBearer(api, (await login(api, 'paralegal@lima.example')).accessToken);
    const session = await login(api, 'attorney@lima.example');
    attorney = asBearer(api, session.accessToken);
    attorneyId = session.user.id;
    const client = await paralegal
      .post('/api/clients', {
        givenNames: 'Calendaria',
        familyNames: 'Feed (demo)',
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
    caseId = matter.body.id;
    reference = matter.body.reference;
    await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'police-retention',
        occurredAt: retained.toISOString(),
      })
      .expect(201);
    // The expulsion decision notified: reconsideration within 3 business days (a day rule).
    await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'sanction-notification',
        occurredAt: new Date(Date.now() - HOUR).toISOString(),
      })
      .expect(201);
  });
  afterAll(() => api.close());

  const fetchFeed = (path: string) => request(api.url).get(path);

  it('serves the member’s open deadlines to a calendar app, without a cookie', async () => {
    expect((await attorney.get('/api/calendar-feed').expect(200)).body).toMatchObject({
      active: false,
    });
    const made = await attorney.post('/api/calendar-feed', {}).expect(201);
    expect(made.body).toMatchObject({ active: true, includeClientNames: false, language: 'en' });
    expect(made.body.path).toMatch(
      /^\/api\/calendar\/[0-9a-f-]{36}\.[0-9a-f-]{36}\.[\w-]{43}\.ics$/,
    );
    expect(made.body.url).toBe(`https://amparo.test${made.body.path}`);
    expect((await attorney.get('/api/calendar-feed').expect(200)).body).toMatchObject({
      active: true,
    });

    const response = await fetchFeed(made.body.path).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    const events = parse(response.text);
    const deadlines = (await attorney.get(`/api/cases/${caseId}/deadlines`).expect(200)).body as {
      id: string;
      ruleId: string;
      kind: string;
      status: string;
      dueAt: string | null;
    }[];
    const open = deadlines.filter((d) => d.kind === 'due' && d.status === 'open');
    expect(events.map((e) => e.uid).sort()).toEqual(
      open.map((d) => `deadline-${d.id}@amparo.test`).sort(),
    );

    const decision = deadlines.find((d) => d.ruleId === 'pe.pasee.decision');
    const timed = events.find((e) => e.uid === `deadline-${decision?.id}@amparo.test`);
    expect(timed).toMatchObject({
      allDay: false,
      start: new Date(retained.getTime() + 24 * HOUR).toISOString(),
    });
    expect(timed?.summary).toMatch(new RegExp(`^${reference}: `));
    expect(timed?.description).toContain('America/Lima');
    expect(timed?.description).toContain('Citation: ');
    expect(timed?.description).toContain('Status: from a secondary source');
    expect(timed?.description).toContain('Latest reading: ');

    const reconsideration = deadlines.find((d) => d.ruleId === 'pe.pasee.reconsideration');
    const allDay = events.find((e) => e.uid === `deadline-${reconsideration?.id}@amparo.test`);
    const limaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima' }).format(
      new Date(reconsideration?.dueAt ?? 0),
    );
    expect(allDay).toMatchObject({ allDay: true, start: limaDate });
    expect(allDay?.description).toContain('Derivation: ');

    // No client name unless the member chooses it.
    expect(response.text).not.toContain('Calendaria');
  });

  it('shows client names and Spanish when chosen; a new address retires the old', async () => {
    const first = await attorney.post('/api/calendar-feed', {}).expect(201);
    const second = await attorney
      .post('/api/calendar-feed', { includeClientNames: true, language: 'es' })
      .expect(201);
    await fetchFeed(first.body.path).expect(404);
    const events = parse((await fetchFeed(second.body.path).expect(200)).text);
    expect(
      events.some((e) => e.summary.startsWith(`${reference} (Calendaria Feed (demo)): `)),
    ).toBe(true);
    expect(events.every((e) => e.description.includes('Cita: '))).toBe(true);
    await attorney.post('/api/calendar-feed', { language: 'fr' }).expect(400);
  });

  it('answers 404 once revoked, and to a guessed or altered address', async () => {
    const made = await attorney.post('/api/calendar-feed', {}).expect(201);
    const path: string = made.body.path;
    await fetchFeed(path).expect(200);
    const altered = path.replace(
      /[\w-](\.ics)$/,
      (c, ics: string) => `${c[0] === 'A' ? 'B' : 'A'}${ics}`,
    );
    await fetchFeed(altered).expect(404);
    await fetchFeed('/api/calendar/not-a-token.ics').expect(404);
    await fetchFeed(path.replace(/\.ics$/, '.txt')).expect(404);
    await attorney.delete('/api/calendar-feed').expect(204);
    await fetchFeed(path).expect(404);
    expect((await attorney.get('/api/calendar-feed').expect(200)).body).toMatchObject({
      active: false,
    });
    // Admins see no deadlines, so they have no feed.
    const admin = asBearer(api, (await login(api, 'admin@lima.example')).accessToken);
    await admin.post('/api/calendar-feed', {}).expect(403);
  });
});
