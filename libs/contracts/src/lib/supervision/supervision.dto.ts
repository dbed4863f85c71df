// What a supervisor may ask of the office overview: the zone in which weeks begin.
import { IsOptional, IsTimeZone } from 'class-validator';

export class SupervisionStatsQueryDto {
  /** IANA zone whose Mondays start the weeks of `deadlinesPerWeek` (default UTC). */
  @IsOptional()
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as America/Lima' })
  timeZone?: string;
}
