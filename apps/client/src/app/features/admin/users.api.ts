import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import { apiBase } from '../../core/http';
import type {
  InviteUserRequest,
  PasswordSetup,
  Role,
  UpdateRolesRequest,
  User,
} from './admin.models';

export const usersUrls = {
  list: `${apiBase}/users`,
  roles: (id: string) => `${apiBase}/users/${encodeURIComponent(id)}/roles`,
  disable: (id: string) => `${apiBase}/users/${encodeURIComponent(id)}/disable`,
  enable: (id: string) => `${apiBase}/users/${encodeURIComponent(id)}/enable`,
  resetMfa: (id: string) => `${apiBase}/users/${encodeURIComponent(id)}/mfa/reset`,
  passwordReset: (id: string) => `${apiBase}/users/${encodeURIComponent(id)}/password-reset`,
} as const;

/** The office's accounts (admins only; the API checks `users.manage` on every call). */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(): Observable<User[]> {
    return this.http.get<User[]>(usersUrls.list);
  }

  invite(request: InviteUserRequest): Observable<PasswordSetup> {
    return this.http.post<PasswordSetup>(usersUrls.list, request);
  }

  updateRoles(id: string, roles: Role[], version: number): Observable<User> {
    const body: UpdateRolesRequest = { roles, version };
    return this.http.patch<User>(usersUrls.roles(id), body);
  }

  /** Ends every session of the account at once, on the server. */
  disable(id: string, reason?: string): Observable<User> {
    return this.http.post<User>(usersUrls.disable(id), reason ? { reason } : {});
  }

  enable(id: string): Observable<User> {
    return this.http.post<User>(usersUrls.enable(id), {});
  }

  resetMfa(id: string): Observable<User> {
    return this.http.post<User>(usersUrls.resetMfa(id), {});
  }

  /** A new one-time set-password link; older links stop working and sessions end. */
  newPasswordLink(id: string): Observable<PasswordSetup> {
    return this.http.post<PasswordSetup>(usersUrls.passwordReset(id), {});
  }
}
