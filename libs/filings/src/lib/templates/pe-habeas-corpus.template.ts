// Peru: demanda de hábeas corpus against a retention and an expulsion without due process.
import type { FilingTemplate } from '../model/filing-template.model';
import { PE_RISK_PARAGRAPH } from './risk-paragraphs';

export const PE_HABEAS_CORPUS_TEMPLATE: FilingTemplate = {
  id: 'pe-habeas-corpus',
  version: '1.1.0',
  jurisdiction: 'PE',
  procedure: 'PE PASEE expulsion',
  languages: ['es'],
  requiredFields: [
    'place',
    'organization.address',
    'attorney.fullName',
    'attorney.barNumber',
    'client.fullName',
    'client.nationality',
    'client.detentionPlace',
    'case.caseNumber',
    'detention.retainedAt',
    'detention.authority',
  ],
  variants: {
    es: {
      title: 'Demanda de hábeas corpus',
      blocks: [
        {
          kind: 'parties',
          entries: [
            {
              label: '{{derived.clientWords.beneficiario|capital}}:',
              value: '{{client.fullName}}',
            },
            { label: 'Demandado:', value: '{{detention.authority|art|capital}}' },
            {
              label: 'Demandado:',
              value: '{{decision.authority|art|capital}}',
              when: 'decision.authority',
            },
            { label: 'Caso interno:', value: '{{case.caseNumber}}' },
            { label: 'Sumilla:', value: 'Demanda de hábeas corpus' },
          ],
        },
        { kind: 'heading', align: 'left', lines: ['SEÑOR(A) JUEZ(A) CONSTITUCIONAL DE TURNO'] },
        {
          kind: 'paragraph',
          text: '{{attorney.fullName}}, {{derived.attorneyTitle|lower}} con registro {{attorney.barNumber}}, con domicilio procesal en {{organization.address}}, ante usted respetuosamente digo:',
        },
        { kind: 'section', text: 'I. PETITORIO' },
        {
          kind: 'paragraph',
          text: 'Interpongo demanda de hábeas corpus a favor de {{client.fullName}}, de nacionalidad {{client.nationality}}, cuya libertad se encuentra restringida en {{client.detentionPlace}}, contra {{detention.authority|art}}, a fin de que se disponga el cese inmediato de la privación arbitraria de su libertad y de la amenaza cierta e inminente de su expulsión del país sin un procedimiento respetuoso del debido proceso.',
        },
        {
          kind: 'paragraph',
          when: ['decision.reference', 'decision.issuedOn', 'decision.authority'],
          text: 'La demanda comprende la Resolución {{decision.reference}}, emitida el {{decision.issuedOn|date}} por {{decision.authority|art}}, cuya ejecución solicito que se suspenda hasta que se resuelva el presente proceso.',
        },
        { kind: 'section', text: 'II. LEGITIMIDAD Y OPORTUNIDAD' },
        {
          kind: 'paragraph',
          text: 'El Nuevo Código Procesal Constitucional (Ley 31307) permite que cualquier persona interponga la demanda de hábeas corpus a favor de quien sufre la afectación, sin necesidad de poder ni de firma de letrado. El hábeas corpus no está sujeto a plazo; la urgencia deriva de que la expulsión puede ejecutarse de inmediato.',
        },
        { kind: 'section', text: 'III. HECHOS' },
        {
          kind: 'paragraph',
          text: 'La persona {{derived.clientWords.beneficiario}} fue objeto de retención administrativa por {{detention.authority|art}} el {{detention.retainedAt|datetime}} y permanece {{derived.clientWords.detenido}} en {{client.detentionPlace}}.',
        },
        {
          kind: 'paragraph',
          when: 'facts',
          text: 'Los hechos son los siguientes:',
        },
        { kind: 'numbered', when: 'facts', from: { path: 'facts', item: '{{item}}' } },
        { kind: 'section', text: 'IV. DERECHOS AFECTADOS' },
        {
          kind: 'numbered',
          items: [
            'Libertad personal (artículo 2, inciso 24, de la Constitución): el Decreto Legislativo 1582, que modificó el Decreto Legislativo 1350, Ley de Migraciones, limita el Procedimiento Administrativo Sancionador Especial Excepcional (PASEE) a veinticuatro (24) horas contadas desde la retención administrativa; toda privación de libertad que exceda ese límite o carezca de base legal es arbitraria.',
            'Debido proceso y defensa (artículo 139, incisos 3 y 14, de la Constitución): no se garantizó la defensa de la persona {{derived.clientWords.beneficiario}} ni se dictó una decisión debidamente motivada.',
            'Derecho a no ser devuelta a un país donde su vida, integridad o libertad corran peligro: Ley 27891, Ley del Refugiado, y artículo 33.1 de la Convención sobre el Estatuto de los Refugiados de 1951.',
          ],
        },
        { kind: 'section', text: 'V. FUNDAMENTOS DE DERECHO' },
        {
          kind: 'numbered',
          items: [
            'El artículo 200, inciso 1, de la Constitución establece que el hábeas corpus procede ante el hecho u omisión de cualquier autoridad, funcionario o persona que vulnera o amenaza la libertad individual o los derechos constitucionales conexos.',
            'El Tribunal Constitucional ha anulado expulsiones de personas extranjeras dispuestas sin respetar el debido proceso ni motivar la decisión (sentencias 01504-2019-PHC/TC y 00404-2015-PHC/TC).',
          ],
          from: { path: 'grounds', item: '{{item}}' },
        },
        PE_RISK_PARAGRAPH,
        { kind: 'annexes', title: 'VI. ANEXOS', from: 'annexes' },
        { kind: 'section', text: 'POR TANTO:' },
        {
          kind: 'paragraph',
          text: 'Solicito admitir la demanda, constituirse de inmediato en el lugar de la detención o requerir a la autoridad demandada que informe sin demora, y declararla fundada, ordenando el cese de la privación de libertad y de la amenaza de expulsión.',
        },
        { kind: 'placeDate', text: '{{place}}, {{today|date}}' },
        {
          kind: 'signature',
          signers: [
            ['{{attorney.fullName}}', '{{derived.attorneyTitle}}, Reg. {{attorney.barNumber}}'],
          ],
        },
      ],
    },
  },
};
