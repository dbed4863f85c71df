import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import type { CalendarFeedCreatedResponse, CalendarFeedResponse } from '@amparo/contracts';
import { apiBase } from '../../core/http';

export type { CalendarFeedCreatedResponse, CalendarFeedResponse };

export const calendarFeedUrl = `${apiBase}/calendar-feed`;

/** The person's iCalendar subscription: whether one is live, a new address, revoking it. */
@Injectable({ providedIn: 'root' })
export class CalendarFeedApi {
  private readonly http = inject(HttpClient);

  status(): Observable<CalendarFeedResponse> {
    return this.http.get<CalendarFeedResponse>(calendarFeedUrl);
  }

  /** A new secret address (shown only in this answer); any earlier one stops working. */
  create(
    includeClientNames: boolean,
    language: 'en' | 'es',
  ): Observable<CalendarFeedCreatedResponse> {
    return this.http.post<CalendarFeedCreatedResponse>(calendarFeedUrl, {
      includeClientNames,
      language,
    });
  }

  revoke(): Observable<void> {
    return this.http.delete<void>(calendarFeedUrl);
  }
}
