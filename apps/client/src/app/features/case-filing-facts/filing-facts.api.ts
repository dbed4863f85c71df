import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
// Wire types come type-only from @amparo/contracts: no runtime code of it reaches the bundle.
import type { CaseFilingFactsDto, CaseFilingFactsResponse } from '@amparo/contracts';
import type { Observable } from 'rxjs';
import { apiBase } from '../../core/http';

export type FilingFacts = CaseFilingFactsResponse;
export type FilingFactsInput = CaseFilingFactsDto;

/** A case's filing facts (docs/filings.md): read by whoever reads the case, replaced as a whole. */
@Injectable({ providedIn: 'root' })
export class FilingFactsApi {
  private readonly http = inject(HttpClient);

  get(caseId: string): Observable<FilingFacts> {
    return this.http.get<FilingFacts>(`${apiBase}/cases/${caseId}/filing-facts`);
  }

  /** Replaces them with the `version` read; a stale one is a 409 carrying the current record. */
  replace(caseId: string, input: FilingFactsInput): Observable<FilingFacts> {
    return this.http.put<FilingFacts>(`${apiBase}/cases/${caseId}/filing-facts`, input);
  }
}
