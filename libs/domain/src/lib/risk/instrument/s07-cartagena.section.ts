// Section 7: the regional refugee definition of the Cartagena Declaration, where the forum applies it.
import { LegalBasis } from '../legal-basis.model';
import { AnswerType, type ScreeningSection } from '../screening-question.model';
import { Q } from '../screening-question.ids';

export const CARTAGENA_SECTION: ScreeningSection = {
  id: 's7',
  order: 7,
  title: { en: 'Cartagena criteria', es: 'Criterios de Cartagena' },
  purpose: {
    en: 'Conclusion III(3) of the Cartagena Declaration (1984), written into Mexican, Peruvian and other laws: life, safety or freedom threatened by the listed circumstances.',
    es: 'Conclusión III(3) de la Declaración de Cartagena (1984), recogida en las leyes de México, Perú y otros países: vida, seguridad o libertad amenazadas por las circunstancias enumeradas.',
  },
  questions: [
    {
      id: Q.cartagenaCircumstances,
      type: AnswerType.MultiChoice,
      required: false,
      moreOptionsRaiseRisk: true,
      prompt: {
        en: 'Which circumstances exist in the country of feared return?',
        es: '¿Qué circunstancias existen en el país al que teme volver?',
      },
      help: {
        en: 'Support each with country information in the memorandum.',
        es: 'Respalde cada una con información del país en el memorando.',
      },
      legalBasis: [LegalBasis.CartagenaGeneralizedViolence],
      options: [
        {
          value: 'generalized-violence',
          label: { en: 'Generalized violence', es: 'Violencia generalizada' },
          legalBasis: [LegalBasis.CartagenaGeneralizedViolence],
        },
        {
          value: 'foreign-aggression',
          label: { en: 'Foreign aggression', es: 'Agresión extranjera' },
          legalBasis: [LegalBasis.CartagenaForeignAggression],
        },
        {
          value: 'internal-conflict',
          label: { en: 'Internal conflict', es: 'Conflictos internos' },
          legalBasis: [LegalBasis.CartagenaInternalConflict],
        },
        {
          value: 'massive-human-rights-violations',
          label: {
            en: 'Massive violation of human rights',
            es: 'Violación masiva de los derechos humanos',
          },
          legalBasis: [LegalBasis.CartagenaMassiveHumanRightsViolations],
        },
        {
          value: 'public-order-disturbance',
          label: {
            en: 'Other circumstances seriously disturbing public order',
            es: 'Otras circunstancias que perturban gravemente el orden público',
          },
          legalBasis: [LegalBasis.CartagenaPublicOrderDisturbance],
        },
      ],
    },
    {
      id: Q.cartagenaPersonalThreat,
      type: AnswerType.Boolean,
      required: false,
      trueRaisesRisk: true,
      prompt: {
        en: "Do these circumstances threaten the person's life, safety or freedom?",
        es: '¿Amenazan estas circunstancias la vida, la seguridad o la libertad de la persona?',
      },
      help: {
        en: 'Cartagena protects those who fled because of the threat, without a Convention ground.',
        es: 'Cartagena protege a quien huyó por la amenaza, sin necesidad de un motivo convencional.',
      },
      legalBasis: [
        LegalBasis.CartagenaGeneralizedViolence,
        LegalBasis.CartagenaInternalConflict,
        LegalBasis.CartagenaMassiveHumanRightsViolations,
      ],
    },
  ],
};
