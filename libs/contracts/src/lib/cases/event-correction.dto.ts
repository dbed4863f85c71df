// A correction of an event's time that would move the case's running clocks, asked for by a member
// who may not make it alone (a paralegal) and confirmed or declined by an attorney of the case.
import type { Bilingual } from '@amparo/domain';
import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

/** What an attorney decides on a request, at the version they saw. */
export class DecideEventCorrectionDto {
  @IsInt()
  @Min(1)
  version!: number;

  /** Why, for the member who asked (optional when confirming). */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export const EVENT_CORRECTION_STATUSES = [
  'pending',
  'confirmed',
  'declined',
  'superseded',
] as const;
export type EventCorrectionStatus = (typeof EVENT_CORRECTION_STATUSES)[number];

/** One clock the correction would change: moved, reopened after a miss, or started afresh. */
export interface DeadlineMoveResponse {
  deadlineId: string | null;
  ruleId: string;
  title: Bilingual;
  change: 'moves' | 'reopens' | 'starts';
  /** The effective due instant and latest reading now (null for a clock not yet started). */
  from: { dueAt: string | null; latestDueAt: string | null } | null;
  to: { dueAt: string | null; latestDueAt: string | null };
}

export interface EventCorrectionResponse {
  id: string;
  caseId: string;
  eventId: string;
  /** The event version the request was made against; a change since makes it stale. */
  eventVersion: number;
  occurredAt: string;
  timeZone: string;
  reason: string;
  moves: DeadlineMoveResponse[];
  status: EventCorrectionStatus;
  requestedBy: string | null;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  version: number;
}
