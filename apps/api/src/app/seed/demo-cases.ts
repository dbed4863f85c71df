// The fictional caseload of the Lima demo office, so a first start shows what Amparo is for: people
// retained by the police hours ago (PASEE clocks running, two escalated), one whose 24 h may have
// passed, a released client with three business days to ask for reconsideration, refugee claims and
// a US appeal clock, and a detention in a Mexican estación migratoria coordinated with Tijuana.
// Times are hours before the seed runs, so every clock is live. Several cases carry what their
// filings need (filing facts and the filing form's details), so every template generates on a
// first start with nothing typed. Every person is invented and marked "(demo)", like the staff.
import type {
  CaseFilingFactsDto,
  CreateCaseDto,
  CreateClientDto,
  FilingDetailsDto,
  UpdateCaseDto,
} from '@amparo/contracts';
import { SCREENING_QUESTION_IDS as Q, type ScreeningAnswers } from '@amparo/domain';

/** The demo staff member who acts: Lima's attorney (Lucía Ferrer) or paralegal (Diego Salazar). */
export type DemoActor = 'attorney' | 'paralegal';

export interface DemoEvent {
  /** An event type of the case's rule pack (libs/domain/src/lib/deadlines/packs). */
  readonly eventType: string;
  readonly hoursAgo: number;
  readonly source?: string;
  readonly note?: string;
}

export interface DemoRisk {
  readonly by: DemoActor;
  readonly destination: string;
  readonly answers: ScreeningAnswers;
  readonly evidenceNotes?: string;
  /** Signed off by the lead attorney. */
  readonly signedOff?: boolean;
}

export interface DemoCase {
  /** The paralegal opens a case for the attorney and works it with her; she opens the others alone. */
  readonly openedBy: DemoActor;
  readonly client: Omit<CreateClientDto, 'acknowledgeDuplicates'>;
  readonly matter: Omit<CreateCaseDto, 'clientId' | 'leadAttorneyId'>;
  /** Where the case stands once opened (every case opens at intake). */
  readonly stage?: NonNullable<UpdateCaseDto['stage']>;
  readonly events: readonly DemoEvent[];
  readonly risk?: DemoRisk;
  /** Privileged notes by the lead attorney. */
  readonly notes?: readonly string[];
  /** What the case's filings need that no other record holds, as the team entered it. */
  readonly filingFacts?: Omit<CaseFilingFactsDto, 'version'>;
  /** The filing form's details kept with the case; the decision is dated hours before the seed. */
  readonly filingDetails?: Omit<FilingDetailsDto, 'decisionIssuedOn'> & {
    readonly decisionIssuedHoursAgo?: number;
  };
}

/** The Lima office's address as its filings print it (office settings keep it once set there). */
const LIMA_OFFICE_ADDRESS = 'Jr. Ejemplo 123, Cercado de Lima, Lima (demo)';

const DAY = 24;
const MONTH = 30 * DAY;
/** The Tumbes border checkpoint operation: two of its people share the retention time. */
const CHECKPOINT_HOURS_AGO = 3;

export const DEMO_CASES: readonly DemoCase[] = [
  {
    openedBy: 'paralegal',
    client: {
      givenNames: 'Yorman José',
      familyNames: 'Villasmil Peña (demo)',
      birthDate: '1994-03-12',
      nationalities: ['VE'],
      languages: ['es'],
      gender: 'male',
      vulnerabilities: ['detained'],
      contact: { location: 'Comisaría PNP de Aguas Verdes, Tumbes (demo)' },
    },
    matter: {
      jurisdiction: 'PE',
      procedure: 'pasee-expulsion',
      forum: 'Migraciones, Jefatura Zonal de Tumbes (demo)',
      expediente: 'PASEE-DEMO-0141',
      custodyStatus: 'detained',
      priority: 'urgent',
    },
    stage: 'active',
    events: [
      {
        eventType: 'police-retention',
        hoursAgo: CHECKPOINT_HOURS_AGO,
        source: 'Acta de retención, control de Aguas Verdes (demo)',
        note: 'Retenido en un operativo en el control fronterizo con otras once personas (demo).',
      },
    ],
    risk: {
      by: 'paralegal',
      destination: 'VE',
      answers: {
        [Q.nationality]: 'VE',
        [Q.destinationCountry]: 'VE',
        [Q.forumCountry]: 'PE',
        [Q.harmOrThreats]: true,
        [Q.harmTypes]: ['death-threat'],
        [Q.actors]: ['armed-group'],
        [Q.vulnerabilities]: ['detained'],
        [Q.removalProcedure]: 'pasee',
      },
      evidenceNotes: 'Mensajes de amenaza de un colectivo armado guardados en su teléfono (demo).',
      signedOff: true,
    },
    notes: [
      'Refiere amenazas de muerte de un colectivo armado en Maracaibo tras negarse a colaborar. Presentar hoy el hábeas corpus y la solicitud de refugio; pedir el informe policial (demo).',
    ],
    filingFacts: {
      facts: [
        'Fui retenido en el control fronterizo de Aguas Verdes junto con otras once personas (demo).',
        'No se me informó en un idioma que comprendo de qué se me acusaba ni se me dio copia del acta (demo).',
      ],
      detentionPlace: 'Comisaría PNP de Aguas Verdes, Tumbes (demo)',
    },
    filingDetails: {
      place: 'Lima',
      organizationAddress: LIMA_OFFICE_ADDRESS,
      detentionPlace: 'Comisaría PNP de Aguas Verdes, Tumbes (demo)',
      detentionAuthority: 'Policía Nacional del Perú',
    },
  },
  {
    openedBy: 'paralegal',
    client: {
      givenNames: 'Yanet',
      familyNames: 'Ccori Mamani (demo)',
      birthDate: '1988-01-01',
      birthDatePrecision: 'year',
      nationalities: ['BO'],
      languages: ['ay', 'es'],
      interpreterNeeded: true,
      gender: 'female',
      vulnerabilities: ['indigenous', 'detained'],
      contact: { location: 'Comisaría PNP de Aguas Verdes, Tumbes (demo)' },
    },
    matter: {
      jurisdiction: 'PE',
      procedure: 'pasee-expulsion',
      forum: 'Migraciones, Jefatura Zonal de Tumbes (demo)',
      custodyStatus: 'detained',
      priority: 'high',
    },
    events: [
      {
        eventType: 'police-retention',
        hoursAgo: CHECKPOINT_HOURS_AGO,
        source: 'Acta de retención, control de Aguas Verdes (demo)',
      },
    ],
    risk: {
      by: 'paralegal',
      destination: 'BO',
      answers: {
        [Q.nationality]: 'BO',
        [Q.destinationCountry]: 'BO',
        [Q.forumCountry]: 'PE',
        [Q.harmOrThreats]: false,
        [Q.removalProcedure]: 'pasee',
      },
      evidenceNotes: 'Entrevista con intérprete de aimara por teléfono (demo).',
    },
  },
  {
    openedBy: 'paralegal',
    client: {
      givenNames: 'Jean-Wesly',
      familyNames: 'Désir (demo)',
      birthDate: '1991-07-04',
      nationalities: ['HT'],
      languages: ['ht', 'fr'],
      interpreterNeeded: true,
      gender: 'male',
      vulnerabilities: ['detained'],
      contact: { location: 'Aeropuerto Internacional Jorge Chávez, Callao (demo)' },
    },
    matter: {
      jurisdiction: 'PE',
      procedure: 'pasee-expulsion',
      forum: 'Migraciones, Lima (demo)',
      expediente: 'PASEE-DEMO-0152',
      custodyStatus: 'detained',
      priority: 'urgent',
    },
    events: [
      {
        eventType: 'police-retention',
        hoursAgo: 6,
        source: 'Acta de retención en el aeropuerto (demo)',
      },
      {
        eventType: 'sanction-notification',
        hoursAgo: 2,
        source: 'Resolución de sanción notificada en el aeropuerto (demo)',
      },
    ],
    filingFacts: {
      facts: [
        'Fui retenido al llegar al Aeropuerto Internacional Jorge Chávez y llevado a una sala sin intérprete de criollo haitiano (demo).',
        'La resolución de sanción se me notificó en castellano, idioma que no comprendo (demo).',
      ],
      detentionPlace: 'Sala de retención del Aeropuerto Internacional Jorge Chávez, Callao (demo)',
    },
    filingDetails: {
      place: 'Lima',
      organizationAddress: LIMA_OFFICE_ADDRESS,
      clientIdentityDocument: 'pasaporte haitiano N.º HT0000000 (demo)',
      decisionReference: 'RS-000000-2026-MIGRACIONES (demo)',
      decisionAuthority: 'Superintendencia Nacional de Migraciones',
      decisionIssuedHoursAgo: 3,
      detentionPlace: 'Sala de retención del Aeropuerto Internacional Jorge Chávez, Callao (demo)',
      detentionAuthority: 'Policía Nacional del Perú',
      grounds: [
        'La sanción se notificó sin intérprete de criollo haitiano, lo que vulneró el derecho de defensa (demo).',
        'La resolución no valora el riesgo de devolución a Haití, país respecto del cual el ACNUR pide suspender los retornos forzosos (demo).',
      ],
      annexes: ['Copia del pasaporte (demo)', 'Copia de la resolución de sanción (demo)'],
    },
    risk: {
      by: 'paralegal',
      destination: 'HT',
      answers: {
        [Q.nationality]: 'HT',
        [Q.destinationCountry]: 'HT',
        [Q.forumCountry]: 'PE',
        [Q.profileTags]: ['targeted-by-gangs'],
        [Q.harmOrThreats]: true,
        [Q.harmTypes]: ['death-threat', 'physical-assault'],
        [Q.actors]: ['gang-or-organized-crime'],
        [Q.threatPersists]: true,
        [Q.stateProtection]: 'unavailable-or-ineffective',
        [Q.internalFlight]: 'no-safe-alternative',
        [Q.vulnerabilities]: ['detained'],
        [Q.removalProcedure]: 'pasee',
      },
      evidenceNotes:
        'Relato tomado con intérprete de criollo haitiano; cicatrices visibles (demo).',
    },
  },
  {
    openedBy: 'attorney',
    client: {
      givenNames: 'Darwin',
      familyNames: 'Quiñónez Angulo (demo)',
      birthDate: '1999-11-23',
      nationalities: ['CO'],
      languages: ['es'],
      gender: 'male',
      vulnerabilities: ['detained'],
      contact: { location: 'Comisaría PNP de San Martín de Porres, Lima (demo)' },
    },
    matter: {
      jurisdiction: 'PE',
      procedure: 'pasee-expulsion',
      forum: 'Migraciones, Lima (demo)',
      custodyStatus: 'detained',
      priority: 'urgent',
    },
    stage: 'active',
    // Past the 24 h reading, within the 48 h one: the possible range is what is left.
    events: [{ eventType: 'police-retention', hoursAgo: 30, source: 'Parte policial (demo)' }],
    risk: {
      by: 'attorney',
      destination: 'CO',
      answers: {
        [Q.nationality]: 'CO',
        [Q.destinationCountry]: 'CO',
        [Q.forumCountry]: 'PE',
        [Q.harmOrThreats]: true,
        [Q.harmTypes]: ['extortion'],
        [Q.actors]: ['gang-or-organized-crime'],
        [Q.stateProtection]: 'uncertain',
        [Q.internalFlight]: 'uncertain',
        [Q.removalProcedure]: 'pasee',
      },
    },
  },
  {
    openedBy: 'paralegal',
    client: {
      givenNames: 'Marisol',
      familyNames: 'Chalá Cedeño (demo)',
      birthDate: '1985-05-30',
      nationalities: ['EC'],
      languages: ['es'],
      gender: 'female',
      contact: { phone: '+51 900 000 105', location: 'Albergue en Comas, Lima (demo)' },
    },
    matter: {
      jurisdiction: 'PE',
      procedure: 'pasee-expulsion',
      forum: 'Migraciones, Lima (demo)',
      expediente: 'PASEE-DEMO-0087',
      custodyStatus: 'released',
      priority: 'high',
    },
    stage: 'decision',
    events: [
      {
        eventType: 'sanction-notification',
        hoursAgo: 20,
        source: 'Resolución de expulsión notificada (demo)',
        note: 'Liberada tras la audiencia única; la expulsión aún no se ejecuta (demo).',
      },
    ],
    risk: {
      by: 'paralegal',
      destination: 'EC',
      answers: {
        [Q.nationality]: 'EC',
        [Q.destinationCountry]: 'EC',
        [Q.forumCountry]: 'PE',
        [Q.harmOrThreats]: true,
        [Q.harmTypes]: ['extortion'],
        [Q.actors]: ['gang-or-organized-crime'],
        [Q.removalProcedure]: 'pasee',
      },
    },
  },
  {
    openedBy: 'attorney',
    client: {
      givenNames: 'Génesis',
      familyNames: 'Araujo Colina (demo)',
      birthDate: '1996-02-08',
      nationalities: ['VE'],
      languages: ['es'],
      gender: 'female',
      vulnerabilities: ['gender_based_violence'],
      contact: {
        phone: '+51 900 000 112',
        address: 'Calle Ejemplo 456, San Juan de Lurigancho, Lima (demo)',
      },
    },
    matter: {
      jurisdiction: 'PE',
      procedure: 'refugee-claim',
      forum: 'Comisión Especial para los Refugiados (demo)',
      custodyStatus: 'at_liberty',
    },
    stage: 'active',
    events: [
      {
        eventType: 'entry-into-country',
        hoursAgo: 14 * MONTH,
        source: 'Centro Binacional de Atención en Frontera, Tumbes (demo)',
      },
      {
        eventType: 'refugee-application-filed',
        hoursAgo: 12 * DAY,
        source: 'Constancia de solicitud de refugio (demo)',
      },
    ],
    // High risk, but no removal clock runs: not escalated.
    risk: {
      by: 'attorney',
      destination: 'VE',
      answers: {
        [Q.nationality]: 'VE',
        [Q.destinationCountry]: 'VE',
        [Q.forumCountry]: 'PE',
        [Q.profileTags]: ['woman-or-girl'],
        [Q.harmOrThreats]: true,
        [Q.harmTypes]: ['sexual-violence', 'death-threat'],
        [Q.actors]: ['partner-or-family'],
        [Q.threatPersists]: true,
        [Q.conventionGrounds]: ['particular-social-group'],
        [Q.stateProtection]: 'unavailable-or-ineffective',
        [Q.vulnerabilities]: ['gender-based-violence'],
        [Q.removalProcedure]: 'none-known',
      },
      signedOff: true,
    },
    notes: [
      'La denuncia en Venezuela no prosperó; su expareja es funcionario local. Pedir informe psicológico para la entrevista de elegibilidad (demo).',
    ],
    filingFacts: {
      statements: [
        'Salí de Venezuela porque mi expareja, funcionario local, me amenazó de muerte después de que lo denuncié (demo).',
        'La denuncia no prosperó y la policía me dijo que no podía protegerme (demo).',
        'Ingresé al Perú por el Centro Binacional de Atención en Frontera de Tumbes (demo).',
      ],
      facts: [
        'La solicitante denunció la violencia de su expareja ante las autoridades venezolanas sin obtener protección (demo).',
      ],
      entryPlace: 'Centro Binacional de Atención en Frontera, Tumbes (demo)',
    },
    filingDetails: {
      place: 'Lima',
      organizationAddress: LIMA_OFFICE_ADDRESS,
      clientIdentityDocument: 'cédula de identidad venezolana N.º V-00.000.000 (demo)',
    },
  },
  {
    openedBy: 'attorney',
    client: {
      givenNames: 'Andreína',
      familyNames: 'Colmenares Rivas (demo)',
      birthDate: '1990-09-15',
      nationalities: ['VE'],
      languages: ['es', 'en'],
      gender: 'female',
      contact: { location: 'Centro de detención de inmigración, Florida (demo)' },
    },
    matter: {
      jurisdiction: 'US',
      procedure: 'removal-proceedings',
      forum: 'Immigration Court, Miami (demo)',
      forumId: 'us-eoir-miami',
      aNumber: 'A-099-555-101',
      custodyStatus: 'detained',
      priority: 'high',
    },
    stage: 'appeal',
    events: [
      {
        eventType: 'ij-decision-oral',
        hoursAgo: 6 * DAY,
        source: 'Decisión oral del juez de inmigración (demo)',
        note: 'Asilo denegado; apelación reservada en la audiencia (demo).',
      },
    ],
    notes: [
      'Su hermana, atendida en Lima, pidió apoyo. Coordinar con la abogada pro bono en Miami la apelación ante la BIA (demo).',
    ],
    filingFacts: {
      facts: [
        'Respondent fled Venezuela after being detained and beaten for taking part in protests (demo).',
        'The Immigration Judge denied asylum orally; Respondent reserved appeal (demo).',
      ],
      priorMotionsToReopen: 0,
      finalOrderBy: 'immigration_judge',
      feeWaiverRequested: false,
    },
    filingDetails: {
      place: 'Miami, Florida',
      judge: 'Immigration Judge Example (demo)',
      decisionIssuedHoursAgo: 6 * DAY,
      grounds: [
        'New evidence of the persecution of returned protesters, unavailable at the hearing, is material to the claim (demo).',
      ],
      annexes: ['Declaration of Respondent (demo)', 'Country conditions report (demo)'],
    },
  },
  {
    openedBy: 'paralegal',
    client: {
      givenNames: 'Nadège',
      familyNames: 'Pierre-Louis (demo)',
      birthDate: '1993-12-01',
      nationalities: ['HT'],
      languages: ['ht', 'fr', 'es'],
      interpreterNeeded: true,
      gender: 'female',
      vulnerabilities: ['pregnant'],
      contact: { location: 'Casa de acogida en San Juan de Lurigancho, Lima (demo)' },
    },
    matter: {
      jurisdiction: 'PE',
      procedure: 'refugee-claim',
      forum: 'Comisión Especial para los Refugiados (demo)',
      custodyStatus: 'at_liberty',
    },
    events: [{ eventType: 'entry-into-country', hoursAgo: 5 * MONTH }],
  },
  {
    openedBy: 'attorney',
    client: {
      givenNames: 'Luis Ángel',
      familyNames: 'Cuesta Palacios (demo)',
      birthDate: '1979-08-21',
      nationalities: ['CO'],
      languages: ['es'],
      gender: 'male',
    },
    matter: {
      jurisdiction: 'PE',
      procedure: 'pasee-expulsion',
      forum: 'Migraciones, Lima (demo)',
      custodyStatus: 'at_liberty',
    },
    events: [{ eventType: 'entry-into-country', hoursAgo: 3 * 12 * MONTH }],
  },
  {
    // Coordinated with the Tijuana office: detained at the border before she could ask COMAR.
    openedBy: 'attorney',
    client: {
      givenNames: 'Keyla Marisela',
      familyNames: 'Banegas Oyuela (demo)',
      birthDate: '1998-06-17',
      nationalities: ['HN'],
      languages: ['es'],
      gender: 'female',
      vulnerabilities: ['detained', 'gender_based_violence'],
      contact: {
        address: 'Albergue Ejemplo, Calle Ejemplo 12, Zona Norte, Tijuana, B.C. (demo)',
        location: 'Estación migratoria de Tijuana (demo)',
      },
    },
    matter: {
      jurisdiction: 'MX',
      procedure: 'inm-procedure',
      forum: 'Juzgado de Distrito en Materia de Amparo en Tijuana (demo)',
      expediente: 'AMP-DEMO-0032/2026',
      timeZone: 'America/Tijuana',
      custodyStatus: 'detained',
      priority: 'urgent',
    },
    stage: 'active',
    events: [
      {
        eventType: 'entry-into-country',
        hoursAgo: 3 * MONTH,
        source: 'Ciudad Hidalgo, Chiapas (demo)',
      },
      {
        eventType: 'migration-detention',
        hoursAgo: 10,
        source: 'Oficio de presentación del INM (demo)',
      },
    ],
    filingFacts: {
      facts: [
        'La quejosa fue presentada en la estación migratoria de Tijuana sin que se le informara su derecho a solicitar la condición de refugiada (demo).',
        'Se le anunció su deportación a Honduras, donde una pandilla amenazó con matarla (demo).',
      ],
      lateFilingReasons: [
        'Estuvo bajo el control de una red de tráfico de personas que le impidió acudir a la COMAR (demo).',
      ],
      authorizedPersons: [
        { fullName: 'Ana Beltrán (demo)', professionalId: 'cédula profesional 0000000 (demo)' },
        { fullName: 'Jorge Nava (demo)' },
      ],
      detentionPlace: 'Estación migratoria de Tijuana (demo)',
      entryPlace: 'Ciudad Hidalgo, Chiapas (demo)',
    },
    filingDetails: {
      place: 'Tijuana, Baja California',
      organizationAddress: LIMA_OFFICE_ADDRESS,
      detentionPlace: 'Estación migratoria de Tijuana (demo)',
      detentionAuthority: 'Instituto Nacional de Migración',
      grounds: [
        'La deportación expondría a la quejosa a un riesgo para su vida, prohibido por el artículo 22 de la Ley sobre Refugiados, Protección Complementaria y Asilo Político (demo).',
      ],
    },
  },
];
