// The transparent rules of the screening: each names its level, its words and what makes it fire.
import { THEMATIC_GUIDANCE } from '../countries/thematic-guidance.data';
import { LegalBasis } from './legal-basis.model';
import type { LocalizedText } from './localized-text.model';
import type { RiskLevel } from './risk-level.model';
import {
  anyHarmOrThreat,
  harmAnswers,
  matchGuidanceProfiles,
  SERIOUS_HARMS,
  STATE_ACTORS,
  type RiskContext,
} from './risk-context';
import { Q } from './screening-question.ids';

export interface RuleHit {
  readonly answers: readonly string[];
  readonly profileFacts: readonly string[];
  /** Replaces the rule's generic text when the hit can say more (which profile, which country). */
  readonly text?: LocalizedText;
}

/**
 * A rule only ever tests for the presence of risk factors (a "yes", a selected option, a rank at
 * least N, a profile fact): so adding a factor can only make more rules fire, and since the level
 * is the highest level of the rules that fired, it can never go down.
 */
export interface RiskRule {
  readonly id: string;
  readonly level: RiskLevel;
  readonly text: LocalizedText;
  readonly legalBasis: readonly LegalBasis[];
  evaluate(ctx: RiskContext): readonly RuleHit[];
}

const hit = (
  answers: readonly string[],
  profileFacts: readonly string[] = [],
  text?: LocalizedText,
): RuleHit[] => [{ answers, profileFacts, ...(text ? { text } : {}) }];
const when = (condition: boolean, h: () => RuleHit[]): RuleHit[] => (condition ? h() : []);

const seriousHarms = (c: RiskContext) => c.answers.hasAny(Q.harmTypes, SERIOUS_HARMS);
const deathThreat = (c: RiskContext) => c.answers.has(Q.harmTypes, 'death-threat');
const stateActor = (c: RiskContext) => c.answers.hasAny(Q.actors, STATE_ACTORS).length > 0;
const noProtection = (c: RiskContext) => c.answers.rank(Q.stateProtection) >= 2;
const noRelocation = (c: RiskContext) => c.answers.rank(Q.internalFlight) >= 2;
const where = (role: 'destination' | 'onward', en: string, es: string) =>
  role === 'destination'
    ? { en, es }
    : { en: `${en} (country of onward removal)`, es: `${es} (país de reenvío)` };

const HARM_BASIS = [LegalBasis.RefugeeDefinition, LegalBasis.IccprArt6, LegalBasis.IccprArt7];

export const RISK_RULES: readonly RiskRule[] = [
  // ---- extreme: several grave indicators together
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
    id: 'named-profile-where-returns-advised-against',
    level: 'extreme',
    text: {
      en: 'Returns are advised against, the person fits a profile named in guidance and has already been harmed or threatened.',
      es: 'Se desaconsejan las devoluciones, la persona encaja en un perfil señalado en las directrices y ya sufrió daños o amenazas.',
    },
    legalBasis: [LegalBasis.RefugeeDefinition, LegalBasis.NonRefoulement],
    evaluate: (c) =>
      c.fearedCountries.flatMap(({ profile, role }) => {
        const match = matchGuidanceProfiles(c.answers, profile);
        return when(
          profile.returns.advisedAgainst && match.profiles.length > 0 && anyHarmOrThreat(c.answers),
          () =>
            hit(
              [...match.answers, ...harmAnswers(c.answers)],
              [
                `${profile.code}.returns.advisedAgainst`,
                ...match.profiles.map((p) => `${profile.code}.riskProfile.${p.tag}`),
              ],
              where(
                role,
                `${profile.name.en}: returns are advised against, the person fits a profile at risk and has already been harmed or threatened.`,
                `${profile.name.es}: se desaconsejan las devoluciones, la persona encaja en un perfil en riesgo y ya sufrió daños o amenazas.`,
              ),
            ),
        );
      }),
  },
  // ---- high: one grave indicator
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
    id: 'returns-advised-against',
    level: 'high',
    text: {
      en: 'UNHCR advises against returns to the country.',
      es: 'El ACNUR desaconseja las devoluciones al país.',
    },
    legalBasis: [LegalBasis.NonRefoulement],
    evaluate: (c) =>
      c.fearedCountries.flatMap(({ profile, role }) =>
        when(profile.returns.advisedAgainst, () =>
          hit(
            role === 'onward' ? [Q.onwardRemovalRisk] : [Q.destinationCountry],
            [`${profile.code}.returns.advisedAgainst`],
            where(
              role,
              `${profile.name.en}: ${profile.returns.note.en}`,
              `${profile.name.es}: ${profile.returns.note.es}`,
            ),
          ),
        ),
      ),
  },
  {
    id: 'chain-refoulement',
    level: 'high',
    text: {
      en: 'The country of removal may send the person on to where they fear harm (chain refoulement).',
      es: 'El país de expulsión podría reenviar a la persona adonde teme sufrir daño (devolución en cadena).',
    },
    legalBasis: [LegalBasis.NonRefoulement, LegalBasis.CatArt3],
    evaluate: (c) => when(c.answers.isTrue(Q.onwardRemovalRisk), () => hit([Q.onwardRemovalRisk])),
  },
  // ---- moderate: a risk factor that needs the attorney's attention
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
    id: 'guidance-profile-match',
    level: 'moderate',
    text: {
      en: 'The person fits a risk profile named in guidance on the country.',
      es: 'La persona encaja en un perfil de riesgo señalado en las directrices sobre el país.',
    },
    legalBasis: [LegalBasis.RefugeeDefinition, LegalBasis.GroundParticularSocialGroup],
    evaluate: (c) =>
      c.fearedCountries.flatMap(({ profile, role }) => {
        const match = matchGuidanceProfiles(c.answers, profile);
        const cited = (lang: 'en' | 'es') =>
          match.profiles
            .map((p) => `${p.label[lang]} [${citationLabel(profile, p.citationId)}]`)
            .join('; ');
        return when(match.profiles.length > 0, () =>
          hit(
            match.answers,
            match.profiles.map((p) => `${profile.code}.riskProfile.${p.tag}:${p.citationId}`),
            where(
              role,
              `${profile.name.en}: the person fits profiles named in guidance: ${cited('en')}.`,
              `${profile.name.es}: la persona encaja en perfiles señalados en las directrices: ${cited('es')}.`,
            ),
          ),
        );
      }),
  },
  {
    id: 'cartagena-context',
    level: 'moderate',
    text: {
      en: 'Guidance says most people in need of protection from the country fall under the Cartagena definition.',
      es: 'Las directrices indican que la mayoría de quienes necesitan protección en el país encajan en la definición de Cartagena.',
    },
    legalBasis: [
      LegalBasis.CartagenaMassiveHumanRightsViolations,
      LegalBasis.CartagenaPublicOrderDisturbance,
    ],
    evaluate: (c) =>
      c.fearedCountries.flatMap(({ profile, role }) =>
        when(profile.cartagenaContext !== undefined, () =>
          hit(
            role === 'onward' ? [Q.onwardRemovalRisk] : [Q.destinationCountry],
            [`${profile.code}.cartagenaContext:${profile.cartagenaContext?.citationId ?? ''}`],
            where(
              role,
              `${profile.name.en}: ${profile.cartagenaContext?.note.en ?? ''}`,
              `${profile.name.es}: ${profile.cartagenaContext?.note.es ?? ''}`,
            ),
          ),
        ),
      ),
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
  {
    id: 'third-country-removal',
    level: 'moderate',
    text: {
      en: "Removal to a country that is not the person's own: protection there and against onward removal must be checked.",
      es: 'Expulsión a un país que no es el de la persona: hay que verificar la protección allí y frente a un reenvío.',
    },
    legalBasis: [LegalBasis.NonRefoulement],
    evaluate: (c) => when(c.thirdCountry, () => hit(c.thirdCountryAnswers)),
  },
  {
    id: 'third-country-arrangement',
    level: 'moderate',
    text: {
      en: 'The destination is documented as receiving deportees of other nationalities.',
      es: 'Consta que el destino recibe deportados de otras nacionalidades.',
    },
    legalBasis: [LegalBasis.NonRefoulement],
    evaluate: (c) =>
      when(c.thirdCountry && c.destination.thirdCountryArrangement.receivesOtherNationals, () =>
        hit(c.thirdCountryAnswers, [`${c.destination.code}.thirdCountryArrangement`], {
          en: `${c.destination.name.en}: ${c.destination.thirdCountryArrangement.note.en}`,
          es: `${c.destination.name.es}: ${c.destination.thirdCountryArrangement.note.es}`,
        }),
      ),
  },
];

function citationLabel(
  profile: { guidance: readonly { id: string; symbol?: string; title: string; date: string }[] },
  id: string,
): string {
  const g = profile.guidance.find((x) => x.id === id) ?? THEMATIC_BY_ID.get(id);
  return g ? `${g.symbol ?? g.title}, ${g.date}` : id;
}

const THEMATIC_BY_ID = new Map<
  string,
  { id: string; symbol?: string; title: string; date: string }
>(THEMATIC_GUIDANCE.map((g) => [g.id, g]));
