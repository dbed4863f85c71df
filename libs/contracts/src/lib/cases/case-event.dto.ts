// A dated fact on a case's timeline; events start deadlines.
import { IsInt, IsOptional, IsString, Length, Matches, MaxLength, Min } from 'class-validator';
import type { EventCorrectionResponse } from './event-correction.dto';
import { OneLine } from '../text/one-line.decorator';

/** ISO 8601 with an explicit offset: "2026-11-23T06:00:00-05:00". A bare local time is refused. */
const INSTANT_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const OFFSET_MESSAGE = 'occurredAt must be ISO 8601 with an offset, e.g. 2026-11-23T06:00:00-05:00';

export class CreateCaseEventDto {
  @IsString()
  @Length(1, 80)
  @OneLine()
  eventType!: string;

  @Matches(INSTANT_WITH_OFFSET, { message: OFFSET_MESSAGE })
  occurredAt!: string;

  /** IANA zone where it happened; defaults to the case's forum zone. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @OneLine()
  timeZone?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  @OneLine()
  source?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class CorrectCaseEventDto {
  @Matches(INSTANT_WITH_OFFSET, { message: OFFSET_MESSAGE })
  occurredAt!: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  @OneLine()
  timeZone?: string;

  @IsString()
  @Length(1, 500, { message: 'reason must say why the time is corrected (1 to 500 characters)' })
  reason!: string;

  @IsInt()
  @Min(1)
  version!: number;
}

export interface CaseEventResponse {
  id: string;
  caseId: string;
  eventType: string;
  occurredAt: string;
  timeZone: string;
  source: string | null;
  note: string | null;
  version: number;
  revisions: {
    version: number;
    occurredAt: string;
    timeZone: string;
    reason: string;
    changedAt: string;
  }[];
  /**
   * A correction asked for and waiting for an attorney (it would move the case's clocks), or
   * null. Until confirmed, the event and its deadlines stay as they are.
   */
  pendingCorrection: EventCorrectionResponse | null;
}
