import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import { allPages, apiBase } from '../../core/http';
import type {
  AuditPage,
  AuditQuery,
  Closure,
  CountryProfile,
  CountryProfileView,
  Deadline,
  Escalation,
  EscalationAck,
  HolidayCalendar,
  NewClosure,
  OfficeMember,
  RuleChangePage,
  SupervisionStats,
} from './supervision.models';

const code = (value: string) => encodeURIComponent(value);

export const supervisionUrls = {
  deadlines: `${apiBase}/deadlines`,
  escalations: `${apiBase}/risk/escalations`,
  acknowledge: (caseId: string) => `${apiBase}/risk/escalations/${code(caseId)}/acknowledge`,
  stats: `${apiBase}/supervision/stats`,
  members: `${apiBase}/supervision/members`,
  audit: `${apiBase}/audit`,
  holidays: `${apiBase}/calendars/holidays`,
  closures: `${apiBase}/calendars/closures`,
  closure: (id: string) => `${apiBase}/calendars/closures/${code(id)}`,
  profiles: `${apiBase}/country-profiles`,
  profile: (country: string) => `${apiBase}/country-profiles/${code(country)}`,
  ruleChanges: `${apiBase}/deadline-rule-changes`,
} as const;

export const auditPageSize = 50;

/** Everything the supervisor's screens read and change; the API checks each permission again. */
@Injectable({ providedIn: 'root' })
export class SupervisionApi {
  private readonly http = inject(HttpClient);

  /** Without filters a supervisor gets the audit view: due in 48 h, missed, waived. */
  deadlineAudit(): Observable<Deadline[]> {
    return allPages<Deadline>(this.http, supervisionUrls.deadlines);
  }

  /** The office's rule-change notices: pending (no attorney acknowledged them yet) or all. */
  ruleChanges(status: 'pending' | 'all'): Observable<RuleChangePage> {
    return this.http.get<RuleChangePage>(supervisionUrls.ruleChanges, { params: { status } });
  }

  escalations(): Observable<Escalation[]> {
    return this.http.get<Escalation[]>(supervisionUrls.escalations);
  }

  acknowledge(caseId: string, reason: string): Observable<EscalationAck> {
    return this.http.post<EscalationAck>(supervisionUrls.acknowledge(caseId), { reason });
  }

  stats(timeZone: string): Observable<SupervisionStats> {
    return this.http.get<SupervisionStats>(supervisionUrls.stats, { params: { timeZone } });
  }

  members(): Observable<OfficeMember[]> {
    return this.http.get<OfficeMember[]>(supervisionUrls.members);
  }

  audit(query: AuditQuery): Observable<AuditPage> {
    let params = new HttpParams().set('limit', auditPageSize);
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params = params.set(key, value);
    }
    return this.http.get<AuditPage>(supervisionUrls.audit, { params });
  }

  holidays(country: string, year: number): Observable<HolidayCalendar> {
    return this.http.get<HolidayCalendar>(supervisionUrls.holidays, {
      params: { country, year },
    });
  }

  closures(): Observable<Closure[]> {
    return this.http.get<Closure[]>(supervisionUrls.closures);
  }

  addClosure(closure: NewClosure): Observable<Closure> {
    return this.http.post<Closure>(supervisionUrls.closures, closure);
  }

  removeClosure(id: string): Observable<void> {
    return this.http.delete<void>(supervisionUrls.closure(id));
  }

  profiles(): Observable<CountryProfileView[]> {
    return this.http.get<CountryProfileView[]>(supervisionUrls.profiles);
  }

  profile(country: string): Observable<CountryProfileView> {
    return this.http.get<CountryProfileView>(supervisionUrls.profile(country));
  }

  saveProfile(
    country: string,
    version: number,
    profile: CountryProfile,
  ): Observable<CountryProfileView> {
    return this.http.put<CountryProfileView>(supervisionUrls.profile(country), {
      version,
      profile,
    });
  }

  revertProfile(country: string): Observable<CountryProfileView> {
    return this.http.delete<CountryProfileView>(supervisionUrls.profile(country));
  }
}
