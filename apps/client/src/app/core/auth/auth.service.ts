import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { catchError, finalize, map, type Observable, of, shareReplay, switchMap, tap } from 'rxjs';
import { ApiError, csrfCookie } from '../http';
import { authUrls } from './auth-urls';
import {
  authErrorCodes,
  type LoginChallenge,
  type LoginRequest,
  type LoginResponse,
  type MeResponse,
  type Permission,
  type RefreshResponse,
  type SessionUser,
} from './auth.models';
import { NOW } from './clock';

type SessionState =
  | { status: 'unknown' }
  | { status: 'signed-out' }
  | {
      status: 'signed-in';
      user: SessionUser;
      permissions: ReadonlySet<Permission>;
      expiresAt: number;
      mfaEnabled: boolean;
      mfaEnrolmentRequired: boolean;
    };

/**
 * The signed-in person's session. The tokens live in httpOnly cookies set by the API, so no
 * script (and no injected script) can read them; this service only knows who is signed in, what
 * they may do, and when the session ends. A reload asks the API (`/auth/me`) instead of trusting
 * anything kept in the browser.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly now = inject(NOW);
  private readonly document = inject(DOCUMENT);
  private readonly state = signal<SessionState>({ status: 'unknown' });
  private refreshing: Observable<void> | null = null;

  readonly user = computed(() => {
    const state = this.state();
    return state.status === 'signed-in' ? state.user : null;
  });
  /** When the session ends at the latest (epoch ms), whatever the activity. */
  readonly expiresAt = computed(() => {
    const state = this.state();
    return state.status === 'signed-in' ? state.expiresAt : null;
  });

  readonly mfaEnabled = computed(() => {
    const state = this.state();
    return state.status === 'signed-in' && state.mfaEnabled;
  });
  /**
   * The office requires a second factor for this person's role and they have none yet: the API
   * refuses everything but self-service until they enrol, so the app offers nothing else either.
   */
  readonly mfaEnrolmentRequired = computed(() => {
    const state = this.state();
    return state.status === 'signed-in' && state.mfaEnrolmentRequired;
  });

  /**
   * Signs in, then loads the session (permissions, expiry) the rest of the app relies on. Cookie
   * mode: the API sets the tokens as httpOnly cookies and leaves them out of its answer.
   */
  login(request: Omit<LoginRequest, 'mode'>): Observable<MeResponse> {
    const body: LoginRequest = { ...request, mode: 'cookie' };
    return this.http
      .post<LoginResponse>(authUrls.login, body)
      .pipe(switchMap(() => this.loadSession()));
  }

  /** Asks the API who is signed in; fails (and records "signed out") when nobody is. */
  loadSession(): Observable<MeResponse> {
    return this.http.get<MeResponse>(authUrls.me).pipe(
      tap((me) =>
        this.state.set({
          status: 'signed-in',
          user: me.user,
          permissions: new Set(me.permissions),
          expiresAt: Date.parse(me.sessionExpiresAt),
          mfaEnabled: me.mfaEnabled,
          mfaEnrolmentRequired: me.mfaEnrolmentRequired,
        }),
      ),
      catchError((error: unknown) => {
        this.state.set({ status: 'signed-out' });
        throw error;
      }),
    );
  }

  /** For guards: whether a live session exists, asking the API only when it is not yet known. */
  checkSession(): Observable<boolean> {
    const state = this.state();
    if (state.status === 'signed-out') return of(false);
    if (state.status === 'signed-in') return of(this.isAuthenticated());
    return this.loadSession().pipe(
      map(() => true),
      catchError(() => of(false)),
    );
  }

  /**
   * False when the browser holds no session at all: the API sets its readable CSRF cookie with
   * every session and clears it at sign-out, so without it asking `/auth/me` can only be refused.
   */
  mayHaveSession(): boolean {
    if (this.state().status === 'signed-in') return true;
    return this.document.cookie.split(';').some((part) => part.trim().startsWith(`${csrfCookie}=`));
  }

  isAuthenticated(): boolean {
    const state = this.state();
    return state.status === 'signed-in' && state.expiresAt > this.now();
  }

  /** Reads a signal, so templates and computeds re-evaluate when the session changes. */
  can(permission: Permission): boolean {
    const state = this.state();
    return state.status === 'signed-in' && state.permissions.has(permission);
  }

  canAny(permissions: readonly Permission[]): boolean {
    return permissions.some((permission) => this.can(permission));
  }

  /**
   * Gets a fresh access token (they last minutes; the session lasts hours). Concurrent callers
   * share one refresh, so a burst of expired requests does not rotate the token several times.
   */
  refresh(): Observable<void> {
    this.refreshing ??= this.http.post<RefreshResponse>(authUrls.refresh, {}).pipe(
      map(() => undefined),
      catchError((error: unknown) => {
        this.state.set({ status: 'signed-out' });
        throw error;
      }),
      finalize(() => (this.refreshing = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshing;
  }

  /** Ends the session on the server too; locally it ends even if the server cannot be reached. */
  logout(): Observable<void> {
    return this.http.post<void>(authUrls.logout, {}).pipe(
      catchError(() => of(undefined)),
      finalize(() => this.markSignedOut()),
    );
  }

  markSignedOut(): void {
    this.state.set({ status: 'signed-out' });
  }
}

/** Which second-factor step, if any, a failed sign-in is asking for. */
export function loginChallengeOf(error: unknown): LoginChallenge | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === authErrorCodes.mfaRequired) return 'otp_required';
  if (error.code === authErrorCodes.mfaInvalid) return 'otp_invalid';
  return null;
}
