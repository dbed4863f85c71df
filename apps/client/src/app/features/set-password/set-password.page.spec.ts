import { Location } from '@angular/common';
import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { authUrls } from '../../core/auth';
import { TranslationService } from '../../core/i18n';
import {
  anErrorBody,
  provideTestHttp,
  provideTestRouter,
  resetBrowserStorage,
} from '../../testing/test-providers';
import { setPasswordRoutes } from './set-password.routes';

@Component({ template: 'sign-in form', changeDetection: ChangeDetectionStrategy.OnPush })
class LoginStub {}

const token = 'org-lima.link-1.secret-xyz';

describe('SetPasswordPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(() => {
    resetBrowserStorage();
    TestBed.configureTestingModule({
      providers: [
        provideTestHttp(),
        provideTestRouter([
          { path: 'set-password', children: setPasswordRoutes },
          { path: 'login', component: LoginStub },
        ]),
      ],
    });
    TestBed.inject(TranslationService).setLanguage('en');
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  const squash = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';
  const alert = () => squash(page().querySelector('[role="alert"]')?.textContent);

  function type(name: string, value: string) {
    const input = page().querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`);
    if (!input) throw new Error(`no ${name} field`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  async function submit(password: string, confirm = password) {
    type('password', password);
    type('confirm', confirm);
    page().querySelector('form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
  }

  it('takes the token from the #fragment, posts it with the password, then goes to sign-in', async () => {
    harness = await RouterTestingHarness.create(`/set-password#${token}`);
    // Read, then gone from the address bar and history.
    expect(TestBed.inject(Location).path(true)).toBe('/set-password');
    await submit('correct horse battery staple');
    const request = backend.expectOne(authUrls.setPassword);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ token, password: 'correct horse battery staple' });
    // The token only ever travels in the body, never in a URL the server could log.
    expect(request.request.urlWithParams).toBe('/api/auth/set-password');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/login?reason=password-set');
  });

  it("checks length and confirmation here, and shows the API's policy sentence verbatim", async () => {
    harness = await RouterTestingHarness.create(`/set-password#${token}`);
    await submit('short');
    expect(squash(page().textContent)).toContain('Use at least 12 characters.');
    await submit('long enough password', 'long enough passwrd');
    expect(squash(page().textContent)).toContain('The two passwords are not the same.');
    backend.expectNone(authUrls.setPassword);

    await submit('password1234');
    const policy = 'This password is in lists of commonly used passwords; choose another';
    backend.expectOne(authUrls.setPassword).flush(
      {
        ...anErrorBody(400, 'PASSWORD_REJECTED', policy),
        details: [{ field: 'password', message: policy }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    expect(alert()).toBe(`The password was not accepted: ${policy}`);
    expect(TestBed.inject(Router).url).toContain('/set-password');
  });

  it('says plainly when the link is used or expired', async () => {
    harness = await RouterTestingHarness.create(`/set-password#${token}`);
    await submit('a perfectly fine password');
    backend.expectOne(authUrls.setPassword).flush(anErrorBody(400, 'PASSWORD_SETUP_INVALID'), {
      status: 400,
      statusText: 'Bad Request',
    });
    await harness.fixture.whenStable();
    expect(alert()).toContain('This link is invalid, already used or expired');
  });

  it('explains what to do when the address has no token', async () => {
    harness = await RouterTestingHarness.create('/set-password');
    expect(squash(page().querySelector('[data-testid="no-token"]')?.textContent)).toContain(
      'Open the full link your admin gave you',
    );
    expect(page().querySelector('form')).toBeNull();
  });
});
