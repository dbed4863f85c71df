// The filing facts of one case as stored: a single sealed JSON document with its version.
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
}

export const NO_FILING_FACTS: FilingFacts = {
  statements: [],
  declarantLanguage: null,
  interpreterName: null,
  lateFilingReasons: [],
  authorizedPersons: [],
};
