// One generated version of a filing for a case: its hash, its sealed PDF and where it stands.
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export type FilingStatus = 'draft' | 'approved' | 'filed' | 'served';

@Entity({ name: 'filings' })
export class FilingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('text', { name: 'template_id' })
  templateId!: string;

  @Column('text', { name: 'template_version' })
  templateVersion!: string;

  @Column('text')
  language!: 'es' | 'en';

  /** 1, 2, 3… per case and template: a new generation never overwrites an earlier one. */
  @Column('integer', { name: 'filing_version' })
  filingVersion!: number;

  @Column('text')
  title!: string;

  @Column('integer', { name: 'page_count' })
  pageCount!: number;

  @Column('text')
  sha256!: string;

  @Column('integer', { name: 'byte_size' })
  byteSize!: number;

  /** Base64 of the PDF, sealed by the field cipher: the document names the person. */
  @Column('text', { name: 'pdf_sealed', select: false })
  pdfSealed!: string;

  @Column('text')
  status!: FilingStatus;

  @Column('timestamptz', { name: 'approved_at', nullable: true })
  approvedAt!: Date | null;

  @Column('uuid', { name: 'approved_by', nullable: true })
  approvedBy!: string | null;

  /** The assessment whose risk text the filing printed: approval needs it signed off. */
  @Column('uuid', { name: 'risk_assessment_id', nullable: true })
  riskAssessmentId!: string | null;

  /** Whether that assessment was signed off when the filing was generated; null: no risk text. */
  @Column('boolean', { name: 'risk_signed_off', nullable: true })
  riskSignedOff!: boolean | null;

  @Column('timestamptz', { name: 'filed_at', nullable: true })
  filedAt!: Date | null;

  @Column('uuid', { name: 'filed_by', nullable: true })
  filedBy!: string | null;

  @Column('uuid', { name: 'filed_event_id', nullable: true })
  filedEventId!: string | null;

  @Column('timestamptz', { name: 'served_at', nullable: true })
  servedAt!: Date | null;

  @Column('uuid', { name: 'served_by', nullable: true })
  servedBy!: string | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  /** The batch job that made it (one filing per case and batch), or null for a single generation. */
  @Column('uuid', { name: 'batch_job_id', nullable: true })
  batchJobId!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
