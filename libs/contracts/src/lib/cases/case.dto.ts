// A matter: one client, a jurisdiction and procedure, its team and its stage.
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { OneLine } from '../text/one-line.decorator';
import type { GrammaticalGender } from './client.dto';

export const CUSTODY_STATUSES = ['detained', 'released', 'at_liberty', 'unknown'] as const;
export const CASE_STAGES = ['intake', 'active', 'decision', 'appeal', 'closed'] as const;
export const CASE_PRIORITIES = ['normal', 'high', 'urgent'] as const;

export class CreateCaseDto {
  @IsUUID('4', { message: 'clientId must be the id of a client' })
  clientId!: string;

  @Matches(/^[A-Z]{2}$/, { message: 'jurisdiction must be an ISO country code such as PE' })
  jurisdiction!: string;

  @IsString()
  @Length(1, 80)
  @OneLine()
  procedure!: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  @OneLine()
  forum?: string;

  /**
   * The court or office from the shipped list (GET /api/rules, `forums`), e.g.
   * `us-eoir-los-angeles-olive-street`: the case keeps its time zone. Required, or `timeZone`, in
   * a country with several zones (US, MX).
   */
  @IsOptional()
  @Matches(/^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'forumId must be a forum id' })
  @MaxLength(80)
  forumId?: string;

  /**
   * IANA time zone of the forum, when it is not in the list. Where the country has one zone
   * (America/Lima for PE) it defaults to it.
   */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @OneLine()
  timeZone?: string;

  @IsOptional()
  @Matches(/^A?[- ]?\d{3}[- ]?\d{3}[- ]?\d{2,3}$/i, {
    message: 'aNumber must look like A-123-456-789',
  })
  aNumber?: string;

  @IsOptional()
  @IsString()
  @MaxLength(80)
  @OneLine()
  expediente?: string;

  @IsOptional()
  @IsIn(CUSTODY_STATUSES, {
    message: `custodyStatus must be one of ${CUSTODY_STATUSES.join(', ')}`,
  })
  custodyStatus?: (typeof CUSTODY_STATUSES)[number];

  @IsOptional()
  @IsIn(CASE_PRIORITIES, { message: `priority must be one of ${CASE_PRIORITIES.join(', ')}` })
  priority?: (typeof CASE_PRIORITIES)[number];

  @IsOptional()
  @IsUUID('4', { message: 'leadAttorneyId must be the id of an attorney of your office' })
  leadAttorneyId?: string;
}

export class UpdateCaseDto {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @OneLine()
  forum?: string;

  @IsOptional()
  @IsIn(CUSTODY_STATUSES, {
    message: `custodyStatus must be one of ${CUSTODY_STATUSES.join(', ')}`,
  })
  custodyStatus?: (typeof CUSTODY_STATUSES)[number];

  @IsOptional()
  @IsIn(CASE_STAGES, { message: `stage must be one of ${CASE_STAGES.join(', ')}` })
  stage?: (typeof CASE_STAGES)[number];

  @IsOptional()
  @IsString()
  @MaxLength(200)
  @OneLine()
  outcome?: string;

  @IsOptional()
  @IsIn(CASE_PRIORITIES, { message: `priority must be one of ${CASE_PRIORITIES.join(', ')}` })
  priority?: (typeof CASE_PRIORITIES)[number];

  @IsInt()
  @Min(1)
  version!: number;
}

export class AssignCaseDto {
  @IsOptional()
  @IsUUID('4', { message: 'leadAttorneyId must be the id of an attorney of your office' })
  leadAttorneyId?: string;

  @IsOptional()
  @IsUUID('4', {
    each: true,
    message: 'each paralegalId must be the id of a paralegal of your office',
  })
  paralegalIds?: string[];

  @IsInt()
  @Min(1)
  version!: number;
}

/** Archiving takes the version the supervisor saw, like any change to the case. */
export class ArchiveCaseDto {
  @IsInt()
  @Min(1)
  version!: number;
}

export interface CaseResponse {
  id: string;
  reference: string;
  clientId: string;
  clientName: string;
  /** What labels about the client agree with ("Detenida"); not the recorded gender itself. */
  clientGender: GrammaticalGender | null;
  jurisdiction: string;
  procedure: string;
  forum: string | null;
  timeZone: string;
  aNumber: string | null;
  expediente: string | null;
  custodyStatus: (typeof CUSTODY_STATUSES)[number];
  stage: (typeof CASE_STAGES)[number];
  outcome: string | null;
  priority: (typeof CASE_PRIORITIES)[number];
  leadAttorneyId: string | null;
  paralegalIds: string[];
  /** When a supervisor archived the case (ISO 8601), or null while it is in the caseload. */
  archivedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
