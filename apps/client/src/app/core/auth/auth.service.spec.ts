import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  aLoginResponse,
  aMeResponse,
  anErrorBody,
  provideTestHttp,
  provideTestRouter,
  resetBrowserStorage,
  testNow,
} from '../../testing/test-providers';
import { ApiError, csrfHeader } from '../http';
import { authUrls } from './auth-urls';
import { AuthService, loginChallengeOf } from './auth.service';
import { NOW } from './clock';

describe('AuthService', () => {
  let now: number;
  let auth: AuthService;
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    resetBrowserStorage();
    now = testNow;
    TestBed.configureTestingModule({
      providers: [provideTestHttp(), provideTestRouter(), { provide: NOW, useValue: () => now }],
    });
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  const unauthorized = (code: string) => ({
    body: anErrorBody(401, code),
    options: { status: 401, statusText: 'Unauthorized' },
  });

  async function signIn() {
    const done = firstValueFrom(auth.login({ email: 'attorney@lima.example', password: 'pw' }));
    backend.expectOne(authUrls.login).flush(aLoginResponse());
    backend.expectOne(authUrls.me).flush(aMeResponse());
    return done;
  }

  it('posts the credentials in cookie mode, then loads the session from /auth/me', async () => {
    const done = firstValueFrom(
      auth.login({ email: 'attorney@lima.example', password: 'pw', otp: '123456' }),
    );
    const login = backend.expectOne(authUrls.login);
    expect(login.request.method).toBe('POST');
    expect(login.request.body).toEqual({
      email: 'attorney@lima.example',
      password: 'pw',
      otp: '123456',
      // The tokens stay in httpOnly cookies: the answer carries none for a script to read.
      mode: 'cookie',
    });
    expect(auth.isAuthenticated()).toBe(false);
    login.flush(aLoginResponse());
    backend.expectOne(authUrls.me).flush(aMeResponse());
    await done;

    expect(auth.isAuthenticated()).toBe(true);
    expect(auth.user()?.name).toBe('Rosa Quispe');
    expect(auth.expiresAt()).toBe(testNow + 12 * 3600_000);
    expect(auth.can('deadlines.complete')).toBe(true);
    expect(auth.can('deadlines.waive')).toBe(false);
  });

  it('keeps no token where a script could read it', async () => {
    await signIn();
    expect(JSON.stringify({ ...localStorage })).not.toContain('access-abc');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('access-abc');
    http.get('/api/cases').subscribe();
    expect(backend.expectOne('/api/cases').request.headers.has('Authorization')).toBe(false);
  });

  it('is signed in until the session end, then not', async () => {
    await signIn();
    now = testNow + 12 * 3600_000;
    expect(auth.isAuthenticated()).toBe(false);
    expect(await firstValueFrom(auth.checkSession())).toBe(false);
  });

  it('asks the API once whether a session exists (after a reload), then remembers', async () => {
    const first = firstValueFrom(auth.checkSession());
    backend.expectOne(authUrls.me).flush(aMeResponse());
    expect(await first).toBe(true);
    expect(await firstValueFrom(auth.checkSession())).toBe(true);
    backend.expectNone(authUrls.me);
  });

  it('reports no session when /auth/me says nobody is signed in, without redirecting', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate');
    const result = firstValueFrom(auth.checkSession());
    const { body, options } = unauthorized('AUTH_REQUIRED');
    backend.expectOne(authUrls.me).flush(body, options);
    expect(await result).toBe(false);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('refreshes an expired access token once and retries, with the new CSRF token', async () => {
    await signIn();
    document.cookie = 'amparo_csrf=old-token; path=/';
    const first = firstValueFrom(http.post('/api/cases', { name: 'A' }));
    const second = firstValueFrom(http.get('/api/deadlines'));

    const expired = unauthorized('AUTH_TOKEN_EXPIRED');
    const post = backend.expectOne('/api/cases');
    expect(post.request.headers.get(csrfHeader)).toBe('old-token');
    post.flush(expired.body, expired.options);
    backend.expectOne('/api/deadlines').flush(expired.body, expired.options);

    const refresh = backend.expectOne(authUrls.refresh); // one refresh for both
    expect(refresh.request.headers.get(csrfHeader)).toBe('old-token');
    document.cookie = 'amparo_csrf=new-token; path=/';
    refresh.flush({ mode: 'cookie', expiresAt: aLoginResponse().expiresAt });

    const retried = backend.expectOne('/api/cases');
    expect(retried.request.headers.get(csrfHeader)).toBe('new-token');
    expect(retried.request.body).toEqual({ name: 'A' });
    retried.flush({ id: 'c-1' });
    backend.expectOne('/api/deadlines').flush([]);

    await expect(first).resolves.toEqual({ id: 'c-1' });
    await expect(second).resolves.toEqual([]);
    expect(auth.isAuthenticated()).toBe(true);
  });

  it('ends the session and sends the person to sign in when the session is over', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await signIn();
    const result = firstValueFrom(http.get('/api/cases'));
    const expired = unauthorized('AUTH_TOKEN_EXPIRED');
    backend.expectOne('/api/cases').flush(expired.body, expired.options);
    const ended = unauthorized('AUTH_SESSION_ENDED');
    backend.expectOne(authUrls.refresh).flush(ended.body, ended.options);

    await expect(result).rejects.toMatchObject({ status: 401, code: 'AUTH_TOKEN_EXPIRED' });
    expect(auth.isAuthenticated()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/login'], {
      queryParams: { returnUrl: '/', reason: 'expired' },
    });
  });

  it('keeps the session when a password or code typed to confirm an action is wrong', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await signIn();
    for (const code of ['AUTH_INVALID_CREDENTIALS', 'AUTH_MFA_INVALID']) {
      const result = firstValueFrom(http.post(authUrls.mfaEnrol, { password: 'x' }));
      const { body, options } = unauthorized(code);
      backend.expectOne(authUrls.mfaEnrol).flush(body, options);
      await expect(result).rejects.toMatchObject({ status: 401, code });
    }
    backend.expectNone(authUrls.refresh);
    expect(auth.isAuthenticated()).toBe(true);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('goes to My account when the office starts requiring a second factor mid-session', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await signIn();
    const result = firstValueFrom(http.get('/api/cases'));
    backend.expectOne('/api/cases').flush(anErrorBody(403, 'AUTH_MFA_ENROLMENT_REQUIRED'), {
      status: 403,
      statusText: 'Forbidden',
    });
    await expect(result).rejects.toMatchObject({
      status: 403,
      messageKey: 'errors.mfaEnrolmentRequired',
    });
    backend.expectOne(authUrls.me).flush(aMeResponse({ mfaEnrolmentRequired: true }));
    expect(auth.mfaEnrolmentRequired()).toBe(true);
    expect(auth.isAuthenticated()).toBe(true);
    expect(navigate).toHaveBeenCalledWith('/account');
  });

  it('remembers what /auth/me says about the second factor', async () => {
    const first = firstValueFrom(auth.checkSession());
    backend
      .expectOne(authUrls.me)
      .flush(aMeResponse({ mfaEnabled: false, mfaEnrolmentRequired: true }));
    await first;
    expect(auth.mfaEnrolmentRequired()).toBe(true);
    expect(auth.mfaEnabled()).toBe(false);
  });

  it('signs out on the server with the CSRF token, and locally even if that fails', async () => {
    await signIn();
    document.cookie = 'amparo_csrf=csrf-abc; path=/';
    const done = firstValueFrom(auth.logout(), { defaultValue: undefined });
    const logout = backend.expectOne(authUrls.logout);
    expect(logout.request.headers.get(csrfHeader)).toBe('csrf-abc');
    logout.error(new ProgressEvent('error'));
    await done;
    expect(auth.isAuthenticated()).toBe(false);
    expect(auth.user()).toBeNull();
  });
});

describe('loginChallengeOf', () => {
  const failure = (status: number, code?: string) =>
    new ApiError(
      status,
      'errors.unauthorized',
      {},
      { statusCode: status, error: 'Unauthorized', message: 'x', code },
      undefined,
    );

  it('recognises the second-factor codes only', () => {
    expect(loginChallengeOf(failure(401, 'AUTH_MFA_REQUIRED'))).toBe('otp_required');
    expect(loginChallengeOf(failure(401, 'AUTH_MFA_INVALID'))).toBe('otp_invalid');
    expect(loginChallengeOf(failure(401, 'AUTH_INVALID_CREDENTIALS'))).toBeNull();
    expect(loginChallengeOf(failure(401))).toBeNull();
    expect(loginChallengeOf(new Error('boom'))).toBeNull();
  });
});
