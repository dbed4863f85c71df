import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import { apiBase } from '../../core/http';
import type {
  AuditPage,
  AuditQuery,
  Closure,
  CountryProfile,
  CountryProfileView,
  Deadline,
  DeadlineAudit,
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
  deadlineAudit: `${apiBase}/supervision/deadline-audit`,
  complete: (id: string) => `${apiBase}/deadlines/${code(id)}/complete`,
  waive: (id: string) => `${apiBase}/deadlines/${code(id)}/waive`,
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

  /** Every list of the office's deadline audit with its count (the overview shows the same). */
  deadlineAudit(): Observable<DeadlineAudit> {
    return this.http.get<DeadlineAudit>(supervisionUrls.deadlineAudit);
  }

  complete(id: string, version: number): Observable<Deadline> {
    return this.http.post<Deadline>(supervisionUrls.complete(id), { version });
  }

  waive(id: string, version: number, reason: string): Observable<Deadline> {
    return this.http.post<Deadline>(supervisionUrls.waive(id), { version, reason });
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

  /** The overview, its weeks in the office's zone and its deadline counts the audit's. */
  stats(): Observable<SupervisionStats> {
    return this.http.get<SupervisionStats>(supervisionUrls.stats);
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
