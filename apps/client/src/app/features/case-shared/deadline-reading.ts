// Every screen reads a deadline's status through the domain's one function (readDeadline), with
// the same words and colour: the caseload row, the case header, the deadlines tab, the calendar,
// the supervisor's audit and overview. Nothing here decides a status; it only says it.
import {
  type DeadlineReading,
  type DeadlineState,
  type DeadlineTone,
  readDeadline,
  type RecordedDeadlineStatus,
} from '@amparo/domain/deadline-status';
import type { ObligedParty } from '@amparo/domain';
import type { MessageKey, TranslationService } from '../../core/i18n';
import { formatDuration } from '../../core/time';

/** What a deadline in any response carries for its status to be read. */
export interface DeadlineStatusFields {
  status: RecordedDeadlineStatus;
  kind: string;
  party: ObligedParty;
  urgent: boolean;
  dueAt: string | null;
  latestDueAt: string | null;
  /** The order's date when a judge set one (a case deadline's `override.dueAt`). */
  overrideDueAt?: string | null;
  override?: { dueAt: string } | null;
  recordedAt: string;
}

export function readingOf(deadline: DeadlineStatusFields, now: number): DeadlineReading {
  return readDeadline(
    {
      status: deadline.status,
      kind: deadline.kind,
      party: deadline.party,
      urgent: deadline.urgent,
      dueAt: deadline.dueAt,
      latestDueAt: deadline.latestDueAt,
      overrideDueAt: deadline.overrideDueAt ?? deadline.override?.dueAt ?? null,
      recordedAt: deadline.recordedAt,
    },
    now,
  );
}

/** The short label of a state ("Missed", "Authority's limit passed: opening"). */
export function stateLabel(i18n: TranslationService, state: DeadlineState): string {
  return i18n.t(`state.${state}` as MessageKey);
}

/** The sentence of a reading: "13 h 42 min left", "missed 2 h 5 min ago", "file at once". */
export function readingText(i18n: TranslationService, reading: DeadlineReading): string {
  const duration = reading.msLeft === null ? '' : formatDuration(i18n, reading.msLeft);
  return i18n.t(`stateText.${reading.state}` as MessageKey, { duration });
}

/** The CSS class of a tone, the same on every screen. */
export function toneClass(tone: DeadlineTone): string {
  return `tone-${tone}`;
}

/** The colours of the tones, for the components that show a reading. */
export const toneStyles = `
  .tone-missed {
    background: var(--mat-sys-error-container);
    color: var(--mat-sys-on-error-container);
  }
  .tone-opening {
    background: var(--mat-sys-tertiary-container);
    color: var(--mat-sys-on-tertiary-container);
  }
  .tone-warning {
    background: var(--mat-sys-secondary-container);
    color: var(--mat-sys-on-secondary-container);
  }
  .tone-done,
  .tone-history,
  .tone-calm {
    background: var(--mat-sys-surface-container-high);
    color: var(--mat-sys-on-surface);
  }
`;
