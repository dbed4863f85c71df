// A correction of an event's time that would move the case's clocks, waiting for an attorney of
// the case (or decided by one): the event and its deadlines stay as they are until it is confirmed.
import type { DeadlineMoveResponse, EventCorrectionStatus } from '@amparo/contracts';
import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

@Entity({ name: 'case_event_correction_requests' })
export class EventCorrectionRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'event_id' })
  eventId!: string;

  /** The event's version when asked: a change since makes the request stale. */
  @Column('integer', { name: 'event_version' })
  eventVersion!: number;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;

  @Column('text', { name: 'time_zone' })
  timeZone!: string;

  @Column('text')
  reason!: string;

  @Column('jsonb')
  moves!: DeadlineMoveResponse[];

  @Column('text')
  status!: EventCorrectionStatus;

  @Column('uuid', { name: 'requested_by', nullable: true })
  requestedBy!: string | null;

  @Column('timestamptz', { name: 'requested_at' })
  requestedAt!: Date;

  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Column('text', { name: 'decision_note', nullable: true })
  decisionNote!: string | null;

  @VersionColumn()
  version!: number;
}
