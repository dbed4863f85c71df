// One version of a case's screening as stored: structured answers in clear, free text sealed.
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type {
  ProtectionPathway,
  RiskAdvisory,
  RiskLevel,
  RiskReason,
  RiskUrgency,
  ScreeningAnswers,
} from '@amparo/domain';

@Entity({ name: 'risk_assessments' })
export class RiskAssessmentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'client_id' })
  clientId!: string;

  @Column('text', { name: 'destination_country' })
  destinationCountry!: string;

  @Column('text', { name: 'instrument_version' })
  instrumentVersion!: string;

  @Column('text', { name: 'rules_version' })
  rulesVersion!: string;

  @Column('integer')
  version!: number;

  @Column('jsonb')
  answers!: ScreeningAnswers;

  @Column('text', { name: 'evidence_sealed', nullable: true })
  evidenceSealed!: string | null;

  @Column('text')
  level!: RiskLevel;

  @Column('jsonb')
  reasons!: RiskReason[];

  @Column('jsonb')
  pathways!: ProtectionPathway[];

  @Column('jsonb')
  urgency!: RiskUrgency;

  @Column('jsonb')
  advisories!: RiskAdvisory[];

  @Column('boolean')
  urgent!: boolean;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('uuid', { name: 'signed_off_by', nullable: true })
  signedOffBy!: string | null;

  @Column('timestamptz', { name: 'signed_off_at', nullable: true })
  signedOffAt!: Date | null;
}
