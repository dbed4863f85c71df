import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  aLoginResponse,
  provideTestHttp,
  provideTestRouter,
  resetBrowserStorage,
  testNow,
} from '../../testing/test-providers';
import { ApiError } from '../http';
import { AuthService, loginChallengeOf, loginUrl, sessionStorageKey } from './auth.service';
import { NOW } from './clock';

describe('AuthService', () => {
  let now: number;
  let backend: HttpTestingController;

  beforeEach(() => {
    resetBrowserStorage();
    now = testNow;
    TestBed.configureTestingModule({
      providers: [provideTestHttp(), provideTestRouter(), { provide: NOW, useValue: () => now }],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function signIn(auth: AuthService) {
    const done = firstValueFrom(auth.login({ email: 'attorney@lima.example', password: 'pw' }));
    backend.expectOne(loginUrl).flush(aLoginResponse());
    return done;
  }

  it('posts the credentials and starts a session from the answer', async () => {
    const auth = TestBed.inject(AuthService);
    const done = firstValueFrom(
      auth.login({ email: 'attorney@lima.example', password: 'pw', otp: '123456' }),
    );
    const pending = backend.expectOne(loginUrl);
    expect(pending.request.method).toBe('POST');
    expect(pending.request.body).toEqual({
      email: 'attorney@lima.example',
      password: 'pw',
      otp: '123456',
    });
    expect(pending.request.headers.has('Authorization')).toBe(false);
    pending.flush(aLoginResponse());
    await done;
    expect(auth.user()).toEqual(aLoginResponse().user);
    expect(auth.expiresAt()).toBe(testNow + 8 * 3600_000);
  });

  it('is authenticated until the expiry instant, then not', async () => {
    const auth = TestBed.inject(AuthService);
    expect(auth.isAuthenticated()).toBe(false);
    await signIn(auth);
    expect(auth.isAuthenticated()).toBe(true);
    expect(auth.user()?.name).toBe('Rosa Quispe');
    now = testNow + 8 * 3600_000;
    expect(auth.isAuthenticated()).toBe(false);
    expect(auth.accessToken()).toBeNull();
  });

  it('sends the token on API calls once signed in', async () => {
    const auth = TestBed.inject(AuthService);
    await signIn(auth);
    TestBed.inject(HttpClient).get('/api/cases').subscribe();
    const request = backend.expectOne('/api/cases').request;
    expect(request.headers.get('Authorization')).toBe('Bearer token-abc');
  });

  it('survives a reload through sessionStorage, but not an expired entry', async () => {
    await signIn(TestBed.inject(AuthService));
    expect(sessionStorage.getItem(sessionStorageKey)).toContain('token-abc');

    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [provideTestHttp(), { provide: NOW, useValue: () => now }],
    });
    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(true);

    TestBed.resetTestingModule();
    now = testNow + 9 * 3600_000;
    TestBed.configureTestingModule({
      providers: [provideTestHttp(), { provide: NOW, useValue: () => now }],
    });
    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(false);
    expect(sessionStorage.getItem(sessionStorageKey)).toBeNull();
    backend = TestBed.inject(HttpTestingController);
  });

  it('ends the session and sends the person to sign in when the API rejects the token', async () => {
    const auth = TestBed.inject(AuthService);
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    await signIn(auth);

    const result = firstValueFrom(TestBed.inject(HttpClient).get('/api/cases'));
    backend
      .expectOne('/api/cases')
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Token expired' },
        { status: 401, statusText: 'Unauthorized' },
      );

    await expect(result).rejects.toBeInstanceOf(ApiError);
    expect(auth.isAuthenticated()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/login'], {
      queryParams: { returnUrl: '/', reason: 'expired' },
    });
  });
});

describe('loginChallengeOf', () => {
  const challenge = (status: number, details?: Record<string, unknown>) =>
    new ApiError(
      status,
      'errors.unauthorized',
      {},
      {
        statusCode: status,
        error: 'Unauthorized',
        message: 'x',
        details,
      },
      undefined,
    );

  it('recognises the second-factor reasons of a 401 only', () => {
    expect(loginChallengeOf(challenge(401, { reason: 'otp_required' }))).toBe('otp_required');
    expect(loginChallengeOf(challenge(401, { reason: 'otp_invalid' }))).toBe('otp_invalid');
    expect(loginChallengeOf(challenge(401))).toBeNull();
    expect(loginChallengeOf(challenge(400, { reason: 'otp_required' }))).toBeNull();
    expect(loginChallengeOf(new Error('boom'))).toBeNull();
  });
});
