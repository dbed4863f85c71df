// What a member sends to see which deadlines an event would start, before any case exists.
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { OneLine } from '../text/one-line.decorator';

export class DeadlinePreviewDto {
  /** Jurisdiction of the rule pack: PE, US, MX, DO, PA or CR (see GET /api/rules). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(8)
  @OneLine()
  jurisdiction!: string;

  /** Procedure id of that pack, e.g. `pasee-expulsion`. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  @OneLine()
  procedure!: string;

  /** Event type id of that pack, e.g. `police-retention`. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  @OneLine()
  eventType!: string;

  /**
   * When the event happened: ISO 8601 with a UTC offset (2026-07-28T21:10:00-05:00), optionally
   * with an RFC 9557 zone annotation ([America/Lima]). A time without offset is refused.
   */
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  @OneLine()
  occurredAt!: string;

  /** IANA zone of the place where the event happened; defaults to the pack's (America/Lima). */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @OneLine()
  timeZone?: string;
}
