// The facts scoring reads: typed answers plus the profiles of the countries where harm is feared.
import type {
  CountryProfile,
  GuidanceRiskProfile,
  RiskProfileTag,
} from '../countries/country-profile.model';
import { THEMATIC_RISK_PROFILES } from '../countries/thematic-guidance.data';
import type { ScreeningAnswers } from './screening-answer.model';
import { Q } from './screening-question.ids';
import { questionsById, SCREENING_INSTRUMENT } from './screening.instrument';
import { AnswerType } from './screening-question.model';

const QUESTIONS = questionsById(SCREENING_INSTRUMENT);

/** Reads answers defensively: a value of the wrong type counts as "not answered", never as risk. */
export class AnswerReader {
  constructor(readonly answers: ScreeningAnswers) {}

  isTrue(id: string): boolean {
    return this.answers[id] === true;
  }

  selected(id: string): readonly string[] {
    const v = this.answers[id];
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  }

  has(id: string, option: string): boolean {
    return this.selected(id).includes(option);
  }

  hasAny(id: string, options: readonly string[]): readonly string[] {
    return this.selected(id).filter((o) => options.includes(o));
  }

  text(id: string): string | undefined {
    const v = this.answers[id];
    return typeof v === 'string' && v !== '' ? v : undefined;
  }

  number(id: string): number | undefined {
    const v = this.answers[id];
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  }

  /** Risk rank of a single-choice answer; unanswered ranks below every option. */
  rank(id: string): number {
    const q = QUESTIONS.get(id);
    const v = this.answers[id];
    if (q?.type !== AnswerType.SingleChoice || typeof v !== 'string') return -1;
    return q.options.find((o) => o.value === v)?.riskRank ?? -1;
  }
}

/** A country where harm is feared: the destination, or the country of origin under chain refoulement. */
export interface FearedCountry {
  readonly profile: CountryProfile;
  readonly role: 'destination' | 'onward';
}

export interface RiskContext {
  readonly answers: AnswerReader;
  readonly destination: CountryProfile;
  readonly forum?: CountryProfile;
  readonly fearedCountries: readonly FearedCountry[];
  readonly thirdCountry: boolean;
  /** The answers that established a third-country removal (explicit or inferred). */
  readonly thirdCountryAnswers: readonly string[];
}

export const SERIOUS_HARMS = [
  'killing-of-relative',
  'physical-assault',
  'sexual-violence',
  'torture',
  'kidnapping',
  'arbitrary-detention',
] as const;

export const STATE_ACTORS = ['state-agent', 'state-acquiescence'] as const;

/** Vulnerabilities that are themselves a profile named in guidance. */
const VULNERABILITY_TO_PROFILE: Readonly<Record<string, RiskProfileTag>> = {
  'unaccompanied-child': 'child',
  lgbtiq: 'lgbtiq',
};

export function anyHarmOrThreat(a: AnswerReader): boolean {
  return a.isTrue(Q.harmOrThreats) || a.selected(Q.harmTypes).length > 0;
}

export function harmAnswers(a: AnswerReader): string[] {
  return [Q.harmOrThreats, Q.harmTypes].filter((id) => id in a.answers);
}

/**
 * Names of the country-profile facts a reason rests on, in one format everywhere:
 * `<CC>.<fact>[.<detail>][:<citation id>]`, e.g. `HT.riskProfile.child:unhcr-hti-2024`.
 */
export const profileFact = {
  riskProfile: (country: CountryProfile, p: GuidanceRiskProfile) =>
    `${country.code}.riskProfile.${p.tag}:${p.citationId}`,
  returnsAdvisedAgainst: (country: CountryProfile) =>
    `${country.code}.returns.advisedAgainst${country.returns.citationId ? `:${country.returns.citationId}` : ''}`,
  cartagenaContext: (country: CountryProfile) =>
    `${country.code}.cartagenaContext${country.cartagenaContext ? `:${country.cartagenaContext.citationId}` : ''}`,
  thirdCountryArrangement: (country: CountryProfile) => `${country.code}.thirdCountryArrangement`,
};

export interface ProfileMatch {
  readonly profiles: readonly GuidanceRiskProfile[];
  readonly answers: readonly string[];
}

/** Profiles named for this country (and thematic guidance) that the person's answers fit. */
export function matchGuidanceProfiles(a: AnswerReader, country: CountryProfile): ProfileMatch {
  const fromTags = new Set(a.selected(Q.profileTags));
  const fromVulnerabilities = new Set(
    a
      .selected(Q.vulnerabilities)
      .flatMap((v) => (VULNERABILITY_TO_PROFILE[v] ? [VULNERABILITY_TO_PROFILE[v]] : [])),
  );
  const named = [...country.riskProfiles, ...THEMATIC_RISK_PROFILES];
  const profiles = named.filter((p) => fromTags.has(p.tag) || fromVulnerabilities.has(p.tag));
  const answers = [
    ...(profiles.some((p) => fromTags.has(p.tag)) ? [Q.profileTags] : []),
    ...(profiles.some((p) => fromVulnerabilities.has(p.tag)) ? [Q.vulnerabilities] : []),
  ];
  return { profiles, answers };
}

export function buildRiskContext(
  answers: ScreeningAnswers,
  destination: CountryProfile,
  origin: CountryProfile | undefined,
  forum: CountryProfile | undefined,
): RiskContext {
  const a = new AnswerReader(answers);
  const nationality = a.text(Q.nationality);
  const residence = a.text(Q.habitualResidence);
  // Inferred when the destination is neither nationality nor habitual residence.
  const inferred =
    nationality !== undefined && destination.code !== nationality && destination.code !== residence;
  const thirdCountryAnswers = [
    ...(a.isTrue(Q.thirdCountryRemoval) ? [Q.thirdCountryRemoval] : []),
    ...(inferred ? [Q.nationality, Q.destinationCountry] : []),
  ];
  const fearedCountries: FearedCountry[] = [{ profile: destination, role: 'destination' }];
  if (a.isTrue(Q.onwardRemovalRisk) && origin && origin.code !== destination.code) {
    fearedCountries.push({ profile: origin, role: 'onward' });
  }
  return {
    answers: a,
    destination,
    forum,
    fearedCountries,
    thirdCountry: thirdCountryAnswers.length > 0,
    thirdCountryAnswers,
  };
}
