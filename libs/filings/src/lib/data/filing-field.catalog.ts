// Every piece of case data a template may require, with its label and where the user enters it.
import type { FilingDataSection, FilingLanguage } from '../model/filing-template.model';

interface FieldEntry {
  readonly section: FilingDataSection;
  readonly label: Readonly<Record<FilingLanguage, string>>;
}

const entry = (section: FilingDataSection, es: string, en: string): FieldEntry => ({
  section,
  label: { es, en },
});

export const FILING_FIELDS = {
  place: entry('filing', 'Lugar de firma', 'Place of signature'),
  'organization.name': entry('organization', 'Nombre de la organización', 'Organization name'),
  'organization.address': entry(
    'organization',
    'Dirección de la organización',
    'Organization address',
  ),
  'attorney.fullName': entry('attorney', 'Nombre del abogado o abogada', 'Attorney name'),
  'attorney.barNumber': entry(
    'attorney',
    'Registro profesional (colegiatura o cédula)',
    'Bar or professional registration',
  ),
  'attorney.eoirId': entry('attorney', 'Número EOIR del abogado', 'Attorney EOIR ID'),
  'attorney.email': entry('attorney', 'Correo del abogado', 'Attorney email'),
  'attorney.phone': entry('attorney', 'Teléfono del abogado', 'Attorney phone'),
  'client.fullName': entry('client', 'Nombre completo de la persona', 'Client full name'),
  'client.nationality': entry('client', 'Nacionalidad', 'Nationality'),
  'client.countryOfOrigin': entry('client', 'País de origen', 'Country of origin'),
  'client.dateOfBirth': entry('client', 'Fecha de nacimiento', 'Date of birth'),
  'client.identityDocument': entry('client', 'Documento de identidad', 'Identity document'),
  'client.address': entry('client', 'Domicilio', 'Address'),
  'client.detentionPlace': entry('filing-facts', 'Lugar de detención', 'Place of detention'),
  'case.caseNumber': entry('case', 'Número interno del caso', 'Case number'),
  'case.forum': entry('case', 'Autoridad u órgano que conoce', 'Court or agency'),
  'case.expediente': entry('case', 'Número de expediente', 'Forum file number'),
  'case.aNumber': entry('case', 'Número A (A-number)', 'A-number'),
  'case.judge': entry('case', 'Juez o jueza de inmigración', 'Immigration Judge'),
  'case.nextHearing': entry('case', 'Próxima audiencia', 'Next hearing date'),
  'decision.reference': entry('decision', 'Número de la resolución u orden', 'Order reference'),
  'decision.authority': entry('decision', 'Autoridad que la emitió', 'Issuing authority'),
  'decision.issuedOn': entry('decision', 'Fecha de la resolución u orden', 'Date of the order'),
  'decision.notifiedAt': entry('timeline', 'Fecha y hora de notificación', 'Date of service'),
  'detention.retainedAt': entry('timeline', 'Fecha y hora de la retención', 'Time of detention'),
  'detention.place': entry('filing-facts', 'Lugar de detención', 'Place of detention'),
  'detention.authority': entry('timeline', 'Autoridad que retiene', 'Detaining authority'),
  'entry.date': entry('timeline', 'Fecha de ingreso al país', 'Date of last entry'),
  'entry.place': entry('filing-facts', 'Lugar de ingreso al país', 'Place of last entry'),
  facts: entry('filing-facts', 'Hechos para el escrito', 'Facts for this filing'),
  finalOrderBy: entry(
    'filing-facts',
    'Órgano que dictó la orden final (juez de inmigración o BIA)',
    'Body that made the final order (Immigration Judge or BIA)',
  ),
  priorMotionsToReopen: entry(
    'filing-facts',
    'Mociones de reapertura presentadas antes',
    'Motions to reopen filed before',
  ),
  fee: entry(
    'filing-facts',
    'Tasa pagada o exención solicitada',
    'Filing fee paid or fee waiver requested',
  ),
  risk: entry('risk', 'Evaluación de riesgo de devolución', 'Non-refoulement risk assessment'),
  'risk.destinationCountry': entry('risk', 'País de destino evaluado', 'Destination country'),
  'risk.findings': entry('risk', 'Hallazgos de la evaluación', 'Assessment findings'),
  'risk.citations': entry('risk', 'Fuentes citadas en la evaluación', 'Assessment citations'),
  'declaration.statements': entry(
    'filing-facts',
    'Declaración de la persona (párrafos)',
    'Declarant statements',
  ),
  authorizedPersons: entry('filing-facts', 'Personas autorizadas', 'Authorized persons'),
  lateFilingReasons: entry(
    'filing-facts',
    'Causas de la presentación extemporánea',
    'Reasons for the late filing',
  ),
  grounds: entry('case', 'Fundamentos del escrito', 'Grounds'),
  annexes: entry('filing', 'Anexos y medios probatorios', 'Exhibits'),
} as const satisfies Record<string, FieldEntry>;

export type FilingFieldPath = keyof typeof FILING_FIELDS;
