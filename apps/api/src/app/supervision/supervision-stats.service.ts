// The supervisor's office overview, counted in SQL under row-level security: caseload per lead
// attorney, latest risk level of every open case, and deadlines per week by status.
import { Injectable } from '@nestjs/common';
import type {
  AttorneyCaseloadResponse,
  DeadlineWeekResponse,
  RiskLevelCountResponse,
  SupervisionStatsQueryDto,
  SupervisionStatsResponse,
} from '@amparo/contracts';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';

/** Weeks shown before and after the current one. */
const WEEKS_BACK = 4;
const WEEKS_AHEAD = 8;
const RISK_ORDER = ['extreme', 'high', 'moderate', 'low', 'none'] as const;

/** Cases still being worked: not archived, not closed. */
const OPEN_CASE = `c.organization_id = $1 AND c.archived_at IS NULL AND c.stage <> 'closed'`;
/** The latest assessment's level, per case (the same reading as the caseload's risk badge). */
const LATEST_LEVEL = `(SELECT r.level FROM risk_assessments r WHERE r.case_id = c.id ORDER BY r.version DESC LIMIT 1)`;
/** The deadline's instant to work to, and its status as of now (missed is computed on read). */
const EFFECTIVE_DUE = `coalesce(d.override_due_at, d.due_at)`;
const STATUS_NOW = `CASE WHEN d.status IN ('open', 'overridden')
      AND coalesce(d.override_due_at, d.latest_due_at, d.due_at) < now() THEN 'missed'
    WHEN d.status = 'overridden' THEN 'open' ELSE d.status END`;

@Injectable()
export class SupervisionStatsService {
  constructor(private readonly transactions: TenantTransactions) {}

  async stats(
    principal: Principal,
    query: SupervisionStatsQueryDto,
  ): Promise<SupervisionStatsResponse> {
    const timeZone = query.timeZone ?? 'UTC';
    const org = principal.organizationId;
    return {
      generatedAt: new Date().toISOString(),
      timeZone,
      caseloadByAttorney: await this.caseloadByAttorney(org),
      riskLevels: await this.riskLevels(org),
      deadlinesPerWeek: await this.deadlinesPerWeek(org, timeZone),
    };
  }

  /** Every active attorney (with no cases too), then anyone else leading cases, then the unled. */
  private async caseloadByAttorney(org: string): Promise<AttorneyCaseloadResponse[]> {
    const rows: {
      attorneyId: string | null;
      name: string | null;
      cases: number;
      graveRisk: number;
      dueSoon: number;
    }[] = await this.transactions.manager.query(
      `WITH open_cases AS (
         SELECT c.id, c.lead_attorney_id, ${LATEST_LEVEL} AS level,
                EXISTS (SELECT 1 FROM case_deadlines d
                         WHERE d.case_id = c.id AND d.status IN ('open', 'overridden')
                           AND ${EFFECTIVE_DUE} <= now() + interval '48 hours') AS due_soon
           FROM cases c WHERE ${OPEN_CASE}
       ), leads AS (
         SELECT u.id FROM users u
          WHERE u.organization_id = $1 AND u.disabled_at IS NULL AND 'attorney' = ANY(u.roles)
         UNION
         SELECT lead_attorney_id FROM open_cases WHERE lead_attorney_id IS NOT NULL
       )
       SELECT l.id AS "attorneyId", u.name,
              count(oc.id)::int AS cases,
              count(oc.id) FILTER (WHERE oc.level IN ('high', 'extreme'))::int AS "graveRisk",
              count(oc.id) FILTER (WHERE oc.due_soon)::int AS "dueSoon"
         FROM leads l
         LEFT JOIN users u ON u.id = l.id
         LEFT JOIN open_cases oc ON oc.lead_attorney_id = l.id
        GROUP BY l.id, u.name
       UNION ALL
       SELECT NULL, NULL, count(*)::int,
              count(*) FILTER (WHERE level IN ('high', 'extreme'))::int,
              count(*) FILTER (WHERE due_soon)::int
         FROM open_cases WHERE lead_attorney_id IS NULL
       HAVING count(*) > 0
        ORDER BY 3 DESC, 2 NULLS LAST`,
      [org],
    );
    return rows.map((row) => ({
      attorneyId: row.attorneyId,
      name: row.name,
      cases: row.cases,
      graveRisk: row.graveRisk,
      dueSoon: row.dueSoon,
    }));
  }

  private async riskLevels(org: string): Promise<RiskLevelCountResponse[]> {
    const rows: { level: RiskLevelCountResponse['level']; cases: number }[] =
      await this.transactions.manager.query(
        `SELECT coalesce(${LATEST_LEVEL}, 'none') AS level, count(*)::int AS cases
           FROM cases c WHERE ${OPEN_CASE} GROUP BY 1`,
        [org],
      );
    const counts = new Map(rows.map((row) => [row.level, row.cases]));
    return RISK_ORDER.map((level) => ({ level, cases: counts.get(level) ?? 0 }));
  }

  private async deadlinesPerWeek(org: string, timeZone: string): Promise<DeadlineWeekResponse[]> {
    const rows: (Omit<DeadlineWeekResponse, 'weekStart'> & { weekStart: string })[] =
      await this.transactions.manager.query(
        `WITH weeks AS (
           SELECT generate_series(
                    date_trunc('week', now() AT TIME ZONE $2) - make_interval(weeks => $3),
                    date_trunc('week', now() AT TIME ZONE $2) + make_interval(weeks => $4),
                    interval '1 week')::date AS week_start
         ), dated AS (
           SELECT date_trunc('week', ${EFFECTIVE_DUE} AT TIME ZONE $2)::date AS week_start,
                  ${STATUS_NOW} AS status
             FROM case_deadlines d
             JOIN cases c ON c.id = d.case_id AND c.archived_at IS NULL
            WHERE d.organization_id = $1 AND ${EFFECTIVE_DUE} IS NOT NULL
         )
         SELECT to_char(w.week_start, 'YYYY-MM-DD') AS "weekStart",
                count(x.status) FILTER (WHERE x.status = 'open')::int AS open,
                count(x.status) FILTER (WHERE x.status = 'met')::int AS met,
                count(x.status) FILTER (WHERE x.status = 'missed')::int AS missed,
                count(x.status) FILTER (WHERE x.status = 'waived')::int AS waived
           FROM weeks w LEFT JOIN dated x ON x.week_start = w.week_start
          GROUP BY w.week_start ORDER BY w.week_start`,
        [org, timeZone, WEEKS_BACK, WEEKS_AHEAD],
      );
    return rows.map((row) => ({
      weekStart: row.weekStart,
      open: row.open,
      met: row.met,
      missed: row.missed,
      waived: row.waived,
    }));
  }
}
