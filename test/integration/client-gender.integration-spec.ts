// A person's gender over HTTP (issue 17): one of the listed answers, or the person's own words
// with "self_described"; anything else is a 400 that says what to send. A gender stored as free
// text before the list existed is still answered as it was stated. A case and its caseload row
// say only which form labels agree with ("Detenida"), never the recorded words.
import { aCase } from './support/case-builder';
import { asBearer, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

describe('client gender', () => {
  let api: TestApi;
  let paralegal: ReturnType<typeof asBearer>;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    paralegal = asBearer(api, (await login(api, 'paralegal@lima.example')).accessToken);
  });
  afterAll(() => api.close());

  const person = (extra: object) => ({
    givenNames: 'Génesis',
    familyNames: 'Prueba Género (demo)',
    acknowledgeDuplicates: true,
    ...extra,
  });
  const problems = (body: { details: { field: string; message: string }[] }) =>
    body.details.map((d) => `${d.field}: ${d.message}`);

  it('takes a listed answer, or the person’s own words when self-described', async () => {
    const listed = await paralegal
      .post('/api/clients', person({ gender: 'prefer_not_to_say' }))
      .expect(201);
    expect(listed.body.gender).toBe('prefer_not_to_say');

    const own = await paralegal
      .post('/api/clients', person({ gender: 'self_described', genderDescription: ' Two-spirit ' }))
      .expect(201);
    expect(own.body.gender).toBe('Two-spirit');
    const read = await paralegal.get(`/api/clients/${own.body.id}`).expect(200);
    expect(read.body.gender).toBe('Two-spirit');
  });

  it('answers 400 with what to send for any other value', async () => {
    const free = await paralegal.post('/api/clients', person({ gender: 'mujer' })).expect(400);
    expect(problems(free.body)).toEqual([
      "gender: gender must be one of female, male, non_binary, prefer_not_to_say, self_described (with self_described, give the person's words in genderDescription)",
    ]);

    const wordless = await paralegal
      .post('/api/clients', person({ gender: 'self_described' }))
      .expect(400);
    expect(problems(wordless.body)).toContain(
      'genderDescription: genderDescription must be between 1 and 60 characters',
    );

    const stray = await paralegal
      .post('/api/clients', person({ gender: 'female', genderDescription: 'mujer' }))
      .expect(400);
    expect(problems(stray.body)).toEqual([
      'genderDescription: genderDescription is given only with gender self_described',
    ]);
  });

  it('tells the case and its caseload row which form labels about the client agree with', async () => {
    const { id: attorneyId } = (await login(api, 'attorney@lima.example')).user;
    const agreement = async (gender: object, givenNames: string) => {
      const { caseId } = await aCase(paralegal)
        .of({ ...gender, givenNames })
        .detainedInPeru()
        .ledBy(attorneyId)
        .open();
      const read = await paralegal.get(`/api/cases/${caseId}`).expect(200);
      const rows = (await paralegal.get(`/api/cases?q=${givenNames}&limit=10`).expect(200)).body
        .rows as { id: string; clientGender: string | null }[];
      return [read.body.clientGender, rows.find((row) => row.id === caseId)?.clientGender];
    };
    expect(await agreement({ gender: 'female' }, 'Zuleima')).toEqual(['female', 'female']);
    expect(await agreement({ gender: 'male' }, 'Yordano')).toEqual(['male', 'male']);
    expect(
      await agreement({ gender: 'self_described', genderDescription: 'mujer trans' }, 'Xiomara'),
    ).toEqual([null, null]);
    expect(await agreement({}, 'Wladimir')).toEqual([null, null]);
  });
});
