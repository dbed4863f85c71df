// The caseload's SQL, built from the filters and the member's reach: the service runs it, and
// `npm run bench:caseload` runs the very same statements directly to compare with HTTP.
import type { CaseloadQueryDto, CaseloadRow } from '@amparo/contracts';
import { foldForSearch } from '@amparo/domain';
import { escalatedSql } from '../risk/escalation.sql';
import { invalidField } from './cases.errors';

export const DEFAULT_LIMIT = 50;
/** Sorts "no deadline" after every real one (seconds since 1970; year 33658). */
const NO_DEADLINE = 1e12;

/** Each sort is an ascending tuple of keys, the case id last, so a page boundary is a tuple. */
export const SORT_KEYS = {
  urgency: ['b.neg_escalated', 'b.neg_risk_rank', 'b.due_key', 'b.id'],
  'next-deadline': ['b.due_key', 'b.id'],
  'last-change': ['b.neg_changed', 'b.id'],
} as const;
export type Sort = keyof typeof SORT_KEYS;

/** The soonest open deadline of case `c` (an override replaces the computed date). */
const NEXT_DEADLINE = `
        LEFT JOIN LATERAL (
          SELECT coalesce(d.override_due_at, d.due_at) AS due, d.rule_id, d.title, d.urgent,
                 CASE WHEN d.override_due_at IS NULL THEN d.latest_due_at END AS latest_due_at,
                 d.time_zone, d.status_of_rule
            FROM case_deadlines d
           WHERE d.case_id = c.id AND d.status = 'open' AND coalesce(d.override_due_at, d.due_at) IS NOT NULL
           ORDER BY coalesce(d.override_due_at, d.due_at) LIMIT 1
        ) nd ON true`;
/** The latest screening of case `c`. */
const LATEST_RISK = `
        LEFT JOIN LATERAL (
          SELECT r.id, r.level, r.answers, r.created_at FROM risk_assessments r
           WHERE r.case_id = c.id ORDER BY r.version DESC LIMIT 1
        ) rk ON true`;
const ESCALATED = escalatedSql('c', 'rk');
const ESCALATION_KEY = `CASE WHEN ${ESCALATED} THEN -1 ELSE 0 END`;
const RISK_KEY = `-(CASE rk.level WHEN 'extreme' THEN 4 WHEN 'high' THEN 3 WHEN 'moderate' THEN 2 WHEN 'low' THEN 1 ELSE 0 END)`;
const DUE_KEY = `coalesce(extract(epoch FROM nd.due), ${NO_DEADLINE})`;
const CHANGED_KEY = `-extract(epoch FROM c.updated_at)`;

export interface RawRow {
  id: string;
  reference: string;
  clientName: string;
  jurisdiction: string;
  procedure: string;
  stage: string;
  custodyStatus: string;
  priority: string;
  leadAttorneyId: string | null;
  updatedAt: Date;
  nextDue: Date | null;
  nextRuleId: string | null;
  nextTitle: { en: string; es: string } | null;
  nextUrgent: boolean | null;
  nextLatestDue: Date | null;
  nextTimeZone: string | null;
  nextRuleStatus: 'verified' | 'secondary' | 'unverified' | null;
  riskLevel: CaseloadRow['riskLevel'];
  escalated: boolean;
  neg_escalated: string;
  neg_risk_rank: string;
  due_key: string;
  neg_changed: string;
}

export interface CaseloadScope {
  /** Supervisors, and everyone when the office shows cases to all: no "on the case" filter. */
  readonly seesAll: boolean;
  readonly userId: string;
  /** Keyed hashes of the A-number asked for, under every key (see FieldCipher). */
  readonly aNumberCandidates?: readonly string[];
}

export interface Statement {
  readonly sql: string;
  readonly params: readonly unknown[];
}

export interface CaseloadStatements {
  readonly sort: Sort;
  readonly limit: number;
  /** The total for the filters. */
  readonly count: Statement;
  /** One page and one row more (to tell whether another page follows). */
  readonly page: Statement;
}

export function caseloadStatements(
  scope: CaseloadScope,
  query: CaseloadQueryDto,
): CaseloadStatements {
  const sort: Sort = query.sort ?? 'urgency';
  const where: string[] = ['c.archived_at IS NULL'];
  const outer: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (!scope.seesAll) where.push(onTheCase(param(scope.userId)));
  if (query.jurisdiction) where.push(`c.jurisdiction = ${param(query.jurisdiction)}`);
  if (query.procedure) where.push(`c.procedure = ${param(query.procedure)}`);
  if (query.stage) where.push(`c.stage = ${param(query.stage)}`);
  if (query.custody) where.push(`c.custody_status = ${param(query.custody)}`);
  if (query.assignee) where.push(onTheCase(param(query.assignee)));
  if (query.q) {
    // Names are found by the start of a word (from the office's word index, which row-level
    // security can use), then the whole text is checked against the folded names and aliases.
    const folded = foldForSearch(query.q);
    const word = folded
      .split(/[\s|-]+/)
      .reduce((longest, w) => (w.length > longest.length ? w : longest), '');
    if (word)
      where.push(`cl.id IN (SELECT t.client_id FROM client_search_terms t
                             WHERE t.term >= ${param(word)} AND t.term < ${param(`${word}\u{10FFFF}`)})`);
    where.push(`cl.search_names LIKE ${param(`%${escapeLike(folded)}%`)}`);
  }
  if (query.aNumber) where.push(`c.a_number_index = ANY(${param(scope.aNumberCandidates ?? [])})`);
  if (query.risk) outer.push(`b."riskLevel" = ${param(query.risk)}`);
  if (query.deadlineWithinHours) {
    outer.push(
      `b."nextDue" <= now() + make_interval(hours => ${param(query.deadlineWithinHours)})`,
    );
  }

  // Only what the sort and the filters need is computed for every candidate case; the rest of a
  // row (the person's name, the deadline's title, the risk) only for the page's rows.
  const withRisk = sort === 'urgency' || query.risk !== undefined;
  const withDeadline = sort !== 'last-change' || query.deadlineWithinHours !== undefined;
  const keyed = `
      SELECT c.id,
             ${withRisk ? `${ESCALATION_KEY} AS neg_escalated, ${RISK_KEY} AS neg_risk_rank, rk.level AS "riskLevel",` : ''}
             ${withDeadline ? `${DUE_KEY} AS due_key, nd.due AS "nextDue",` : ''}
             ${CHANGED_KEY} AS neg_changed
        FROM cases c
        ${query.q ? 'JOIN clients cl ON cl.id = c.client_id' : ''}
        ${withDeadline ? NEXT_DEADLINE : ''}
        ${withRisk ? LATEST_RISK : ''}
       WHERE ${where.join(' AND ')}`;
  const filtered = outer.length > 0 ? outer.join(' AND ') : 'true';
  // Without risk or deadline filters the total needs neither the deadlines nor the risk.
  const count: Statement = {
    sql:
      outer.length > 0
        ? `SELECT count(*)::int AS total FROM (${keyed}) b WHERE ${filtered}`
        : `SELECT count(*)::int AS total FROM cases c${query.q ? ' JOIN clients cl ON cl.id = c.client_id' : ''}
            WHERE ${where.join(' AND ')}`,
    params: [...params],
  };

  const keys = SORT_KEYS[sort];
  const cursor = decodeCursor(query.cursor, sort, keys.length);
  const after = cursor
    ? ` AND (${keys.join(', ')}) > (${cursor
        .map((value, index) =>
          index === keys.length - 1 ? `${param(value)}::uuid` : `${param(value)}::numeric`,
        )
        .join(', ')})`
    : '';
  const limit = query.limit ?? DEFAULT_LIMIT;
  const pageKeys = keys.map((key) => key.replace('b.', 'p.'));
  const page: Statement = {
    sql: `
      SELECT c.id, c.reference, trim(cl.given_names || ' ' || cl.family_names) AS "clientName",
             c.jurisdiction, c.procedure, c.stage, c.custody_status AS "custodyStatus", c.priority,
             c.lead_attorney_id AS "leadAttorneyId", c.updated_at AS "updatedAt",
             nd.due AS "nextDue", nd.rule_id AS "nextRuleId", nd.title AS "nextTitle", nd.urgent AS "nextUrgent",
             nd.latest_due_at AS "nextLatestDue", nd.time_zone AS "nextTimeZone", nd.status_of_rule AS "nextRuleStatus",
             rk.level AS "riskLevel", ${ESCALATED} AS escalated, ${pageKeys.slice(0, -1).join(', ')}
        FROM (SELECT * FROM (${keyed}) b WHERE ${filtered}${after}
               ORDER BY ${keys.join(', ')} LIMIT ${param(limit + 1)}) p
        JOIN cases c ON c.id = p.id
        JOIN clients cl ON cl.id = c.client_id
        ${NEXT_DEADLINE}
        ${LATEST_RISK}
       ORDER BY ${pageKeys.join(', ')}`,
    params,
  };
  return { sort, limit, count, page };
}

/** Cases the user leads or works, as a semi-join both indexes answer (an OR would scan the office). */
function onTheCase(user: string): string {
  return `c.id IN (SELECT m.case_id FROM case_members m WHERE m.user_id = ${user}
                   UNION ALL SELECT l.id FROM cases l WHERE l.lead_attorney_id = ${user})`;
}

export function toRow(row: RawRow): CaseloadRow {
  return {
    id: row.id,
    reference: row.reference,
    clientName: row.clientName,
    jurisdiction: row.jurisdiction,
    procedure: row.procedure,
    stage: row.stage,
    custodyStatus: row.custodyStatus,
    priority: row.priority,
    leadAttorneyId: row.leadAttorneyId,
    updatedAt: new Date(row.updatedAt).toISOString(),
    nextDeadline:
      row.nextDue && row.nextRuleId && row.nextTitle
        ? {
            dueAt: new Date(row.nextDue).toISOString(),
            ruleId: row.nextRuleId,
            title: row.nextTitle,
            urgent: row.nextUrgent === true,
            latestDueAt: row.nextLatestDue ? new Date(row.nextLatestDue).toISOString() : null,
            timeZone: row.nextTimeZone ?? 'UTC',
            ruleStatus: row.nextRuleStatus ?? 'unverified',
          }
        : null,
    riskLevel: row.riskLevel,
    escalated: row.escalated,
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

export function encodeCursor(sort: Sort, values: string[]): string {
  return Buffer.from(JSON.stringify({ sort, values })).toString('base64url');
}

/** A cursor is only valid for the sort that produced it. */
function decodeCursor(
  cursor: string | undefined,
  sort: Sort,
  length: number,
): string[] | undefined {
  if (!cursor) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as {
      sort?: unknown;
      values?: unknown;
    };
    const values = parsed.values;
    if (
      parsed.sort === sort &&
      Array.isArray(values) &&
      values.length === length &&
      values
        .slice(0, -1)
        .every((value) => typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) &&
      typeof values[length - 1] === 'string' &&
      /^[0-9a-f-]{36}$/.test(values[length - 1] as string)
    ) {
      return values as string[];
    }
  } catch {
    // fall through
  }
  throw invalidField(
    'CASELOAD_INVALID_CURSOR',
    'cursor',
    'cursor is not one this API gave out for this sort; start from the first page',
  );
}
