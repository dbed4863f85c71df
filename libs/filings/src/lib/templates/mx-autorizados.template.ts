// Mexico: escrito de autorizados, naming who may act and be notified for the client in an amparo.
import type { FilingTemplate } from '../model/filing-template.model';

export const MX_AUTORIZADOS_TEMPLATE: FilingTemplate = {
  id: 'mx-autorizados',
  version: '1.1.0',
  jurisdiction: 'MX',
  procedure: 'MX amparo',
  languages: ['es'],
  requiredFields: [
    'place',
    'organization.address',
    'client.fullName',
    'case.caseNumber',
    'case.forum',
    'case.expediente',
    'authorizedPersons',
  ],
  variants: {
    es: {
      title: 'Escrito de autorizados',
      blocks: [
        {
          kind: 'parties',
          entries: [
            { label: 'Expediente:', value: '{{case.expediente}}' },
            {
              label: '{{derived.clientWords.quejoso|capital}}:',
              value: '{{client.fullName}}',
            },
            { label: 'Caso interno:', value: '{{case.caseNumber}}' },
            { label: 'Asunto:', value: 'Se designan autorizados y domicilio' },
          ],
        },
        {
          kind: 'heading',
          align: 'left',
          lines: ['C. TITULAR {{case.forum|de|upper}}', 'P R E S E N T E'],
        },
        {
          kind: 'paragraph',
          text: '{{client.fullName}}, con la personalidad que tengo reconocida en el expediente citado al rubro, ante usted respetuosamente comparezco para exponer:',
        },
        {
          kind: 'paragraph',
          when: 'derived.licensedAuthorized',
          text: 'Con fundamento en el artículo 12 de la Ley de Amparo, autorizo en términos amplios a las personas licenciadas en derecho {{derived.licensedAuthorized|list}}, quienes podrán interponer los recursos que procedan, ofrecer y rendir pruebas, alegar en las audiencias, solicitar su suspensión o diferimiento y realizar cualquier acto necesario para la defensa de mis derechos.',
        },
        {
          kind: 'paragraph',
          when: 'derived.otherAuthorized',
          text: 'Asimismo, autorizo únicamente para oír y recibir notificaciones e imponerse de los autos a {{derived.otherAuthorized|list}}.',
        },
        {
          kind: 'paragraph',
          text: 'Señalo como domicilio para oír y recibir notificaciones el ubicado en {{organization.address}}.',
        },
        { kind: 'section', text: 'Por lo expuesto, atentamente solicito:' },
        {
          kind: 'numbered',
          items: [
            'Tener por autorizadas a las personas señaladas, en los términos indicados.',
            'Tener por señalado el domicilio para oír y recibir notificaciones.',
          ],
        },
        { kind: 'placeDate', text: '{{place}}, a {{today|date}}' },
        {
          kind: 'signature',
          caption: 'PROTESTO LO NECESARIO',
          signers: [['{{client.fullName}}']],
        },
      ],
    },
  },
};
