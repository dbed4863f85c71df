// What a rule pack's new version did to one deadline (recomputed, started or flagged), why, and
// whether an attorney of the case has acknowledged it: the rule-change notice.
import type { Bilingual, RuleAspect, RuleChangeOutcome } from '@amparo/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'deadline_rule_changes' })
export class DeadlineRuleChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'deadline_id' })
  deadlineId!: string;

  @Column('text', { name: 'rule_id' })
  ruleId!: string;

  @Column('text', { name: 'from_version', nullable: true })
  fromVersion!: string | null;

  @Column('text', { name: 'to_version' })
  toVersion!: string;

  @Column('text')
  outcome!: RuleChangeOutcome;

  @Column('timestamptz', { name: 'due_before', nullable: true })
  dueBefore!: Date | null;

  @Column('timestamptz', { name: 'latest_before', nullable: true })
  latestBefore!: Date | null;

  @Column('timestamptz', { name: 'due_after', nullable: true })
  dueAfter!: Date | null;

  @Column('timestamptz', { name: 'latest_after', nullable: true })
  latestAfter!: Date | null;

  @Column('timestamptz', { name: 'override_due_at', nullable: true })
  overrideDueAt!: Date | null;

  @Column('text', { name: 'time_zone' })
  timeZone!: string;

  @Column('jsonb')
  reason!: Bilingual;

  @Column('text', { array: true })
  aspects!: RuleAspect[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('uuid', { name: 'acknowledged_by', nullable: true })
  acknowledgedBy!: string | null;

  @Column('timestamptz', { name: 'acknowledged_at', nullable: true })
  acknowledgedAt!: Date | null;

  @Column('text', { name: 'acknowledgement_note', nullable: true })
  acknowledgementNote!: string | null;
}
