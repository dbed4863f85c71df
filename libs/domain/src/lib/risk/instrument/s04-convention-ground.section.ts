// Section 4: the link (nexus) between the feared harm and a 1951 Convention ground.
import { LegalBasis } from '../legal-basis.model';
import { AnswerType, type ScreeningSection } from '../screening-question.model';
import { Q } from '../screening-question.ids';

export const CONVENTION_GROUND_SECTION: ScreeningSection = {
  id: 's4',
  order: 4,
  title: { en: 'Link to a Convention ground', es: 'Vínculo con un motivo de la Convención' },
  purpose: {
    en: 'Refugee status under the 1951 Convention needs the harm to be for a Convention reason; without it, complementary protection may still apply.',
    es: 'El estatuto de refugiado de la Convención de 1951 exige que el daño obedezca a un motivo convencional; sin él, puede aplicarse la protección complementaria.',
  },
  questions: [
    {
      id: Q.conventionGrounds,
      type: AnswerType.MultiChoice,
      required: false,
      // A ground decides the pathway (refugee status), not the danger on return.
      moreOptionsRaiseRisk: false,
      prompt: {
        en: 'For which reason(s) is the person targeted?',
        es: '¿Por qué motivo(s) se ataca a la persona?',
      },
      help: {
        en: 'Imputed opinions count (e.g. refusing a gang may be read as opposition).',
        es: 'Las opiniones imputadas cuentan (p. ej., negarse a una pandilla puede leerse como oposición).',
      },
      legalBasis: [LegalBasis.RefugeeDefinition],
      options: [
        {
          value: 'race',
          label: { en: 'Race or ethnicity', es: 'Raza o etnia' },
          legalBasis: [LegalBasis.GroundRace],
        },
        {
          value: 'religion',
          label: { en: 'Religion', es: 'Religión' },
          legalBasis: [LegalBasis.GroundReligion],
        },
        {
          value: 'nationality',
          label: { en: 'Nationality', es: 'Nacionalidad' },
          legalBasis: [LegalBasis.GroundNationality],
        },
        {
          value: 'particular-social-group',
          label: { en: 'Particular social group', es: 'Determinado grupo social' },
          legalBasis: [LegalBasis.GroundParticularSocialGroup],
        },
        {
          value: 'political-opinion',
          label: {
            en: 'Political opinion (held or imputed)',
            es: 'Opinión política (propia o imputada)',
          },
          legalBasis: [LegalBasis.GroundPoliticalOpinion],
        },
      ],
    },
    {
      id: Q.nexusNotes,
      type: AnswerType.Text,
      required: false,
      maxLength: 4000,
      sensitive: true,
      prompt: {
        en: 'Why the harm is linked to that ground',
        es: 'Por qué el daño se vincula con ese motivo',
      },
      help: {
        en: 'The facts that show the reason for the targeting.',
        es: 'Los hechos que muestran la razón del ataque.',
      },
      legalBasis: [LegalBasis.RefugeeDefinition],
    },
  ],
};
