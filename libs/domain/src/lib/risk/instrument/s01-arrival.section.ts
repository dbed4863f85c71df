// Section 1: who the person is, where removal would send them, and when they last arrived.
import { LegalBasis } from '../legal-basis.model';
import { AnswerType, type ScreeningSection } from '../screening-question.model';
import { Q } from '../screening-question.ids';

export const ARRIVAL_SECTION: ScreeningSection = {
  id: 's1',
  order: 1,
  title: {
    en: 'Nationality, habitual residence and last arrival',
    es: 'Nacionalidad, residencia habitual y última llegada',
  },
  purpose: {
    en: 'Identifies the country of feared harm and the removal destination, and feeds the deadline clocks.',
    es: 'Identifica el país donde se teme el daño y el destino de la expulsión, y alimenta los plazos procesales.',
  },
  questions: [
    {
      id: Q.nationality,
      type: AnswerType.CountryCode,
      required: true,
      prompt: { en: 'Nationality', es: 'Nacionalidad' },
      help: {
        en: 'ISO country code of the nationality. For a stateless person, the country of former habitual residence.',
        es: 'Código ISO del país de nacionalidad. Para una persona apátrida, el país de su anterior residencia habitual.',
      },
      legalBasis: [LegalBasis.RefugeeDefinition],
    },
    {
      id: Q.habitualResidence,
      type: AnswerType.CountryCode,
      required: false,
      prompt: {
        en: 'Country of habitual residence (if different)',
        es: 'País de residencia habitual (si es distinto)',
      },
      help: {
        en: 'Where the person lived before leaving, when it differs from the nationality.',
        es: 'Dónde vivía la persona antes de salir, cuando no coincide con la nacionalidad.',
      },
      legalBasis: [LegalBasis.RefugeeDefinition],
    },
    {
      id: Q.lastArrivalDate,
      type: AnswerType.Date,
      required: false,
      notInFuture: true,
      prompt: {
        en: 'Date of last arrival in the removing country',
        es: 'Fecha de la última llegada al país que expulsa',
      },
      help: {
        en: 'Starts clocks such as the US one-year asylum bar or the COMAR 30-day filing period.',
        es: 'Inicia plazos como el año para pedir asilo en EE. UU. o los 30 días ante la COMAR.',
      },
      legalBasis: [LegalBasis.DeadlineClocks, LegalBasis.StatutoryBar],
    },
    {
      id: Q.destinationCountry,
      type: AnswerType.CountryCode,
      required: true,
      prompt: {
        en: 'Country to which removal is proposed',
        es: 'País al que se propone expulsar o deportar',
      },
      help: {
        en: 'The destination assessed; its country profile (guidance, advisories) enters the score.',
        es: 'El destino evaluado; su perfil de país (directrices, advertencias) entra en la evaluación.',
      },
      legalBasis: [LegalBasis.NonRefoulement],
    },
    {
      id: Q.forumCountry,
      type: AnswerType.CountryCode,
      required: true,
      prompt: {
        en: 'Removing country (forum)',
        es: 'País que expulsa (foro)',
      },
      help: {
        en: 'Where the case is heard; decides, for instance, whether the Cartagena definition is available.',
        es: 'Donde se tramita el caso; determina, por ejemplo, si se aplica la definición de Cartagena.',
      },
      legalBasis: [LegalBasis.DeadlineClocks],
    },
  ],
};
