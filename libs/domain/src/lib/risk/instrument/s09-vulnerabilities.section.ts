// Section 9: circumstances that make harm on return graver and call for a higher duty of care.
import { LegalBasis } from '../legal-basis.model';
import { AnswerType, type ScreeningSection } from '../screening-question.model';
import { Q } from '../screening-question.ids';

export const VULNERABILITIES_SECTION: ScreeningSection = {
  id: 's9',
  order: 9,
  title: { en: 'Vulnerabilities', es: 'Vulnerabilidades' },
  purpose: {
    en: 'Vulnerabilities aggravate the harm and may ground a particular social group.',
    es: 'Las vulnerabilidades agravan el daño y pueden fundar un determinado grupo social.',
  },
  questions: [
    {
      id: Q.vulnerabilities,
      type: AnswerType.MultiChoice,
      required: false,
      moreOptionsRaiseRisk: true,
      prompt: { en: 'Which apply to the person?', es: '¿Cuáles se aplican a la persona?' },
      help: {
        en: 'Select all that apply, including for accompanying family members.',
        es: 'Marque todas las que correspondan, también para los familiares acompañantes.',
      },
      legalBasis: [LegalBasis.GroundParticularSocialGroup, LegalBasis.IccprArt7],
      options: [
        {
          value: 'unaccompanied-child',
          label: { en: 'Unaccompanied child', es: 'Niño, niña o adolescente no acompañado' },
        },
        { value: 'lgbtiq', label: { en: 'LGBTIQ+', es: 'LGBTIQ+' } },
        { value: 'trafficking', label: { en: 'Victim of trafficking', es: 'Víctima de trata' } },
        {
          value: 'gender-based-violence',
          label: {
            en: 'Survivor of gender-based violence',
            es: 'Sobreviviente de violencia de género',
          },
        },
        { value: 'disability', label: { en: 'Disability', es: 'Discapacidad' } },
        { value: 'indigenous', label: { en: 'Indigenous', es: 'Indígena' } },
        { value: 'elderly', label: { en: 'Elderly', es: 'Persona mayor' } },
        { value: 'pregnant', label: { en: 'Pregnant', es: 'Embarazada' } },
        { value: 'detained', label: { en: 'Detained', es: 'Persona detenida' } },
      ],
    },
    {
      id: Q.vulnerabilityNotes,
      type: AnswerType.Text,
      required: false,
      maxLength: 4000,
      sensitive: true,
      prompt: { en: 'Notes on vulnerabilities', es: 'Notas sobre vulnerabilidades' },
      help: {
        en: 'Needs for the interview (interpreter, gender of interviewer, medical care).',
        es: 'Necesidades para la entrevista (intérprete, género del entrevistador, atención médica).',
      },
      legalBasis: [LegalBasis.GroundParticularSocialGroup],
    },
  ],
};
