// Section 2: does the person fit a risk profile named in guidance on the destination country?
import { LegalBasis } from '../legal-basis.model';
import { AnswerType, type ScreeningSection } from '../screening-question.model';
import { Q } from '../screening-question.ids';

export const PROFILES_SECTION: ScreeningSection = {
  id: 's2',
  order: 2,
  title: {
    en: "Match against the country's risk profiles",
    es: 'Coincidencia con los perfiles de riesgo del país',
  },
  purpose: {
    en: 'Compares the person with the profiles that UNHCR guidance names for the destination, citing the guidance and its date.',
    es: 'Compara a la persona con los perfiles que las directrices del ACNUR señalan para el destino, citando la directriz y su fecha.',
  },
  questions: [
    {
      id: Q.profileTags,
      type: AnswerType.MultiChoice,
      required: false,
      moreOptionsRaiseRisk: true,
      prompt: {
        en: 'Which of these profiles describe the person?',
        es: '¿Cuáles de estos perfiles describen a la persona?',
      },
      help: {
        en: 'Only profiles that the destination’s guidance (or the thematic gang guidance) names count towards the score; the match is shown with its citation.',
        es: 'Solo cuentan los perfiles que nombran las directrices del destino (o la nota temática sobre pandillas); la coincidencia se muestra con su cita.',
      },
      legalBasis: [LegalBasis.RefugeeDefinition, LegalBasis.GroundParticularSocialGroup],
      options: [
        {
          value: 'activist',
          label: {
            en: 'Activist or human-rights defender',
            es: 'Activista o defensor/a de derechos humanos',
          },
          legalBasis: [LegalBasis.GroundPoliticalOpinion],
        },
        {
          value: 'journalist',
          label: { en: 'Journalist or media worker', es: 'Periodista o trabajador/a de medios' },
          legalBasis: [LegalBasis.GroundPoliticalOpinion],
        },
        {
          value: 'judge',
          label: { en: 'Judge or judicial official', es: 'Juez/a o funcionario/a judicial' },
          legalBasis: [LegalBasis.GroundPoliticalOpinion, LegalBasis.GroundParticularSocialGroup],
        },
        {
          value: 'lawyer',
          label: { en: 'Lawyer', es: 'Abogado/a' },
          legalBasis: [LegalBasis.GroundPoliticalOpinion, LegalBasis.GroundParticularSocialGroup],
        },
        {
          value: 'woman-or-girl',
          label: { en: 'Woman or girl', es: 'Mujer o niña' },
          legalBasis: [LegalBasis.GroundParticularSocialGroup],
        },
        {
          value: 'child',
          label: { en: 'Child (under 18)', es: 'Niño, niña o adolescente (menor de 18)' },
          legalBasis: [LegalBasis.GroundParticularSocialGroup],
        },
        {
          value: 'lgbtiq',
          label: { en: 'LGBTIQ+ person', es: 'Persona LGBTIQ+' },
          legalBasis: [LegalBasis.GroundParticularSocialGroup],
        },
        {
          value: 'targeted-by-gangs',
          label: {
            en: 'Targeted by gangs or organized crime (including refusing extortion or recruitment)',
            es: 'Perseguido/a por pandillas o crimen organizado (incluye negarse a la extorsión o al reclutamiento)',
          },
          legalBasis: [LegalBasis.GroundParticularSocialGroup, LegalBasis.GroundPoliticalOpinion],
        },
        {
          value: 'other',
          label: {
            en: 'Other profile (describe in notes)',
            es: 'Otro perfil (describir en notas)',
          },
        },
      ],
    },
    {
      id: Q.profileNotes,
      type: AnswerType.Text,
      required: false,
      maxLength: 4000,
      sensitive: true,
      prompt: { en: 'Notes on the profile match', es: 'Notas sobre la coincidencia de perfil' },
      help: {
        en: 'Which paragraph of the guidance, and why the person fits it.',
        es: 'Qué párrafo de la directriz, y por qué la persona encaja en él.',
      },
      legalBasis: [LegalBasis.RefugeeDefinition],
    },
  ],
};
