// The filing-form details of one case as stored: a single sealed JSON document with its version.
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'case_filing_details' })
export class CaseFilingDetailsEntity {
  @PrimaryColumn('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  /** JSON of FilingDetailsDto, sealed by the field cipher and bound to the case id. */
  @Column('text', { name: 'details_sealed' })
  detailsSealed!: string;

  /** Set by the service (the first write is 1), checked against the version the form read. */
  @Column('integer')
  version!: number;

  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
