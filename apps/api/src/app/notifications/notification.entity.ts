// A notice to one member (a reminder, a missed deadline, an escalation) and its e-mail state.
import type { Bilingual } from '@amparo/domain';
import type { NotificationKind } from '@amparo/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type EmailStatus = 'none' | 'pending' | 'sent' | 'failed';
export type NotificationData = Record<string, string | number | boolean | null>;

@Entity({ name: 'notifications' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text')
  kind!: NotificationKind;

  @Column('uuid', { name: 'case_id', nullable: true })
  caseId!: string | null;

  @Column('uuid', { name: 'deadline_id', nullable: true })
  deadlineId!: string | null;

  @Column('jsonb')
  title!: Bilingual;

  @Column('jsonb')
  body!: Bilingual;

  @Column('jsonb')
  data!: NotificationData;

  /** What makes it the same notice: a second insert with the same key is ignored. */
  @Column('text', { name: 'dedupe_key' })
  dedupeKey!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt!: Date | null;

  @Column('text', { name: 'email_status' })
  emailStatus!: EmailStatus;

  @Column('integer', { name: 'email_attempts' })
  emailAttempts!: number;

  @Column('timestamptz', { name: 'emailed_at', nullable: true })
  emailedAt!: Date | null;

  @Column('text', { name: 'email_error', nullable: true })
  emailError!: string | null;
}
