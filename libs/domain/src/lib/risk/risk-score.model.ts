// What the screening tells the attorney: a level, why, which protection it points to, how urgent.
import type { LegalBasis } from './legal-basis.model';
import type { LocalizedText } from './localized-text.model';
import type { RiskLevel } from './risk-level.model';

/** One rule that fired, naming the answers and the country-profile facts that made it fire. */
export interface RiskReason {
  readonly ruleId: string;
  /** The level this reason alone supports; the overall level is the highest of them. */
  readonly level: RiskLevel;
  readonly text: LocalizedText;
  /** Question ids. */
  readonly answers: readonly string[];
  /** Country-profile facts, `<CC>.<fact>[.<detail>][:<citation id>]` (see profileFact). */
  readonly profileFacts: readonly string[];
  readonly legalBasis: readonly LegalBasis[];
}

export type PathwayId = 'refugee-1951' | 'cartagena' | 'cat-art-3' | 'iccpr-6-7';

export type PathwayStatus =
  /** The answers point to it. */
  | 'open'
  /** The answers point to it, but an exclusion clause or bar may close it: check first. */
  | 'possibly-barred'
  /** The answers point to it, but the forum's adoption of it is not recorded in our reference. */
  | 'forum-not-verified'
  /** The forum's law does not provide it (the US has no Cartagena definition). */
  | 'not-in-forum-law';

export interface ProtectionPathway {
  readonly id: PathwayId;
  readonly label: LocalizedText;
  readonly status: PathwayStatus;
  readonly legalBasis: readonly LegalBasis[];
  readonly why: readonly LocalizedText[];
  readonly caveats: readonly LocalizedText[];
  readonly answers: readonly string[];
  readonly profileFacts: readonly string[];
}

export interface UrgencyReason {
  readonly code: 'removal-within-72h' | 'summary-procedure' | 'third-country-removal';
  readonly text: LocalizedText;
  readonly answers: readonly string[];
}

export interface RiskUrgency {
  /** Removal may be imminent or is to a third country: act now. */
  readonly urgent: boolean;
  /** Removal may happen within 72 hours (hours answered, PASEE or expedited removal). */
  readonly removalWithin72h: boolean;
  readonly reasons: readonly UrgencyReason[];
}

/** Context for the attorney that does not move the level (gaps in data, bars, checks to make). */
export interface RiskAdvisory {
  readonly code: string;
  readonly text: LocalizedText;
}

export interface RiskScore {
  readonly rulesVersion: string;
  readonly instrumentVersion: string;
  readonly destination: string;
  readonly level: RiskLevel;
  /** Highest level first; never empty when the level is above low. */
  readonly reasons: readonly RiskReason[];
  readonly pathways: readonly ProtectionPathway[];
  readonly urgency: RiskUrgency;
  readonly advisories: readonly RiskAdvisory[];
}
