// The filing facts of one case as stored: a single sealed JSON document with its version.
import type { FinalOrderBody } from '@amparo/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'case_filing_facts' })
export class CaseFilingFactsEntity {
  @PrimaryColumn('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  /** JSON of {@link FilingFacts}, sealed by the field cipher and bound to the case id. */
  @Column('text', { name: 'facts_sealed' })
  factsSealed!: string;

  /** Set by the service (the first write is 1), checked against the version the editor read. */
  @Column('integer')
  version!: number;

  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** The opened document. */
export interface FilingFacts {
  readonly statements: readonly string[];
  readonly declarantLanguage: string | null;
  readonly interpreterName: string | null;
  readonly lateFilingReasons: readonly string[];
  readonly authorizedPersons: readonly { fullName: string; professionalId: string | null }[];
  /** The only narrative a filing prints under "Hechos" / "Facts". */
  readonly facts: readonly string[];
  /** Place of detention for filings when the custody record names none. */
  readonly detentionPlace: string | null;
  /** Where the client last entered the country, for filings. */
  readonly entryPlace: string | null;
  readonly priorMotionsToReopen: number | null;
  readonly finalOrderBy: FinalOrderBody | null;
  readonly feeWaiverRequested: boolean | null;
}

export const NO_FILING_FACTS: FilingFacts = {
  statements: [],
  declarantLanguage: null,
  interpreterName: null,
  lateFilingReasons: [],
  authorizedPersons: [],
  facts: [],
  detentionPlace: null,
  entryPlace: null,
  priorMotionsToReopen: null,
  finalOrderBy: null,
  feeWaiverRequested: null,
};

/** A stored document as today's shape: keys written before a field existed take its default. */
export function readFilingFacts(stored: Partial<FilingFacts>): FilingFacts {
  return { ...NO_FILING_FACTS, ...stripUndefined(stored) };
}

const stripUndefined = (value: Partial<FilingFacts>): Partial<FilingFacts> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
