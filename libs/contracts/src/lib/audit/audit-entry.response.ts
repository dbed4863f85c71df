// One audit entry as a supervisor sees it, and a page of them: never a sensitive value.
import type { Bilingual } from '@amparo/domain';
import type { AuditCaseTab } from './audit-record-types';
import type { AuditAction, AuditActorKind, AuditOutcome } from './audit-vocabulary';

/** Ids, codes, counts and flags only: the audit trail never holds names, notes or contact data. */
export type AuditDetailsView = Readonly<
  Record<string, string | number | boolean | readonly (string | number | boolean)[]>
>;

/** The case a record is, or belongs to, as the viewer may see it. */
export interface AuditCaseView {
  id: string;
  /** The office's case reference. */
  reference: string;
  /** The full name of the person the case defends. */
  clientName: string;
}

/**
 * The record an entry is about, named for a person to read. Resolved when the page is read, with
 * the viewer's own reach: a record the viewer may not see (or one since removed) is `visible:
 * false` and is never named.
 */
export type AuditRecordView =
  | {
      visible: true;
      /**
       * What the record is called: a person's or member's name, a filing's title, a deadline's
       * title in both languages. Null when the record is named by its type and case alone (a case,
       * a note, an assessment).
       */
      name: string | Bilingual | null;
      /** The case the record is or belongs to; null for records outside cases (a member). */
      case: AuditCaseView | null;
      /** The tab of the case page that shows the record; null when no page of the client does. */
      caseTab: AuditCaseTab | null;
    }
  | { visible: false };

export interface AuditEntryResponse {
  id: string;
  /** Position in the organization's chain, from 1 without gaps. */
  seq: number;
  /** When it happened, UTC, ISO 8601. */
  occurredAt: string;
  actorKind: AuditActorKind;
  actorUserId: string | null;
  /** The acting member's name; null for the system, an anonymous request or an unknown id. */
  actorName: string | null;
  action: AuditAction;
  outcome: AuditOutcome;
  recordType: string | null;
  recordId: string | null;
  /** The record named; null when there is none or its type has no name (the organization). */
  record: AuditRecordView | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  details: AuditDetailsView;
  /** SHA-256 (hex) of this entry chained to the previous one; see docs/security-audit.md. */
  hash: string;
  prevHash: string | null;
}

export interface AuditPageResponse {
  items: AuditEntryResponse[];
  /** Pass as `before` to get the next (older) page; null when this is the last page. */
  nextBefore: number | null;
}
