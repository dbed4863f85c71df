import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
// Wire types come type-only from @amparo/contracts: no runtime code of it reaches the bundle.
import type { MemberProfileResponse, UpdateMemberProfileDto } from '@amparo/contracts';
import type { Observable } from 'rxjs';
import { apiBase } from '../../core/http';

export type MemberProfile = MemberProfileResponse;
export type MemberProfileInput = UpdateMemberProfileDto;

/** Where a profile lives: one's own, or (profiles.manage) another member's of the office. */
export const memberProfileUrl = (userId: string | null): string =>
  userId ? `${apiBase}/users/${encodeURIComponent(userId)}/profile` : `${apiBase}/profile`;

/**
 * A member's professional profile (docs/api.md): what filings print under a signature. Without a
 * user id, the signed-in member's own.
 */
@Injectable({ providedIn: 'root' })
export class MemberProfileApi {
  private readonly http = inject(HttpClient);

  get(userId: string | null = null): Observable<MemberProfile> {
    return this.http.get<MemberProfile>(memberProfileUrl(userId));
  }

  /** Replaces it with the `version` read; a stale one is a 409 carrying the current profile. */
  replace(input: MemberProfileInput, userId: string | null = null): Observable<MemberProfile> {
    return this.http.put<MemberProfile>(memberProfileUrl(userId), input);
  }
}
