// Section 10: how soon removal can happen and whether it is to a third country (chain refoulement).
import { LegalBasis } from '../legal-basis.model';
import { AnswerType, type ScreeningSection } from '../screening-question.model';
import { Q } from '../screening-question.ids';

export const IMMINENCE_SECTION: ScreeningSection = {
  id: 's10',
  order: 10,
  title: {
    en: 'Imminence and third-country removal',
    es: 'Inminencia y expulsión a un tercer país',
  },
  purpose: {
    en: 'Hours until possible removal (PASEE, expedited removal) and the risk of chain refoulement through a third country.',
    es: 'Horas hasta la posible expulsión (PASEE, expulsión expedita) y el riesgo de devolución en cadena a través de un tercer país.',
  },
  questions: [
    {
      id: Q.removalProcedure,
      type: AnswerType.SingleChoice,
      required: true,
      prompt: { en: 'Removal procedure under way', es: 'Procedimiento de expulsión en curso' },
      help: {
        en: 'PASEE and expedited removal can end in removal within hours.',
        es: 'El PASEE y la expulsión expedita pueden terminar en una expulsión en horas.',
      },
      legalBasis: [LegalBasis.NonRefoulement, LegalBasis.DeadlineClocks],
      options: [
        { value: 'none-known', label: { en: 'None known', es: 'Ninguno conocido' } },
        {
          value: 'ordinary',
          label: { en: 'Ordinary removal proceedings', es: 'Procedimiento ordinario de expulsión' },
        },
        {
          value: 'pasee',
          label: {
            en: 'Peru PASEE (24 h, possibly 48 h from retention)',
            es: 'PASEE de Perú (24 h, posiblemente 48 h desde la retención)',
          },
        },
        {
          value: 'expedited-removal',
          label: {
            en: 'US expedited removal / credible fear',
            es: 'Expulsión expedita / miedo creíble (EE. UU.)',
          },
        },
        {
          value: 'final-order',
          label: {
            en: 'Final removal order, removal pending',
            es: 'Orden de expulsión firme, pendiente de ejecución',
          },
        },
      ],
    },
    {
      id: Q.hoursUntilRemoval,
      type: AnswerType.Number,
      required: false,
      min: 0,
      max: 8760,
      integer: false,
      unit: { en: 'hours', es: 'horas' },
      prompt: {
        en: 'Hours until the earliest possible removal',
        es: 'Horas hasta la expulsión más temprana posible',
      },
      help: {
        en: 'Best estimate at the time of screening; 72 hours or less makes the case urgent.',
        es: 'Mejor estimación al momento de la evaluación; 72 horas o menos hacen urgente el caso.',
      },
      legalBasis: [LegalBasis.DeadlineClocks],
    },
    {
      id: Q.thirdCountryRemoval,
      type: AnswerType.Boolean,
      required: false,
      trueRaisesRisk: true,
      prompt: {
        en: "Is removal to a country that is not the person's own?",
        es: '¿Se trata de una expulsión a un país que no es el de la persona?',
      },
      help: {
        en: 'Also inferred when the destination differs from nationality and habitual residence.',
        es: 'También se deduce cuando el destino difiere de la nacionalidad y de la residencia habitual.',
      },
      legalBasis: [LegalBasis.NonRefoulement],
    },
    {
      id: Q.onwardRemovalRisk,
      type: AnswerType.Boolean,
      required: false,
      trueRaisesRisk: true,
      prompt: {
        en: 'Could that country send the person on to where they fear harm?',
        es: '¿Podría ese país reenviar a la persona adonde teme sufrir daño?',
      },
      help: {
        en: 'Chain (indirect) refoulement is prohibited like direct return.',
        es: 'La devolución en cadena (indirecta) está prohibida igual que la directa.',
      },
      legalBasis: [LegalBasis.NonRefoulement, LegalBasis.CatArt3],
    },
  ],
};
