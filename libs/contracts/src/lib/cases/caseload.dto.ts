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
import type { GrammaticalGender } from './client.dto';
import { OneLine } from '../text/one-line.decorator';

export const RISK_LEVELS = ['low', 'moderate', 'high', 'extreme'] as const;
export const CASELOAD_SORTS = ['urgency', 'next-deadline', 'last-change'] as const;

export class CaseloadQueryDto {
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'jurisdiction must be an ISO country code such as PE' })
  jurisdiction?: string;

  @IsOptional()
  @IsString()
  @MaxLength(80)
  @OneLine()
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
  @OneLine()
  q?: string;

  /** Exact A-number, looked up through its keyed hash. */
  @IsOptional()
  @IsString()
  @MaxLength(20)
  @OneLine()
  aNumber?: string;

  @IsOptional()
  @IsIn(RISK_LEVELS, { message: `risk must be one of ${RISK_LEVELS.join(', ')}` })
  risk?: (typeof RISK_LEVELS)[number];

  /** Cases with an open deadline due within this many hours (past-due ones included). */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'deadlineWithinHours must be a whole number of hours' })
  @Min(1)
  @Max(24 * 366)
  deadlineWithinHours?: number;

  /** `urgency` (default): gravest risk first, then the soonest deadline; or by deadline alone, or last change. */
  @IsOptional()
  @IsIn(CASELOAD_SORTS, { message: `sort must be one of ${CASELOAD_SORTS.join(', ')}` })
  sort?: (typeof CASELOAD_SORTS)[number];

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  /** The `nextCursor` of the previous page. */
  @IsOptional()
  @IsString()
  @MaxLength(400)
  @OneLine()
  cursor?: string;
}

/** A deadline of a caseload row: what its status is read from, and what names it. */
export interface CaseloadDeadline {
  id: string;
  ruleId: string;
  title: { en: string; es: string };
  kind: string;
  party: 'defense' | 'authority';
  urgent: boolean;
  status: 'open' | 'met' | 'missed' | 'waived' | 'overridden';
  dueAt: string | null;
  latestDueAt: string | null;
  overrideDueAt: string | null;
  recordedAt: string;
  timeZone: string;
  ruleStatus: 'verified' | 'secondary' | 'unverified';
}

export interface CaseloadRow {
  id: string;
  reference: string;
  clientName: string;
  /** What labels about the client agree with ("Detenida"); not the recorded gender itself. */
  clientGender: GrammaticalGender | null;
  jurisdiction: string;
  procedure: string;
  stage: string;
  custodyStatus: string;
  priority: string;
  leadAttorneyId: string | null;
  updatedAt: string;
  /** The soonest open deadline (an override replaces the computed date), or null. */
  nextDeadline: {
    dueAt: string;
    ruleId: string;
    title: { en: string; es: string };
    /** An hour clock (the PASEE's 24 h): shown as a live countdown; day deadlines as dates. */
    urgent: boolean;
    /** The latest end of a possible range (the PASEE's 48 h reading); null when one reading. */
    latestDueAt: string | null;
    /** The forum's IANA zone: the clock the deadline runs on. */
    timeZone: string;
    /** secondary or unverified rules are shown as such, never as settled law. */
    ruleStatus: 'verified' | 'secondary' | 'unverified';
  } | null;
  /**
   * The case's deadlines that still ask something of someone (open, set by order, or missed),
   * with what the one status function (readDeadline in @amparo/domain) reads: the row leads
   * with the same deadline and counts the same misses and openings as every other screen.
   */
  deadlines: CaseloadDeadline[];
  /** The level of the latest risk assessment, or null when none was made. */
  riskLevel: (typeof RISK_LEVELS)[number] | null;
  /**
   * High or extreme risk with removal possible within 72 hours, not acknowledged by a supervisor
   * since the clock last changed (see GET /api/risk/escalations); the urgency ranking lists these first.
   */
  escalated: boolean;
}

export interface CaseloadPage {
  rows: CaseloadRow[];
  total: number;
  nextCursor: string | null;
}
