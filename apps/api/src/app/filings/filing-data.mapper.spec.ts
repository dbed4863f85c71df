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
  label: 'Ingreso al país',
  occurredAt: new Date('2026-05-02T18:00:00Z'),
  timeZone: 'America/Mexico_City',
  source: 'Ciudad Hidalgo, Chiapas',
  note: null,
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
      'Evaluación: 18 de noviembre de 2026, por Ana Sofía Ruiz Camacho (demo)',
      'Respuestas: Qué ocurrió: Extorsión, Amenaza de muerte',
      'UNHCR, Guidance Note on Refugee Claims Relating to Victims of Organized Gangs, 2010-03',
      'Convención de 1951, art. 33(1)',
      'La expulsión podría producirse dentro de 48 horas.',
    ],
    golden: '94a41dc9bcb88e77c501b2e1831361f0d55fc2a64b99f5be200028488c1f34d3',
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
    golden: '4b795f5ec935d99247c5bd21580357d58109207d34655a69ca066ff75f40826b',
  },
  {
    key: 'sworn-declaration/es',
    person: LATIN,
    text: [
      'DECLARACIÓN JURADA',
      'declaro bajo juramento lo siguiente',
      'Una pandilla exigió dinero a mi familia',
      'me fue leída íntegramente en vietnamita por Trần Văn Minh (demo)',
    ],
    golden: '4e45813983614c82a4325a66ac3cd457beedf668d8a2afe0d19f500540a793de',
  },
  {
    key: 'sworn-declaration/en',
    person: VIETNAMESE,
    text: [
      'I declare under penalty of perjury under the laws of the United States of America',
      'CERTIFICATE OF INTERPRETATION',
      'into Vietnamese',
    ],
    golden: '75d63e6f2aef613aa264703b267199febea21a52b8392b1ac2e3e967628d8833',
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
    golden: 'cfc1fab77b18d0a40fcbbddeb1402d808d9b602649557277071d683e06ec20c8',
  },
  {
    key: 'mx-justificacion-extemporaneidad/es',
    person: LATIN,
    text: [
      'COMISIÓN MEXICANA DE AYUDA A REFUGIADOS',
      'artículo 18 de la Ley sobre Refugiados, Protección Complementaria y Asilo Político',
      'Ingresé a los Estados Unidos Mexicanos el 2 de mayo de 2026 por Ciudad Hidalgo, Chiapas',
      'Estuve hospitalizada del 20 de junio al 30 de julio de 2026 (demo)',
      'Calle Juárez 12, Col. Centro, Tapachula',
    ],
    golden: '8785face1d53c91b3412c3b8604c1791501ed38f5a7613e932f3305fbe785f39',
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
      'entry.place@timeline',
      'lateFilingReasons@filing-facts',
    ]);
  });
});
