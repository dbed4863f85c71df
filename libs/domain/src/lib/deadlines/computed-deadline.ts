// A deadline as computed from one rule and one event, with everything a person needs to trust it.
import {
  Bilingual,
  JurisdictionCode,
  NoPeriodKind,
  ObligedParty,
  VerificationStatus,
} from './rule-pack.types';

export interface DeadlineRequest {
  readonly jurisdiction: string;
  readonly procedure: string;
  readonly eventType: string;
  /** ISO 8601 with an offset; an RFC 9557 [zone] annotation is honoured. */
  readonly occurredAt: string;
  /** IANA zone of the place where the event happened; defaults to the pack's. */
  readonly timeZone?: string;
}

export interface ComputedDeadline {
  readonly ruleId: string;
  readonly packVersion: string;
  readonly jurisdiction: JurisdictionCode;
  readonly procedure: string;
  readonly eventType: string;
  readonly title: Bilingual;
  /** "due" when a date was computed; otherwise why none is (file at once, any time, the order's). */
  readonly kind: 'due' | NoPeriodKind;
  /** The trigger instant, UTC. */
  readonly triggerAt: string;
  /** Earliest (conservative) due instant, UTC ISO. */
  readonly dueAt?: string;
  /** The same instant on the forum's clock, RFC 9557 (offset and zone). */
  readonly dueAtLocal?: string;
  /** The forum-local due date, for day, month and year periods. */
  readonly dueDate?: string;
  /** Latest end of a possible range, when the law allows two readings. */
  readonly latestDueAt?: string;
  readonly latestDueAtLocal?: string;
  readonly latestDueDate?: string;
  /** The forum's zone, in which the local forms above are given. */
  readonly timeZone: string;
  /** How the date was reached, checkable by hand. */
  readonly basis: Bilingual;
  readonly citation: string;
  readonly source: string;
  readonly status: VerificationStatus;
  readonly notes: Bilingual;
  /** Hours count (hour periods) or the law says "at once". */
  readonly urgent: boolean;
  readonly party: ObligedParty;
  /** The event that completing this deadline records (which may start the next clocks). */
  readonly completionRecords?: string;
}
