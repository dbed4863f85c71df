// Fictional cases for filing tests and benchmarks: every person, office and number here is invented.
import type { FilingData } from '../lib/model/filing-data.model';

const LIMA = 'America/Lima';
const CDMX = 'America/Mexico_City';
const NY = 'America/New_York';

const riskVenezuela = {
  destinationCountry: 'Venezuela',
  level: 'high',
  assessedOn: '2026-11-20',
  assessedBy: 'Abg. Rosa Quispe Mamani',
  urgent: true,
  signedOff: true,
  findings: [
    'Amenazas directas de un colectivo armado en 2025 por su participación en protestas (actor no estatal tolerado por el Estado).',
    'Detención arbitraria previa de un familiar cercano por motivos políticos.',
    'Sin posibilidad de protección estatal ni alternativa de huida interna razonable.',
  ],
  citations: [
    'ACNUR, Nota de orientación sobre consideraciones de protección internacional para los venezolanos, Actualización I (2019).',
    'Convención sobre el Estatuto de los Refugiados (1951), art. 33(1).',
    'Declaración de Cartagena sobre Refugiados (1984), conclusión III(3).',
  ],
} as const;

/** Peru: a woman retained in Tumbes and ordered expelled in the PASEE. */
export function peruCase(): FilingData {
  return {
    generatedAt: '2026-11-21T15:30:00Z',
    place: 'Lima',
    organization: {
      name: 'Servicio Jurídico Ejemplo para Personas Migrantes',
      address: 'Jr. Ficticio 123, Cercado de Lima',
      email: 'defensa@ejemplo.org',
    },
    attorney: {
      fullName: 'Rosa Quispe Mamani',
      gender: 'female',
      barNumber: 'CAL 00000',
      email: 'rquispe@ejemplo.org',
    },
    client: {
      fullName: 'María José Ñuñez Peñaloza',
      gender: 'female',
      aliases: ['Majo Ñuñez'],
      nationality: 'venezolana',
      demonym: 'venezolana',
      countryOfOrigin: 'Venezuela',
      dateOfBirth: '1994-03-08',
      identityDocument: 'cédula venezolana V-00.000.001',
      address: 'Av. Inventada 456, Tumbes',
      detentionPlace: 'Comisaría PNP de Tumbes (ejemplo)',
    },
    case: {
      caseNumber: 'AMP-PE-2026-0042',
      jurisdiction: 'PE',
      procedure: 'PE PASEE expulsion',
      forum: 'Superintendencia Nacional de Migraciones',
      expediente: 'PASEE-0000-2026-TUM',
      detained: true,
    },
    detention: {
      retainedAt: { at: '2026-11-20T11:00:00Z', timeZone: LIMA },
      place: 'el puesto de control de la carretera Panamericana Norte, Tumbes',
      authority: 'la Policía Nacional del Perú',
    },
    decision: {
      reference: 'de Superintendencia N.º 0000-2026-MIGRACIONES-TUM',
      authority: 'la Jefatura Zonal de Tumbes de la Superintendencia Nacional de Migraciones',
      issuedOn: '2026-11-20',
      notifiedAt: { at: '2026-11-20T22:15:00Z', timeZone: LIMA },
      summary: 'expulsión del territorio nacional e impedimento de ingreso',
    },
    entry: { date: '2025-08-14', place: 'Tumbes' },
    facts: [
      'La Policía Nacional me retuvo en un control de identidad junto con otras personas extranjeras.',
      'Se realizó la audiencia única virtual del PASEE sin defensa legal y sin que se valorara mi temor de regresar a Venezuela.',
      'Se notificó la resolución de expulsión, sin indicar los recursos disponibles.',
    ],
    risk: riskVenezuela,
    grounds: [
      'La resolución carece de motivación: no explica por qué me encontraría en el supuesto del PASEE ni valora las pruebas ofrecidas en la audiencia.',
      'No se me informó de mi derecho a solicitar refugio, pese a que expresé temor de regresar a mi país.',
    ],
    annexes: [
      'Copia de la cédula de identidad de la recurrente.',
      'Constancia de solicitud de cita ante la Comisión Especial para los Refugiados (nueva prueba).',
      'Informe de evaluación de riesgo de devolución de fecha 20 de noviembre de 2026.',
    ],
    declaration: {
      statements: [
        'Salí de Venezuela en julio de 2025 después de recibir amenazas por participar en protestas en mi barrio.',
        'Ingresé al Perú por Tumbes el 14 de agosto de 2025 y desde entonces trabajo como vendedora.',
        'Temo que, si regreso, sea detenida o atacada por las mismas personas que me amenazaron.',
      ],
    },
  };
}

/** Mexico: a woman who asked COMAR for protection late and faces deportation by the INM. */
export function mexicoCase(): FilingData {
  return {
    generatedAt: '2026-11-21T18:00:00Z',
    place: 'Tapachula, Chiapas',
    organization: {
      name: 'Centro de Defensa Ejemplo, A. C.',
      address: 'Calle Imaginaria 7, Centro, Tapachula, Chiapas',
    },
    attorney: {
      fullName: 'Luis Alberto Hernández Ortiz',
      gender: 'male',
      barNumber: 'cédula profesional 0000000',
    },
    client: {
      fullName: 'Жанна Ковальчук',
      gender: 'female',
      aliases: ['Zhanna Kovalchuk'],
      nationality: 'rusa',
      demonym: 'rusa',
      countryOfOrigin: 'Federación de Rusia',
      dateOfBirth: '1988-11-02',
      identityDocument: 'pasaporte 00 0000001',
      address: 'Calle Supuesta 12, Tapachula, Chiapas',
      detentionPlace: 'Estación Migratoria Siglo XXI, Tapachula (ejemplo)',
    },
    case: {
      caseNumber: 'AMP-MX-2026-0107',
      jurisdiction: 'MX',
      procedure: 'MX amparo',
      forum: 'Juzgado de Distrito en el Estado de Chiapas, en turno',
      expediente: 'COMAR/TAP/0000/2026',
      detained: true,
    },
    entry: { date: '2026-06-03', place: 'Ciudad Hidalgo, Chiapas' },
    decision: {
      reference: 'INM/CHIS/0000/2026',
      authority: 'la Oficina de Representación del Instituto Nacional de Migración en Chiapas',
      issuedOn: '2026-11-20',
      notifiedAt: { at: '2026-11-20T23:00:00Z', timeZone: CDMX },
    },
    detention: {
      retainedAt: { at: '2026-11-19T16:00:00Z', timeZone: CDMX },
      place: 'un punto de revisión migratoria en Huixtla, Chiapas',
      authority: 'el Instituto Nacional de Migración',
    },
    facts: [
      'Agentes del INM presentaron a la quejosa en la estación migratoria.',
      'Se le notificó verbalmente que sería deportada en las próximas horas.',
    ],
    lateFilingReasons: [
      'Desconocía la existencia del procedimiento de reconocimiento de la condición de refugiado y del plazo para solicitarlo.',
      'Estuvo hospitalizada del 20 de junio al 30 de julio de 2026, como consta en la constancia médica anexa.',
      'No contaba con intérprete de ruso y no recibió información en un idioma que comprendiera.',
    ],
    authorizedPersons: [
      { fullName: 'Luis Alberto Hernández Ortiz', professionalId: 'cédula profesional 0000000' },
      { fullName: 'Ana Sofía Ruiz Camacho', professionalId: 'cédula profesional 0000001' },
      { fullName: 'Pedro Gómez Ávila' },
    ],
    risk: {
      destinationCountry: 'Federación de Rusia',
      level: 'extreme',
      assessedOn: '2026-11-20',
      assessedBy: 'Lic. Luis Alberto Hernández Ortiz',
      urgent: true,
      signedOff: true,
      findings: [
        'Procesamiento penal abierto por expresar públicamente opiniones contrarias a la guerra (opinión política).',
        'Riesgo de tortura o tratos crueles durante la detención, según informes de derechos humanos.',
      ],
      citations: [
        'Convención contra la Tortura, art. 3.',
        'Pacto Internacional de Derechos Civiles y Políticos, arts. 6 y 7; Comité de Derechos Humanos, Observación General 31, párr. 12.',
      ],
    },
    grounds: [
      'La orden de deportación se dictó sin audiencia previa ni defensa adecuada, en contravención de los artículos 14, 16 y 33 constitucionales.',
      'La autoridad omitió canalizar a la quejosa ante la COMAR pese a que manifestó temor de regresar a su país, lo que vulnera el derecho a solicitar refugio reconocido en el artículo 11 constitucional.',
      'La deportación expondría a la quejosa a riesgo de tortura, en contravención del principio de no devolución.',
    ],
    annexes: ['Constancia médica de hospitalización.', 'Copia del pasaporte.'],
  };
}

/** United States: a detained respondent with a final removal order and changed country conditions. */
export function usCase(): FilingData {
  return {
    generatedAt: '2026-11-21T14:00:00Z',
    place: 'New York, New York',
    organization: {
      name: 'Example Immigrant Defense Project',
      address: '100 Example Street, Suite 1, New York, NY 10000',
      phone: '(000) 555-0100',
      email: 'intake@example.org',
    },
    attorney: {
      fullName: 'Jordan A. Example',
      barNumber: 'NY Bar No. 0000000',
      eoirId: 'XX000000',
      email: 'jexample@example.org',
      phone: '(000) 555-0101',
      address: '100 Example Street, Suite 1, New York, NY 10000',
    },
    client: {
      fullName: 'Nguyễn Thị Hoa',
      gender: 'female',
      nationality: 'Vietnamese',
      demonym: 'Vietnamese',
      countryOfOrigin: 'Vietnam',
      dateOfBirth: '1990-05-17',
      detentionPlace: 'Example County Detention Facility',
    },
    case: {
      caseNumber: 'AMP-US-2026-0311',
      jurisdiction: 'US',
      procedure: 'US removal proceedings',
      forum: 'Immigration Court, New York, New York',
      aNumber: 'A000-000-001',
      judge: 'Immigration Judge R. Example',
      nextHearing: '2026-12-04',
      detained: true,
    },
    decision: {
      reference: 'Order of the Immigration Judge',
      authority: 'the Immigration Court, New York, New York',
      issuedOn: '2026-09-15',
      notifiedAt: { at: '2026-09-15T16:00:00Z', timeZone: NY },
    },
    entry: { date: '2019-02-10', place: 'New York, New York' },
    facts: [
      'The Immigration Judge ordered Respondent removed to Vietnam.',
      'Respondent learned that authorities in her home province had issued a summons against her for her religious activity.',
      'ICE informed counsel that Respondent is scheduled for removal.',
    ],
    finalOrderBy: 'immigration_judge',
    priorMotionsToReopen: 0,
    fee: 'waiver-requested',
    grounds: [
      'Respondent presents new, material evidence of changed country conditions that was not available and could not have been discovered or presented at the former hearing.',
      'The new evidence establishes prima facie eligibility for withholding of removal and protection under the Convention Against Torture.',
    ],
    risk: {
      destinationCountry: 'Vietnam',
      level: 'high',
      assessedOn: '2026-11-19',
      assessedBy: 'Jordan A. Example',
      urgent: true,
      signedOff: true,
      findings: [
        'A summons issued after the removal order names Respondent for unregistered religious activity.',
        'Documented detention and mistreatment of members of her congregation in 2026.',
      ],
      citations: [
        'Convention Against Torture, art. 3.',
        'ICCPR arts. 6 and 7; Human Rights Committee, General Comment 31, para. 12.',
      ],
    },
    declaration: {
      statements: [
        'My name is Nguyễn Thị Hoa. I was born in Vietnam and I am a member of an unregistered Protestant congregation.',
        'On November 2, 2026, my sister told me that the local police had delivered a summons for me to our family home.',
        'I fear that I will be detained and harmed if I am returned to Vietnam.',
      ],
      declarantLanguage: 'Vietnamese',
      interpreterName: 'Trần Văn Minh',
    },
    annexes: [
      'Tab A: Declaration of Nguyễn Thị Hoa.',
      'Tab B: Summons dated October 28, 2026, with certified translation.',
      'Tab C: Country conditions reports (2026).',
    ],
  };
}

/** A Polish national, for the sworn declaration and risk memo in another script. */
export function polishClientCase(): FilingData {
  const base = usCase();
  return {
    ...base,
    client: {
      ...base.client,
      fullName: 'Łukasz Wiśniewski',
      nationality: 'Polish',
      demonym: 'Polish',
      gender: 'male',
      countryOfOrigin: 'Poland',
    },
    declaration: {
      statements: [
        'My name is Łukasz Wiśniewski. I have lived in the United States since 2015.',
        'I make this declaration in support of my motion.',
      ],
    },
  };
}

/** The fixture case each template is tested and benchmarked with. */
export function fixtureFor(templateId: string, language: 'es' | 'en'): FilingData {
  if (templateId.startsWith('pe-')) return peruCase();
  if (templateId.startsWith('mx-')) return mexicoCase();
  if (templateId.startsWith('us-')) return usCase();
  if (templateId === 'sworn-declaration') return language === 'es' ? peruCase() : usCase();
  return language === 'es' ? mexicoCase() : polishClientCase();
}
