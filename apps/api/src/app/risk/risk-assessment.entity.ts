// One version of a case's screening as stored: answers, free text and the findings sealed; the
// level, the urgent flag and the hours-until-removal answer in clear for ordering and escalation.
// sealed-assessment.codec.ts opens it.
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

  /** Sealed JSON (RISK_ANSWERS): the structured answers (free text is in evidenceSealed). */
  @Column('text', { name: 'answers_sealed', nullable: true })
  answersSealed!: string | null;

  /** The structured answers in clear, as written before they were sealed; NULL once sealed. */
  @Column('jsonb', { name: 'answers', nullable: true })
  clearAnswers!: ScreeningAnswers | null;

  /**
   * The "hours until removal" answer, in clear because the escalation rule reads it in SQL
   * (escalation.sql.ts) as well as in removal-clock.ts. Derived when the assessment is saved.
   */
  @Column('double precision', { name: 'hours_until_removal', nullable: true })
  hoursUntilRemoval!: number | null;

  @Column('text', { name: 'evidence_sealed', nullable: true })
  evidenceSealed!: string | null;

  @Column('text')
  level!: RiskLevel;

  /** Sealed JSON (RISK_FINDINGS): reasons, pathways, urgency and advisories, which restate answers. */
  @Column('text', { name: 'findings_sealed', nullable: true })
  findingsSealed!: string | null;

  /** The findings in clear, as written before they were sealed; NULL once sealed. */
  @Column('jsonb', { name: 'reasons', nullable: true })
  clearReasons!: RiskReason[] | null;

  @Column('jsonb', { name: 'pathways', nullable: true })
  clearPathways!: ProtectionPathway[] | null;

  @Column('jsonb', { name: 'urgency', nullable: true })
  clearUrgency!: RiskUrgency | null;

  @Column('jsonb', { name: 'advisories', nullable: true })
  clearAdvisories!: RiskAdvisory[] | null;

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
