// What an attorney or paralegal submits to screen a case, and a supervisor's acknowledgement.
import { IsObject, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { OneLine } from '../text/one-line.decorator';

export class CreateRiskAssessmentDto {
  /** ISO 3166-1 alpha-2 code of the country of feared return (s1.destination_country). */
  @IsString()
  @Matches(/^[A-Za-z]{2}$/, { message: 'destination must be an ISO 3166-1 alpha-2 code' })
  destination!: string;

  /** The instrument version answered; the published one when absent. */
  @IsOptional()
  @IsString()
  @MaxLength(60)
  @OneLine()
  instrumentVersion?: string;

  /** Answers by question id, checked against the instrument (each problem names its question). */
  @IsObject()
  answers!: Record<string, unknown>;

  /** The attorney's notes on the evidence: stored sealed. */
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  evidenceNotes?: string;
}

export class AcknowledgeEscalationDto {
  /** Why the supervisor considers the escalation handled (kept with the acknowledgement). */
  @IsString()
  @Length(3, 500, { message: 'reason must be between 3 and 500 characters' })
  reason!: string;
}
