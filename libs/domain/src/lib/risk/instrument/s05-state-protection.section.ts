// Section 5: could the state protect the person, or could they live safely elsewhere at home?
import { LegalBasis } from '../legal-basis.model';
import { AnswerType, type ScreeningSection } from '../screening-question.model';
import { Q } from '../screening-question.ids';

export const STATE_PROTECTION_SECTION: ScreeningSection = {
  id: 's5',
  order: 5,
  title: {
    en: 'State protection and internal flight alternative',
    es: 'Protección del Estado y alternativa de huida interna',
  },
  purpose: {
    en: 'Risk from non-state actors counts when the state cannot or will not protect and there is no reasonable place to relocate.',
    es: 'El riesgo de agentes no estatales cuenta cuando el Estado no puede o no quiere proteger y no hay un lugar razonable donde reubicarse.',
  },
  questions: [
    {
      id: Q.reportedToAuthorities,
      type: AnswerType.Boolean,
      required: false,
      // Reporting is evidence, not danger: a "no" is often explained by fear of reprisal.
      trueRaisesRisk: false,
      prompt: {
        en: 'Was the harm reported to the authorities?',
        es: '¿Se denunció el daño ante las autoridades?',
      },
      help: {
        en: 'If not, record why (fear of reprisal, collusion, futility) in the notes.',
        es: 'Si no, anote por qué (miedo a represalias, colusión, inutilidad) en las notas.',
      },
      legalBasis: [LegalBasis.RefugeeDefinition],
    },
    {
      id: Q.stateProtection,
      type: AnswerType.SingleChoice,
      required: false,
      prompt: {
        en: 'Is effective state protection available?',
        es: '¿Existe protección efectiva del Estado?',
      },
      help: {
        en: 'Judge the protection actually given, not the laws on paper.',
        es: 'Valore la protección que realmente se brinda, no las leyes en el papel.',
      },
      legalBasis: [LegalBasis.RefugeeDefinition, LegalBasis.CatArt3],
      options: [
        {
          value: 'effective',
          riskRank: 0,
          label: { en: 'Yes, effective protection', es: 'Sí, protección efectiva' },
        },
        { value: 'uncertain', riskRank: 1, label: { en: 'Uncertain', es: 'Incierto' } },
        {
          value: 'unavailable-or-ineffective',
          riskRank: 2,
          label: { en: 'Unavailable or ineffective', es: 'No disponible o ineficaz' },
        },
        {
          value: 'state-is-persecutor',
          riskRank: 3,
          label: {
            en: 'The state is the persecutor or colludes with it',
            es: 'El Estado es el perseguidor o actúa en connivencia',
          },
        },
      ],
    },
    {
      id: Q.internalFlight,
      type: AnswerType.SingleChoice,
      required: false,
      prompt: {
        en: 'Is there a safe and reasonable place to relocate within the country?',
        es: '¿Hay un lugar seguro y razonable para reubicarse dentro del país?',
      },
      help: {
        en: 'Consider the actor’s reach (gangs operate nationwide) and whether relocation is reasonable.',
        es: 'Considere el alcance del agresor (las pandillas operan en todo el país) y si la reubicación es razonable.',
      },
      legalBasis: [LegalBasis.RefugeeDefinition],
      options: [
        {
          value: 'reasonable-alternative',
          riskRank: 0,
          label: {
            en: 'Yes, a reasonable alternative exists',
            es: 'Sí, existe una alternativa razonable',
          },
        },
        { value: 'uncertain', riskRank: 1, label: { en: 'Uncertain', es: 'Incierto' } },
        {
          value: 'no-safe-alternative',
          riskRank: 2,
          label: {
            en: 'No safe or reasonable alternative',
            es: 'No hay alternativa segura ni razonable',
          },
        },
      ],
    },
    {
      id: Q.protectionNotes,
      type: AnswerType.Text,
      required: false,
      maxLength: 4000,
      sensitive: true,
      prompt: {
        en: 'Notes on protection and relocation',
        es: 'Notas sobre protección y reubicación',
      },
      help: {
        en: 'What happened when help was sought, and why relocation would fail.',
        es: 'Qué ocurrió al pedir ayuda, y por qué la reubicación fracasaría.',
      },
      legalBasis: [LegalBasis.RefugeeDefinition],
    },
  ],
};
