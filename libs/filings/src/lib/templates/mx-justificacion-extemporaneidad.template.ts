// Mexico: written justification to COMAR of a refugee application made after the 30 business days.
import type { FilingTemplate } from '../model/filing-template.model';

export const MX_JUSTIFICACION_EXTEMPORANEIDAD_TEMPLATE: FilingTemplate = {
  id: 'mx-justificacion-extemporaneidad',
  version: '1.1.0',
  jurisdiction: 'MX',
  procedure: 'MX COMAR refugee claim',
  languages: ['es'],
  requiredFields: [
    'place',
    'organization.name',
    'client.fullName',
    'client.nationality',
    'client.address',
    'case.caseNumber',
    'entry.date',
    'lateFilingReasons',
  ],
  variants: {
    es: {
      title: 'Escrito de justificación de extemporaneidad',
      blocks: [
        {
          kind: 'parties',
          entries: [
            { label: 'Expediente:', value: '{{case.expediente}}', when: 'case.expediente' },
            { label: 'Caso interno:', value: '{{case.caseNumber}}' },
            {
              label: 'Asunto:',
              value: 'Se justifica la presentación extemporánea de la solicitud',
            },
          ],
        },
        {
          kind: 'heading',
          align: 'left',
          lines: [
            'C. COORDINADOR(A) GENERAL DE LA COMISIÓN MEXICANA DE AYUDA A REFUGIADOS',
            'P R E S E N T E',
          ],
        },
        {
          kind: 'paragraph',
          text: '{{client.fullName}}, de nacionalidad {{client.nationality}}, por mi propio derecho, señalando como domicilio para oír y recibir notificaciones el ubicado en {{client.address}}, comparezco para exponer:',
        },
        {
          kind: 'paragraph',
          text: 'Bajo protesta de decir verdad manifiesto que ingresé a los Estados Unidos Mexicanos el {{entry.date|date}}.',
        },
        {
          kind: 'paragraph',
          when: 'entry.place',
          text: 'Mi ingreso al país se produjo por {{entry.place}}.',
        },
        {
          kind: 'paragraph',
          text: 'El artículo 18 de la Ley sobre Refugiados, Protección Complementaria y Asilo Político dispone que la solicitud de reconocimiento de la condición de refugiado se presente dentro de los treinta días hábiles siguientes al ingreso al país o, en su caso, a partir de que al solicitante le haya sido materialmente posible presentarla. Bajo protesta de decir verdad manifiesto que, por las causas que expongo a continuación, ajenas a mi voluntad, no me fue posible presentarla dentro de ese plazo:',
        },
        {
          kind: 'numbered',
          from: { path: 'lateFilingReasons', item: '{{item}}' },
        },
        {
          kind: 'paragraph',
          text: 'Presento mi solicitud en cuanto me ha sido materialmente posible hacerlo. La necesidad de protección internacional no se extingue por el transcurso del plazo, y el principio de no devolución reconocido por la Ley sobre Refugiados, Protección Complementaria y Asilo Político y por el artículo 33 de la Convención sobre el Estatuto de los Refugiados de 1951 impide mi devolución a un país donde mi vida, seguridad o libertad peligren mientras mi solicitud se resuelve.',
        },
        {
          kind: 'paragraph',
          when: 'client.detentionPlace',
          text: 'Actualmente me encuentro en {{client.detentionPlace}}, por lo que solicito que la presente se atienda con prioridad.',
        },
        { kind: 'section', text: 'Por lo expuesto, atentamente solicito:' },
        {
          kind: 'numbered',
          items: [
            'Tener por justificada la presentación extemporánea de mi solicitud de reconocimiento de la condición de refugiado.',
            'Admitirla a trámite y expedirme la constancia correspondiente.',
            'Notificar al Instituto Nacional de Migración que mi solicitud se encuentra en trámite.',
          ],
        },
        {
          kind: 'paragraph',
          when: 'attorney.fullName',
          text: 'Cuento con la asesoría de {{attorney.fullName}} ({{organization.name}}).',
        },
        { kind: 'annexes', title: 'ANEXOS', from: 'annexes' },
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
