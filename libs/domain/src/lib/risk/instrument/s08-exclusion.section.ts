// Section 8: exclusion clauses and statutory bars, which close some pathways but never reduce danger.
import { LegalBasis } from '../legal-basis.model';
import { AnswerType, type ScreeningSection } from '../screening-question.model';
import { Q } from '../screening-question.ids';

export const EXCLUSION_SECTION: ScreeningSection = {
  id: 's8',
  order: 8,
  title: {
    en: 'Exclusion clauses and statutory bars',
    es: 'Cláusulas de exclusión e impedimentos legales',
  },
  purpose: {
    en: 'Flags what may bar refugee status or Cartagena protection. The risk level does not change: CAT art. 3 and ICCPR arts. 6-7 stay absolute.',
    es: 'Señala lo que puede impedir el estatuto de refugiado o la protección de Cartagena. El nivel de riesgo no cambia: el art. 3 de la CCT y los arts. 6-7 del PIDCP siguen siendo absolutos.',
  },
  questions: [
    {
      id: Q.exclusionIndicators,
      type: AnswerType.MultiChoice,
      required: false,
      // Deliberately not a risk factor: exclusion changes pathways, not the harm awaiting the person.
      moreOptionsRaiseRisk: false,
      prompt: {
        en: 'Are there indications of an exclusion clause or a bar?',
        es: '¿Hay indicios de una cláusula de exclusión o de un impedimento?',
      },
      help: {
        en: 'An indication is not a finding: it tells the attorney which pathway to check first.',
        es: 'Un indicio no es una conclusión: indica al abogado qué vía revisar primero.',
      },
      legalBasis: [
        LegalBasis.ExclusionArt1F,
        LegalBasis.NonRefoulementException,
        LegalBasis.StatutoryBar,
      ],
      options: [
        {
          value: 'art-1f-a',
          label: {
            en: 'Crime against peace, war crime or crime against humanity (art. 1F(a))',
            es: 'Delito contra la paz, de guerra o de lesa humanidad (art. 1F(a))',
          },
          legalBasis: [LegalBasis.ExclusionArt1F],
        },
        {
          value: 'art-1f-b',
          label: {
            en: 'Serious non-political crime outside the country of refuge (art. 1F(b))',
            es: 'Grave delito común fuera del país de refugio (art. 1F(b))',
          },
          legalBasis: [LegalBasis.ExclusionArt1F],
        },
        {
          value: 'art-1f-c',
          label: {
            en: 'Acts contrary to the purposes of the United Nations (art. 1F(c))',
            es: 'Actos contrarios a los propósitos de las Naciones Unidas (art. 1F(c))',
          },
          legalBasis: [LegalBasis.ExclusionArt1F],
        },
        {
          value: 'art-33-2',
          label: {
            en: 'Danger to security, or final conviction of a particularly serious crime (art. 33(2))',
            es: 'Peligro para la seguridad, o condena firme por un delito particularmente grave (art. 33(2))',
          },
          legalBasis: [LegalBasis.NonRefoulementException],
        },
        {
          value: 'filing-deadline-bar',
          label: {
            en: 'Filing deadline passed (e.g. US one-year bar, INA 208(a)(2)(B))',
            es: 'Plazo de solicitud vencido (p. ej., el año de EE. UU., INA 208(a)(2)(B))',
          },
          legalBasis: [LegalBasis.StatutoryBar, LegalBasis.DeadlineClocks],
        },
        {
          value: 'other-statutory-bar',
          label: {
            en: "Other statutory bar in the forum's law (describe)",
            es: 'Otro impedimento legal del foro (describir)',
          },
          legalBasis: [LegalBasis.StatutoryBar],
        },
      ],
    },
    {
      id: Q.exclusionNotes,
      type: AnswerType.Text,
      required: false,
      maxLength: 4000,
      sensitive: true,
      prompt: { en: 'Notes on exclusion or bars', es: 'Notas sobre exclusión o impedimentos' },
      help: {
        en: 'Facts, dates, and any exception that may apply.',
        es: 'Hechos, fechas y cualquier excepción que pueda aplicarse.',
      },
      legalBasis: [LegalBasis.ExclusionArt1F, LegalBasis.StatutoryBar],
    },
  ],
};
