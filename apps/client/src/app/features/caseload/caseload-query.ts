// The caseload's filters, in three shapes: what the page holds, what the address bar shows (so a
// filtered list can be bookmarked, shared and restored by Back), and what the API is asked.
import type { Params } from '@angular/router';
import {
  caseloadSorts,
  type CaseloadSort,
  type CaseStage,
  caseStages,
  type CustodyStatus,
  custodyStatuses,
  type RiskLevel,
  riskLevels,
} from './caseload.models';

export interface CaseloadFilters {
  /** Names and aliases (the API ignores case and accents). */
  q: string;
  /** An exact A-number. */
  aNumber: string;
  jurisdiction: string;
  procedure: string;
  stage: CaseStage | '';
  custody: CustodyStatus | '';
  risk: RiskLevel | '';
  /** Only cases with an open deadline due within this many hours (0: any). */
  within: number;
  /** Only the cases the person leads or is assigned to. */
  mine: boolean;
  sort: CaseloadSort;
}

export const noFilters: CaseloadFilters = {
  q: '',
  aNumber: '',
  jurisdiction: '',
  procedure: '',
  stage: '',
  custody: '',
  risk: '',
  within: 0,
  mine: false,
  sort: 'urgency',
};

const oneOf = <T extends string>(allowed: readonly T[], value: unknown): T | '' =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : '';

const text = (value: unknown, max: number): string =>
  typeof value === 'string' ? value.trim().slice(0, max) : '';

/**
 * Filters from the address bar. Anything unknown or malformed (an old bookmark, a typo) is
 * dropped rather than sent on, so a stale link still opens a working list.
 */
export function filtersFromParams(params: Params): CaseloadFilters {
  const jurisdiction = text(params['jurisdiction'], 3).toUpperCase();
  const within = Number(params['within']);
  return {
    q: text(params['q'], 100),
    aNumber: text(params['aNumber'], 20),
    jurisdiction: /^[A-Z]{2}$/.test(jurisdiction) ? jurisdiction : '',
    procedure: /^[a-z0-9-]{1,80}$/.test(text(params['procedure'], 80))
      ? text(params['procedure'], 80)
      : '',
    stage: oneOf(caseStages, params['stage']),
    custody: oneOf(custodyStatuses, params['custody']),
    risk: oneOf(riskLevels, params['risk']),
    within: Number.isInteger(within) && within >= 1 && within <= 24 * 366 ? within : 0,
    mine: params['mine'] === '1',
    sort: oneOf(caseloadSorts, params['sort']) || 'urgency',
  };
}

/**
 * The address-bar form: only what differs from no filter, so the plain caseload stays
 * "/caseload". Every key is present (null removes it) for a merge into the current query.
 */
export function filtersToParams(filters: CaseloadFilters): Params {
  return {
    q: filters.q || null,
    aNumber: filters.aNumber || null,
    jurisdiction: filters.jurisdiction || null,
    procedure: filters.procedure || null,
    stage: filters.stage || null,
    custody: filters.custody || null,
    risk: filters.risk || null,
    within: filters.within > 0 ? String(filters.within) : null,
    mine: filters.mine ? '1' : null,
    sort: filters.sort === 'urgency' ? null : filters.sort,
  };
}

/** The GET /api/cases query for one page: the filters, the person (for "mine"), the cursor. */
export function filtersToApiQuery(
  filters: CaseloadFilters,
  userId: string | null,
  cursor: string | null,
  limit: number,
): Record<string, string> {
  const query: Record<string, string> = { limit: String(limit) };
  if (filters.q) query['q'] = filters.q;
  if (filters.aNumber) query['aNumber'] = filters.aNumber;
  if (filters.jurisdiction) query['jurisdiction'] = filters.jurisdiction;
  if (filters.procedure) query['procedure'] = filters.procedure;
  if (filters.stage) query['stage'] = filters.stage;
  if (filters.custody) query['custody'] = filters.custody;
  if (filters.risk) query['risk'] = filters.risk;
  if (filters.within > 0) query['deadlineWithinHours'] = String(filters.within);
  if (filters.mine && userId) query['assignee'] = userId;
  if (filters.sort !== 'urgency') query['sort'] = filters.sort;
  if (cursor) query['cursor'] = cursor;
  return query;
}

/** Whether any filter narrows the list (the sort does not): decides which empty state to show. */
export function isFiltered(filters: CaseloadFilters): boolean {
  return Object.entries(filtersToParams({ ...filters, sort: 'urgency' })).some(
    ([, value]) => value !== null,
  );
}
