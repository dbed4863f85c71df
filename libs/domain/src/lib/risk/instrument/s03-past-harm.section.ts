// Section 3: what happened to the person or was threatened, when, and who did it.
import { LegalBasis } from '../legal-basis.model';
import { AnswerType, type ScreeningSection } from '../screening-question.model';
import { Q } from '../screening-question.ids';

const HARM = [LegalBasis.RefugeeDefinition, LegalBasis.IccprArt6, LegalBasis.IccprArt7];

export const PAST_HARM_SECTION: ScreeningSection = {
  id: 's3',
  order: 3,
  title: { en: 'Past harm and threats', es: 'Daños y amenazas sufridos' },
  purpose: {
    en: 'What, when and by whom (state or non-state actor): past persecution is the strongest indicator of future risk.',
    es: 'Qué, cuándo y quién (agente estatal o no estatal): la persecución pasada es el indicio más fuerte de riesgo futuro.',
  },
  questions: [
    {
      id: Q.harmOrThreats,
      type: AnswerType.Boolean,
      required: true,
      trueRaisesRisk: true,
      prompt: {
        en: 'Has the person suffered harm or received threats in the country of feared return?',
        es: '¿Ha sufrido la persona daños o recibido amenazas en el país al que teme volver?',
      },
      help: {
        en: 'In a third-country removal, answer for the country the person may be sent on to as well.',
        es: 'En una expulsión a un tercer país, responda también respecto del país al que podría ser reenviada.',
      },
      legalBasis: HARM,
    },
    {
      id: Q.harmTypes,
      type: AnswerType.MultiChoice,
      required: false,
      requiredWhen: { questionId: Q.harmOrThreats, equals: true },
      moreOptionsRaiseRisk: true,
      prompt: { en: 'What happened?', es: '¿Qué ocurrió?' },
      help: {
        en: 'Select every harm suffered and every threat received.',
        es: 'Marque todos los daños sufridos y todas las amenazas recibidas.',
      },
      legalBasis: HARM,
      options: [
        {
          value: 'killing-of-relative',
          label: { en: 'A relative was killed', es: 'Asesinato de un familiar' },
        },
        { value: 'physical-assault', label: { en: 'Physical assault', es: 'Agresión física' } },
        { value: 'sexual-violence', label: { en: 'Sexual violence', es: 'Violencia sexual' } },
        {
          value: 'torture',
          label: { en: 'Torture', es: 'Tortura' },
          legalBasis: [LegalBasis.CatArt3, LegalBasis.IccprArt7],
        },
        {
          value: 'kidnapping',
          label: { en: 'Kidnapping or disappearance', es: 'Secuestro o desaparición' },
        },
        {
          value: 'arbitrary-detention',
          label: { en: 'Arbitrary detention', es: 'Detención arbitraria' },
        },
        {
          value: 'death-threat',
          label: { en: 'Death threat', es: 'Amenaza de muerte' },
          legalBasis: [LegalBasis.IccprArt6],
        },
        {
          value: 'threat-to-family',
          label: { en: 'Threats against family members', es: 'Amenazas contra familiares' },
        },
        { value: 'extortion', label: { en: 'Extortion', es: 'Extorsión' } },
        {
          value: 'forced-recruitment',
          label: { en: 'Forced recruitment attempt', es: 'Intento de reclutamiento forzado' },
        },
        {
          value: 'forced-displacement',
          label: { en: 'Forced from home', es: 'Desplazamiento forzado del hogar' },
        },
        { value: 'other', label: { en: 'Other (describe)', es: 'Otro (describir)' } },
      ],
    },
    {
      id: Q.actors,
      type: AnswerType.MultiChoice,
      required: false,
      requiredWhen: { questionId: Q.harmOrThreats, equals: true },
      moreOptionsRaiseRisk: true,
      prompt: { en: 'By whom?', es: '¿Por quién?' },
      help: {
        en: 'State agents, or non-state actors (with or without the acquiescence of officials).',
        es: 'Agentes del Estado, o agentes no estatales (con o sin la aquiescencia de funcionarios).',
      },
      legalBasis: [LegalBasis.RefugeeDefinition, LegalBasis.CatArt3],
      options: [
        {
          value: 'state-agent',
          label: {
            en: 'State agent (police, military, officials)',
            es: 'Agente del Estado (policía, militares, funcionarios)',
          },
          legalBasis: [LegalBasis.CatArt3],
        },
        {
          value: 'state-acquiescence',
          label: {
            en: 'Non-state actor acting with the consent or acquiescence of officials',
            es: 'Agente no estatal con el consentimiento o la aquiescencia de funcionarios',
          },
          legalBasis: [LegalBasis.CatArt3],
        },
        {
          value: 'gang-or-organized-crime',
          label: { en: 'Gang or organized crime', es: 'Pandilla o crimen organizado' },
        },
        {
          value: 'armed-group',
          label: { en: 'Armed or paramilitary group', es: 'Grupo armado o paramilitar' },
        },
        {
          value: 'partner-or-family',
          label: { en: 'Partner or family member', es: 'Pareja o familiar' },
        },
        {
          value: 'community',
          label: { en: 'Community or other private actor', es: 'Comunidad u otro particular' },
        },
        { value: 'unknown', label: { en: 'Unknown', es: 'Desconocido' } },
      ],
    },
    {
      id: Q.lastIncidentDate,
      type: AnswerType.Date,
      required: false,
      notInFuture: true,
      prompt: { en: 'Date of the most recent incident', es: 'Fecha del incidente más reciente' },
      help: {
        en: 'Approximate if needed; note the uncertainty in the narrative.',
        es: 'Aproximada si es necesario; indique la incertidumbre en el relato.',
      },
      legalBasis: HARM,
    },
    {
      id: Q.threatPersists,
      type: AnswerType.Boolean,
      required: false,
      trueRaisesRisk: true,
      prompt: {
        en: 'Is the actor still looking for the person or threatening them?',
        es: '¿Sigue el agresor buscando o amenazando a la persona?',
      },
      help: {
        en: 'E.g. threats after departure, visits to relatives, messages.',
        es: 'Por ejemplo, amenazas después de la salida, visitas a familiares, mensajes.',
      },
      legalBasis: HARM,
    },
    {
      id: Q.relativesHarmed,
      type: AnswerType.Boolean,
      required: false,
      trueRaisesRisk: true,
      prompt: {
        en: 'Have relatives or people in a similar situation been harmed?',
        es: '¿Han sufrido daños familiares o personas en una situación similar?',
      },
      help: {
        en: 'Harm to similarly situated people supports the real risk.',
        es: 'El daño a personas en situación similar respalda el riesgo real.',
      },
      legalBasis: HARM,
    },
    {
      id: Q.harmNarrative,
      type: AnswerType.Text,
      required: false,
      maxLength: 20000,
      sensitive: true,
      prompt: { en: 'Account of the events', es: 'Relato de los hechos' },
      help: {
        en: 'In the person’s words where possible. Stored encrypted.',
        es: 'En palabras de la persona cuando sea posible. Se guarda cifrado.',
      },
      legalBasis: HARM,
    },
  ],
};
