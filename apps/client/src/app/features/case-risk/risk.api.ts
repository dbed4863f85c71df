import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import { apiBase } from '../../core/http';
import type {
  CaseRiskEscalation,
  CountryProfileResponse,
  CreateRiskAssessment,
  RiskAssessment,
  ScreeningInstrument,
} from './risk.models';

/** The screening endpoints (docs/api-risk.md); the API checks permissions and case access. */
@Injectable({ providedIn: 'root' })
export class RiskApi {
  private readonly http = inject(HttpClient);

  instrument(): Observable<ScreeningInstrument> {
    return this.http.get<ScreeningInstrument>(`${apiBase}/risk/instrument`);
  }

  countryProfiles(): Observable<CountryProfileResponse[]> {
    return this.http.get<CountryProfileResponse[]>(`${apiBase}/country-profiles`);
  }

  /** Every version of the case's screening, newest first, each with what changed since the one before. */
  history(caseId: string): Observable<RiskAssessment[]> {
    return this.http.get<RiskAssessment[]>(`${apiBase}/cases/${caseId}/risk-assessments`);
  }

  /** Records a new version; earlier versions are never overwritten. */
  create(caseId: string, body: CreateRiskAssessment): Observable<RiskAssessment> {
    return this.http.post<RiskAssessment>(`${apiBase}/cases/${caseId}/risk-assessments`, body);
  }

  signOff(assessmentId: string): Observable<RiskAssessment> {
    return this.http.post<RiskAssessment>(
      `${apiBase}/risk-assessments/${assessmentId}/sign-off`,
      {},
    );
  }

  /** Whether the case is on the supervisors' escalation list now, and the clocks that put it there. */
  escalation(caseId: string): Observable<CaseRiskEscalation> {
    return this.http.get<CaseRiskEscalation>(`${apiBase}/cases/${caseId}/risk-escalation`);
  }
}
