// The caseload: filters, sort and a keyset cursor; each row carries what the list shows.
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CASE_STAGES, CUSTODY_STATUSES } from './case.dto';

export class CaseloadQueryDto {
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'jurisdiction must be an ISO country code such as PE' })
  jurisdiction?: string;

  @IsOptional()
  @IsString()
  @MaxLength(80)
  procedure?: string;

  @IsOptional()
  @IsIn(CASE_STAGES, { message: `stage must be one of ${CASE_STAGES.join(', ')}` })
  stage?: (typeof CASE_STAGES)[number];

  @IsOptional()
  @IsIn(CUSTODY_STATUSES, { message: `custody must be one of ${CUSTODY_STATUSES.join(', ')}` })
  custody?: (typeof CUSTODY_STATUSES)[number];

  /** Cases whose lead attorney or paralegal this user is. */
  @IsOptional()
  @IsUUID('4', { message: 'assignee must be the id of a member of your office' })
  assignee?: string;

  /** Names and aliases, any case, with or without accents. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  /** Exact A-number, looked up through its keyed hash. */
  @IsOptional()
  @IsString()
  @MaxLength(20)
  aNumber?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  /** The `nextCursor` of the previous page. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export interface CaseloadRow {
  id: string;
  reference: string;
  clientName: string;
  jurisdiction: string;
  procedure: string;
  stage: string;
  custodyStatus: string;
  priority: string;
  leadAttorneyId: string | null;
  updatedAt: string;
}

export interface CaseloadPage {
  rows: CaseloadRow[];
  total: number;
  nextCursor: string | null;
}
