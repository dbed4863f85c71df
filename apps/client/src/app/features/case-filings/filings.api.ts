import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import { apiBase } from '../../core/http';
import type {
  CaseSummary,
  Filing,
  FilingTemplate,
  GenerateFiling,
  KeptDetails,
} from './filings.models';

/** The filings endpoints (docs/filings.md); the API checks permissions and case access. */
@Injectable({ providedIn: 'root' })
export class FilingsApi {
  private readonly http = inject(HttpClient);

  templates(): Observable<FilingTemplate[]> {
    return this.http.get<FilingTemplate[]>(`${apiBase}/filing-templates`);
  }

  caseSummary(caseId: string): Observable<CaseSummary> {
    return this.http.get<CaseSummary>(`${apiBase}/cases/${caseId}`);
  }

  /** What the case's earlier generations were given (place, decision, grounds…): the form starts there. */
  keptDetails(caseId: string): Observable<KeptDetails> {
    return this.http.get<KeptDetails>(`${apiBase}/cases/${caseId}/filing-details`);
  }

  /** Every version of every filing of the case. */
  list(caseId: string): Observable<Filing[]> {
    return this.http.get<Filing[]>(`${apiBase}/cases/${caseId}/filings`);
  }

  /** A new version; 422 FILING_MISSING_DATA lists every missing item and where it is entered. */
  generate(caseId: string, body: GenerateFiling): Observable<Filing> {
    return this.http.post<Filing>(`${apiBase}/cases/${caseId}/filings`, body);
  }

  /** The PDF's bytes (each download is audited by the API). */
  pdf(filingId: string): Observable<ArrayBuffer> {
    return this.http.get(`${apiBase}/filings/${filingId}/pdf`, { responseType: 'arraybuffer' });
  }

  /** An attorney's (or supervisor's) approval; 422 FILING_RISK_UNSIGNED when its risk text is unsigned. */
  approve(filing: Filing): Observable<Filing> {
    return this.http.post<Filing>(`${apiBase}/filings/${filing.id}/approved`, {
      version: filing.version,
    });
  }

  markFiled(filing: Filing): Observable<Filing> {
    return this.http.post<Filing>(`${apiBase}/filings/${filing.id}/filed`, {
      version: filing.version,
    });
  }

  markServed(filing: Filing): Observable<Filing> {
    return this.http.post<Filing>(`${apiBase}/filings/${filing.id}/served`, {
      version: filing.version,
    });
  }
}
