import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { type Observable, tap } from 'rxjs';
import { apiBase, ApiError } from '../http';
import type { LoginChallenge, LoginRequest, LoginResponse, SessionUser } from './auth.models';
import { NOW } from './clock';

export const loginUrl = `${apiBase}/auth/login`;

/**
 * sessionStorage, not localStorage: the token disappears when the tab closes, which matters on
 * the shared computers of shelters and legal-aid offices.
 */
export const sessionStorageKey = 'amparo.session';

interface Session {
  accessToken: string;
  expiresAt: number;
  user: SessionUser;
}

/** Holds the signed-in person's session and talks to the API's auth endpoints. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly now = inject(NOW);
  private readonly storage = storageOf(inject(DOCUMENT));
  private readonly session = signal<Session | null>(this.restore());

  readonly user = computed(() => this.session()?.user ?? null);
  readonly expiresAt = computed(() => this.session()?.expiresAt ?? null);

  login(request: LoginRequest): Observable<LoginResponse> {
    return this.http
      .post<LoginResponse>(loginUrl, request)
      .pipe(tap((response) => this.start(response)));
  }

  /** True while a session exists and has not reached its expiry. */
  isAuthenticated(): boolean {
    const session = this.session();
    return session !== null && session.expiresAt > this.now();
  }

  /** The bearer token for API calls, or null when there is no live session. */
  accessToken(): string | null {
    return this.isAuthenticated() ? (this.session()?.accessToken ?? null) : null;
  }

  /** Forgets the session locally (sign-out, or the server said the token is no longer valid). */
  clear(): void {
    this.session.set(null);
    this.storage?.removeItem(sessionStorageKey);
  }

  private start(response: LoginResponse): void {
    const session: Session = {
      accessToken: response.accessToken,
      expiresAt: Date.parse(response.expiresAt),
      user: response.user,
    };
    this.session.set(session);
    this.storage?.setItem(sessionStorageKey, JSON.stringify(session));
  }

  // A reload keeps the person signed in; an unreadable or expired entry is dropped.
  private restore(): Session | null {
    try {
      const raw = this.storage?.getItem(sessionStorageKey);
      if (!raw) return null;
      const session = JSON.parse(raw) as Session;
      if (typeof session.accessToken !== 'string' || !(session.expiresAt > this.now())) {
        this.storage?.removeItem(sessionStorageKey);
        return null;
      }
      return session;
    } catch {
      return null;
    }
  }
}

/** Which second-factor step, if any, a failed login is asking for. */
export function loginChallengeOf(error: unknown): LoginChallenge | null {
  if (!(error instanceof ApiError) || error.status !== 401) return null;
  const reason = error.details?.['reason'];
  return reason === 'otp_required' || reason === 'otp_invalid' ? reason : null;
}

function storageOf(document: Document): Storage | null {
  try {
    return document.defaultView?.sessionStorage ?? null;
  } catch {
    return null;
  }
}
