// Reference data on a country of origin or of removal: the guidance to cite and what it says.
import type { LocalizedText } from '../risk/localized-text.model';

/** The verification vocabulary of the legal reference (plus "not-found" for gaps), so users see one scale. */
export type SourceStatus = 'verified' | 'secondary' | 'unverified' | 'not-found';

/**
 * Where a fact can be checked: the address of the text that was read and the words relied on.
 * Both or neither; absent means the source was not recorded, which the product says.
 */
export interface SourceText {
  readonly sourceUrl?: string;
  readonly excerpt?: string;
}

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

export interface GuidanceCitation extends SourceText {
  /** Stable id that risk profiles and reasons refer to. */
  readonly id: string;
  readonly issuer: string;
  /** The issuer's own title when `exactTitle`; otherwise a description (never an invented title). */
  readonly title: string;
  /** True when the title was read as the issuer publishes it. Absent (older office edits): false. */
  readonly exactTitle?: boolean;
  readonly symbol?: string;
  /** ISO 8601 at the precision known: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date: string;
  readonly summary: LocalizedText;
  /** How the title, symbol and date were checked. Absent (older office edits): not recorded. */
  readonly status?: SourceStatus;
}

export interface GuidanceRiskProfile {
  readonly tag: RiskProfileTag;
  readonly label: LocalizedText;
  readonly citationId: string;
}

export interface ReturnsAdvisory extends SourceText {
  readonly advisedAgainst: boolean;
  readonly since?: string;
  readonly citationId?: string;
  readonly note: LocalizedText;
  /** How the advice against returns was checked; absent: not recorded. */
  readonly status?: SourceStatus;
}

/** Whether an arrangement is still applied, as far as the sources say. */
export type ArrangementInForce = 'yes' | 'no' | 'unknown';

/** One agreement or announcement under which the country takes people who are not its nationals. */
export interface ReceivingArrangement extends SourceText {
  /** Stable id, e.g. `gt-us-aca-2019`. */
  readonly id: string;
  readonly title: LocalizedText;
  /** ISO 8601 at the precision known. */
  readonly date: string;
  readonly inForce: ArrangementInForce;
  readonly status: SourceStatus;
  readonly note: LocalizedText;
}

/** Arrangements under which the country receives deportees who are not its nationals. */
export interface ThirdCountryArrangement {
  readonly receivesOtherNationals: boolean;
  readonly status: SourceStatus;
  readonly note: LocalizedText;
  /** Each arrangement with its date and source; absent in older office edits. */
  readonly arrangements?: readonly ReceivingArrangement[];
}

export interface ForumProtection extends SourceText {
  readonly text: LocalizedText;
  readonly citation: string;
  readonly status: SourceStatus;
}

/** The circumstances of Cartagena conclusion III(3), as the screening's section 7 names them. */
export type CartagenaGround =
  | 'generalized-violence'
  | 'foreign-aggression'
  | 'internal-conflict'
  | 'massive-human-rights-violations'
  | 'public-order-disturbance';

export const CARTAGENA_GROUNDS: readonly CartagenaGround[] = [
  'generalized-violence',
  'foreign-aggression',
  'internal-conflict',
  'massive-human-rights-violations',
  'public-order-disturbance',
];

/** Whether the forum's refugee law lists one Cartagena circumstance, on what text. */
export interface ForumCartagenaGround extends SourceText {
  readonly ground: CartagenaGround;
  readonly applies: 'yes' | 'no' | 'not-verified';
  /** The provision (or its absence) that decides it, e.g. "Ley 27891 art. 3(b)". */
  readonly basis: string;
  readonly status: SourceStatus;
}

/**
 * Whether the forum applies the Cartagena definition as a whole: `partly` when its law lists
 * some circumstances and not others (Peru omits generalized violence), `no` when its law has no
 * such definition (the United States), `not-verified` when our sources do not say.
 */
export type ForumCartagena = 'yes' | 'partly' | 'no' | 'not-verified';

/** What a removing state's law offers; only present for removing states. */
export interface ForumFacts {
  readonly appliesCartagena: ForumCartagena;
  readonly cartagenaBasis?: string;
  /** Ground by ground; absent in older office edits (then only `appliesCartagena` is known). */
  readonly cartagenaGrounds?: readonly ForumCartagenaGround[];
  readonly protections: readonly ForumProtection[];
  /**
   * Where the forum's protection against torture has bars that its other form survives (US: CAT
   * withholding is barred, deferral is not): shown on the CAT pathway when a bar is indicated.
   */
  readonly catBars?: ForumProtection;
}

export type CountryRole = 'origin' | 'removing-state';

/** An event after which older guidance no longer describes the country (El Salvador, 2022). */
export interface ChangedCircumstances extends SourceText {
  /** ISO 8601 at the precision known. */
  readonly date: string;
  readonly event: LocalizedText;
  readonly status: SourceStatus;
}

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
  /** Guidance dated before this event is flagged stale, whatever its age. */
  readonly changedCircumstances?: ChangedCircumstances;
  /** When this entry was last reviewed against its sources. */
  readonly reviewedOn: string;
  /** Who reviewed it (a review, or for an office edit the office); absent: not recorded. */
  readonly reviewedBy?: string;
}
