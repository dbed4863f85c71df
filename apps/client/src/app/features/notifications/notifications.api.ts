import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import type { NotificationPage, NotificationResponse } from '@amparo/contracts';
import { apiBase } from '../../core/http';

export type { NotificationPage, NotificationResponse };

export const notificationsUrl = `${apiBase}/notifications`;

/** The signed-in member's own notices: the latest page, marking one or all of them read. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  /** Unread first, then newest first, with the unread count. */
  latest(limit = 20): Observable<NotificationPage> {
    return this.http.get<NotificationPage>(notificationsUrl, {
      params: new HttpParams().set('limit', limit),
    });
  }

  markRead(id: string): Observable<unknown> {
    return this.http.post(`${notificationsUrl}/${encodeURIComponent(id)}/read`, {});
  }

  markAllRead(): Observable<{ marked: number }> {
    return this.http.post<{ marked: number }>(`${notificationsUrl}/read-all`, {});
  }
}
