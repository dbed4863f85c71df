import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import { apiBase } from '../../core/http';
import type { OrganizationSettings, UpdateSettingsRequest } from './admin.models';

export const organizationSettingsUrl = `${apiBase}/organization/settings`;

/** The office's settings (admins only; the API checks `organization.manage`). */
@Injectable({ providedIn: 'root' })
export class OrganizationSettingsApi {
  private readonly http = inject(HttpClient);

  get(): Observable<OrganizationSettings> {
    return this.http.get<OrganizationSettings>(organizationSettingsUrl);
  }

  /** Sends the version last seen; a stale one is refused with a 409 carrying the current settings. */
  update(request: UpdateSettingsRequest): Observable<OrganizationSettings> {
    return this.http.patch<OrganizationSettings>(organizationSettingsUrl, request);
  }
}
