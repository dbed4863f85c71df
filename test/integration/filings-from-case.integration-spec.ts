// Filings built from what the case itself holds: the risk memorandum from the latest assessment,
// the sworn declaration, MX autorizados and the COMAR late-filing justification from the case's
// filing facts (sealed, versioned, audited), each answering 422 with where to enter what is
// missing until it is recorded, and each read back with pdf.js.
import request from 'supertest';
import { SCREENING_QUESTION_IDS as Q } from '@amparo/domain';
import { fullText, readWithPdfJs } from '../../libs/filings/src/testing/pdfjs.reader';
import { asBearer, asOwner, login, TIJUANA, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

const HONDURAN_WOMAN = {
  [Q.nationality]: 'HN',
  [Q.forumCountry]: 'MX',
  [Q.profileTags]: ['woman-or-girl', 'targeted-by-gangs'],
  [Q.harmOrThreats]: true,
  [Q.harmTypes]: ['extortion', 'death-threat'],
  [Q.actors]: ['gang-or-organized-crime'],
  [Q.threatPersists]: true,
  [Q.harmNarrative]: 'La pandilla del barrio Rivera amenazó con matarla (demo)',
  [Q.stateProtection]: 'unavailable-or-ineffective',
  [Q.internalFlight]: 'no-safe-alternative',
  [Q.removalProcedure]: 'ordinary',
};

const FACTS = {
  statements: [
    'Salí de Honduras en abril de 2026 porque una pandilla amenazó con matarme (demo).',
    'Ingresé a México por Ciudad Hidalgo y viajé a Tijuana (demo).',
  ],
  declarantLanguage: 'uk',
  interpreterName: 'Оксана Мельник (demo)',
  lateFilingReasons: ['Estuve hospitalizada del 20 de junio al 30 de julio de 2026 (demo).'],
  authorizedPersons: [
    { fullName: 'Ana Beltrán (demo)', professionalId: 'cédula profesional 0000002' },
    { fullName: 'Jorge Nava (demo)' },
  ],
  entryPlace: 'Ciudad Hidalgo, Chiapas',
};

const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ');

describe('filings from the case records', () => {
  let api: TestApi;
  let paralegal: ReturnType<typeof asBearer>;
  let attorneyToken: string;
  let attorneyId: string;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    paralegal = asBearer(api, (await login(api, 'paralegal@tijuana.example')).accessToken);
    const session = await login(api, 'attorney@tijuana.example');
    attorneyToken = session.accessToken;
    attorneyId = session.user.id;
  });
  afterAll(() => api.close());

  async function mxCase(
    givenNames: string,
    familyNames: string,
  ): Promise<{ id: string; reference: string }> {
    const client = await paralegal
      .post('/api/clients', {
        givenNames,
        familyNames,
        nationalities: ['HN'],
        languages: ['es'],
        contact: { address: 'Calle Juárez 12, Col. Centro, Tijuana (demo)' },
        acknowledgeDuplicates: true,
      })
      .expect(201);
    const opened = await paralegal
      .post('/api/cases', {
        clientId: client.body.id,
        jurisdiction: 'MX',
        procedure: 'comar-refugee-claim',
        forumId: 'mx-comar-ciudad-de-mexico',
        leadAttorneyId: attorneyId,
        custodyStatus: 'detained',
        forum: 'Juzgado Cuarto de Distrito en Materia de Amparo (demo)',
        expediente: '1234/2026 (demo)',
      })
      .expect(201);
    return { id: opened.body.id, reference: opened.body.reference };
  }

  async function pdfText(filingId: string): Promise<string> {
    const download = await request(api.url)
      .get(`/api/filings/${filingId}/pdf`)
      .set('Authorization', `Bearer ${attorneyToken}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const [read] = readWithPdfJs([{ name: filingId, bytes: download.body as Buffer }]);
    return flat(fullText(read));
  }

  const generate = (caseId: string, templateId: string, language?: string) =>
    paralegal.post(`/api/cases/${caseId}/filings`, {
      templateId,
      language,
      details: { place: 'Tijuana', organizationAddress: 'Av. Revolución 1000, Tijuana (demo)' },
    });

  it('keeps the filing facts sealed and versioned: 409 on a stale write, reads audited', async () => {
    const matter = await mxCase('Жанна', 'Петрова (demo)');
    const empty = await paralegal.get(`/api/cases/${matter.id}/filing-facts`).expect(200);
    expect(empty.body).toMatchObject({ version: 0, statements: [], authorizedPersons: [] });

    const saved = await paralegal
      .put(`/api/cases/${matter.id}/filing-facts`, { ...FACTS, version: 0 })
      .expect(200);
    expect(saved.body).toMatchObject({
      version: 1,
      statements: FACTS.statements,
      authorizedPersons: [
        { fullName: 'Ana Beltrán (demo)', professionalId: 'cédula profesional 0000002' },
        { fullName: 'Jorge Nava (demo)', professionalId: null },
      ],
    });
    const stale = await paralegal
      .put(`/api/cases/${matter.id}/filing-facts`, { statements: ['Otra (demo)'], version: 0 })
      .expect(409);
    expect(stale.body.code).toBe('FILING_FACTS_VERSION_CONFLICT');
    expect(stale.body.details[0].current.version).toBe(1);
    const bad = await paralegal
      .put(`/api/cases/${matter.id}/filing-facts`, { statements: ['a\nb'], version: 1 })
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('statement');

    const [raw] = await asOwner<{ facts_sealed: string }>(
      api,
      TIJUANA,
      'SELECT facts_sealed FROM case_filing_facts WHERE case_id = $1',
      [matter.id],
    );
    expect(raw.facts_sealed).not.toContain('pandilla');
    await paralegal.get(`/api/cases/${matter.id}/filing-facts`).expect(200);
    const [reads] = await asOwner<{ n: number }>(
      api,
      TIJUANA,
      `SELECT count(*)::int AS n FROM audit_entries
        WHERE action = 'record.read' AND record_type = 'case_filing_facts' AND record_id = $1`,
      [matter.id],
    );
    expect(reads.n).toBe(1);
    const lima = asBearer(api, (await login(api, 'attorney@lima.example')).accessToken);
    await lima.get(`/api/cases/${matter.id}/filing-facts`).expect(404);
    await lima.put(`/api/cases/${matter.id}/filing-facts`, { ...FACTS, version: 1 }).expect(404);
  });

  it('answers 422 naming what the case lacks and where it is entered, then generates each filing', async () => {
    const matter = await mxCase('Nguyễn Thị', 'Lan (demo)');
    const missing = async (templateId: string, language?: string) =>
      (
        (await generate(matter.id, templateId, language).expect(422)).body.details as {
          field: string;
          section: string;
        }[]
      ).map(({ field, section }) => `${field}@${section}`);
    expect(await missing('non-refoulement-risk-memorandum', 'en')).toEqual([
      'risk@risk',
      'risk.destinationCountry@risk',
      'risk.findings@risk',
      'risk.citations@risk',
    ]);
    expect(await missing('sworn-declaration')).toEqual(['declaration.statements@filing-facts']);
    expect(await missing('mx-autorizados')).toEqual(['authorizedPersons@filing-facts']);
    expect(await missing('mx-justificacion-extemporaneidad')).toEqual([
      'entry.date@timeline',
      'lateFilingReasons@filing-facts',
    ]);

    const { body: assessment } = await paralegal
      .post(`/api/cases/${matter.id}/risk-assessments`, {
        destination: 'HN',
        answers: HONDURAN_WOMAN,
      })
      .expect(201);
    // The memorandum names who answers for the assessment: the attorney who signed it off.
    await asBearer(api, attorneyToken)
      .post(`/api/risk-assessments/${assessment.id}/sign-off`)
      .expect(200);
    await paralegal
      .put(`/api/cases/${matter.id}/filing-facts`, { ...FACTS, version: 0 })
      .expect(200);
    await paralegal
      .post(`/api/cases/${matter.id}/events`, {
        eventType: 'entry-into-country',
        occurredAt: '2026-05-02T12:00:00-06:00',
        source: 'Forma migratoria múltiple (demo)',
      })
      .expect(201);

    const name = 'Nguyễn Thị Lan (demo)';
    const expectations: [string, string, string[]][] = [
      [
        'non-refoulement-risk-memorandum',
        'es',
        [
          'MEMORANDO DE EVALUACIÓN DEL RIESGO DE DEVOLUCIÓN',
          'País de destino: Honduras',
          'Respuestas: Qué ocurrió: Extorsión, Amenaza de muerte',
          'UNHCR, Guidance Note on Refugee Claims Relating to Victims of Organized Gangs, 2010-03',
          'Responsable: Ana Beltrán (demo)',
        ],
      ],
      [
        'non-refoulement-risk-memorandum',
        'en',
        [
          'NON-REFOULEMENT RISK MEMORANDUM',
          'Answers: What happened: Extortion, Death threat',
          '4. Sources cited in the assessment 1. UNHCR, Guidance Note on Refugee Claims Relating to Victims of Organized Gangs',
        ],
      ],
      [
        'sworn-declaration',
        'es',
        [
          'DECLARACIÓN JURADA',
          'bajo protesta de decir verdad manifiesto lo siguiente',
          'porque una pandilla amenazó con matarme',
          'me fue leída íntegramente en ucraniano por Оксана Мельник (demo)',
        ],
      ],
      [
        'sworn-declaration',
        'en',
        ['I declare under penalty of perjury', 'CERTIFICATE OF INTERPRETATION', 'into Ukrainian'],
      ],
      [
        'mx-autorizados',
        'es',
        [
          'artículo 12 de la Ley de Amparo',
          'Ana Beltrán (demo) (cédula profesional 0000002)',
          'únicamente para oír y recibir notificaciones e imponerse de los autos a Jorge Nava (demo)',
        ],
      ],
      [
        'mx-justificacion-extemporaneidad',
        'es',
        [
          'artículo 18 de la Ley sobre Refugiados, Protección Complementaria y Asilo Político',
          'Bajo protesta de decir verdad manifiesto que ingresé a los Estados Unidos Mexicanos el 2 de mayo de 2026.',
          'Mi ingreso al país se produjo por Ciudad Hidalgo, Chiapas.',
          'Estuve hospitalizada del 20 de junio al 30 de julio de 2026 (demo)',
          'Calle Juárez 12, Col. Centro, Tijuana (demo)',
        ],
      ],
    ];
    for (const [templateId, language, phrases] of expectations) {
      const created = await generate(matter.id, templateId, language).expect(201);
      const text = await pdfText(created.body.id);
      const label = `${templateId}/${language}`;
      for (const phrase of [name, matter.reference, ...phrases])
        expect({ label, has: phrase, found: text.includes(phrase) }).toEqual({
          label,
          has: phrase,
          found: true,
        });
      // The sealed narrative stays out of the memorandum; an event's source is no place.
      expect(text).not.toContain('barrio Rivera');
      expect(text).not.toContain('Forma migratoria');
    }
  });
});
