// What a supervisor may ask of the audit trail: filters, and a page of entries older than a seq.
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import {
  AUDIT_ACTIONS,
  AUDIT_OUTCOMES,
  AUDIT_RECORD_ID_PATTERN,
  AUDIT_RECORD_TYPE_PATTERN,
  type AuditAction,
  type AuditOutcome,
} from './audit-vocabulary';

export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 200;
/** An instant, not a wall-clock time: the server's time zone must never decide what it means. */
const WITH_OFFSET = /T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

export class AuditQueryDto {
  /** Only entries with this action. */
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  /** Only entries with this outcome. */
  @IsOptional()
  @IsIn(AUDIT_OUTCOMES)
  outcome?: AuditOutcome;

  /** Only entries by this user. */
  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  /** Only entries about this type of record, e.g. `client`. */
  @IsOptional()
  @Matches(AUDIT_RECORD_TYPE_PATTERN, { message: 'recordType must be a lower-case record name' })
  recordType?: string;

  /** Only entries about this record. */
  @IsOptional()
  @Matches(AUDIT_RECORD_ID_PATTERN, { message: 'recordId must be a record identifier' })
  recordId?: string;

  /** Entries at or after this instant (ISO 8601 with offset, e.g. 2026-11-23T00:00:00Z). */
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(WITH_OFFSET, { message: 'from must end in Z or a UTC offset such as -05:00' })
  from?: string;

  /** Entries strictly before this instant. */
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(WITH_OFFSET, { message: 'to must end in Z or a UTC offset such as -05:00' })
  to?: string;

  /** The page holds entries with a seq lower than this (the `nextBefore` of the previous page). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  before?: number;

  /** Entries per page, newest first. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(AUDIT_PAGE_MAX)
  limit?: number;
}
