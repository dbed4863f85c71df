import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import type { CaseDeadlineResponse } from '@amparo/contracts';
import { allPages, apiBase } from '../../core/http';

export type { CaseDeadlineResponse };

export const calendarUrls = {
  deadlines: `${apiBase}/deadlines`,
} as const;

/** The deadlines the calendar shows: the person's cases' (a supervisor's: the office's). */
@Injectable({ providedIn: 'root' })
export class CalendarApi {
  private readonly http = inject(HttpClient);

  /**
   * Every deadline due from `dueAfter` to before `dueBefore` (UTC ISO), of the assignee's cases
   * when given: every page of the list.
   */
  deadlines(
    dueAfter: string,
    dueBefore: string,
    assignee: string | null,
  ): Observable<CaseDeadlineResponse[]> {
    const params: Record<string, string> = { dueAfter, dueBefore };
    if (assignee) params['assignee'] = assignee;
    return allPages<CaseDeadlineResponse>(this.http, calendarUrls.deadlines, params);
  }
}
