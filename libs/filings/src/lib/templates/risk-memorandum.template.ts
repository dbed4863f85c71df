// Any forum: non-refoulement risk memorandum built from the latest assessment, with its citations.
import type { FilingTemplate } from '../model/filing-template.model';

export const RISK_MEMORANDUM_TEMPLATE: FilingTemplate = {
  id: 'non-refoulement-risk-memorandum',
  version: '1.2.0',
  jurisdiction: 'ANY',
  procedure: 'any',
  languages: ['es', 'en'],
  requiredFields: [
    'place',
    'organization.name',
    'client.fullName',
    'client.nationality',
    'case.caseNumber',
    'risk',
    'risk.destinationCountry',
    'risk.findings',
    'risk.citations',
  ],
  variants: {
    es: {
      title: 'Memorando de riesgo de devolución',
      blocks: [
        { kind: 'heading', align: 'left', lines: ['{{organization.name}}'] },
        {
          kind: 'heading',
          align: 'left',
          when: 'derived.privileged',
          lines: ['CONFIDENCIAL — PROTEGIDO POR EL SECRETO PROFESIONAL'],
        },
        { kind: 'title', text: 'MEMORANDO DE EVALUACIÓN DEL RIESGO DE DEVOLUCIÓN' },
        {
          kind: 'parties',
          entries: [
            { label: 'Persona:', value: '{{client.fullName}} ({{client.nationality}})' },
            { label: 'Caso interno:', value: '{{case.caseNumber}}' },
            { label: 'Expediente:', value: '{{case.expediente}}', when: 'case.expediente' },
            { label: 'País de destino:', value: '{{risk.destinationCountry}}' },
            { label: 'Evaluación:', value: '{{risk.assessedOn|date}}' },
            { label: 'Responsable:', value: '{{risk.assessedBy}}', when: 'risk.assessedBy' },
            { label: 'Nivel de riesgo:', value: '{{risk.level|riskLevel|upper}}' },
            {
              label: 'Estado:',
              value: 'sin la aprobación de un abogado o abogada',
              when: 'derived.unsignedRisk',
            },
          ],
        },
        { kind: 'section', text: '1. Conclusión' },
        {
          kind: 'paragraph',
          text: 'La evaluación más reciente concluye un riesgo {{risk.level|riskLevel}} de daño grave o irreparable para {{client.fullName}} en caso de devolución a {{risk.destinationCountry}}.',
        },
        {
          kind: 'paragraph',
          when: 'risk.urgent',
          text: 'URGENTE: la expulsión o deportación puede ser inminente. Deben presentarse de inmediato los recursos y solicitudes de protección que correspondan.',
        },
        { kind: 'section', text: '2. Respuestas que sustentan el nivel de riesgo' },
        { kind: 'numbered', from: { path: 'risk.findings', item: '{{item}}' } },
        { kind: 'section', text: '3. Marco jurídico' },
        {
          kind: 'numbered',
          items: [
            'Convención sobre el Estatuto de los Refugiados (1951), artículo 1A(2) (raza, religión, nacionalidad, pertenencia a determinado grupo social u opiniones políticas) y artículo 33(1) (no devolución).',
            {
              when: 'derived.cartagenaForum',
              text: 'Declaración de Cartagena sobre Refugiados (1984), conclusión III(3): violencia generalizada, agresión extranjera, conflictos internos, violación masiva de los derechos humanos u otras circunstancias que hayan perturbado gravemente el orden público, en la medida en que la ley del foro la incorpora.',
            },
            'Convención contra la Tortura, artículo 3: prohibición absoluta de devolver a una persona cuando haya razones fundadas para creer que estaría en peligro de ser sometida a tortura.',
            'Pacto Internacional de Derechos Civiles y Políticos, artículos 6 y 7; Comité de Derechos Humanos, Observación General 31, párrafo 12 (riesgo real de daño irreparable).',
          ],
        },
        { kind: 'section', text: '4. Fuentes citadas en la evaluación' },
        { kind: 'numbered', from: { path: 'risk.citations', item: '{{item}}' } },
        { kind: 'section', text: '5. Alcance' },
        {
          kind: 'paragraph',
          text: 'Este memorando es una herramienta de apoyo para la defensa: resume las respuestas registradas en la evaluación y no sustituye el criterio profesional de la abogada o el abogado a cargo, ni constituye una decisión sobre la necesidad de protección.',
        },
        { kind: 'placeDate', text: '{{place}}, {{today|date}}' },
        { kind: 'signature', signers: [['{{risk.assessedBy}}', '{{organization.name}}']] },
      ],
    },
    en: {
      title: 'Non-Refoulement Risk Memorandum',
      blocks: [
        { kind: 'heading', align: 'left', lines: ['{{organization.name}}'] },
        {
          kind: 'heading',
          align: 'left',
          when: 'derived.privileged',
          lines: ['PRIVILEGED AND CONFIDENTIAL — ATTORNEY WORK PRODUCT'],
        },
        { kind: 'title', text: 'NON-REFOULEMENT RISK MEMORANDUM' },
        {
          kind: 'parties',
          entries: [
            { label: 'Client:', value: '{{client.fullName}} ({{client.nationality}})' },
            { label: 'Case No.:', value: '{{case.caseNumber}}' },
            { label: 'File No.:', value: '{{case.aNumber}}', when: 'case.aNumber' },
            { label: 'Country of removal:', value: '{{risk.destinationCountry}}' },
            { label: 'Assessment:', value: '{{risk.assessedOn|date}}' },
            { label: 'Responsible:', value: '{{risk.assessedBy}}', when: 'risk.assessedBy' },
            { label: 'Risk level:', value: '{{risk.level|riskLevel|upper}}' },
            {
              label: 'Status:',
              value: 'not signed off by an attorney',
              when: 'derived.unsignedRisk',
            },
          ],
        },
        { kind: 'section', text: '1. Conclusion' },
        {
          kind: 'paragraph',
          text: 'The latest assessment rates as {{risk.level|riskLevel}} the risk of serious or irreparable harm to {{client.fullName}} if returned to {{risk.destinationCountry}}.',
        },
        {
          kind: 'paragraph',
          when: 'risk.urgent',
          text: 'URGENT: removal may be imminent. Protective filings should be made without delay.',
        },
        { kind: 'section', text: '2. Answers supporting the risk level' },
        { kind: 'numbered', from: { path: 'risk.findings', item: '{{item}}' } },
        { kind: 'section', text: '3. Legal framework' },
        {
          kind: 'numbered',
          items: [
            '1951 Convention relating to the Status of Refugees, Article 1A(2) (race, religion, nationality, membership of a particular social group, political opinion) and Article 33(1) (non-refoulement).',
            {
              when: 'derived.cartagenaForum',
              text: 'Cartagena Declaration on Refugees (1984), Conclusion III(3): generalized violence, foreign aggression, internal conflicts, massive violation of human rights, or other circumstances which have seriously disturbed public order, as far as the forum’s law incorporates it.',
            },
            'Convention Against Torture, Article 3: absolute bar on return where there are substantial grounds for believing that the person would be in danger of being subjected to torture.',
            'International Covenant on Civil and Political Rights, Articles 6 and 7; Human Rights Committee, General Comment No. 31, para. 12 (real risk of irreparable harm).',
          ],
        },
        { kind: 'section', text: '4. Sources cited in the assessment' },
        { kind: 'numbered', from: { path: 'risk.citations', item: '{{item}}' } },
        { kind: 'section', text: '5. Scope' },
        {
          kind: 'paragraph',
          text: 'This memorandum supports the defense: it summarizes the answers recorded in the assessment. It does not replace the professional judgment of the responsible attorney and is not a determination of protection needs.',
        },
        { kind: 'placeDate', text: '{{place}}, {{today|date}}' },
        { kind: 'signature', signers: [['{{risk.assessedBy}}', '{{organization.name}}']] },
      ],
    },
  },
};
