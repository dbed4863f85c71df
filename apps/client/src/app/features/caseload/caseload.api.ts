import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { type Observable, shareReplay } from 'rxjs';
import { apiBase } from '../../core/http';
import type { CaseloadPage, RuleCatalogueResponse } from './caseload.models';

export const caseloadUrls = {
  cases: `${apiBase}/cases`,
  rules: `${apiBase}/rules`,
} as const;

/** The caseload and the rule catalogue (jurisdiction and procedure names for the filters). */
@Injectable({ providedIn: 'root' })
export class CaseloadApi {
  private readonly http = inject(HttpClient);
  private catalogue$: Observable<RuleCatalogueResponse> | null = null;

  page(query: Record<string, string>): Observable<CaseloadPage> {
    return this.http.get<CaseloadPage>(caseloadUrls.cases, { params: query });
  }

  /** The rule packs change only with a release: fetched once per visit, shared by every page. */
  catalogue(): Observable<RuleCatalogueResponse> {
    this.catalogue$ ??= this.http
      .get<RuleCatalogueResponse>(caseloadUrls.rules)
      .pipe(shareReplay({ bufferSize: 1, refCount: false }));
    return this.catalogue$;
  }
}
