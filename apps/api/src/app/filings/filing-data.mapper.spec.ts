// The four filings built from what a case holds (latest risk assessment, filing facts, contact,
// timeline) rather than typed per generation: mapped from fixture records, rendered, read back
// with pdf.js (names in Latin, Vietnamese and Cyrillic scripts, case number, key legal text),
// golden hashes, and the 422 list when the case lacks them.
import {
  COUNTRY_PROFILES,
  SCREENING_QUESTION_IDS as Q,
  scoreRiskWithProfiles,
  type ScreeningAnswers,
} from '@amparo/domain';
import {
  findTemplate,
  missingData,
  renderFiling,
  type FilingData,
  type FilingLanguage,
} from '@amparo/filings';
import { fullText, readWithPdfJs, type PdfReadResult } from '@amparo/filings/testing';
import type { CaseEntity } from '../cases/case.entity';
import type { ClientEntity } from '../cases/client.entity';
import type { OrganizationEntity } from '../organizations/organization.entity';
import type { UserEntity } from '../organizations/user.entity';
import type { OpenedAssessment } from '../risk/sealed-assessment.codec';
import { NO_FILING_FACTS, type FilingFacts } from './case-filing-facts.entity';
import { toFilingData, type FilingSources, type FilingTimelineEvent } from './filing-data.mapper';
import { toRiskSummary } from './risk-memorandum.mapper';

const GENERATED_AT = new Date('2026-11-20T15:00:00Z');

const HONDURAN_WOMAN: ScreeningAnswers = {
  [Q.nationality]: 'HN',
  [Q.destinationCountry]: 'HN',
  [Q.forumCountry]: 'MX',
  [Q.profileTags]: ['woman-or-girl', 'targeted-by-gangs'],
  [Q.harmOrThreats]: true,
  [Q.harmTypes]: ['extortion', 'death-threat', 'threat-to-family'],
  [Q.actors]: ['gang-or-organized-crime'],
  [Q.threatPersists]: true,
  [Q.conventionGrounds]: ['particular-social-group'],
  [Q.stateProtection]: 'unavailable-or-ineffective',
  [Q.internalFlight]: 'no-safe-alternative',
  [Q.lifeRisk]: true,
  [Q.removalProcedure]: 'ordinary',
  [Q.hoursUntilRemoval]: 48,
};

const organization = {
  id: '0f000000-0000-4000-8000-000000000001',
  name: 'Oficina Legal de Tijuana (demo)',
  settings: {
    city: 'Tijuana',
    address: 'Av. Revolución 1000, Zona Centro, Tijuana, B.C. (demo)',
  },
} as unknown as OrganizationEntity;

const attorney = {
  id: '0f000000-0000-4000-8000-0000000000a1',
  name: 'Ana Sofía Ruiz Camacho (demo)',
  email: 'attorney@tijuana.example',
} as unknown as UserEntity;

const client = (givenNames: string, familyNames: string, nationalities: string[]) =>
  ({
    id: '0f000000-0000-4000-8000-0000000000c1',
    organizationId: organization.id,
    givenNames,
    familyNames,
    aliases: [],
    nationalities,
    languages: ['es'],
    birthDate: null,
    birthDatePrecision: 'unknown',
    contactSealed: null,
  }) as unknown as ClientEntity;

const mxCase = {
  id: '0f000000-0000-4000-8000-0000000000e1',
  organizationId: organization.id,
  reference: 'TIJ-2026-0042',
  jurisdiction: 'MX',
  procedure: 'comar-refugee-claim',
  forum: 'Juzgado Cuarto de Distrito en Materia de Amparo en Tijuana',
  timeZone: 'America/Tijuana',
  expediente: '1234/2026',
  custodyStatus: 'detained',
  leadAttorneyId: attorney.id,
} as unknown as CaseEntity;

const entry: FilingTimelineEvent = {
  eventType: 'entry-into-country',
  occurredAt: new Date('2026-05-02T18:00:00Z'),
  timeZone: 'America/Mexico_City',
};

const FACTS: FilingFacts = {
  statements: [
    'Nací en San Pedro Sula, Honduras, y salí de mi país en abril de 2026 (demo).',
    'Una pandilla exigió dinero a mi familia y amenazó con matarme si no pagaba (demo).',
  ],
  declarantLanguage: 'vi',
  interpreterName: 'Trần Văn Minh (demo)',
  lateFilingReasons: [
    'Estuve hospitalizada del 20 de junio al 30 de julio de 2026 (demo).',
    'No conocía el procedimiento ni el plazo de treinta días hábiles (demo).',
  ],
  authorizedPersons: [
    { fullName: 'Ana Sofía Ruiz Camacho (demo)', professionalId: 'cédula profesional 0000001' },
    { fullName: 'Pedro Gómez Ávila (demo)', professionalId: null },
  ],
  facts: [],
  detentionPlace: null,
  entryPlace: 'Ciudad Hidalgo, Chiapas',
  priorMotionsToReopen: null,
  finalOrderBy: null,
  feeWaiverRequested: null,
};

function assessment(): OpenedAssessment {
  const score = scoreRiskWithProfiles(HONDURAN_WOMAN, COUNTRY_PROFILES);
  return {
    id: '0f000000-0000-4000-8000-0000000000f1',
    organizationId: organization.id,
    caseId: mxCase.id,
    clientId: '0f000000-0000-4000-8000-0000000000c1',
    destinationCountry: score.destination,
    instrumentVersion: score.instrumentVersion,
    rulesVersion: score.rulesVersion,
    version: 2,
    answers: HONDURAN_WOMAN,
    hoursUntilRemoval: null,
    evidenceSealed: null,
    level: score.level,
    reasons: [...score.reasons],
    pathways: [...score.pathways],
    urgency: score.urgency,
    advisories: [...score.advisories],
    urgent: score.urgency.urgent,
    createdBy: attorney.id,
    createdAt: new Date('2026-11-19T03:30:00Z'),
    signedOffBy: null,
    signedOffAt: null,
  };
}

function sources(
  language: FilingLanguage,
  person: ClientEntity,
  overrides: Partial<FilingSources> = {},
): FilingSources {
  return {
    matter: mxCase,
    aNumber: null,
    client: person,
    clientAddress: 'Calle Juárez 12, Col. Centro, Tapachula, Chiapas (demo)',
    clientLocation: null,
    clientGender: 'female',
    organization,
    attorney,
    events: [entry],
    facts: FACTS,
    risk: toRiskSummary({
      assessment: assessment(),
      assessedBy: attorney.name,
      profiles: COUNTRY_PROFILES,
      timeZone: mxCase.timeZone,
      language,
    }),
    details: {},
    language,
    generatedAt: GENERATED_AT,
    ...overrides,
  };
}

const VIETNAMESE = client('Nguyễn Thị Lan', '(demo)', ['VN']);
const CYRILLIC = client('Жанна', 'Петрова (demo)', ['UA']);
const LATIN = client('Łukasz', 'Ñuñez Brzęczyszczykiewicz (demo)', ['HN']);

interface Case {
  readonly key: string;
  readonly person: ClientEntity;
  readonly text: readonly string[];
  readonly golden: string;
}

const CASES: readonly Case[] = [
  {
    key: 'non-refoulement-risk-memorandum/es',
    person: VIETNAMESE,
    text: [
      'MEMORANDO DE EVALUACIÓN DEL RIESGO DE DEVOLUCIÓN',
      'País de destino: Honduras',
      'Evaluación: 18 de noviembre de 2026 Responsable: Ana Sofía Ruiz Camacho (demo)',
      'Respuestas: Qué ocurrió: Extorsión, Amenaza de muerte',
      'UNHCR, Guidance Note on Refugee Claims Relating to Victims of Organized Gangs, 2010-03',
      'Convención de 1951, art. 33(1)',
      'La expulsión podría producirse dentro de 48 horas.',
    ],
    golden: 'cc68947c3389c7ff9164c67f71ab1bc16d84071dc43cdca5f198465d58384903',
  },
  {
    key: 'non-refoulement-risk-memorandum/en',
    person: CYRILLIC,
    text: [
      'NON-REFOULEMENT RISK MEMORANDUM',
      'Country of removal: Honduras',
      'rates as extreme the risk of serious or irreparable harm',
      'Answers: What happened: Extortion, Death threat',
      'UNHCR, Guidance Note on Refugee Claims Relating to Victims of Organized Gangs, 2010-03',
      '1951 Refugee Convention, art. 33(1)',
      'URGENT: removal may be imminent.',
    ],
    golden: '8644cae53c2950c0cab96ac7b3d63d1ea7239b8c43645db33f8452db3696e430',
  },
  {
    key: 'sworn-declaration/es',
    person: LATIN,
    text: [
      'DECLARACIÓN JURADA',
      // A Mexican case: "bajo protesta de decir verdad", never "bajo juramento".
      'de nacionalidad hondureña, bajo protesta de decir verdad manifiesto lo siguiente',
      'Una pandilla exigió dinero a mi familia',
      'me fue leída íntegramente en vietnamita por Trần Văn Minh (demo)',
    ],
    golden: '99917f393a0ad0e1bae744ca30a270fa6ee132020f16d433f3e2fd22ff32c024',
  },
  {
    key: 'sworn-declaration/en',
    person: VIETNAMESE,
    text: [
      'I declare under penalty of perjury under the laws of the United States of America',
      'CERTIFICATE OF INTERPRETATION',
      'into Vietnamese',
    ],
    golden: 'abe320d43c58dc095d5959461d3269bf52f4922bc191121de8e2cc14ca49801f',
  },
  {
    key: 'mx-autorizados/es',
    person: CYRILLIC,
    text: [
      'artículo 12 de la Ley de Amparo',
      'autorizo en términos amplios a las personas licenciadas en derecho Ana Sofía Ruiz Camacho (demo) (cédula profesional 0000001)',
      'únicamente para oír y recibir notificaciones e imponerse de los autos a Pedro Gómez Ávila (demo)',
      'Av. Revolución 1000, Zona Centro, Tijuana',
      '1234/2026',
    ],
    golden: 'c3c478ecb59ba7828ff4d8c2c27f73505648b9949fae3e78d641e33a39003c31',
  },
  {
    key: 'mx-justificacion-extemporaneidad/es',
    person: LATIN,
    text: [
      'COMISIÓN MEXICANA DE AYUDA A REFUGIADOS',
      'artículo 18 de la Ley sobre Refugiados, Protección Complementaria y Asilo Político',
      'Bajo protesta de decir verdad manifiesto que ingresé a los Estados Unidos Mexicanos el 2 de mayo de 2026.',
      'Mi ingreso al país se produjo por Ciudad Hidalgo, Chiapas.',
      'Estuve hospitalizada del 20 de junio al 30 de julio de 2026 (demo)',
      'Calle Juárez 12, Col. Centro, Tapachula',
    ],
    golden: '48f7856f920f7c5025a062b66c9aff920bdee6b47d3823e888d6c7399272d3ff',
  },
];

function must<T>(map: ReadonlyMap<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`nothing rendered for ${key}`);
  return value;
}

const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ');

describe('filings from the case records, read back with pdf.js', () => {
  const rendered = new Map<string, { data: FilingData; sha256: string; pages: number }>();
  const read = new Map<string, PdfReadResult>();

  beforeAll(async () => {
    const pdfs: { name: string; bytes: Uint8Array }[] = [];
    for (const { key, person } of CASES) {
      const [templateId, language] = key.split('/') as [string, FilingLanguage];
      const data = toFilingData(sources(language, person));
      const filing = await renderFiling(findTemplate(templateId), data, language);
      rendered.set(key, { data, sha256: filing.sha256, pages: filing.pageCount });
      pdfs.push({ name: key.replace('/', '.'), bytes: filing.bytes });
    }
    readWithPdfJs(pdfs).forEach((result, i) => read.set(CASES[i].key, result));
  }, 60_000);

  it.each(CASES)("$key holds the client's name, the case number and the key text", (c) => {
    const { data } = must(rendered, c.key);
    const text = flat(fullText(must(read, c.key)));
    expect(text).toContain(data.client.fullName.normalize('NFC'));
    expect(text).toContain('TIJ-2026-0042');
    for (const phrase of c.text) expect(text).toContain(phrase);
  });

  it.each(CASES)(
    '$key renders the same bytes for the same records (golden SHA-256)',
    async ({ key, person, golden }) => {
      const [templateId, language] = key.split('/') as [string, FilingLanguage];
      const again = await renderFiling(
        findTemplate(templateId),
        toFilingData(sources(language, person)),
        language,
      );
      expect(again.sha256).toBe(must(rendered, key).sha256);
      expect(again.sha256).toBe(golden);
    },
  );

  it('summarises the latest assessment: every reason with its answers, urgency, citations', () => {
    const risk = toRiskSummary({
      assessment: assessment(),
      assessedBy: attorney.name,
      profiles: COUNTRY_PROFILES,
      timeZone: 'America/Tijuana',
      language: 'en',
    });
    const score = assessment();
    expect(risk.level).toBe(score.level);
    expect(risk.findings).toHaveLength(score.reasons.length + score.urgency.reasons.length);
    expect(risk.findings[0]).toContain(score.reasons[0].text.en);
    expect(risk.findings.join(' ')).toContain('What happened: Extortion');
    // The sealed narrative never reaches the memorandum.
    expect(risk.findings.join(' ')).not.toContain('narrative');
    expect(risk.citations[0]).toBe(
      'UNHCR, Guidance Note on Refugee Claims Relating to Victims of Organized Gangs, 2010-03',
    );
    expect(risk.citations).toContain(
      '1951 Refugee Convention, art. 33(1) (non-refoulement, including indirect removal)',
    );
    expect(new Set(risk.citations).size).toBe(risk.citations.length);
    // Dated on the forum's clock: 03:30 UTC on the 19th is still the 18th in Tijuana.
    expect(risk.assessedOn).toBe('2026-11-18');
  });

  it('takes places from the custody record or the filing facts, never from an event', () => {
    const peCase = { ...mxCase, jurisdiction: 'PE', timeZone: 'America/Lima' } as CaseEntity;
    const retention: FilingTimelineEvent = {
      eventType: 'police-retention',
      occurredAt: new Date('2026-11-20T11:00:00Z'),
      timeZone: 'America/Lima',
    };
    const withPlace = (clientLocation: string | null, detentionPlace: string | null) =>
      toFilingData(
        sources('es', LATIN, {
          matter: peCase,
          events: [retention],
          clientLocation,
          facts: { ...FACTS, detentionPlace },
        }),
      );
    const fromCustody = withPlace('Dependencia policial de Aguas Verdes (demo)', 'Tumbes');
    expect(fromCustody.client.detentionPlace).toBe('Dependencia policial de Aguas Verdes (demo)');
    expect(fromCustody.detention?.place).toBe('Dependencia policial de Aguas Verdes (demo)');
    expect(withPlace(null, 'Comisaría de Zarumilla (demo)').client.detentionPlace).toBe(
      'Comisaría de Zarumilla (demo)',
    );
    const none = withPlace(null, null);
    expect(none.client.detentionPlace).toBeUndefined();
    expect(none.detention).toEqual({
      retainedAt: { at: '2026-11-20T11:00:00.000Z', timeZone: 'America/Lima' },
      place: undefined,
      authority: undefined,
    });
    // A released client has no place of detention, whatever the records hold.
    const released = toFilingData(
      sources('es', LATIN, {
        matter: { ...peCase, custodyStatus: 'released' } as CaseEntity,
        clientLocation: 'Albergue de Tumbes (demo)',
        facts: { ...FACTS, detentionPlace: 'Comisaría de Zarumilla (demo)' },
      }),
    );
    expect(released.client.detentionPlace).toBeUndefined();
  });

  it('prints only the facts chosen for the filing, and the US motion facts as recorded', () => {
    const data = toFilingData(
      sources('en', LATIN, {
        facts: {
          ...FACTS,
          facts: ['Fue retenida en un control de carretera (demo).', '  '],
          priorMotionsToReopen: 0,
          finalOrderBy: 'bia',
          feeWaiverRequested: false,
        },
      }),
    );
    expect(data.facts).toEqual(['Fue retenida en un control de carretera (demo).']);
    expect(data).toMatchObject({ priorMotionsToReopen: 0, finalOrderBy: 'bia', fee: 'paid' });
  });

  it('writes Spanish a clerk accepts: one "Resolución", nationality adjectives by gender', () => {
    const data = (gender: string | null, nationalities: string[]) =>
      toFilingData(
        sources('es', client('Ana', 'Pérez (demo)', nationalities), {
          clientGender: gender,
          details: { decisionReference: 'Resolución de Sanción N.º 0012-2026 (demo)' },
        }),
      );
    expect(data('female', ['EC']).decision?.reference).toBe('de Sanción N.º 0012-2026 (demo)');
    expect(data('female', ['EC']).client).toMatchObject({
      nationality: 'ecuatoriana',
      demonym: 'ecuatoriana',
      gender: 'female',
    });
    expect(data('male', ['EC']).client).toMatchObject({
      nationality: 'ecuatoriana',
      demonym: 'ecuatoriano',
    });
    expect(data(null, ['VE', 'CO']).client).toMatchObject({
      nationality: 'venezolana y colombiana',
      demonym: 'venezolano(a) y colombiano(a)',
    });
    expect(data('Mujer', ['DE']).client.demonym).toBe('alemana');
  });

  it('lists what the case lacks, and where it is entered, when nothing is recorded', () => {
    const bare = (language: FilingLanguage) =>
      toFilingData(
        sources(language, LATIN, {
          facts: NO_FILING_FACTS,
          risk: undefined,
          clientAddress: null,
          events: [],
        }),
      );
    const missing = (id: string, language: FilingLanguage = 'es') =>
      missingData(findTemplate(id), bare(language), language).map(
        ({ field, section }) => `${field}@${section}`,
      );
    expect(missing('non-refoulement-risk-memorandum', 'en')).toEqual([
      'risk@risk',
      'risk.destinationCountry@risk',
      'risk.findings@risk',
      'risk.citations@risk',
    ]);
    expect(missing('sworn-declaration')).toEqual(['declaration.statements@filing-facts']);
    expect(missing('mx-autorizados')).toEqual(['authorizedPersons@filing-facts']);
    expect(missing('mx-justificacion-extemporaneidad')).toEqual([
      'client.address@client',
      'entry.date@timeline',
      'lateFilingReasons@filing-facts',
    ]);
  });
});
