// A deadline on a case: what one rule computed from one event, and what people did about it.
import type {
  Bilingual,
  NoPeriodKind,
  ObligedParty,
  RecordedDeadlineStatus,
  VerificationStatus,
} from '@amparo/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export type CaseDeadlineStatus = RecordedDeadlineStatus;

/** One earlier state of the deadline: what changed it, when, by whom, and the dates it had. */
export interface CaseDeadlineHistoryEntry {
  /** `rule-changed`: recomputed (or flagged) because a new pack version changed the rule. */
  change: 'recomputed' | 'rule-changed' | 'overridden' | 'completed' | 'waived' | 'missed';
  at: string;
  by: string | null;
  dueAt: string | null;
  latestDueAt: string | null;
  overrideDueAt: string | null;
  status: CaseDeadlineStatus;
  reason?: string;
}

@Entity({ name: 'case_deadlines' })
export class CaseDeadlineEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('text', { name: 'rule_id' })
  ruleId!: string;

  @Column('text', { name: 'pack_version' })
  packVersion!: string;

  @Column('text')
  kind!: 'due' | NoPeriodKind;

  @Column('jsonb')
  title!: Bilingual;

  @Column('timestamptz', { name: 'due_at', nullable: true })
  dueAt!: Date | null;

  @Column('timestamptz', { name: 'latest_due_at', nullable: true })
  latestDueAt!: Date | null;

  @Column('text', { name: 'time_zone' })
  timeZone!: string;

  @Column('jsonb')
  basis!: Bilingual;

  @Column('text')
  citation!: string;

  @Column('text', { name: 'status_of_rule' })
  statusOfRule!: VerificationStatus;

  @Column('boolean')
  urgent!: boolean;

  /** Whose act it asks for: the office's (defense) or an authority's (a limit to watch). */
  @Column('text')
  party!: ObligedParty;

  @Column('text', { name: 'completion_records', nullable: true })
  completionRecords!: string | null;

  @Column('text')
  status!: CaseDeadlineStatus;

  @Column('timestamptz', { name: 'override_due_at', nullable: true })
  overrideDueAt!: Date | null;

  @Column('text', { name: 'override_reason', nullable: true })
  overrideReason!: string | null;

  @Column('uuid', { name: 'overridden_by', nullable: true })
  overriddenBy!: string | null;

  @Column('timestamptz', { name: 'overridden_at', nullable: true })
  overriddenAt!: Date | null;

  @Column('text', { name: 'waived_reason', nullable: true })
  waivedReason!: string | null;

  @Column('uuid', { name: 'waived_by', nullable: true })
  waivedBy!: string | null;

  @Column('timestamptz', { name: 'waived_at', nullable: true })
  waivedAt!: Date | null;

  @Column('uuid', { name: 'completed_by', nullable: true })
  completedBy!: string | null;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @Column('text', { name: 'completion_note', nullable: true })
  completionNote!: string | null;

  @Column('jsonb')
  history!: CaseDeadlineHistoryEntry[];

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
