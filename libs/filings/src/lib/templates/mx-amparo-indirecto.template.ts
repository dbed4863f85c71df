// Mexico: demanda de amparo indirecto against a deportation, with suspensión de oficio y de plano.
// For a detained client it is promoted by the attorney in the client's name (Ley de Amparo art. 15).
import type { FilingTemplate } from '../model/filing-template.model';
import { MX_RISK_PARAGRAPH } from './risk-paragraphs';

export const MX_AMPARO_INDIRECTO_TEMPLATE: FilingTemplate = {
  id: 'mx-amparo-indirecto-deportacion',
  version: '1.1.0',
  jurisdiction: 'MX',
  procedure: 'MX amparo',
  languages: ['es'],
  requiredFields: [
    'place',
    'organization.address',
    'client.fullName',
    'client.nationality',
    'client.detentionPlace',
    'case.caseNumber',
    'case.forum',
    'detention.authority',
    'detention.retainedAt',
    'detention.place',
    'facts',
    'grounds',
  ],
  variants: {
    es: {
      title: 'Demanda de amparo indirecto contra la deportación',
      blocks: [
        {
          kind: 'parties',
          entries: [
            {
              label: '{{derived.clientWords.quejoso|capital}}:',
              value: '{{client.fullName}}',
            },
            {
              label: 'Promovente (art. 15):',
              value: '{{attorney.fullName}}',
              when: 'derived.thirdPersonFiling',
            },
            { label: 'Caso interno:', value: '{{case.caseNumber}}' },
            {
              label: 'Asunto:',
              value: 'Demanda de amparo indirecto; se solicita la suspensión de oficio y de plano',
            },
          ],
        },
        {
          kind: 'heading',
          align: 'left',
          lines: ['C. TITULAR {{case.forum|de|upper}}', 'P R E S E N T E'],
        },
        {
          kind: 'paragraph',
          when: 'derived.personalFiling',
          text: '{{client.fullName}}, de nacionalidad {{client.nationality}}, actualmente en {{client.detentionPlace}}, señalando como domicilio para oír y recibir notificaciones el ubicado en {{organization.address}}, ante usted comparezco por mi propio derecho para solicitar el amparo y protección de la Justicia Federal contra los actos y autoridades que señalo. En cumplimiento del artículo 108 de la Ley de Amparo, manifiesto:',
        },
        {
          kind: 'paragraph',
          when: 'derived.thirdPersonFiling',
          text: '{{attorney.fullName}}, señalando como domicilio para oír y recibir notificaciones el ubicado en {{organization.address}}, ante usted comparezco para promover, en nombre de {{client.fullName}}, de nacionalidad {{client.nationality}}, demanda de amparo indirecto con fundamento en el artículo 15 de la Ley de Amparo: los actos reclamados importan deportación o expulsión y ataques a la libertad personal, y la parte quejosa se encuentra imposibilitada para promoverla por estar {{derived.clientWords.detenido}} en {{client.detentionPlace}}. Solicito que se dicten las medidas necesarias para que ratifique la demanda. En cumplimiento del artículo 108 de la Ley de Amparo, manifiesto:',
        },
        { kind: 'section', text: 'I. NOMBRE Y DOMICILIO DE LA PARTE QUEJOSA' },
        {
          kind: 'paragraph',
          text: '{{client.fullName}}, con el domicilio para notificaciones antes señalado.',
        },
        { kind: 'section', text: 'II. TERCERO INTERESADO' },
        { kind: 'paragraph', text: 'No existe, dada la naturaleza de los actos reclamados.' },
        { kind: 'section', text: 'III. AUTORIDADES RESPONSABLES' },
        {
          kind: 'numbered',
          items: [
            '{{detention.authority|art|capital}}, como autoridad ordenadora y ejecutora.',
            {
              text: '{{decision.authority|art|capital}}, como autoridad emisora de la resolución {{decision.reference}}.',
              when: ['decision.authority', 'decision.reference'],
            },
          ],
        },
        { kind: 'section', text: 'IV. ACTOS RECLAMADOS' },
        {
          kind: 'paragraph',
          text: 'La orden de deportación o expulsión dictada contra la parte quejosa y su ejecución; la privación de su libertad en {{client.detentionPlace}} desde el {{detention.retainedAt|datetime}}; y la omisión de canalizarla ante la Comisión Mexicana de Ayuda a Refugiados.',
        },
        { kind: 'section', text: 'V. ANTECEDENTES (BAJO PROTESTA DE DECIR VERDAD)' },
        {
          kind: 'paragraph',
          text: 'Bajo protesta de decir verdad manifiesto que los hechos que constituyen los antecedentes de los actos reclamados son los siguientes: la parte quejosa fue {{derived.clientWords.detenido}} por {{detention.authority|art}} en {{detention.place}} el {{detention.retainedAt|datetime}}.',
        },
        { kind: 'numbered', from: { path: 'facts', item: '{{item}}' } },
        { kind: 'section', text: 'VI. PRECEPTOS CONSTITUCIONALES Y CONVENCIONALES VIOLADOS' },
        {
          kind: 'paragraph',
          text: 'Artículos 1, 11, 14, 16 y 33 de la Constitución Política de los Estados Unidos Mexicanos; artículos 7, 8, 22.7, 22.8 y 25 de la Convención Americana sobre Derechos Humanos; artículo 33 de la Convención sobre el Estatuto de los Refugiados de 1951 y artículo 3 de la Convención contra la Tortura.',
        },
        { kind: 'section', text: 'VII. CONCEPTOS DE VIOLACIÓN' },
        { kind: 'numbered', from: { path: 'grounds', item: '{{item}}' } },
        MX_RISK_PARAGRAPH,
        { kind: 'section', text: 'VIII. OPORTUNIDAD' },
        {
          kind: 'paragraph',
          text: 'Conforme al artículo 17, fracción IV, de la Ley de Amparo, la demanda puede presentarse en cualquier tiempo, pues los actos reclamados implican deportación o expulsión y ataques a la libertad personal.',
        },
        { kind: 'section', text: 'IX. SUSPENSIÓN DE OFICIO Y DE PLANO' },
        {
          kind: 'paragraph',
          text: 'Con fundamento en los artículos 15 y 126 de la Ley de Amparo, solicito que se conceda de oficio y de plano la suspensión de los actos reclamados, para el efecto de que no se ejecute la deportación o expulsión, la parte quejosa se mantenga en territorio nacional y se le permita comunicarse con sus representantes y solicitar el reconocimiento de la condición de refugiado.',
        },
        {
          kind: 'paragraph',
          when: 'authorizedPersons',
          text: 'En términos del artículo 12 de la Ley de Amparo se autoriza a {{authorizedPersons|persons}}.',
        },
        { kind: 'section', text: 'Por lo expuesto, atentamente solicito:' },
        {
          kind: 'numbered',
          items: [
            'Tener por presentada esta demanda de amparo indirecto.',
            'Conceder de oficio y de plano la suspensión de los actos reclamados y comunicarla de inmediato a las autoridades responsables.',
            'Requerir a las autoridades responsables su informe justificado.',
            'En su oportunidad, conceder el amparo y protección de la Justicia Federal.',
          ],
        },
        { kind: 'annexes', title: 'ANEXOS', from: 'annexes' },
        { kind: 'placeDate', text: '{{place}}, a {{today|date}}' },
        {
          kind: 'signature',
          when: 'derived.personalFiling',
          caption: 'PROTESTO LO NECESARIO',
          signers: [['{{client.fullName}}']],
        },
        {
          kind: 'signature',
          when: 'derived.thirdPersonFiling',
          caption: 'PROTESTO LO NECESARIO',
          signers: [['{{attorney.fullName}}', 'En nombre de {{client.fullName}} (art. 15)']],
        },
      ],
    },
  },
};
