// What a deadline means right now, decided once for every screen, feed and notice: whether the
// office still has time, has missed it, is watching an authority's limit, may act because that
// limit passed, or is looking at history that ended before anyone recorded it.
import type { ObligedParty } from './rule-pack.types';

/** The lifecycle a deadline records: what people did (or the sweep wrote) about it. */
export type RecordedDeadlineStatus = 'open' | 'met' | 'missed' | 'waived' | 'overridden';

/** The facts a status is read from; instants as Date, ISO text or epoch milliseconds. */
export interface DeadlineFacts {
  readonly status: RecordedDeadlineStatus;
  /** "due" when a date was computed; otherwise why none is (immediate, anyTime, dateInOrder). */
  readonly kind: string;
  /** Whose act the deadline asks for: the office (defense) or an authority (a watch date). */
  readonly party: ObligedParty;
  /** The rule says act at once (hour clocks, hábeas corpus). */
  readonly urgent: boolean;
  readonly dueAt: Instant | null;
  readonly latestDueAt: Instant | null;
  /** A judge's order replaces both readings. */
  readonly overrideDueAt: Instant | null;
  /** When the deadline was recorded (with the event that started it). */
  readonly recordedAt: Instant;
}

export type Instant = Date | string | number;

/**
 * - running: the office's deadline, before its (earliest) end;
 * - latest-open: a possible range whose earliest reading passed while the latest is still ahead;
 * - missed: the office's deadline, past every reading, nothing done;
 * - watch / watch-latest-open: an authority's limit still running (or only its earliest reading
 *   passed: under that reading the authority is already late);
 * - opening: an authority's limit passed: not the office's miss but a ground to act (a detention
 *   past its limit may be unlawful: hábeas corpus);
 * - act-now: no date to count to, and the law says act at once;
 * - no-fixed-date: no date to count to (any time, or the date an order will set);
 * - passed-before-recorded: it ended before the event was recorded: history, never an alarm;
 * - met / waived: done.
 */
export type DeadlineState =
  | 'running'
  | 'latest-open'
  | 'missed'
  | 'watch'
  | 'watch-latest-open'
  | 'opening'
  | 'act-now'
  | 'no-fixed-date'
  | 'passed-before-recorded'
  | 'met'
  | 'waived';

export const DEADLINE_STATES: readonly DeadlineState[] = [
  'running',
  'latest-open',
  'missed',
  'watch',
  'watch-latest-open',
  'opening',
  'act-now',
  'no-fixed-date',
  'passed-before-recorded',
  'met',
  'waived',
];

/** How a screen should weigh it: the same colour everywhere. */
export type DeadlineTone = 'calm' | 'warning' | 'missed' | 'opening' | 'done' | 'history';

export interface DeadlineReading {
  readonly state: DeadlineState;
  readonly tone: DeadlineTone;
  /**
   * The instant the clock counts to now: the earliest end while it is ahead, then the latest
   * end; the last end once all passed; null without a date.
   */
  readonly countsToMs: number | null;
  /** Milliseconds from now to `countsToMs` (negative once passed); null without a date. */
  readonly msLeft: number | null;
  /** Still asks something of someone (shown among the running clocks, offered actions). */
  readonly pending: boolean;
}

const TONE: Record<DeadlineState, DeadlineTone> = {
  running: 'calm',
  'latest-open': 'warning',
  missed: 'missed',
  watch: 'calm',
  'watch-latest-open': 'warning',
  opening: 'opening',
  'act-now': 'warning',
  'no-fixed-date': 'calm',
  'passed-before-recorded': 'history',
  met: 'done',
  waived: 'done',
};

const ms = (value: Instant | null): number | null => {
  if (value === null) return null;
  const parsed = typeof value === 'number' ? value : new Date(value).getTime();
  return Number.isNaN(parsed) ? null : parsed;
};

/** The instants worked to: a judge's order replaces both readings of a range. */
export function deadlineEnds(facts: DeadlineFacts): { first: number | null; last: number | null } {
  const override = ms(facts.overrideDueAt);
  if (override !== null) return { first: override, last: override };
  const first = ms(facts.dueAt);
  return { first, last: ms(facts.latestDueAt) ?? first };
}

const RUNNING_STATES: ReadonlySet<DeadlineState> = new Set<DeadlineState>([
  'running',
  'latest-open',
  'watch',
  'watch-latest-open',
]);

/** A clock still counting down (the office's or an authority's): a date ahead to work to. */
export function isClockRunning(state: DeadlineState): boolean {
  return RUNNING_STATES.has(state);
}

/** The one reading of a deadline's status at `now` that every surface shows. */
export function readDeadline(facts: DeadlineFacts, now: Instant): DeadlineReading {
  const nowMs = ms(now) ?? 0;
  const { first, last } = deadlineEnds(facts);
  const reading = (state: DeadlineState, countsToMs: number | null): DeadlineReading => ({
    state,
    tone: TONE[state],
    countsToMs,
    msLeft: countsToMs === null ? null : countsToMs - nowMs,
    pending: TONE[state] !== 'done' && TONE[state] !== 'history',
  });
  if (facts.status === 'met') return reading('met', last);
  if (facts.status === 'waived') return reading('waived', last);
  if (first === null || last === null)
    return reading(facts.kind === 'immediate' || facts.urgent ? 'act-now' : 'no-fixed-date', null);
  const authority = facts.party === 'authority';
  if (nowMs <= first) return reading(authority ? 'watch' : 'running', first);
  if (nowMs <= last) return reading(authority ? 'watch-latest-open' : 'latest-open', last);
  // Every reading passed. Had it already when it was recorded, it is history, not an alarm.
  if (last < (ms(facts.recordedAt) ?? 0)) return reading('passed-before-recorded', last);
  return reading(authority ? 'opening' : 'missed', last);
}

/**
 * The instant to work to: a judge's order when there is one, else the computed (earliest) due
 * instant; null when the rule gives no date.
 */
export function effectiveDueOf<T extends Instant>(facts: {
  readonly dueAt: T | null;
  readonly overrideDueAt: T | null;
}): T | null {
  return facts.overrideDueAt ?? facts.dueAt;
}

/**
 * The lifecycle status to write for a deadline at `now`: `missed` only for the office's own
 * deadline that passed after it was recorded; anything else keeps what people recorded.
 */
export function recordedStatusAt(facts: DeadlineFacts, now: Instant): RecordedDeadlineStatus {
  const { state } = readDeadline(facts, now);
  if (state === 'missed') return 'missed';
  if (facts.status !== 'missed') return facts.status;
  // A stored miss that no longer reads as one (a corrected time, an authority's limit).
  return ms(facts.overrideDueAt) !== null ? 'overridden' : 'open';
}

/**
 * The lists a supervisor audits, and the counts every screen gives of them:
 * - dueSoon: the office's own deadlines ending within `windowMs` (48 hours), range or not;
 * - actNow: remedies with no date that the law says to file at once (one per case and remedy);
 * - missed: the office's misses;
 * - openings: authorities' limits that passed (a ground to act);
 * - watch: authorities' limits running out within the window;
 * - history: deadlines that ended before they were recorded (no alarm);
 * - waived.
 */
export type AuditBucket =
  'dueSoon' | 'actNow' | 'missed' | 'openings' | 'watch' | 'history' | 'waived';

export const AUDIT_BUCKETS: readonly AuditBucket[] = [
  'missed',
  'openings',
  'dueSoon',
  'actNow',
  'watch',
  'history',
  'waived',
];

/** The supervisor's audit window: what falls due in the next 48 hours. */
export const AUDIT_WINDOW_MS = 48 * 3_600_000;

/** Which audit list a reading belongs to, if any (met deadlines, and far ones, belong to none). */
export function auditBucketOf(
  reading: DeadlineReading,
  windowMs = AUDIT_WINDOW_MS,
): AuditBucket | null {
  switch (reading.state) {
    case 'missed':
      return 'missed';
    case 'opening':
      return 'openings';
    case 'act-now':
      return 'actNow';
    case 'passed-before-recorded':
      return 'history';
    case 'waived':
      return 'waived';
    case 'running':
    case 'latest-open':
      return (reading.msLeft ?? Infinity) <= windowMs ? 'dueSoon' : null;
    case 'watch':
    case 'watch-latest-open':
      return (reading.msLeft ?? Infinity) <= windowMs ? 'watch' : null;
    default:
      return null;
  }
}

/** What identifies a remedy on a case, for deadlines with no date. */
export interface RemedyKey {
  readonly caseId: string;
  readonly ruleId: string;
}

/**
 * One deadline per case and remedy where the law gives no date: two retentions each start
 * "file hábeas corpus at once", which is one thing to do, not two. Keeps the first of each
 * (callers pass them in the order they show), and every dated deadline as it is.
 */
export function onePerRemedy<T extends RemedyKey & { readonly reading: DeadlineReading }>(
  items: readonly T[],
): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (item.reading.countsToMs !== null || !item.reading.pending) return true;
    const key = `${item.caseId}\u0000${item.ruleId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type AuditCounts = Record<AuditBucket, number>;

/** The counts of each audit list for a set of readings, duplicates of one remedy counted once. */
export function auditCounts<T extends RemedyKey & { readonly reading: DeadlineReading }>(
  items: readonly T[],
  windowMs = AUDIT_WINDOW_MS,
): AuditCounts {
  const counts: AuditCounts = {
    dueSoon: 0,
    actNow: 0,
    missed: 0,
    openings: 0,
    watch: 0,
    history: 0,
    waived: 0,
  };
  for (const item of onePerRemedy(items)) {
    const bucket = auditBucketOf(item.reading, windowMs);
    if (bucket) counts[bucket] += 1;
  }
  return counts;
}

const HEADLINE_RANK: Partial<Record<DeadlineState, number>> = {
  running: 0,
  'latest-open': 0,
  watch: 0,
  'watch-latest-open': 0,
  missed: 1,
  opening: 2,
  'act-now': 3,
  'no-fixed-date': 4,
};

/**
 * The deadline a one-line summary of a case leads with: the clock that ends soonest (the office's
 * or an authority's; a range counts to its latest end once its earliest passed), else a miss,
 * else an opening, else a remedy to file at once, else one with no date. History and done
 * deadlines never lead; the misses and openings are counted beside it (`auditCounts`).
 */
export function headlineOf<T extends { readonly reading: DeadlineReading }>(
  items: readonly T[],
): T | null {
  const rank = (item: T) => HEADLINE_RANK[item.reading.state] ?? Infinity;
  const candidates = items.filter((item) => rank(item) !== Infinity);
  return (
    [...candidates].sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (a.reading.countsToMs ?? Infinity) - (b.reading.countsToMs ?? Infinity),
    )[0] ?? null
  );
}
