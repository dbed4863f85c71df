import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
// Wire types come type-only from @amparo/contracts: no runtime code of it reaches the bundle.
import type { MemberProfileResponse, UpdateMemberProfileDto } from '@amparo/contracts';
import type { Observable } from 'rxjs';
import { apiBase } from '../../core/http';

export type MemberProfile = MemberProfileResponse;
export type MemberProfileInput = UpdateMemberProfileDto;

/** The signed-in member's professional profile (docs/api.md): what filings print under a signature. */
@Injectable({ providedIn: 'root' })
export class MemberProfileApi {
  private readonly http = inject(HttpClient);

  get(): Observable<MemberProfile> {
    return this.http.get<MemberProfile>(`${apiBase}/profile`);
  }

  /** Replaces it with the `version` read; a stale one is a 409 carrying the current profile. */
  replace(input: MemberProfileInput): Observable<MemberProfile> {
    return this.http.put<MemberProfile>(`${apiBase}/profile`, input);
  }
}
