// Reference data on a country of origin or of removal: the guidance to cite and what it says.
import type { LocalizedText } from '../risk/localized-text.model';

/** The verification vocabulary of the legal reference (plus "not-found" for gaps), so users see one scale. */
export type SourceStatus = 'verified' | 'secondary' | 'unverified' | 'not-found';

/** Profiles that guidance names as at risk; the same values as the screening's section 2 options. */
export type RiskProfileTag =
  | 'activist'
  | 'journalist'
  | 'judge'
  | 'lawyer'
  | 'woman-or-girl'
  | 'child'
  | 'lgbtiq'
  | 'targeted-by-gangs';

export interface GuidanceCitation {
  /** Stable id that risk profiles and reasons refer to. */
  readonly id: string;
  readonly issuer: string;
  /** Descriptive title as recorded in our legal reference (not an invented official title). */
  readonly title: string;
  readonly symbol?: string;
  /** ISO 8601 at the precision known: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date: string;
  readonly summary: LocalizedText;
}

export interface GuidanceRiskProfile {
  readonly tag: RiskProfileTag;
  readonly label: LocalizedText;
  readonly citationId: string;
}

export interface ReturnsAdvisory {
  readonly advisedAgainst: boolean;
  readonly since?: string;
  readonly citationId?: string;
  readonly note: LocalizedText;
}

/** Arrangements under which the country receives deportees who are not its nationals. */
export interface ThirdCountryArrangement {
  readonly receivesOtherNationals: boolean;
  readonly status: SourceStatus;
  readonly note: LocalizedText;
}

export interface ForumProtection {
  readonly text: LocalizedText;
  readonly citation: string;
  readonly status: SourceStatus;
}

/** What a removing state's law offers; only present for removing states. */
export interface ForumFacts {
  /** 'not-verified' when the legal reference does not record it: never guessed. */
  readonly appliesCartagena: 'yes' | 'not-verified';
  readonly cartagenaBasis?: string;
  readonly protections: readonly ForumProtection[];
}

export type CountryRole = 'origin' | 'removing-state';

export interface CountryProfile {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  readonly name: LocalizedText;
  readonly roles: readonly CountryRole[];
  /** False says, explicitly, that no country guidance was found or sourced. */
  readonly guidanceFound: boolean;
  readonly guidance: readonly GuidanceCitation[];
  readonly guidanceNote: LocalizedText;
  readonly riskProfiles: readonly GuidanceRiskProfile[];
  /** False when guidance exists but its profiles are not transcribed here: check the document. */
  readonly riskProfilesTranscribed: boolean;
  /** Guidance saying most profiles fall under the Cartagena definition (Venezuela). */
  readonly cartagenaContext?: { readonly citationId: string; readonly note: LocalizedText };
  readonly returns: ReturnsAdvisory;
  readonly thirdCountryArrangement: ThirdCountryArrangement;
  readonly forum?: ForumFacts;
  /** When this entry was last reviewed against its sources. */
  readonly reviewedOn: string;
}
