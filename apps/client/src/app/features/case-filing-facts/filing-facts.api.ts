import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
// Wire types come type-only from @amparo/contracts: no runtime code of it reaches the bundle.
import type {
  CaseEventResponse,
  CaseFilingFactsDto,
  CaseFilingFactsResponse,
} from '@amparo/contracts';
import type { Observable } from 'rxjs';
import { apiBase } from '../../core/http';

export type FilingFacts = CaseFilingFactsResponse;
export type FilingFactsInput = CaseFilingFactsDto;
export type TimelineEvent = CaseEventResponse;

/** A case's filing facts (docs/filings.md): read by whoever reads the case, replaced as a whole. */
@Injectable({ providedIn: 'root' })
export class FilingFactsApi {
  private readonly http = inject(HttpClient);

  get(caseId: string): Observable<FilingFacts> {
    return this.http.get<FilingFacts>(`${apiBase}/cases/${caseId}/filing-facts`);
  }

  /**
   * The case's timeline, notes opened: the API audits each note it shows (they are the person's
   * own account). Read only when someone asks to prefill the facts from notes.
   */
  timeline(caseId: string): Observable<TimelineEvent[]> {
    return this.http.get<TimelineEvent[]>(`${apiBase}/cases/${caseId}/events`);
  }

  /** Replaces them with the `version` read; a stale one is a 409 carrying the current record. */
  replace(caseId: string, input: FilingFactsInput): Observable<FilingFacts> {
    return this.http.put<FilingFacts>(`${apiBase}/cases/${caseId}/filing-facts`, input);
  }
}
