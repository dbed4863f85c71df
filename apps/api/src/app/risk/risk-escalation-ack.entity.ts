// A supervisor's acknowledgement of an escalation, valid until the risk or the clock changes.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'risk_escalation_acks' })
export class RiskEscalationAckEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'assessment_id' })
  assessmentId!: string;

  @Column('uuid', { name: 'acknowledged_by', nullable: true })
  acknowledgedBy!: string | null;

  @Column('timestamptz', { name: 'acknowledged_at' })
  acknowledgedAt!: Date;

  @Column('text')
  reason!: string;
}
