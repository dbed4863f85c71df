// How the audit view names the records its entries are about: one query per record type on the
// page, read with the viewer's reach (row-level security keeps other offices out; need-to-know
// keeps out the cases the viewer may not read), and never through a feature's service, so naming a
// record records no read of it.
import type { AuditCaseTab, AuditRecordView } from '@amparo/contracts';
import type { Bilingual, CaseReadReach } from '@amparo/domain';
import type { EntityManager } from 'typeorm';

/** A record of a case: the table holding it and the tab of the case page that shows it. */
interface CaseRecordKind {
  readonly table: string;
  readonly tab: AuditCaseTab;
  /** The column naming the record itself; none when its type and case name it. */
  readonly nameColumn?: string;
}

/** Record types whose id is a row of a case (or, for `cases`, the case itself). */
const CASE_RECORDS: Readonly<Record<string, CaseRecordKind>> = {
  case: { table: 'cases', tab: 'overview' },
  case_filing_facts: { table: 'cases', tab: 'filing-facts' },
  case_filing_details: { table: 'cases', tab: 'filing-facts' },
  case_deadline: { table: 'case_deadlines', tab: 'deadlines', nameColumn: 'title' },
  filing: { table: 'filings', tab: 'filings', nameColumn: 'title' },
  case_event: { table: 'case_events', tab: 'timeline' },
  event_correction: { table: 'case_event_correction_requests', tab: 'timeline' },
  note: { table: 'case_notes', tab: 'notes' },
  risk_assessment: { table: 'risk_assessments', tab: 'risk' },
};
/** Record types whose id is a person the office defends. */
const CLIENT_RECORDS = new Set(['client', 'case_derivative']);
/** Record types whose id is a member of the office. */
const MEMBER_RECORDS = new Set(['user', 'member_profile']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HIDDEN: AuditRecordView = { visible: false };
const CLIENT_NAME = `concat_ws(' ', cl.given_names, cl.family_names)`;

/** Who reads the trail: their office, their id (for assigned cases) and how far they read. */
export interface AuditViewer {
  readonly organizationId: string;
  readonly userId: string;
  readonly reach: CaseReadReach;
}

/** The records of one page, as `type` and `id`; the key of the answer is `recordKey` of them. */
export interface AuditRecordRef {
  readonly recordType: string | null;
  readonly recordId: string | null;
}

export const recordKey = (type: string, id: string): string => `${type}:${id}`;

/** Whether the audit view names records of this type at all. */
export function isNamedRecordType(type: string): boolean {
  return type in CASE_RECORDS || CLIENT_RECORDS.has(type) || MEMBER_RECORDS.has(type);
}

/**
 * The name of every named record of the page, keyed by `recordKey`: one query per record type.
 * A record that is not in the answer's rows (another office's, a case the viewer may not read,
 * or one since removed) is `visible: false`.
 */
export async function nameRecords(
  manager: EntityManager,
  viewer: AuditViewer,
  refs: readonly AuditRecordRef[],
): Promise<Map<string, AuditRecordView>> {
  const idsByType = new Map<string, Set<string>>();
  for (const { recordType, recordId } of refs) {
    if (!recordType || !recordId || !isNamedRecordType(recordType)) continue;
    const ids = idsByType.get(recordType) ?? new Set<string>();
    ids.add(recordId);
    idsByType.set(recordType, ids);
  }
  const named = new Map<string, AuditRecordView>();
  for (const [type, idSet] of idsByType) {
    const ids = [...idSet];
    // An id that is no UUID names no row; asking PostgreSQL to cast it would fail the page.
    const uuids = ids.filter((id) => UUID.test(id));
    const found = uuids.length ? await readNames(manager, viewer, type, uuids) : new Map();
    for (const id of ids) named.set(recordKey(type, id), found.get(id.toLowerCase()) ?? HIDDEN);
  }
  return named;
}

/** Members' names by id, for the entries' actors (one query for the page). */
export async function nameMembers(
  manager: EntityManager,
  organizationId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = (await manager.query(
    'SELECT id, name FROM users WHERE organization_id = $1 AND id = ANY($2::uuid[])',
    [organizationId, unique],
  )) as { id: string; name: string }[];
  return new Map(rows.map((row) => [row.id, row.name]));
}

async function readNames(
  manager: EntityManager,
  viewer: AuditViewer,
  type: string,
  ids: string[],
): Promise<Map<string, AuditRecordView>> {
  if (MEMBER_RECORDS.has(type)) {
    const names = await nameMembers(manager, viewer.organizationId, ids);
    return new Map(
      [...names].map(([id, name]) => [id, { visible: true, name, case: null, caseTab: null }]),
    );
  }
  // Whoever reads no case reads no case's records, and no person defended in one.
  if (viewer.reach === 'none') return new Map();
  const params: unknown[] = [ids, viewer.organizationId];
  const readable = (alias: string): string => {
    if (viewer.reach === 'organization') return 'true';
    if (params.length < 3) params.push(viewer.userId);
    return `(${alias}.lead_attorney_id = $3 OR EXISTS (SELECT 1 FROM case_members m
              WHERE m.case_id = ${alias}.id AND m.user_id = $3))`;
  };
  return CLIENT_RECORDS.has(type)
    ? readClients(manager, viewer, params, readable)
    : readCaseRecords(manager, CASE_RECORDS[type], params, readable);
}

interface CaseRecordRow {
  id: string;
  name: string | Bilingual | null;
  case_id: string;
  reference: string;
  client_name: string;
}

async function readCaseRecords(
  manager: EntityManager,
  kind: CaseRecordKind,
  params: unknown[],
  readable: (alias: string) => string,
): Promise<Map<string, AuditRecordView>> {
  const isCase = kind.table === 'cases';
  const visible = readable('c');
  const rows = (await manager.query(
    `SELECT r.id, ${kind.nameColumn ? `r.${kind.nameColumn}` : 'NULL'} AS name, c.id AS case_id,
            c.reference, ${CLIENT_NAME} AS client_name
       FROM ${kind.table} r
       JOIN cases c ON c.id = ${isCase ? 'r.id' : 'r.case_id'}
       JOIN clients cl ON cl.id = c.client_id
      WHERE r.id = ANY($1::uuid[]) AND r.organization_id = $2 AND ${visible}`,
    params,
  )) as CaseRecordRow[];
  return new Map(
    rows.map((row) => [
      row.id,
      {
        visible: true,
        name: row.name,
        case: { id: row.case_id, reference: row.reference, clientName: row.client_name },
        caseTab: kind.tab,
      },
    ]),
  );
}

/**
 * A person is visible to whoever reads one of their cases (or one they are a family member on),
 * and to the member who took them in while no case exists yet: the rule of `CaseAccess`.
 * The link goes to that case, their own first.
 */
async function readClients(
  manager: EntityManager,
  viewer: AuditViewer,
  params: unknown[],
  readable: (alias: string) => string,
): Promise<Map<string, AuditRecordView>> {
  const visible = readable('c');
  if (params.length < 3) params.push(viewer.userId);
  const rows = (await manager.query(
    `SELECT cl.id, ${CLIENT_NAME} AS name, first.id AS case_id, first.reference,
            first.client_name, first.id IS NULL AND NOT EXISTS (
              SELECT 1 FROM cases c WHERE c.client_id = cl.id) AS intake_only,
            cl.created_by = $3 AS took_in
       FROM clients cl
       LEFT JOIN LATERAL (
         SELECT c.id, c.reference, concat_ws(' ', own.given_names, own.family_names) AS client_name
           FROM cases c JOIN clients own ON own.id = c.client_id
          WHERE (c.client_id = cl.id OR c.id IN (
                  SELECT d.case_id FROM case_derivatives d WHERE d.client_id = cl.id))
            AND ${visible}
          ORDER BY (c.client_id = cl.id) DESC, c.created_at, c.id
          LIMIT 1) first ON true
      WHERE cl.id = ANY($1::uuid[]) AND cl.organization_id = $2`,
    params,
  )) as (CaseRecordRow & { intake_only: boolean; took_in: boolean | null })[];
  const seen = new Map<string, AuditRecordView>();
  for (const row of rows) {
    const readsAll = viewer.reach === 'organization';
    if (row.case_id === null && !readsAll && !(row.intake_only && row.took_in)) continue;
    seen.set(row.id, {
      visible: true,
      name: row.name,
      case: row.case_id
        ? { id: row.case_id, reference: row.reference, clientName: row.client_name }
        : null,
      caseTab: row.case_id ? 'overview' : null,
    });
  }
  return seen;
}
