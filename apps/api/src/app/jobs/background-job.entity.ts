// One job a member of an office started, tracked in the office's own (row-level secured) table.
// pg-boss's tables carry only this row's id: what the job is about stays sealed here.
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BackgroundJobStatus } from '@amparo/contracts';

@Entity({ name: 'background_jobs' })
export class BackgroundJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text')
  kind!: string;

  @Column('text', { name: 'idempotency_key', nullable: true })
  idempotencyKey!: string | null;

  @Column('text')
  status!: BackgroundJobStatus;

  @Column('integer', { name: 'progress_done' })
  progressDone!: number;

  @Column('integer', { name: 'progress_total', nullable: true })
  progressTotal!: number | null;

  /** The job's input, sealed by the field cipher (an import holds people's names). */
  @Column('text', { name: 'payload_sealed', select: false })
  payloadSealed!: string;

  @Column('jsonb', { nullable: true })
  result!: object | null;

  @Column('text', { name: 'error_code', nullable: true })
  errorCode!: string | null;

  @Column('text', { name: 'error_message', nullable: true })
  errorMessage!: string | null;

  @Column('jsonb', { name: 'error_details', nullable: true })
  errorDetails!: object[] | null;

  @Column('integer')
  attempts!: number;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'started_at', nullable: true })
  startedAt!: Date | null;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt!: Date | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
