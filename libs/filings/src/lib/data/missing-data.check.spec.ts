// The 422 list: every missing item, labelled in the user's language, with where to enter it.
import type { FilingData } from '../model/filing-data.model';
import { findTemplate } from '../templates/filing-template.registry';
import { mexicoCase, peruCase, usCase } from '../../testing/filing-data.fixture';
import { missingData } from './missing-data.check';

/** The least a case can hold: names and numbers the types insist on, nothing else. */
const bareCase = (): FilingData => ({
  generatedAt: '2026-11-21T15:30:00Z',
  place: '',
  organization: { name: 'Servicio Jurídico Ejemplo' },
  attorney: { fullName: 'Rosa Quispe Mamani' },
  client: { fullName: 'Жанна Ковальчук' },
  case: { caseNumber: 'AMP-PE-2026-0001', jurisdiction: 'PE' },
});

describe('missingData', () => {
  it('is empty when the fixture case holds everything the template needs', () => {
    expect(missingData(findTemplate('pe-reconsideracion-pasee'), peruCase())).toEqual([]);
    expect(missingData(findTemplate('mx-autorizados'), mexicoCase())).toEqual([]);
    expect(missingData(findTemplate('us-motion-to-reopen'), usCase())).toEqual([]);
  });

  it('lists every missing item, in order, with its label and app section', () => {
    expect(missingData(findTemplate('pe-reconsideracion-pasee'), bareCase())).toEqual([
      { field: 'place', label: 'Lugar de firma', section: 'filing' },
      {
        field: 'organization.address',
        label: 'Dirección de la organización',
        section: 'organization',
      },
      {
        field: 'attorney.barNumber',
        label: 'Registro profesional (colegiatura o cédula)',
        section: 'attorney',
      },
      { field: 'client.nationality', label: 'Nacionalidad', section: 'client' },
      { field: 'client.identityDocument', label: 'Documento de identidad', section: 'client' },
      { field: 'case.expediente', label: 'Número de expediente', section: 'case' },
      {
        field: 'decision.reference',
        label: 'Número de la resolución u orden',
        section: 'decision',
      },
      { field: 'decision.authority', label: 'Autoridad que la emitió', section: 'decision' },
      {
        field: 'decision.issuedOn',
        label: 'Fecha de la resolución u orden',
        section: 'decision',
      },
      {
        field: 'decision.notifiedAt',
        label: 'Fecha y hora de notificación',
        section: 'timeline',
      },
      {
        field: 'detention.retainedAt',
        label: 'Fecha y hora de la retención',
        section: 'timeline',
      },
      { field: 'detention.place', label: 'Lugar de detención', section: 'filing-facts' },
      { field: 'detention.authority', label: 'Autoridad que retiene', section: 'timeline' },
      { field: 'grounds', label: 'Fundamentos del escrito', section: 'case' },
      { field: 'annexes', label: 'Anexos y medios probatorios', section: 'filing' },
    ]);
  });

  it('labels the list in the language asked for', () => {
    const missing = missingData(findTemplate('sworn-declaration'), bareCase(), 'en');
    expect(missing.map((m) => m.label)).toEqual([
      'Place of signature',
      'Nationality',
      'Declarant statements',
    ]);
  });

  it('treats blank text and empty lists as missing', () => {
    const data: FilingData = {
      ...mexicoCase(),
      client: { ...mexicoCase().client, nationality: '   ' },
      lateFilingReasons: [],
    };
    expect(
      missingData(findTemplate('mx-justificacion-extemporaneidad'), data).map((m) => m.field),
    ).toEqual(['client.nationality', 'lateFilingReasons']);
  });

  it('asks for the whole assessment when there is none, and for its parts when they are empty', () => {
    const memo = findTemplate('non-refoulement-risk-memorandum');
    expect(missingData(memo, { ...usCase(), risk: undefined }).map((m) => m.field)).toEqual([
      'risk',
      'risk.destinationCountry',
      'risk.findings',
      'risk.citations',
    ]);
    const risk = usCase().risk;
    if (!risk) throw new Error('fixture has a risk summary');
    expect(
      missingData(memo, { ...usCase(), risk: { ...risk, citations: [] } }).map((m) => m.field),
    ).toEqual(['risk.citations']);
  });
});
