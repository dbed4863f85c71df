// Peru: recurso de reconsideración against an expulsion ordered in the PASEE (3 días hábiles, no stay).
import type { FilingTemplate } from '../model/filing-template.model';
import { PE_RISK_PARAGRAPH } from './risk-paragraphs';

export const PE_RECONSIDERACION_TEMPLATE: FilingTemplate = {
  id: 'pe-reconsideracion-pasee',
  version: '1.1.0',
  jurisdiction: 'PE',
  procedure: 'PE PASEE expulsion',
  languages: ['es'],
  requiredFields: [
    'place',
    'organization.name',
    'organization.address',
    'attorney.fullName',
    'attorney.barNumber',
    'client.fullName',
    'client.nationality',
    'client.identityDocument',
    'case.caseNumber',
    'case.expediente',
    'decision.reference',
    'decision.authority',
    'decision.issuedOn',
    'decision.notifiedAt',
    'detention.retainedAt',
    'detention.place',
    'detention.authority',
    'grounds',
    'annexes',
  ],
  variants: {
    es: {
      title: 'Recurso de reconsideración (PASEE)',
      blocks: [
        {
          kind: 'parties',
          entries: [
            { label: 'Expediente:', value: '{{case.expediente}}' },
            { label: 'Caso interno:', value: '{{case.caseNumber}}' },
            { label: 'Sumilla:', value: 'Interpongo recurso de reconsideración' },
          ],
        },
        {
          kind: 'heading',
          align: 'left',
          lines: ['SEÑOR(A) TITULAR {{decision.authority|de|upper}}'],
        },
        {
          kind: 'paragraph',
          text: '{{client.fullName}}, de nacionalidad {{client.nationality}}, {{derived.clientWords.identificado}} con {{client.identityDocument}}, con domicilio procesal en {{organization.address}} ({{organization.name}}), con la defensa de {{attorney.fullName}}, ante usted respetuosamente digo:',
        },
        { kind: 'section', text: 'I. PETITORIO' },
        {
          kind: 'paragraph',
          text: 'Interpongo recurso de reconsideración contra la Resolución {{decision.reference}}, emitida el {{decision.issuedOn|date}} por {{decision.authority|art}} y notificada el {{decision.notifiedAt|datetime}}, que dispone mi expulsión del territorio nacional en el Procedimiento Administrativo Sancionador Especial Excepcional (PASEE) del Decreto Legislativo 1350, Ley de Migraciones, modificado por el Decreto Legislativo 1582, a fin de que se declare su nulidad o, en su defecto, se la revoque.',
        },
        { kind: 'section', text: 'II. OPORTUNIDAD' },
        {
          kind: 'paragraph',
          text: 'El recurso se interpone dentro del plazo de tres (3) días hábiles computados desde la notificación de la resolución, previsto para el PASEE por el Decreto Legislativo 1582. Como su interposición no suspende la ejecución de la expulsión, solicito que se resuelva con la urgencia que el caso exige y que, mientras tanto, no se ejecute la medida.',
        },
        { kind: 'section', text: 'III. FUNDAMENTOS DE HECHO' },
        {
          kind: 'paragraph',
          text: 'Fui objeto de retención administrativa por {{detention.authority|art}} en {{detention.place}} el {{detention.retainedAt|datetime}}.',
        },
        {
          kind: 'paragraph',
          when: 'facts',
          text: 'Los hechos relevantes del procedimiento son los siguientes:',
        },
        { kind: 'numbered', when: 'facts', from: { path: 'facts', item: '{{item}}' } },
        { kind: 'section', text: 'IV. FUNDAMENTOS DE DERECHO' },
        {
          kind: 'numbered',
          items: [
            'El artículo 219 del Texto Único Ordenado de la Ley 27444, Ley del Procedimiento Administrativo General (Decreto Supremo 004-2019-JUS), dispone que el recurso de reconsideración se interpone ante el mismo órgano que dictó el acto impugnado y se sustenta en nueva prueba, que se ofrece en el apartado de anexos.',
            'El artículo 139, inciso 3, de la Constitución garantiza la observancia del debido proceso, aplicable a todo procedimiento sancionador. El Tribunal Constitucional ha anulado expulsiones de personas extranjeras dictadas sin respetar el debido proceso ni motivar debidamente la decisión (sentencias 01504-2019-PHC/TC y 00404-2015-PHC/TC).',
          ],
          from: { path: 'grounds', item: '{{item}}' },
        },
        PE_RISK_PARAGRAPH,
        {
          kind: 'annexes',
          title: 'V. MEDIOS PROBATORIOS Y ANEXOS (NUEVA PRUEBA)',
          from: 'annexes',
        },
        { kind: 'section', text: 'POR TANTO:' },
        {
          kind: 'paragraph',
          text: 'Solicito a usted tener por interpuesto el recurso de reconsideración, tramitarlo con la urgencia que exige una expulsión de ejecución inmediata y declararlo fundado.',
        },
        { kind: 'placeDate', text: '{{place}}, {{today|date}}' },
        {
          kind: 'signature',
          signers: [
            ['{{client.fullName}}', '{{client.identityDocument}}'],
            ['{{attorney.fullName}}', '{{derived.attorneyTitle}}, Reg. {{attorney.barNumber}}'],
          ],
        },
      ],
    },
  },
};
