// The supervisor's office overview under row-level security: caseload per lead attorney, latest
// risk level of every open case, deadlines per week in the office's zone, and the deadline
// audit's counts. Every deadline status is read by the one function (readDeadline); the counts
// and each attorney's cases due soon come from the audit's own query (DeadlineAuditService).
import { Injectable } from '@nestjs/common';
import type {
  AttorneyCaseloadResponse,
  DeadlineWeekResponse,
  RiskLevelCountResponse,
  SupervisionStatsResponse,
} from '@amparo/contracts';
import { type DeadlineFacts, readDeadline } from '@amparo/domain';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { DeadlineAuditService } from './deadline-audit.service';

/** Weeks shown before and after the current one. */
const WEEKS_BACK = 4;
const WEEKS_AHEAD = 8;
const RISK_ORDER = ['extreme', 'high', 'moderate', 'low', 'none'] as const;

/** Cases still being worked: not archived, not closed. */
const OPEN_CASE = `c.organization_id = $1 AND c.archived_at IS NULL AND c.stage <> 'closed'`;
/** The latest assessment's level, per case (the same reading as the caseload's risk badge). */
const LATEST_LEVEL = `(SELECT r.level FROM risk_assessments r WHERE r.case_id = c.id ORDER BY r.version DESC LIMIT 1)`;
/** The deadline's instant to work to: what places it in a week. */
const EFFECTIVE_DUE = `coalesce(d.override_due_at, d.due_at)`;
/** The office's zone: the one most of its open cases keep (their forums'), else UTC. */
const OFFICE_ZONE = `SELECT coalesce(mode() WITHIN GROUP (ORDER BY c.time_zone), 'UTC') AS zone
  FROM cases c WHERE ${OPEN_CASE}`;

/** Which bar of a week a reading adds to. */
const WEEK_BAR = {
  met: 'met',
  waived: 'waived',
  missed: 'missed',
  opening: 'openings',
  'passed-before-recorded': 'history',
} as const;

@Injectable()
export class SupervisionStatsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly deadlines: DeadlineAuditService,
  ) {}

  async stats(principal: Principal): Promise<SupervisionStatsResponse> {
    const org = principal.organizationId;
    const now = new Date();
    const [{ zone }]: { zone: string }[] = await this.transactions.manager.query(OFFICE_ZONE, [
      org,
    ]);
    const audit = await this.deadlines.audit(now);
    // An attorney's pressing cases: those with a deadline the audit lists as asking something
    // now (due soon, missed, an authority's limit running out or passed, to file at once).
    const pressing = new Map<string | null, Set<string>>();
    for (const row of audit.rows) {
      if (row.bucket === 'history' || row.bucket === 'waived') continue;
      const cases = pressing.get(row.case.leadAttorneyId) ?? new Set<string>();
      cases.add(row.case.id);
      pressing.set(row.case.leadAttorneyId, cases);
    }
    return {
      generatedAt: now.toISOString(),
      timeZone: zone,
      caseloadByAttorney: (await this.caseloadByAttorney(org)).map((row) => ({
        ...row,
        dueSoon: pressing.get(row.attorneyId)?.size ?? 0,
      })),
      riskLevels: await this.riskLevels(org),
      deadlinesPerWeek: await this.deadlinesPerWeek(org, zone, now),
      audit: audit.counts,
    };
  }

  /** Every active attorney (with no cases too), then anyone else leading cases, then the unled. */
  private async caseloadByAttorney(org: string): Promise<AttorneyCaseloadResponse[]> {
    const rows: {
      attorneyId: string | null;
      name: string | null;
      cases: number;
      graveRisk: number;
    }[] = await this.transactions.manager.query(
      `WITH open_cases AS (
         SELECT c.id, c.lead_attorney_id, ${LATEST_LEVEL} AS level
           FROM cases c WHERE ${OPEN_CASE}
       ), leads AS (
         SELECT u.id FROM users u
          WHERE u.organization_id = $1 AND u.disabled_at IS NULL AND 'attorney' = ANY(u.roles)
         UNION
         SELECT lead_attorney_id FROM open_cases WHERE lead_attorney_id IS NOT NULL
       )
       SELECT l.id AS "attorneyId", u.name,
              count(oc.id)::int AS cases,
              count(oc.id) FILTER (WHERE oc.level IN ('high', 'extreme'))::int AS "graveRisk"
         FROM leads l
         LEFT JOIN users u ON u.id = l.id
         LEFT JOIN open_cases oc ON oc.lead_attorney_id = l.id
        GROUP BY l.id, u.name
       UNION ALL
       SELECT NULL, NULL, count(*)::int,
              count(*) FILTER (WHERE level IN ('high', 'extreme'))::int
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
      dueSoon: 0,
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

  /**
   * Deadlines per week (the office's Mondays, in its zone) by their reading now: the SQL only
   * places each in its week; readDeadline says whether it is open, met, missed, an authority's
   * passed limit or history.
   */
  private async deadlinesPerWeek(
    org: string,
    timeZone: string,
    now: Date,
  ): Promise<DeadlineWeekResponse[]> {
    const weeks: { weekStart: string }[] = await this.transactions.manager.query(
      `SELECT to_char(w, 'YYYY-MM-DD') AS "weekStart" FROM generate_series(
         date_trunc('week', $1::timestamptz AT TIME ZONE $2) - make_interval(weeks => $3),
         date_trunc('week', $1::timestamptz AT TIME ZONE $2) + make_interval(weeks => $4),
         interval '1 week') AS w`,
      [now, timeZone, WEEKS_BACK, WEEKS_AHEAD],
    );
    const dated: (Omit<DeadlineFacts, 'dueAt' | 'latestDueAt' | 'overrideDueAt' | 'recordedAt'> & {
      weekStart: string;
      dueAt: Date | null;
      latestDueAt: Date | null;
      overrideDueAt: Date | null;
      recordedAt: Date;
    })[] = await this.transactions.manager.query(
      `SELECT to_char(date_trunc('week', ${EFFECTIVE_DUE} AT TIME ZONE $2), 'YYYY-MM-DD') AS "weekStart",
              d.status, d.kind, d.party, d.urgent, d.due_at AS "dueAt",
              d.latest_due_at AS "latestDueAt", d.override_due_at AS "overrideDueAt",
              d.created_at AS "recordedAt"
         FROM case_deadlines d
         JOIN cases c ON c.id = d.case_id AND c.archived_at IS NULL
        WHERE d.organization_id = $1
          AND ${EFFECTIVE_DUE} >= (date_trunc('week', $3::timestamptz AT TIME ZONE $2)
                                   - make_interval(weeks => $4)) AT TIME ZONE $2
          AND ${EFFECTIVE_DUE} < (date_trunc('week', $3::timestamptz AT TIME ZONE $2)
                                  + make_interval(weeks => $5 + 1)) AT TIME ZONE $2`,
      [org, timeZone, now, WEEKS_BACK, WEEKS_AHEAD],
    );
    const byWeek = new Map<string, DeadlineWeekResponse>(
      weeks.map(({ weekStart }) => [
        weekStart,
        { weekStart, open: 0, met: 0, missed: 0, waived: 0, openings: 0, history: 0 },
      ]),
    );
    for (const { weekStart, ...facts } of dated) {
      const week = byWeek.get(weekStart);
      if (!week) continue;
      const { state } = readDeadline(facts, now);
      week[state in WEEK_BAR ? WEEK_BAR[state as keyof typeof WEEK_BAR] : 'open'] += 1;
    }
    return [...byWeek.values()];
  }
}
