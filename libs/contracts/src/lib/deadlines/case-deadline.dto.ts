// What members send to act on a case's deadline (complete, override, waive) or to list deadlines.
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { OneLine } from '../text/one-line.decorator';

/** ISO 8601 with an explicit offset: "2026-11-24T06:00:00-05:00". A bare local time is refused. */
const INSTANT_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export const CASE_DEADLINE_STATUSES = ['open', 'met', 'missed', 'waived', 'overridden'] as const;
export type CaseDeadlineStatusName = (typeof CASE_DEADLINE_STATUSES)[number];

/** GET /api/deadlines: rows per page unless `limit` says otherwise, and the most a page holds. */
export const DEADLINE_PAGE_DEFAULT = 500;
export const DEADLINE_PAGE_MAX = 2000;

export class CompleteDeadlineDto {
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;

  @IsInt()
  @Min(1)
  version!: number;
}

export class OverrideDeadlineDto {
  /** The due instant the order sets, ISO 8601 with an offset. */
  @Matches(INSTANT_WITH_OFFSET, {
    message: 'dueAt must be ISO 8601 with an offset, e.g. 2026-11-24T06:00:00-05:00',
  })
  dueAt!: string;

  @IsString()
  @Length(1, 500, { message: 'reason must name the order or say why (1 to 500 characters)' })
  reason!: string;

  @IsInt()
  @Min(1)
  version!: number;
}

export class WaiveDeadlineDto {
  @IsString()
  @Length(1, 500, { message: 'reason must say why the deadline is waived (1 to 500 characters)' })
  reason!: string;

  @IsInt()
  @Min(1)
  version!: number;
}

export class DeadlineQueryDto {
  @IsOptional()
  @IsIn(CASE_DEADLINE_STATUSES)
  status?: CaseDeadlineStatusName;

  /** Only deadlines due before this instant (ISO 8601 with an offset). */
  @IsOptional()
  @Matches(INSTANT_WITH_OFFSET, { message: 'dueBefore must be ISO 8601 with an offset' })
  dueBefore?: string;

  /** Only deadlines due at or after this instant (ISO 8601 with an offset). */
  @IsOptional()
  @Matches(INSTANT_WITH_OFFSET, { message: 'dueAfter must be ISO 8601 with an offset' })
  dueAfter?: string;

  /** Only deadlines of cases this member leads or is assigned to. */
  @IsOptional()
  @IsUUID()
  assignee?: string;

  /** Rows per page (keyset pages; the next page's address is in the `Link` header, rel="next"). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(DEADLINE_PAGE_MAX)
  limit?: number;

  /** The `cursor` of the `Link` header's next page. */
  @IsOptional()
  @IsString()
  @MaxLength(400)
  @OneLine()
  cursor?: string;
}
