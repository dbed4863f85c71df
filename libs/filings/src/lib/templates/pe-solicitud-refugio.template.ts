// Peru: application to the Comisión Especial para los Refugiados (CEPR) under Ley 27891.
import type { FilingTemplate } from '../model/filing-template.model';

export const PE_SOLICITUD_REFUGIO_TEMPLATE: FilingTemplate = {
  id: 'pe-solicitud-refugio',
  version: '1.1.0',
  jurisdiction: 'PE',
  procedure: 'PE refugee claim',
  languages: ['es'],
  requiredFields: [
    'place',
    'organization.name',
    'client.fullName',
    'client.nationality',
    'client.countryOfOrigin',
    'client.dateOfBirth',
    'client.identityDocument',
    'client.address',
    'case.caseNumber',
    'entry.date',
    'declaration.statements',
  ],
  variants: {
    es: {
      title: 'Solicitud de reconocimiento de la condición de refugiado',
      blocks: [
        {
          kind: 'parties',
          entries: [
            { label: 'Caso interno:', value: '{{case.caseNumber}}' },
            {
              label: 'Sumilla:',
              value: 'Solicito el reconocimiento de la condición de refugiado',
            },
          ],
        },
        {
          kind: 'heading',
          align: 'left',
          lines: [
            'SEÑORES DE LA COMISIÓN ESPECIAL PARA LOS REFUGIADOS',
            'MINISTERIO DE RELACIONES EXTERIORES',
          ],
        },
        { kind: 'section', text: 'I. DATOS DE LA PERSONA SOLICITANTE' },
        {
          kind: 'parties',
          entries: [
            { label: 'Nombre completo:', value: '{{client.fullName}}' },
            { label: 'Otros nombres:', value: '{{client.aliases|list}}', when: 'client.aliases' },
            { label: 'Nacionalidad:', value: '{{client.nationality}}' },
            { label: 'País de origen:', value: '{{client.countryOfOrigin}}' },
            { label: 'Fecha de nacimiento:', value: '{{client.dateOfBirth|date}}' },
            { label: 'Documento:', value: '{{client.identityDocument}}' },
            { label: 'Domicilio:', value: '{{client.address}}' },
            { label: 'Ingreso al Perú:', value: '{{entry.date|date}}' },
            { label: 'Lugar de ingreso:', value: '{{entry.place}}', when: 'entry.place' },
            {
              label: 'Lugar de detención:',
              value: '{{client.detentionPlace}}',
              when: 'client.detentionPlace',
            },
          ],
        },
        { kind: 'section', text: 'II. SOLICITUD' },
        {
          kind: 'paragraph',
          text: 'Yo, {{client.fullName}}, {{client.demonym}}, solicito a la Comisión Especial para los Refugiados el reconocimiento de la condición de refugiado, conforme a la Ley 27891, Ley del Refugiado, a su Reglamento aprobado por Decreto Supremo 119-2003-RE y al artículo 1A(2) de la Convención sobre el Estatuto de los Refugiados de 1951, por los hechos que expongo a continuación.',
        },
        { kind: 'section', text: 'III. HECHOS Y MOTIVOS DE MI TEMOR' },
        { kind: 'numbered', from: { path: 'declaration.statements', item: '{{item}}' } },
        { kind: 'section', text: 'IV. FUNDAMENTOS' },
        {
          kind: 'numbered',
          items: [
            'El artículo 3 de la Ley 27891 reconoce como refugiada a la persona que tiene fundados temores de ser perseguida por motivos de raza, religión, nacionalidad, pertenencia a determinado grupo social u opiniones políticas (literal a) y, en su literal b, «a la persona que se ha visto obligada a huir de su país de nacionalidad o de residencia habitual por causa de la violación masiva de los derechos humanos, agresión extranjera, conflicto interno, ocupación o dominación extranjera; o en razón de acontecimientos que perturben gravemente el orden público». El literal c comprende a quien, encontrándose legalmente en el territorio de la República, no puede o no quiere volver a su país por causas sobrevinientes surgidas en él.',
            'Mientras se tramita la solicitud rige el principio de no devolución: no procede mi expulsión ni mi devolución a un país donde mi vida, integridad o libertad peligren (Ley 27891; artículo 33.1 de la Convención de 1951).',
          ],
        },
        {
          kind: 'paragraph',
          when: 'derived.filedRisk',
          text: 'Acompaño la evaluación de riesgo de devolución realizada el {{derived.filedRisk.assessedOn|date}} respecto de {{derived.filedRisk.destinationCountry}}, aprobada por {{derived.filedRisk.assessedBy}}, que concluyó un nivel de riesgo {{derived.filedRisk.level|riskLevel}}.',
        },
        { kind: 'section', text: 'V. PEDIDO' },
        {
          kind: 'numbered',
          items: [
            'Admitir a trámite la presente solicitud y expedir el documento que acredite mi condición de solicitante.',
            'Comunicar la presentación de esta solicitud a la Superintendencia Nacional de Migraciones, a fin de que no se ejecute medida alguna de expulsión mientras se resuelve.',
            'Reconocerme la condición de {{derived.clientWords.refugiado}}.',
          ],
        },
        {
          kind: 'paragraph',
          when: 'attorney.fullName',
          text: 'Cuento con el patrocinio de {{attorney.fullName}} ({{organization.name}}), a quien autorizo a presentar escritos y recibir notificaciones en mi nombre.',
        },
        { kind: 'annexes', title: 'VI. ANEXOS', from: 'annexes' },
        { kind: 'placeDate', text: '{{place}}, {{today|date}}' },
        {
          kind: 'signature',
          signers: [['{{client.fullName}}', '{{client.identityDocument}}']],
        },
      ],
    },
  },
};
