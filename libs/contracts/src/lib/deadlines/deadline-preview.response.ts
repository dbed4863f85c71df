// One deadline an event would start, with the derivation a person can check by hand.
import type { Bilingual, NoPeriodKind, ObligedParty, VerificationStatus } from '@amparo/domain';

export interface DeadlinePreviewResponse {
  ruleId: string;
  packVersion: string;
  title: Bilingual;
  /** `due` when a date was computed; otherwise why none is (file at once, any time, the order's). */
  kind: 'due' | NoPeriodKind;
  /** The trigger instant, UTC. */
  triggerAt: string;
  /** Earliest (conservative) due instant, UTC. */
  dueAt?: string;
  /** The same instant on the forum's clock (RFC 9557). */
  dueAtLocal?: string;
  dueDate?: string;
  /** Latest end of a possible range, when the law allows two readings. */
  latestDueAt?: string;
  latestDueAtLocal?: string;
  latestDueDate?: string;
  timeZone: string;
  basis: Bilingual;
  citation: string;
  source: string;
  status: VerificationStatus;
  notes: Bilingual;
  urgent: boolean;
  party: ObligedParty;
  completionRecords?: string;
}
