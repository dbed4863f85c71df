import { computed, inject, Injectable, signal } from '@angular/core';
import type {
  CaseDeadlineResponse,
  CaseEventResponse,
  CaseResponse,
  CatalogueJurisdictionResponse,
} from '@amparo/contracts';
import type { Permission } from '@amparo/domain';
import { auditCounts, headlineOf, isClockRunning } from '@amparo/domain/deadline-status';
import { readingOf } from '../case-shared/deadline-reading';
import { forkJoin } from 'rxjs';
import { AuthService } from '../../core/auth';
import { errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { CaseApi } from './case.api';

type Bilingual = { en: string; es: string };

/** Deadlines that still run: the clock is on them, and actions may be taken. */
export const actionableStatuses: readonly CaseDeadlineResponse['status'][] = [
  'open',
  'overridden',
  'missed',
];

const maxClocks = 3;

/**
 * The case page's state, shared by its header and tabs (provided by the case page, so each case
 * visit starts fresh). Every write goes through the API and the answer replaces what is shown.
 */
@Injectable()
export class CaseStore {
  private readonly api = inject(CaseApi);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(TranslationService);

  readonly caseId = signal<string | null>(null);
  readonly record = signal<CaseResponse | null>(null);
  readonly deadlines = signal<CaseDeadlineResponse[] | null>(null);
  readonly events = signal<CaseEventResponse[] | null>(null);
  readonly catalogue = signal<CatalogueJurisdictionResponse | null>(null);
  readonly loadError = signal<Notice | null>(null);
  readonly deadlinesError = signal<Notice | null>(null);
  readonly eventsError = signal<Notice | null>(null);

  /** Assigned to this case (lead attorney or one of its paralegals). */
  readonly onTeam = computed(() => {
    const record = this.record();
    const user = this.auth.user();
    if (!record || !user) return false;
    // As the shared policy (decideCaseAccess in libs/domain) decides for a case one can read:
    // only its assigned team may change it. Checked here without importing the domain library,
    // whose rule engine would otherwise land in the page's bundle.
    const worksCases = user.roles.includes('attorney') || user.roles.includes('paralegal');
    return (
      worksCases && (record.leadAttorneyId === user.id || record.paralegalIds.includes(user.id))
    );
  });

  /** Archived by a supervisor: kept for its history, read-only for everyone. */
  readonly archived = computed(() => !!this.record()?.archivedAt);

  /** A team action: the role allows it, this person works this case, and it is not archived. */
  canOnCase(permission: Permission): boolean {
    return this.auth.can(permission) && this.onTeam() && !this.archived();
  }

  /** An oversight action (assign, archive, waive): the role alone decides, on a live case. */
  can(permission: Permission): boolean {
    return this.auth.can(permission) && !this.archived();
  }

  /**
   * The case's deadlines read at `now` by the one status function (readDeadline): the header
   * leads with the same deadline as the caseload row (headlineOf), then every other running hour
   * clock, soonest first; the misses, openings and remedies to file at once are counted beside.
   */
  summaryAt(now: number) {
    const items = (this.deadlines() ?? []).map((deadline) => ({
      caseId: deadline.caseId,
      ruleId: deadline.ruleId,
      deadline,
      reading: readingOf(deadline, now),
    }));
    const lead = headlineOf(items);
    const hourClocks = items
      .filter((item) => item.deadline.urgent && isClockRunning(item.reading.state))
      .sort((a, b) => (a.reading.countsToMs ?? 0) - (b.reading.countsToMs ?? 0));
    const clocks = lead
      ? [lead, ...hourClocks.filter((item) => item !== lead)].slice(0, maxClocks)
      : [];
    return { lead, clocks, counts: auditCounts(items) };
  }

  readonly procedureTitle = computed(() => {
    const record = this.record();
    const procedure = this.catalogue()?.procedures.find((p) => p.id === record?.procedure);
    return procedure ? this.text(procedure.title) : (record?.procedure ?? '');
  });

  readonly jurisdictionName = computed(() => {
    const catalogue = this.catalogue();
    return catalogue ? this.text(catalogue.name) : (this.record()?.jurisdiction ?? '');
  });

  /** The event types of the case's jurisdiction, for recording and naming events. */
  readonly eventTypes = computed(() => this.catalogue()?.eventTypes ?? []);

  eventTypeLabel(id: string): string {
    const type = this.eventTypes().find((candidate) => candidate.id === id);
    return type ? this.text(type.label) : id;
  }

  /** A bilingual text from the API in the current language. */
  text(value: Bilingual): string {
    return value[this.i18n.language()];
  }

  load(caseId: string): void {
    this.caseId.set(caseId);
    this.record.set(null);
    this.deadlines.set(null);
    this.events.set(null);
    this.loadError.set(null);
    forkJoin({ record: this.api.get(caseId), rules: this.api.rules() }).subscribe({
      next: ({ record, rules }) => {
        if (this.caseId() !== caseId) return;
        this.record.set(record);
        this.catalogue.set(
          rules.jurisdictions.find((entry) => entry.jurisdiction === record.jurisdiction) ?? null,
        );
      },
      error: (failure: unknown) => this.loadError.set(errorNotice(failure)),
    });
    this.reloadDeadlines();
    this.reloadEvents();
  }

  reloadDeadlines(): void {
    const caseId = this.caseId();
    if (!caseId) return;
    this.deadlinesError.set(null);
    this.api.deadlines(caseId).subscribe({
      next: (deadlines) => this.caseId() === caseId && this.deadlines.set(deadlines),
      error: (failure: unknown) => this.deadlinesError.set(errorNotice(failure)),
    });
  }

  reloadEvents(): void {
    const caseId = this.caseId();
    if (!caseId) return;
    this.eventsError.set(null);
    this.api.events(caseId).subscribe({
      next: (events) => this.caseId() === caseId && this.events.set(events),
      error: (failure: unknown) => this.eventsError.set(errorNotice(failure)),
    });
  }

  replaceEvent(event: CaseEventResponse): void {
    this.events.update((list) => (list ?? []).map((item) => (item.id === event.id ? event : item)));
  }

  replaceDeadline(deadline: CaseDeadlineResponse): void {
    this.deadlines.update((list) =>
      (list ?? []).map((item) => (item.id === deadline.id ? deadline : item)),
    );
  }
}
