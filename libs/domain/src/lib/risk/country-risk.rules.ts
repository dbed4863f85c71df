// Rules over the countries involved: guidance profiles, advice against returns, third countries.
import { THEMATIC_GUIDANCE } from '../countries/thematic-guidance.data';
import type { CountryProfile, GuidanceCitation } from '../countries/country-profile.model';
import { LegalBasis } from './legal-basis.model';
import { anyHarmOrThreat, harmAnswers, matchGuidanceProfiles, profileFact } from './risk-context';
import { hit, when, type RiskRule } from './risk-rule.model';
import { Q } from './screening-question.ids';

const THEMATIC_BY_ID = new Map<string, GuidanceCitation>(THEMATIC_GUIDANCE.map((g) => [g.id, g]));

const where = (role: 'destination' | 'onward', en: string, es: string) =>
  role === 'destination'
    ? { en, es }
    : { en: `${en} (country of onward removal)`, es: `${es} (país de reenvío)` };

function citationLabel(profile: CountryProfile, id: string): string {
  const g = profile.guidance.find((x) => x.id === id) ?? THEMATIC_BY_ID.get(id);
  return g ? `${g.symbol ?? g.title}, ${g.date}` : id;
}

export const COUNTRY_RISK_RULES: readonly RiskRule[] = [
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
                profileFact.returnsAdvisedAgainst(profile),
                ...match.profiles.map((p) => profileFact.riskProfile(profile, p)),
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
            [profileFact.returnsAdvisedAgainst(profile)],
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
            match.profiles.map((p) => profileFact.riskProfile(profile, p)),
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
            [profileFact.cartagenaContext(profile)],
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
        hit(c.thirdCountryAnswers, [profileFact.thirdCountryArrangement(c.destination)], {
          en: `${c.destination.name.en}: ${c.destination.thirdCountryArrangement.note.en}`,
          es: `${c.destination.name.es}: ${c.destination.thirdCountryArrangement.note.es}`,
        }),
      ),
  },
];
