import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthService, authUrls, NOW } from '../../core/auth';
import { TranslationService } from '../../core/i18n';
import {
  aLoginResponse,
  aMeResponse,
  anErrorBody,
  provideTestHttp,
  provideTestRouter,
  resetBrowserStorage,
  testNow,
} from '../../testing/test-providers';
import { loginRoutes } from './login.routes';

@Component({ template: 'case list', changeDetection: ChangeDetectionStrategy.OnPush })
class CasesStub {}

describe('LoginPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    resetBrowserStorage();
    TestBed.configureTestingModule({
      providers: [
        provideTestHttp(),
        { provide: NOW, useValue: () => testNow },
        provideTestRouter([
          { path: 'login', children: loginRoutes },
          { path: 'caseload', component: CasesStub },
          { path: 'cases/:id', component: CasesStub },
          { path: 'account', component: CasesStub },
        ]),
      ],
    });
    TestBed.inject(TranslationService).setLanguage('en');
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function open(url = '/login') {
    harness = await RouterTestingHarness.create(url);
  }

  const page = () => harness.routeNativeElement as HTMLElement;
  const field = (name: string) =>
    page().querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`);
  const text = () => page().textContent?.replace(/\s+/g, ' ') ?? '';
  const alert = () => page().querySelector('[role="alert"]')?.textContent?.trim() ?? '';

  function type(name: string, value: string) {
    const input = field(name);
    if (!input) throw new Error(`no ${name} field`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  async function submit() {
    page().querySelector('form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
  }

  async function fillAndSubmit(email = 'attorney@lima.example', password = 'secret') {
    type('email', email);
    type('password', password);
    await submit();
  }

  const loginUrl = authUrls.login;

  function fail(request: TestRequest, status: number, code?: string) {
    request.flush(anErrorBody(status, code), { status, statusText: 'Error' });
  }

  /** The API accepts the sign-in; the page then loads the session. */
  async function succeed(request: TestRequest) {
    request.flush(aLoginResponse());
    backend.expectOne(authUrls.me).flush(aMeResponse());
    await harness.fixture.whenStable();
  }

  it('labels every field and shows no code field until the server asks for it', async () => {
    await open();
    for (const name of ['email', 'password']) {
      const input = field(name);
      const label = page().querySelector(`label[for="${input?.id}"]`);
      expect(label?.textContent).toMatch(name === 'email' ? /Email/ : /Password/);
    }
    expect(field('otp')).toBeNull();
  });

  it('explains what is missing and sends nothing when the form is incomplete', async () => {
    await open();
    await submit();
    expect(text()).toContain('Enter your email address.');
    expect(text()).toContain('Enter your password.');

    type('email', 'not-an-email');
    await harness.fixture.whenStable();
    expect(text()).toContain('Enter an email address such as name@example.org.');
    backend.expectNone(loginUrl);
  });

  it('posts the credentials and goes to the caseload', async () => {
    await open();
    await fillAndSubmit(' attorney@lima.example ', 'secret');
    const request = backend.expectOne(loginUrl);
    expect(request.request.body).toEqual({
      email: 'attorney@lima.example',
      password: 'secret',
      mode: 'cookie',
    });
    expect(page().querySelector('button[type="submit"]')?.hasAttribute('disabled')).toBe(true);
    await succeed(request);
    expect(TestBed.inject(Router).url).toBe('/caseload');
    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(true);
  });

  it('returns to the page the person was sent away from, but never off-site', async () => {
    await open('/login?returnUrl=%2Fcases%2F42');
    await fillAndSubmit();
    await succeed(backend.expectOne(loginUrl));
    expect(TestBed.inject(Router).url).toBe('/cases/42');

    TestBed.inject(AuthService).markSignedOut();
    await harness.navigateByUrl('/login?returnUrl=%2F%2Fevil.example');
    await fillAndSubmit();
    await succeed(backend.expectOne(loginUrl));
    expect(TestBed.inject(Router).url).toBe('/caseload');
  });

  it('says the credentials are wrong on a plain 401, keeping what was typed', async () => {
    await open();
    await fillAndSubmit();
    fail(backend.expectOne(loginUrl), 401, 'AUTH_INVALID_CREDENTIALS');
    await harness.fixture.whenStable();
    expect(alert()).toBe('The email or password is not correct. Check both and try again.');
    expect(field('email')?.value).toBe('attorney@lima.example');
    expect(TestBed.inject(Router).url).toBe('/login');
  });

  it('asks for the one-time code when the server requires it, then sends it', async () => {
    await open();
    await fillAndSubmit();
    fail(backend.expectOne(loginUrl), 401, 'AUTH_MFA_REQUIRED');
    await harness.fixture.whenStable();

    expect(alert()).toBe('');
    expect(text()).toContain('Your account uses two-step verification.');
    expect(field('otp')).not.toBeNull();
    expect(document.activeElement).toBe(field('otp'));
    expect(text()).toContain('The 6-digit code from your authenticator app');
    expect(text()).not.toContain('Enter the 6-digit code.');

    await submit();
    expect(text()).toContain('Enter the 6-digit code.');
    backend.expectNone(loginUrl);

    type('otp', '12ab');
    await submit();
    expect(text()).toContain('The code has exactly 6 digits.');
    backend.expectNone(loginUrl);

    type('otp', '123456');
    await submit();
    const request = backend.expectOne(loginUrl);
    expect(request.request.body).toEqual({
      email: 'attorney@lima.example',
      password: 'secret',
      otp: '123456',
      mode: 'cookie',
    });
    fail(request, 401, 'AUTH_MFA_INVALID');
    await harness.fixture.whenStable();
    expect(alert()).toBe(
      'That code is not valid or has expired. Enter the current code from your app.',
    );
    expect(field('otp')?.value).toBe('');
  });

  it('shows the mapped server error for other failures', async () => {
    await open();
    await fillAndSubmit();
    fail(backend.expectOne(loginUrl), 503);
    await harness.fixture.whenStable();
    expect(alert()).toBe(
      'Amparo is temporarily unavailable. Try again in a minute; your input is still here.',
    );
    expect(page().querySelector('button[type="submit"]')?.hasAttribute('disabled')).toBe(false);
  });

  it('tells someone whose session ended why they are here', async () => {
    await open('/login?reason=expired');
    expect(text()).toContain('Your session ended. Sign in again to continue where you were.');
  });

  it('shows every string, errors included, in Spanish after a switch', async () => {
    await open();
    await submit();
    TestBed.inject(TranslationService).setLanguage('es');
    await harness.fixture.whenStable();
    expect(text()).toContain('Ingresar a Amparo');
    expect(text()).toContain('Correo electrónico');
    expect(text()).toContain('Ingrese su contraseña.');
    expect(text()).not.toContain('Sign in');
  });

  it('goes to My account, whatever the return URL, when the office requires a second factor', async () => {
    await open('/login?returnUrl=%2Fcases%2F42');
    await fillAndSubmit();
    backend.expectOne(loginUrl).flush(aLoginResponse());
    backend.expectOne(authUrls.me).flush(aMeResponse({ mfaEnrolmentRequired: true }));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/account');
  });

  it('accepts a recovery code instead of the 6-digit code', async () => {
    await open();
    await fillAndSubmit();
    fail(backend.expectOne(loginUrl), 401, 'AUTH_MFA_REQUIRED');
    await harness.fixture.whenStable();

    page().querySelector<HTMLButtonElement>('[data-testid="toggle-recovery"]')?.click();
    await harness.fixture.whenStable();
    expect(field('otp')).toBeNull();
    expect(document.activeElement).toBe(field('recoveryCode'));
    expect(text()).toContain('Recovery code');

    type('recoveryCode', 'not a code');
    await submit();
    expect(text()).toContain('A recovery code looks like abcde-12345.');
    backend.expectNone(loginUrl);

    type('recoveryCode', ' ABCDE-23456 ');
    await submit();
    const request = backend.expectOne(loginUrl);
    expect(request.request.body).toEqual({
      email: 'attorney@lima.example',
      password: 'secret',
      recoveryCode: 'abcde-23456',
      mode: 'cookie',
    });
    fail(request, 401, 'AUTH_MFA_INVALID');
    await harness.fixture.whenStable();
    expect(alert()).toBe(
      'That recovery code is not valid or was already used. Try another of your codes.',
    );

    page().querySelector<HTMLButtonElement>('[data-testid="toggle-recovery"]')?.click();
    await harness.fixture.whenStable();
    expect(field('otp')).not.toBeNull();
    type('otp', '123456');
    await submit();
    expect(backend.expectOne(loginUrl).request.body).toEqual({
      email: 'attorney@lima.example',
      password: 'secret',
      otp: '123456',
      mode: 'cookie',
    });
  });

  it('confirms a newly set password', async () => {
    await open('/login?reason=password-set');
    expect(text()).toContain('Your password is set. Sign in with it now.');
  });
});
