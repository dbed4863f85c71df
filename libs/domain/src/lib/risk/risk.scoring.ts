// Scores a screening against the destination's profile: level, reasons, pathways and urgency.
import type { CountryProfile } from '../countries/country-profile.model';
import { COUNTRY_PROFILES, findCountryProfile } from '../countries/country-profiles.data';
import { protectionPathways } from './protection-pathway.rules';
import { buildRiskContext, type RiskContext } from './risk-context';
import { maxRiskLevel, riskLevelRank, type RiskLevel } from './risk-level.model';
import { RISK_RULES, type RiskRule } from './risk.rules';
import type { RiskAdvisory, RiskReason, RiskScore } from './risk-score.model';
import { RiskScoringError, RiskScoringErrorCode } from './risk-scoring.error';
import { assessUrgency } from './risk-urgency.rules';
import type { ScreeningAnswers } from './screening-answer.model';
import { Q } from './screening-question.ids';
import { SCREENING_INSTRUMENT_VERSION } from './screening.instrument';

/** Bump when a rule, its level or its wording changes; stored next to every score. */
export const RISK_RULES_VERSION = 'amparo-risk-rules-2026.12.1';

export interface RiskScoringInput {
  /** Answers already checked by validateScreeningAnswers. */
  readonly answers: ScreeningAnswers;
  /** Profile of s1.destination_country (supervisors may have edited it; the caller loads it). */
  readonly destination: CountryProfile;
  /** Profile of the nationality: used when the person may be sent on there (chain refoulement). */
  readonly origin?: CountryProfile;
  /** Profile of the removing state, for the forum's law (e.g. does it apply Cartagena?). */
  readonly forum?: CountryProfile;
}

/**
 * The level is the highest level among the rules that fired (low when none did), so every level
 * above low comes with the reasons that produced it. Exclusion answers feed no rule: they change
 * pathways, never the danger on return.
 */
export function scoreRisk(input: RiskScoringInput): RiskScore {
  const destinationCode = input.answers[Q.destinationCountry];
  if (typeof destinationCode !== 'string') {
    throw new RiskScoringError(
      RiskScoringErrorCode.DestinationMissing,
      'the destination country is not answered',
    );
  }
  if (destinationCode !== input.destination.code) {
    throw new RiskScoringError(
      RiskScoringErrorCode.DestinationProfileMismatch,
      `answers name ${destinationCode} but the profile is for ${input.destination.code}`,
    );
  }
  const context = buildRiskContext(input.answers, input.destination, input.origin, input.forum);
  const reasons = RISK_RULES.flatMap((rule) => reasonsOf(rule, context)).sort(
    (x, y) => riskLevelRank(y.level) - riskLevelRank(x.level),
  );
  const level = reasons.reduce<RiskLevel>((acc, r) => maxRiskLevel(acc, r.level), 'low');
  return {
    rulesVersion: RISK_RULES_VERSION,
    instrumentVersion: SCREENING_INSTRUMENT_VERSION,
    destination: input.destination.code,
    level,
    reasons,
    pathways: protectionPathways(context),
    urgency: assessUrgency(context),
    advisories: advisories(context),
  };
}

/** Resolves destination, origin and forum from the answers against a set of profiles. */
export function scoreRiskWithProfiles(
  answers: ScreeningAnswers,
  profiles: readonly CountryProfile[] = COUNTRY_PROFILES,
): RiskScore {
  const code = (id: string) => {
    const v = answers[id];
    return typeof v === 'string' ? v : undefined;
  };
  const destination = code(Q.destinationCountry);
  if (destination === undefined) {
    throw new RiskScoringError(
      RiskScoringErrorCode.DestinationMissing,
      'the destination country is not answered',
    );
  }
  const origin = code(Q.nationality);
  const forum = code(Q.forumCountry);
  return scoreRisk({
    answers,
    destination: findCountryProfile(destination, profiles),
    origin: origin === undefined ? undefined : findCountryProfile(origin, profiles),
    forum: forum === undefined ? undefined : findCountryProfile(forum, profiles),
  });
}

function reasonsOf(rule: RiskRule, context: RiskContext): RiskReason[] {
  return rule.evaluate(context).map((hit) => ({
    ruleId: rule.id,
    level: rule.level,
    text: hit.text ?? rule.text,
    answers: [...new Set(hit.answers)],
    profileFacts: hit.profileFacts,
    legalBasis: rule.legalBasis,
  }));
}

function advisories(c: RiskContext): RiskAdvisory[] {
  const out: RiskAdvisory[] = [];
  for (const { profile } of c.fearedCountries) {
    if (!profile.guidanceFound) {
      out.push({ code: `guidance-not-found:${profile.code}`, text: profile.guidanceNote });
    } else if (!profile.riskProfilesTranscribed) {
      out.push({ code: `profiles-not-transcribed:${profile.code}`, text: profile.guidanceNote });
    }
  }
  if (c.answers.selected(Q.exclusionIndicators).length > 0) {
    out.push({
      code: 'exclusion-does-not-lower-risk',
      text: {
        en: 'Exclusion or bar indicators do not lower the risk level: they may close refugee status or Cartagena, while CAT art. 3 and ICCPR arts. 6-7 remain absolute.',
        es: 'Los indicios de exclusión o impedimento no reducen el nivel de riesgo: pueden cerrar el estatuto de refugiado o Cartagena, mientras el art. 3 de la CCT y los arts. 6-7 del PIDCP siguen siendo absolutos.',
      },
    });
  }
  if (c.thirdCountry && !c.fearedCountries.some((f) => f.role === 'onward')) {
    out.push({
      code: 'onward-risk-unassessed',
      text: {
        en: 'Third-country removal: also assess the risk of being sent on to the country of nationality (answer section 10 and screen that country).',
        es: 'Expulsión a un tercer país: evalúe también el riesgo de reenvío al país de nacionalidad (responda la sección 10 y evalúe ese país).',
      },
    });
  }
  return out;
}
