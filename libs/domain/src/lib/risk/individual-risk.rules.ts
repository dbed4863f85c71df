// Rules over what happened to the person and what they face: harm, actors, protection, vulnerability.
import { LegalBasis } from './legal-basis.model';
import {
  anyHarmOrThreat,
  harmAnswers,
  SERIOUS_HARMS,
  STATE_ACTORS,
  type RiskContext,
} from './risk-context';
import { hit, when, type RiskRule } from './risk-rule.model';
import { Q } from './screening-question.ids';

const seriousHarms = (c: RiskContext) => c.answers.hasAny(Q.harmTypes, SERIOUS_HARMS);
const deathThreat = (c: RiskContext) => c.answers.has(Q.harmTypes, 'death-threat');
const stateActor = (c: RiskContext) => c.answers.hasAny(Q.actors, STATE_ACTORS).length > 0;
// Ranks: 2 = unavailable or ineffective / no safe alternative; 3 = the state persecutes.
const noProtection = (c: RiskContext) => c.answers.rank(Q.stateProtection) >= 2;
const noRelocation = (c: RiskContext) => c.answers.rank(Q.internalFlight) >= 2;

const HARM_BASIS = [LegalBasis.RefugeeDefinition, LegalBasis.IccprArt6, LegalBasis.IccprArt7];

export const INDIVIDUAL_RISK_RULES: readonly RiskRule[] = [
  {
    id: 'pursued-without-protection',
    level: 'extreme',
    text: {
      en: 'Serious harm or a death threat, the actor still pursues the person, the state does not protect and there is nowhere safe to relocate.',
      es: 'Daño grave o amenaza de muerte, el agresor sigue persiguiendo a la persona, el Estado no protege y no hay dónde reubicarse con seguridad.',
    },
    legalBasis: HARM_BASIS,
    evaluate: (c) =>
      when(
        (seriousHarms(c).length > 0 || deathThreat(c)) &&
          c.answers.isTrue(Q.threatPersists) &&
          noProtection(c) &&
          noRelocation(c),
        () => hit([Q.harmTypes, Q.threatPersists, Q.stateProtection, Q.internalFlight]),
      ),
  },
  {
    id: 'state-torture-or-killing',
    level: 'extreme',
    text: {
      en: 'A real risk of torture or of being killed, from state agents or with their acquiescence.',
      es: 'Riesgo real de tortura o de muerte, por agentes del Estado o con su aquiescencia.',
    },
    legalBasis: [LegalBasis.CatArt3, LegalBasis.IccprArt6, LegalBasis.IccprArt7],
    evaluate: (c) =>
      when((c.answers.isTrue(Q.tortureRisk) || c.answers.isTrue(Q.lifeRisk)) && stateActor(c), () =>
        hit([...[Q.tortureRisk, Q.lifeRisk].filter((id) => c.answers.isTrue(id)), Q.actors]),
      ),
  },
  {
    id: 'serious-past-harm',
    level: 'high',
    text: {
      en: 'The person has suffered serious harm (killing of a relative, assault, sexual violence, torture, kidnapping or arbitrary detention).',
      es: 'La persona ha sufrido un daño grave (asesinato de un familiar, agresión, violencia sexual, tortura, secuestro o detención arbitraria).',
    },
    legalBasis: HARM_BASIS,
    evaluate: (c) => when(seriousHarms(c).length > 0, () => hit([Q.harmTypes])),
  },
  {
    id: 'death-threat',
    level: 'high',
    text: {
      en: 'The person has received a death threat.',
      es: 'La persona ha recibido una amenaza de muerte.',
    },
    legalBasis: [LegalBasis.IccprArt6, LegalBasis.RefugeeDefinition],
    evaluate: (c) => when(deathThreat(c), () => hit([Q.harmTypes])),
  },
  {
    id: 'state-actor',
    level: 'high',
    text: {
      en: 'The harm comes from state agents or with their acquiescence: state protection is not available.',
      es: 'El daño proviene de agentes del Estado o cuenta con su aquiescencia: no hay protección estatal.',
    },
    legalBasis: [LegalBasis.CatArt3, LegalBasis.RefugeeDefinition],
    evaluate: (c) => when(stateActor(c), () => hit([Q.actors])),
  },
  {
    id: 'pursuit-continues',
    level: 'high',
    text: {
      en: 'The actor is still looking for or threatening the person.',
      es: 'El agresor sigue buscando o amenazando a la persona.',
    },
    legalBasis: HARM_BASIS,
    evaluate: (c) => when(c.answers.isTrue(Q.threatPersists), () => hit([Q.threatPersists])),
  },
  {
    id: 'no-protection-no-relocation',
    level: 'high',
    text: {
      en: 'Harm or threats, no effective state protection and no safe place to relocate.',
      es: 'Daños o amenazas, sin protección estatal efectiva ni lugar seguro para reubicarse.',
    },
    legalBasis: [LegalBasis.RefugeeDefinition],
    evaluate: (c) =>
      when(anyHarmOrThreat(c.answers) && noProtection(c) && noRelocation(c), () =>
        hit([...harmAnswers(c.answers), Q.stateProtection, Q.internalFlight]),
      ),
  },
  {
    id: 'torture-risk',
    level: 'high',
    text: {
      en: 'Substantial grounds to believe the person would be tortured.',
      es: 'Razones fundadas para creer que la persona sería torturada.',
    },
    legalBasis: [LegalBasis.CatArt3],
    evaluate: (c) => when(c.answers.isTrue(Q.tortureRisk), () => hit([Q.tortureRisk])),
  },
  {
    id: 'life-risk',
    level: 'high',
    text: {
      en: 'A real risk that the person would be killed.',
      es: 'Riesgo real de que la persona sea asesinada.',
    },
    legalBasis: [LegalBasis.IccprArt6],
    evaluate: (c) => when(c.answers.isTrue(Q.lifeRisk), () => hit([Q.lifeRisk])),
  },
  {
    id: 'cruel-treatment-risk',
    level: 'high',
    text: {
      en: 'A real risk of cruel, inhuman or degrading treatment.',
      es: 'Riesgo real de tratos crueles, inhumanos o degradantes.',
    },
    legalBasis: [LegalBasis.IccprArt7],
    evaluate: (c) =>
      when(c.answers.isTrue(Q.cruelTreatmentRisk), () => hit([Q.cruelTreatmentRisk])),
  },
  {
    id: 'cartagena-personal-threat',
    level: 'high',
    text: {
      en: "Generalized violence, conflict or massive human-rights violations threaten the person's life, safety or freedom.",
      es: 'La violencia generalizada, el conflicto o la violación masiva de derechos humanos amenazan la vida, la seguridad o la libertad de la persona.',
    },
    legalBasis: [
      LegalBasis.CartagenaGeneralizedViolence,
      LegalBasis.CartagenaMassiveHumanRightsViolations,
    ],
    evaluate: (c) =>
      when(c.answers.isTrue(Q.cartagenaPersonalThreat), () => hit([Q.cartagenaPersonalThreat])),
  },
  {
    id: 'harm-or-threats',
    level: 'moderate',
    text: {
      en: 'The person has suffered harm or received threats.',
      es: 'La persona ha sufrido daños o recibido amenazas.',
    },
    legalBasis: HARM_BASIS,
    evaluate: (c) => when(anyHarmOrThreat(c.answers), () => hit(harmAnswers(c.answers))),
  },
  {
    id: 'cartagena-circumstances',
    level: 'moderate',
    text: {
      en: 'Circumstances of the Cartagena definition exist in the country of feared return.',
      es: 'En el país al que se teme volver existen circunstancias de la definición de Cartagena.',
    },
    legalBasis: [LegalBasis.CartagenaGeneralizedViolence, LegalBasis.CartagenaInternalConflict],
    evaluate: (c) =>
      when(c.answers.selected(Q.cartagenaCircumstances).length > 0, () =>
        hit([Q.cartagenaCircumstances]),
      ),
  },
  {
    id: 'no-state-protection',
    level: 'moderate',
    text: {
      en: 'Harm or threats, and no effective state protection.',
      es: 'Daños o amenazas, y ninguna protección estatal efectiva.',
    },
    legalBasis: [LegalBasis.RefugeeDefinition],
    evaluate: (c) =>
      when(anyHarmOrThreat(c.answers) && noProtection(c), () =>
        hit([...harmAnswers(c.answers), Q.stateProtection]),
      ),
  },
  {
    id: 'relatives-harmed',
    level: 'moderate',
    text: {
      en: 'Relatives or people in a similar situation have been harmed.',
      es: 'Familiares o personas en situación similar han sufrido daños.',
    },
    legalBasis: HARM_BASIS,
    evaluate: (c) => when(c.answers.isTrue(Q.relativesHarmed), () => hit([Q.relativesHarmed])),
  },
  {
    id: 'vulnerability',
    level: 'moderate',
    text: {
      en: 'The person has vulnerabilities that aggravate harm on return.',
      es: 'La persona presenta vulnerabilidades que agravan el daño al regresar.',
    },
    legalBasis: [LegalBasis.GroundParticularSocialGroup, LegalBasis.IccprArt7],
    evaluate: (c) =>
      when(c.answers.selected(Q.vulnerabilities).length > 0, () => hit([Q.vulnerabilities])),
  },
];
