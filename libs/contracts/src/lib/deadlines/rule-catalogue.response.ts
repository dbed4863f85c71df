// GET /api/rules: every shipped rule with its citation and verification status, and the periods
// the research looked for and did not find (gaps: no rule is invented for them).
import type {
  Bilingual,
  JurisdictionCode,
  NoPeriodKind,
  ObligedParty,
  VerificationStatus,
} from '@amparo/domain';

export interface CatalogueRuleResponse {
  id: string;
  title: Bilingual;
  procedures: string[];
  /** Event types that start the rule's clock. */
  triggers: string[];
  /** "24 hours", "3 business days"; absent for rules without a period. */
  period?: Bilingual;
  /** The other reading of a possible range (its latest end). */
  latestPeriod?: Bilingual;
  counting?: Bilingual;
  /** Why there is no period: file at once, any time, or the date in the order. */
  noPeriod?: NoPeriodKind;
  timeZone?: string;
  timeZonePinned?: boolean;
  calendar?: string;
  citation: string;
  source: string;
  /** Address of the text relied on, and an excerpt of it; absent when not recorded. */
  sourceUrl?: string;
  excerpt?: string;
  status: VerificationStatus;
  /** Who last checked the rule against its source, and when (YYYY-MM-DD). */
  reviewedBy: string;
  reviewedOn: string;
  party: ObligedParty;
  urgent: boolean;
  notes: Bilingual;
  completionRecords?: string;
  startsNext: string[];
}

/** A period the legal reference marks "not found". */
export interface CatalogueGapResponse {
  id: string;
  title: Bilingual;
  procedures: string[];
  status: 'not_found';
  reason: Bilingual;
  source: string;
  sourceUrl?: string;
  excerpt?: string;
}

/** A protection that is not a period (e.g. no expulsion while a refugee claim is pending). */
export interface CatalogueProtectionResponse {
  id: string;
  title: Bilingual;
  procedures: string[];
  citation: string;
  status: VerificationStatus;
  notes: Bilingual;
  sourceUrl?: string;
  excerpt?: string;
}

/** A court or office a case can be opened before, with the zone its clock keeps. */
export interface CatalogueForumResponse {
  id: string;
  name: string;
  city: string;
  region: string;
  timeZone: string;
}

export interface CatalogueJurisdictionResponse {
  jurisdiction: JurisdictionCode;
  /** Rule pack version: a computed deadline records the version that produced it. */
  version: string;
  name: Bilingual;
  defaultTimeZone: string;
  /** False where the country has several zones: a case there names its forum (or zone). */
  singleTimeZone: boolean;
  /** Courts and offices to open a case before (none shipped for some countries). */
  forums: CatalogueForumResponse[];
  procedures: { id: string; title: Bilingual }[];
  eventTypes: { id: string; label: Bilingual }[];
  rules: CatalogueRuleResponse[];
  gaps: CatalogueGapResponse[];
  protections: CatalogueProtectionResponse[];
}

export interface RuleCatalogueResponse {
  jurisdictions: CatalogueJurisdictionResponse[];
}
