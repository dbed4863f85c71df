// Wire types come type-only from @amparo/contracts, so class-validator never reaches the bundle.
import type {
  CaseloadQueryDto,
  CaseloadPage,
  CaseloadRow,
  CatalogueJurisdictionResponse,
  RuleCatalogueResponse,
} from '@amparo/contracts';

export type { CaseloadPage, CaseloadRow, CatalogueJurisdictionResponse, RuleCatalogueResponse };

/**
 * The values the filters offer, repeated here as values (the contracts' constants live next to
 * class-validator, which must stay out of the bundle); the type check below fails if they drift.
 */
export const caseStages = ['intake', 'active', 'decision', 'appeal', 'closed'] as const;
export const custodyStatuses = ['detained', 'released', 'at_liberty', 'unknown'] as const;
export const riskLevels = ['low', 'moderate', 'high', 'extreme'] as const;
export const caseloadSorts = ['urgency', 'next-deadline', 'last-change'] as const;
/** "Due within" choices, in hours: a day, two days (the PASEE's outer reading), a week. */
export const withinChoices = [24, 48, 168] as const;

export type CaseStage = (typeof caseStages)[number];
export type CustodyStatus = (typeof custodyStatuses)[number];
export type RiskLevel = (typeof riskLevels)[number];
export type CaseloadSort = (typeof caseloadSorts)[number];

/** One row of the caseload (escalated cases come first in the urgency ranking). */
export type CaseloadItem = CaseloadRow;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Compile-time: the filter values are exactly the API's (CaseloadQueryDto).
const valuesMatchTheApi: [
  Same<CaseStage, NonNullable<CaseloadQueryDto['stage']>>,
  Same<CustodyStatus, NonNullable<CaseloadQueryDto['custody']>>,
  Same<RiskLevel, NonNullable<CaseloadQueryDto['risk']>>,
  Same<CaseloadSort, NonNullable<CaseloadQueryDto['sort']>>,
] = [true, true, true, true];
void valuesMatchTheApi;
