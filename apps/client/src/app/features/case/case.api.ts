import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { type Observable, shareReplay, tap } from 'rxjs';
import type {
  ArchiveCaseDto,
  AssignCaseDto,
  CaseDeadlineResponse,
  CaseEventResponse,
  CaseNoteResponse,
  CaseResponse,
  CompleteDeadlineDto,
  CorrectCaseEventDto,
  CreateCaseEventDto,
  DecideEventCorrectionDto,
  OverrideDeadlineDto,
  RuleCatalogueResponse,
  UpdateCaseDto,
  WaiveDeadlineDto,
} from '@amparo/contracts';
import { apiBase } from '../../core/http';

const id = (value: string) => encodeURIComponent(value);

export const caseUrls = {
  case: (caseId: string) => `${apiBase}/cases/${id(caseId)}`,
  events: (caseId: string) => `${apiBase}/cases/${id(caseId)}/events`,
  event: (caseId: string, eventId: string) =>
    `${apiBase}/cases/${id(caseId)}/events/${id(eventId)}`,
  deadlines: (caseId: string) => `${apiBase}/cases/${id(caseId)}/deadlines`,
  notes: (caseId: string) => `${apiBase}/cases/${id(caseId)}/notes`,
  assignment: (caseId: string) => `${apiBase}/cases/${id(caseId)}/assignment`,
  archive: (caseId: string) => `${apiBase}/cases/${id(caseId)}/archive`,
  complete: (deadlineId: string) => `${apiBase}/deadlines/${id(deadlineId)}/complete`,
  override: (deadlineId: string) => `${apiBase}/deadlines/${id(deadlineId)}/override`,
  waive: (deadlineId: string) => `${apiBase}/deadlines/${id(deadlineId)}/waive`,
  rules: `${apiBase}/rules`,
  correctionDecision: (requestId: string, decision: 'confirm' | 'decline') =>
    `${apiBase}/event-corrections/${id(requestId)}/${decision}`,
} as const;

/** One case and everything on it; the API checks permission and case access on every call. */
@Injectable({ providedIn: 'root' })
export class CaseApi {
  private readonly http = inject(HttpClient);
  private catalogue: Observable<RuleCatalogueResponse> | null = null;

  get(caseId: string): Observable<CaseResponse> {
    return this.http.get<CaseResponse>(caseUrls.case(caseId));
  }

  update(caseId: string, change: UpdateCaseDto): Observable<CaseResponse> {
    return this.http.patch<CaseResponse>(caseUrls.case(caseId), change);
  }

  assign(caseId: string, assignment: AssignCaseDto): Observable<CaseResponse> {
    return this.http.post<CaseResponse>(caseUrls.assignment(caseId), assignment);
  }

  archive(caseId: string, version: number): Observable<CaseResponse> {
    const body: ArchiveCaseDto = { version };
    return this.http.post<CaseResponse>(caseUrls.archive(caseId), body);
  }

  events(caseId: string): Observable<CaseEventResponse[]> {
    return this.http.get<CaseEventResponse[]>(caseUrls.events(caseId));
  }

  recordEvent(caseId: string, event: CreateCaseEventDto): Observable<CaseEventResponse> {
    return this.http.post<CaseEventResponse>(caseUrls.events(caseId), event);
  }

  confirmCorrection(
    requestId: string,
    decision: DecideEventCorrectionDto,
  ): Observable<CaseEventResponse> {
    return this.http.post<CaseEventResponse>(
      caseUrls.correctionDecision(requestId, 'confirm'),
      decision,
    );
  }

  declineCorrection(
    requestId: string,
    decision: DecideEventCorrectionDto,
  ): Observable<CaseEventResponse> {
    return this.http.post<CaseEventResponse>(
      caseUrls.correctionDecision(requestId, 'decline'),
      decision,
    );
  }

  correctEvent(
    caseId: string,
    eventId: string,
    correction: CorrectCaseEventDto,
  ): Observable<CaseEventResponse> {
    return this.http.patch<CaseEventResponse>(caseUrls.event(caseId, eventId), correction);
  }

  deadlines(caseId: string): Observable<CaseDeadlineResponse[]> {
    return this.http.get<CaseDeadlineResponse[]>(caseUrls.deadlines(caseId));
  }

  complete(deadlineId: string, body: CompleteDeadlineDto): Observable<CaseDeadlineResponse> {
    return this.http.post<CaseDeadlineResponse>(caseUrls.complete(deadlineId), body);
  }

  override(deadlineId: string, body: OverrideDeadlineDto): Observable<CaseDeadlineResponse> {
    return this.http.post<CaseDeadlineResponse>(caseUrls.override(deadlineId), body);
  }

  waive(deadlineId: string, body: WaiveDeadlineDto): Observable<CaseDeadlineResponse> {
    return this.http.post<CaseDeadlineResponse>(caseUrls.waive(deadlineId), body);
  }

  notes(caseId: string): Observable<CaseNoteResponse[]> {
    return this.http.get<CaseNoteResponse[]>(caseUrls.notes(caseId));
  }

  writeNote(caseId: string, body: string): Observable<CaseNoteResponse> {
    return this.http.post<CaseNoteResponse>(caseUrls.notes(caseId), { body });
  }

  /** The rule catalogue (procedures, event types, rules): loaded once per visit, then shared. */
  rules(): Observable<RuleCatalogueResponse> {
    this.catalogue ??= this.http.get<RuleCatalogueResponse>(caseUrls.rules).pipe(
      tap({ error: () => (this.catalogue = null) }), // a failure is not remembered
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.catalogue;
  }
}
