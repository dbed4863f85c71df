// Risk screening reference data over HTTP: the instrument, and country profiles that fall back to
// the shipped reference until a supervisor edits them for their own office only.
import { COUNTRY_PROFILES } from '@amparo/domain';
import { asBearer, asOwner, LIMA, login, TIJUANA, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

const HAITI = COUNTRY_PROFILES.find((p) => p.code === 'HT');

describe('risk reference data', () => {
  let api: TestApi;
  let limaSupervisor: string;
  let limaParalegal: string;
  let tijuanaSupervisor: string;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    limaSupervisor = (await login(api, 'supervisor@lima.example')).accessToken;
    limaParalegal = (await login(api, 'paralegal@lima.example')).accessToken;
    tijuanaSupervisor = (await login(api, 'supervisor@tijuana.example')).accessToken;
  });
  afterAll(() => api.close());

  const as = (token: string) => asBearer(api, token);
  const edited = (note: string) => ({
    ...HAITI,
    guidanceNote: { en: `${note} (edited by the office)`, es: `${note} (editado por la oficina)` },
  });

  it('serves the ten-section instrument with help in English and Spanish', async () => {
    const { body } = await as(limaParalegal).get('/api/risk/instrument').expect(200);
    expect(body.version).toBe('amparo-nrs-2026.11.1');
    expect(body.sections.map((s: { order: number }) => s.order)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    const questions = body.sections.flatMap((s: { questions: unknown[] }) => s.questions);
    for (const q of questions) {
      expect(q.help.en).toEqual(expect.any(String));
      expect(q.help.es).toEqual(expect.any(String));
      expect(q.help.en.length * q.help.es.length).toBeGreaterThan(0);
    }
    const harmTypes = questions.find((q: { id: string }) => q.id === 's3.actors');
    expect(harmTypes.type).toBe('multi-choice');
    expect(harmTypes.options.length).toBeGreaterThan(0);
    expect(harmTypes.legalBasis[0]).toEqual({
      code: expect.any(String),
      label: { en: expect.any(String), es: expect.any(String) },
    });
  });

  it('shows Haiti with returns advised against, cited and dated', async () => {
    const { body } = await as(limaParalegal).get('/api/country-profiles/HT').expect(200);
    expect(body).toMatchObject({ code: 'HT', source: 'reference', version: 0, updatedBy: null });
    expect(body.profile.returns).toMatchObject({ advisedAgainst: true, since: '2022-11' });
    expect(body.profile.guidance.map((g: { date: string }) => g.date)).toEqual(
      HAITI?.guidance.map((g) => g.date),
    );
    // Aged on the day of the request: March 2024 is over two years old from December 2026 on.
    expect(body.guidanceAge).toMatchObject({
      newestGuidanceDate: '2024-03',
      reviewDue: true,
      flags: ['older-than-two-years'],
    });
    expect(body.referenceReviewedOn).toBe('2026-12-07');
    expect(body.referenceNewerThanEdit).toBe(false);
  });

  it('cites Guatemala and Colombia, says none was found for Nicaragua, and ages every profile', async () => {
    const { body } = await as(limaParalegal).get('/api/country-profiles').expect(200);
    const byCode = new Map(body.map((p: { code: string }) => [p.code, p]));
    expect(byCode.size).toBe(COUNTRY_PROFILES.length);
    expect(byCode.get('NI')).toMatchObject({
      source: 'reference',
      profile: { guidanceFound: false, guidance: [] },
      guidanceAge: { newestGuidanceDate: null, reviewDue: false },
    });
    expect(byCode.get('GT')).toMatchObject({
      profile: {
        guidance: [{ symbol: 'HCR/EG/GTM/18/01' }],
        thirdCountryArrangement: { receivesOtherNationals: true },
      },
    });
    expect(byCode.get('CO')).toMatchObject({
      profile: { guidance: [{ symbol: 'HCR/EG/COL/15/01' }] },
    });
    expect(byCode.get('SV')).toMatchObject({
      profile: { thirdCountryArrangement: { receivesOtherNationals: true, status: 'secondary' } },
      guidanceAge: { flags: ['older-than-two-years', 'predates-changed-circumstances'] },
    });
    expect(byCode.get('VE')).toMatchObject({
      profile: { returns: { advisedAgainst: true, citationId: 'unhcr-ven-2019' } },
      guidanceAge: { newestGuidanceDate: '2019-05', reviewDue: true },
    });
    for (const profile of body as Array<{ guidanceAge: { text: { en: string; es: string } } }>)
      expect(profile.guidanceAge.text.es.length).toBeGreaterThan(0);
  });

  it("flags an office's copy saved before the reference's latest review, and ages that copy", async () => {
    // An office edit stored by an earlier version, in its shape, before the issue 16 review.
    const older = {
      code: 'VE',
      name: { en: 'Venezuela', es: 'Venezuela' },
      roles: ['origin'],
      guidanceFound: true,
      guidance: [
        {
          id: 'unhcr-ven-2019',
          issuer: 'UNHCR',
          title: 'UNHCR Guidance Note on Venezuela, Update I',
          date: '2019',
          summary: { en: 'Most under Cartagena.', es: 'La mayoría, Cartagena.' },
        },
      ],
      guidanceNote: { en: 'Tijuana copy', es: 'Copia de Tijuana' },
      riskProfiles: [],
      riskProfilesTranscribed: false,
      returns: { advisedAgainst: false, note: { en: 'None.', es: 'Ninguna.' } },
      thirdCountryArrangement: {
        receivesOtherNationals: false,
        status: 'not-found',
        note: { en: 'None.', es: 'Ninguno.' },
      },
      reviewedOn: '2026-11-23',
    };
    await asOwner(
      api,
      TIJUANA,
      `INSERT INTO country_profiles (organization_id, country_code, profile, version, created_at, updated_at)
       VALUES ($1, 'VE', $2, 1, '2026-11-23T10:00:00Z', '2026-11-23T10:00:00Z')`,
      [TIJUANA, JSON.stringify(older)],
    );
    const { body } = await as(tijuanaSupervisor).get('/api/country-profiles/VE').expect(200);
    expect(body).toMatchObject({
      source: 'office',
      referenceReviewedOn: '2026-12-07',
      referenceNewerThanEdit: true,
      guidanceAge: { newestGuidanceDate: '2019', reviewDue: true },
    });
    expect(body.profile.returns.advisedAgainst).toBe(false);
    // Lima never edited Venezuela: it reads the corrected reference.
    const lima = await as(limaSupervisor).get('/api/country-profiles/VE').expect(200);
    expect(lima.body).toMatchObject({ source: 'reference', referenceNewerThanEdit: false });
  });

  it('answers 404 for a country without a shipped profile', async () => {
    const response = await as(limaParalegal).get('/api/country-profiles/ZZ').expect(404);
    expect(response.body.code).toBe('COUNTRY_PROFILE_NOT_FOUND');
    await as(limaSupervisor)
      .put('/api/country-profiles/ZZ', { version: 0, profile: HAITI })
      .expect(404);
  });

  it("shows a supervisor's edit to their office only, locks by version and reverts", async () => {
    const saved = await as(limaSupervisor)
      .put('/api/country-profiles/HT', { version: 0, profile: edited('Lima note') })
      .expect(200);
    expect(saved.body).toMatchObject({ source: 'office', version: 1 });
    expect(saved.body.profile.guidanceNote.en).toBe('Lima note (edited by the office)');

    const lima = await as(limaParalegal).get('/api/country-profiles/HT').expect(200);
    expect(lima.body).toMatchObject({ source: 'office', version: 1 });
    const tijuana = await as(tijuanaSupervisor).get('/api/country-profiles/HT').expect(200);
    expect(tijuana.body).toMatchObject({ source: 'reference', version: 0 });
    expect(tijuana.body.profile).toEqual(HAITI);

    const stale = await as(limaSupervisor)
      .put('/api/country-profiles/HT', { version: 0, profile: edited('Late note') })
      .expect(409);
    expect(stale.body.code).toBe('COUNTRY_PROFILE_VERSION_CONFLICT');
    expect(stale.body.details[0].current).toMatchObject({ source: 'office', version: 1 });
    expect(stale.body.details[0].current.profile.guidanceNote.en).toBe(
      'Lima note (edited by the office)',
    );

    const reverted = await as(limaSupervisor).delete('/api/country-profiles/HT').expect(200);
    expect(reverted.body).toMatchObject({ source: 'reference', version: 2 });
    expect(reverted.body.profile).toEqual(HAITI);
    // The version keeps counting after a revert, so an editor who saw version 1 is still refused.
    await as(limaSupervisor)
      .put('/api/country-profiles/HT', { version: 1, profile: edited('Old view') })
      .expect(409);

    const trail = await asOwner<{ action: string; record_id: string; fields: string[] | null }>(
      api,
      LIMA,
      `SELECT action, record_id, details->'fields' AS fields FROM audit_entries
        WHERE record_type = 'country_profile' AND record_id = 'HT' ORDER BY seq`,
    );
    expect(trail).toEqual([
      { action: 'record.created', record_id: 'HT', fields: ['guidance_note'] },
      { action: 'record.deleted', record_id: 'HT', fields: null },
    ]);
  });

  it('refuses an invalid profile naming the field, and writes nothing', async () => {
    const before = await as(limaSupervisor).get('/api/country-profiles/VE').expect(200);
    const venezuela = before.body.profile;
    const noCitation = await as(limaSupervisor)
      .put('/api/country-profiles/VE', {
        version: before.body.version,
        // JSON drops the undefined key: advice against returns that cites nothing.
        profile: { ...venezuela, returns: { ...venezuela.returns, citationId: undefined } },
      })
      .expect(400);
    expect(noCitation.body.code).toBe('COUNTRY_PROFILE_INVALID');
    expect(noCitation.body.details).toEqual([
      expect.objectContaining({
        field: 'profile.returns.citationId',
        code: 'COUNTRY_PROFILE_ADVISORY_WITHOUT_CITATION',
      }),
    ]);
    const wrongShape = await as(limaSupervisor)
      .put('/api/country-profiles/VE', {
        version: before.body.version,
        profile: { ...venezuela, guidanceFound: 'yes', extra: 1 },
      })
      .expect(400);
    expect(wrongShape.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'profile.extra',
      'profile.guidanceFound',
    ]);
    const wrongCode = await as(limaSupervisor)
      .put('/api/country-profiles/VE', { version: before.body.version, profile: HAITI })
      .expect(400);
    expect(wrongCode.body.details).toEqual([
      expect.objectContaining({ field: 'profile.code', code: 'COUNTRY_PROFILE_CODE_MISMATCH' }),
    ]);
    const after = await as(limaSupervisor).get('/api/country-profiles/VE').expect(200);
    expect(after.body).toEqual(before.body);
  });

  it('lets only one of two simultaneous first edits through; the other gets 409', async () => {
    const { body: cuba } = await as(limaSupervisor).get('/api/country-profiles/CU').expect(200);
    const edit = (note: string) =>
      as(limaSupervisor).put('/api/country-profiles/CU', {
        version: 0,
        profile: { ...cuba.profile, guidanceNote: { en: note, es: note } },
      });
    const statuses = (await Promise.all([edit('first'), edit('second')])).map((r) => r.status);
    expect(statuses.sort()).toEqual([200, 409]);
    const { body: after } = await as(limaSupervisor).get('/api/country-profiles/CU').expect(200);
    expect(after).toMatchObject({ source: 'office', version: 1 });
  });

  it("refuses a paralegal's edit and revert", async () => {
    const put = await as(limaParalegal)
      .put('/api/country-profiles/HT', { version: 0, profile: edited('Paralegal note') })
      .expect(403);
    expect(put.body.code).toBe('PERMISSION_DENIED');
    await as(limaParalegal).delete('/api/country-profiles/HT').expect(403);
  });
});
