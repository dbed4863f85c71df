// Section 6: complementary protection that no exclusion or bar can take away (CAT 3, ICCPR 6-7).
import { LegalBasis } from '../legal-basis.model';
import { AnswerType, type ScreeningSection } from '../screening-question.model';
import { Q } from '../screening-question.ids';

export const COMPLEMENTARY_SECTION: ScreeningSection = {
  id: 's6',
  order: 6,
  title: {
    en: 'Complementary protection (CAT art. 3, ICCPR arts. 6-7)',
    es: 'Protección complementaria (CCT art. 3, PIDCP arts. 6-7)',
  },
  purpose: {
    en: 'Absolute prohibitions of return: substantial grounds for a risk of torture, or a real risk of irreparable harm.',
    es: 'Prohibiciones absolutas de devolución: razones fundadas de riesgo de tortura, o riesgo real de daño irreparable.',
  },
  questions: [
    {
      id: Q.tortureRisk,
      type: AnswerType.Boolean,
      required: false,
      trueRaisesRisk: true,
      prompt: {
        en: 'Are there substantial grounds to believe the person would be tortured?',
        es: '¿Hay razones fundadas para creer que la persona sería torturada?',
      },
      help: {
        en: 'Severe pain or suffering intentionally inflicted by, or with the consent or acquiescence of, a public official.',
        es: 'Dolores o sufrimientos graves infligidos intencionalmente por un funcionario público, o con su consentimiento o aquiescencia.',
      },
      legalBasis: [LegalBasis.CatArt3, LegalBasis.IccprArt7],
    },
    {
      id: Q.lifeRisk,
      type: AnswerType.Boolean,
      required: false,
      trueRaisesRisk: true,
      prompt: {
        en: 'Is there a real risk that the person would be killed?',
        es: '¿Existe un riesgo real de que la persona sea asesinada?',
      },
      help: {
        en: 'Arbitrary deprivation of life by any actor the state does not protect against.',
        es: 'Privación arbitraria de la vida por cualquier agente frente al que el Estado no protege.',
      },
      legalBasis: [LegalBasis.IccprArt6],
    },
    {
      id: Q.cruelTreatmentRisk,
      type: AnswerType.Boolean,
      required: false,
      trueRaisesRisk: true,
      prompt: {
        en: 'Is there a real risk of cruel, inhuman or degrading treatment?',
        es: '¿Existe un riesgo real de tratos crueles, inhumanos o degradantes?',
      },
      help: {
        en: 'Including conditions of detention on return.',
        es: 'Incluidas las condiciones de detención al regresar.',
      },
      legalBasis: [LegalBasis.IccprArt7],
    },
  ],
};
