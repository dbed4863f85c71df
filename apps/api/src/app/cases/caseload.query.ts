// The caseload's SQL, built from the filters and the member's reach: the service runs it, and
// `npm run bench:caseload` runs the very same statements directly to compare with HTTP.
import type { CaseloadQueryDto, CaseloadRow } from '@amparo/contracts';
import { foldForSearch } from '@amparo/domain';
import { invalidField } from './cases.errors';

export const DEFAULT_LIMIT = 50;

type KeyType = 'numeric' | 'timestamptz' | 'uuid';
/**
 * Each sort is an ascending tuple of keys, the case id last, so a page boundary is a tuple. The
 * next deadline is the case's own column (`'infinity'` when none), so "by next deadline" is the
 * order of an index and a page reads only its own rows.
 *
 * Urgency is "who may be removed soonest" (docs/api-cases.md): escalated cases; then cases with a
 * live removal or detention clock (an hour-counted deadline, read as readDeadline reads it),
 * overdue ones first, within each the detained before the others, then by time left; then the
 * gravest latest risk; then the next deadline. Every key comes from columns of the case
 * (migrations 1763900110000 and 1763900170000) read from one index; the ones that depend on the
 * moment (escalated, overdue, time left) are taken at the moment of the first page, which the
 * cursor carries, so the pages of one listing never disagree.
 */
export const SORT_KEYS = {
  urgency: [
    ['neg_escalated', 'numeric'],
    ['clock_rank', 'numeric'],
    ['clock_left', 'timestamptz'],
    ['neg_risk_rank', 'numeric'],
    ['next_due_at', 'timestamptz'],
    ['id', 'uuid'],
  ],
  'next-deadline': [
    ['next_due_at', 'timestamptz'],
    ['id', 'uuid'],
  ],
  'last-change': [
    ['neg_changed', 'numeric'],
    ['id', 'uuid'],
  ],
} as const satisfies Record<string, ReadonlyArray<readonly [string, KeyType]>>;
export type Sort = keyof typeof SORT_KEYS;

const CURSOR_VALUE: Record<KeyType, RegExp> = {
  numeric: /^-?\d+(\.\d+)?$/,
  // PostgreSQL's text form of a timestamptz, in whatever zone the session uses.
  timestamptz: /^(infinity|\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2})$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
};

/**
 * The soonest pending deadline of case `c`: open, or moved by a judge's order (whose date replaces
 * the computed one), as cases.next_due_at counts it.
 */
const NEXT_DEADLINE = `
        LEFT JOIN LATERAL (
          SELECT coalesce(d.override_due_at, d.due_at) AS due, d.rule_id, d.title, d.urgent,
                 CASE WHEN d.override_due_at IS NULL THEN d.latest_due_at END AS latest_due_at,
                 d.time_zone, d.status_of_rule
            FROM case_deadlines d
           WHERE d.case_id = c.id AND d.status IN ('open', 'overridden')
             AND coalesce(d.override_due_at, d.due_at) IS NOT NULL
           ORDER BY coalesce(d.override_due_at, d.due_at) LIMIT 1
        ) nd ON true`;
const RISK_KEY = `-(CASE c.risk_level WHEN 'extreme' THEN 4 WHEN 'high' THEN 3 WHEN 'moderate' THEN 2 WHEN 'low' THEN 1 ELSE 0 END)`;
/** Escalated at the listing's moment `at`: inside the stored span of the escalation rule. */
const escalatedAt = (at: string) => `(c.escalation @> ${at})`;
/**
 * 0 overdue and detained, 1 overdue, 2 running and detained, 3 running, 4 no clock. Overdue as
 * readDeadline says: a live clock passed its latest end (the office's miss, or an authority's
 * limit passed: an opening). A range whose earliest end passed is still running to its latest;
 * a deadline that ended before it was recorded is history and no clock (1763900170000).
 */
const clockRank = (at: string) => `(CASE WHEN c.clock_due_at = 'infinity' THEN 4
      ELSE (CASE WHEN c.clock_end_at < ${at} THEN 0 ELSE 2 END)
         + (CASE WHEN c.custody_status = 'detained' THEN 0 ELSE 1 END) END)`;
/**
 * The instant the case's clocks count to at `at`, as readDeadline's `countsToMs`: the soonest
 * earliest end while every clock's is ahead; once overdue, the latest end that passed first (the
 * most overdue first); in between (a range past its earliest end), the soonest of each live
 * clock's own count, read from the case's deadlines for those few cases only.
 */
const clockLeft = (at: string) => `(CASE WHEN c.clock_due_at >= ${at} THEN c.clock_due_at
      WHEN c.clock_end_at < ${at} THEN c.clock_end_at
      ELSE (SELECT min(CASE WHEN coalesce(d.override_due_at, d.due_at) >= ${at}
                            THEN coalesce(d.override_due_at, d.due_at)
                            ELSE coalesce(d.override_due_at, d.latest_due_at, d.due_at) END)
              FROM case_deadlines d
             WHERE d.case_id = c.id AND d.status IN ('open', 'overridden', 'missed')
               AND d.kind = 'due' AND d.urgent
               AND coalesce(d.override_due_at, d.latest_due_at, d.due_at) >= d.created_at) END)`;
const CHANGED_KEY = `-extract(epoch FROM c.updated_at)`;

export interface RawRow {
  id: string;
  reference: string;
  clientName: string;
  clientId: string;
  clientGenderSealed: string | null;
  clientClearGender: string | null;
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
  /** The sort keys of this row as text, for the next page's cursor. */
  cursor_keys: string[];
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
  /** The moment the listing is taken at (the first page's), for the next cursor. */
  readonly at: Date;
}

export function caseloadStatements(
  scope: CaseloadScope,
  query: CaseloadQueryDto,
  now: Date = new Date(),
): CaseloadStatements {
  const sort: Sort = query.sort ?? 'urgency';
  const where: string[] = ['c.archived_at IS NULL'];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  // Whose cases: an assignee asked for, else the member's own when they do not see the office.
  // Either is read as two disjoint branches, the cases they lead and those they work without
  // leading, so each branch can follow an index in sort order (an OR, or a semi-join over both,
  // would visit every one of the person's cases to sort them).
  const person = query.assignee ?? (scope.seesAll ? undefined : scope.userId);
  const branches: string[] = [];
  if (person !== undefined) {
    const who = param(person);
    branches.push(
      `c.lead_attorney_id = ${who}`,
      `c.id IN (SELECT m.case_id FROM case_members m WHERE m.user_id = ${who})
       AND c.lead_attorney_id IS DISTINCT FROM ${who}`,
    );
  }
  if (!scope.seesAll && query.assignee !== undefined && query.assignee !== scope.userId)
    where.push(onTheCase(param(scope.userId)));
  if (query.jurisdiction) where.push(`c.jurisdiction = ${param(query.jurisdiction)}`);
  if (query.procedure) where.push(`c.procedure = ${param(query.procedure)}`);
  if (query.stage) where.push(`c.stage = ${param(query.stage)}`);
  if (query.custody) where.push(`c.custody_status = ${param(query.custody)}`);
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
  if (query.risk) where.push(`c.risk_level = ${param(query.risk)}`);
  if (query.deadlineWithinHours) {
    where.push(
      `c.next_due_at <= now() + make_interval(hours => ${param(query.deadlineWithinHours)})`,
    );
  }

  // Only what the sort and the filters need is read for every candidate case (all of it columns of
  // the case, in cases_urgency_idx or the next-deadline indexes); the rest of a row (the person's
  // name, the deadline's title) only for the page's rows.
  const select = (columns: string) =>
    (branches.length > 0 ? branches : ['true'])
      .map(
        (branch) => `
      SELECT ${columns}
        FROM cases c
        ${query.q ? 'JOIN clients cl ON cl.id = c.client_id' : ''}
       WHERE ${[...where, branch].join(' AND ')}`,
      )
      .join(' UNION ALL ');
  const count: Statement = {
    sql: `SELECT count(*)::int AS total FROM (${select('c.id')}) b`,
    params: [...params],
  };

  const cursor = decodeCursor(query.cursor, sort);
  // The moment the listing is taken at: the first page's, carried by the cursor.
  const at = `${param((cursor?.at ?? now).toISOString())}::timestamptz`;
  const keyed = select(
    [
      'c.id',
      ...(sort === 'urgency'
        ? [
            `CASE WHEN ${escalatedAt(at)} THEN -1 ELSE 0 END AS neg_escalated`,
            `${clockRank(at)} AS clock_rank`,
            `${clockLeft(at)} AS clock_left`,
            `${RISK_KEY} AS neg_risk_rank`,
          ]
        : []),
      'c.next_due_at',
      ...(sort === 'last-change' ? [`${CHANGED_KEY} AS neg_changed`] : []),
    ].join(', '),
  );

  const keys = SORT_KEYS[sort];
  const after = cursor
    ? ` WHERE (${keys.map(([key]) => `b.${key}`).join(', ')}) > (${cursor.values
        .map((value, index) => `${param(value)}::${keys[index][1]}`)
        .join(', ')})`
    : '';
  const limit = query.limit ?? DEFAULT_LIMIT;
  const order = (alias: string) => keys.map(([key]) => `${alias}.${key}`).join(', ');
  const page: Statement = {
    sql: `
      SELECT c.id, c.reference, trim(cl.given_names || ' ' || cl.family_names) AS "clientName",
             cl.id AS "clientId", cl.gender_sealed AS "clientGenderSealed", cl.gender AS "clientClearGender",
             c.jurisdiction, c.procedure, c.stage, c.custody_status AS "custodyStatus", c.priority,
             c.lead_attorney_id AS "leadAttorneyId", c.updated_at AS "updatedAt",
             nd.due AS "nextDue", nd.rule_id AS "nextRuleId", nd.title AS "nextTitle", nd.urgent AS "nextUrgent",
             nd.latest_due_at AS "nextLatestDue", nd.time_zone AS "nextTimeZone", nd.status_of_rule AS "nextRuleStatus",
             c.risk_level AS "riskLevel", ${escalatedAt(at)} AS escalated,
             ARRAY[${keys.map(([key]) => `p.${key}::text`).join(', ')}] AS cursor_keys
        FROM (SELECT * FROM (${keyed}) b${after}
               ORDER BY ${order('b')} LIMIT ${param(limit + 1)}) p
        JOIN cases c ON c.id = p.id
        JOIN clients cl ON cl.id = c.client_id
        ${NEXT_DEADLINE}
       ORDER BY ${order('p')}`,
    params,
  };
  return { sort, limit, count, page, at: cursor?.at ?? now };
}

/** Cases the user leads or works, as a semi-join both indexes answer (an OR would scan the office). */
function onTheCase(user: string): string {
  return `c.id IN (SELECT m.case_id FROM case_members m WHERE m.user_id = ${user}
                   UNION ALL SELECT l.id FROM cases l WHERE l.lead_attorney_id = ${user})`;
}

/** A row of the page; `clientGender` is opened by the caller, which holds the key. */
export function toRow(row: RawRow, clientGender: CaseloadRow['clientGender']): CaseloadRow {
  return {
    id: row.id,
    reference: row.reference,
    clientName: row.clientName,
    clientGender,
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
    deadlines: [],
    riskLevel: row.riskLevel,
    escalated: row.escalated,
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

export function encodeCursor(sort: Sort, values: readonly string[], at: Date): string {
  return Buffer.from(JSON.stringify({ sort, values, at: at.toISOString() })).toString('base64url');
}

interface Cursor {
  readonly values: string[];
  readonly at: Date | undefined;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/**
 * A cursor is only valid for the sort that produced it, each value of its key's type; it carries
 * the listing's moment (older cursors without one are read at the present moment).
 */
function decodeCursor(cursor: string | undefined, sort: Sort): Cursor | undefined {
  if (!cursor) return undefined;
  const keys = SORT_KEYS[sort];
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as {
      sort?: unknown;
      values?: unknown;
      at?: unknown;
    };
    const values = parsed.values;
    const at =
      typeof parsed.at === 'string' && ISO_INSTANT.test(parsed.at) ? new Date(parsed.at) : null;
    if (
      parsed.sort === sort &&
      Array.isArray(values) &&
      values.length === keys.length &&
      values.every(
        (value, index) => typeof value === 'string' && CURSOR_VALUE[keys[index][1]].test(value),
      ) &&
      (parsed.at === undefined || (at !== null && !Number.isNaN(at.getTime())))
    ) {
      return { values: values as string[], at: at ?? undefined };
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
