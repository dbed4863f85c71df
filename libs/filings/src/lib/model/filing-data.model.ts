// The case as a filing sees it: a plain view model the API assembles from its records (never DB entities).

/** An instant with the time zone of the forum, so dates print as the court reads them. */
export interface FilingInstant {
  /** ISO 8601 instant, e.g. 2026-11-20T06:00:00Z. */
  readonly at: string;
  /** IANA zone, e.g. America/Lima. */
  readonly timeZone: string;
}

export type FilingJurisdiction = 'PE' | 'MX' | 'US';

export type RiskLevel = 'low' | 'moderate' | 'high' | 'extreme';

export interface FilingOrganization {
  readonly name: string;
  readonly address?: string;
  readonly phone?: string;
  readonly email?: string;
}

/** How a person's titles agree ("Abogada", "Abogado"); unspecified prints both forms. */
export type FilingGender = 'female' | 'male' | 'unspecified';

export interface FilingAttorney {
  readonly fullName: string;
  /** From the member's profile; absent or unspecified prints "Abogado(a)". */
  readonly gender?: FilingGender;
  /** Bar or professional registration (colegiatura, cédula profesional, state bar). */
  readonly barNumber?: string;
  /** EOIR registration ID (US). */
  readonly eoirId?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly address?: string;
}

export interface FilingClient {
  /** Full name as the person writes it, in any script. */
  readonly fullName: string;
  readonly aliases?: readonly string[];
  /** As the person states it: the Spanish words about them agree with it. */
  readonly gender?: FilingGender;
  /**
   * Nationality as an adjective, as it follows "de nacionalidad" / "of … nationality":
   * "ecuatoriana", "Ecuadorian" (see nationalityAdjectives).
   */
  readonly nationality?: string;
  /** The same adjective agreeing with the person: "ecuatoriano", "ecuatoriana". */
  readonly demonym?: string;
  readonly countryOfOrigin?: string;
  /** ISO date (YYYY-MM-DD). */
  readonly dateOfBirth?: string;
  /** e.g. "pasaporte N.º X1234567". */
  readonly identityDocument?: string;
  readonly language?: string;
  readonly address?: string;
  /** Where the person is held, if detained. */
  readonly detentionPlace?: string;
}

export interface FilingCase {
  /** Internal case number of the organization. */
  readonly caseNumber: string;
  readonly jurisdiction: FilingJurisdiction;
  readonly procedure?: string;
  /** Court or agency that hears the matter (heading of the filing). */
  readonly forum?: string;
  /** Forum's own file number (expediente). */
  readonly expediente?: string;
  /** US alien registration number. */
  readonly aNumber?: string;
  readonly judge?: string;
  /** ISO date of the next hearing. */
  readonly nextHearing?: string;
  readonly detained?: boolean;
}

/** The act contested: sanction resolution, removal order, deportation order. */
export interface FilingDecision {
  /** What follows "la Resolución": "de Sanción N.º 0012-2026" (never starting "Resolución"). */
  readonly reference?: string;
  /** With its article when Spanish needs one: "la Superintendencia Nacional de Migraciones". */
  readonly authority?: string;
  /** ISO date. */
  readonly issuedOn?: string;
  readonly notifiedAt?: FilingInstant;
  readonly summary?: string;
}

export interface FilingDetention {
  readonly retainedAt: FilingInstant;
  /** From the custody record or the place entered for filings; never an event's source. */
  readonly place?: string;
  readonly authority?: string;
}

export interface FilingEntry {
  /** ISO date of the last entry into the country. */
  readonly date: string;
  readonly place?: string;
}

/** The latest non-refoulement assessment, summarised with the answers that produced it. */
export interface FilingRiskSummary {
  readonly destinationCountry: string;
  readonly level: RiskLevel;
  /** ISO date. */
  readonly assessedOn: string;
  readonly assessedBy: string;
  readonly urgent: boolean;
  /** An attorney signed the assessment off: only then may another filing state its level. */
  readonly signedOff: boolean;
  readonly findings: readonly string[];
  readonly citations: readonly string[];
}

export interface FilingDeclaration {
  readonly statements: readonly string[];
  /** Language the declarant speaks, when it is not the filing's. */
  readonly declarantLanguage?: string;
  readonly interpreterName?: string;
}

export interface FilingAuthorizedPerson {
  readonly fullName: string;
  readonly professionalId?: string;
}

export interface FilingData {
  /** Instant of generation: dates the document and its metadata, so output is reproducible. */
  readonly generatedAt: string;
  /** City where the filing is signed. */
  readonly place: string;
  readonly organization: FilingOrganization;
  readonly attorney: FilingAttorney;
  readonly client: FilingClient;
  readonly case: FilingCase;
  readonly decision?: FilingDecision;
  readonly detention?: FilingDetention;
  readonly entry?: FilingEntry;
  /**
   * The facts the filing states, as someone wrote or chose them for filings. Timeline notes are
   * confidential and are never printed unless copied here.
   */
  readonly facts?: readonly string[];
  readonly risk?: FilingRiskSummary;
  /** US motions: how many motions to reopen were filed before (0: this is the first). */
  readonly priorMotionsToReopen?: number;
  /** US motions: the body whose order is final. */
  readonly finalOrderBy?: 'immigration_judge' | 'bia';
  /** US motions: the filing fee is paid, or a fee waiver (EOIR-26A) is requested. */
  readonly fee?: 'paid' | 'waiver-requested';
  /** The memorandum is to be filed (an exhibit), not kept as privileged work product. */
  readonly forFiling?: boolean;
  readonly declaration?: FilingDeclaration;
  readonly authorizedPersons?: readonly FilingAuthorizedPerson[];
  /** Free text: why a refugee claim was not made in time (COMAR). */
  readonly lateFilingReasons?: readonly string[];
  /** Grounds of the claim or motion, in the attorney's words. */
  readonly grounds?: readonly string[];
  readonly annexes?: readonly string[];
}
