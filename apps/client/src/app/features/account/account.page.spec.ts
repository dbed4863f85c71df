import { Clipboard } from '@angular/cdk/clipboard';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
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
import { AccountPage } from './account.page';

const enrolment = {
  otpauthUrl: 'otpauth://totp/Amparo:attorney%40lima.example?secret=JBSWY3DPEHPK3PXP',
  qrCodeDataUrl:
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  secret: 'JBSWY3DPEHPK3PXP',
  replacing: false,
};
const recoveryCodes = Array.from({ length: 10 }, (_, i) => `abcd${i}-2345${i}`);

describe('AccountPage', () => {
  let fixture: ComponentFixture<AccountPage>;
  let backend: HttpTestingController;

  beforeEach(() => {
    resetBrowserStorage();
    TestBed.configureTestingModule({
      providers: [
        provideTestHttp(),
        provideTestRouter(),
        { provide: NOW, useValue: () => testNow },
      ],
    });
    TestBed.inject(TranslationService).setLanguage('en');
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function openSignedIn(me = aMeResponse()) {
    const done = firstValueFrom(
      TestBed.inject(AuthService).login({ email: 'attorney@lima.example', password: 'pw' }),
    );
    backend.expectOne(authUrls.login).flush(aLoginResponse());
    backend.expectOne(authUrls.me).flush(me);
    await done;
    fixture = TestBed.createComponent(AccountPage);
    await fixture.whenStable();
    // The professional-details form (its own spec) loads beside the second factor.
    for (const pending of backend.match('/api/profile')) {
      pending.flush({
        userId: 'u-1',
        name: 'Lucía Ferrer (demo)',
        barNumber: null,
        eoirId: null,
        gender: null,
        version: 1,
      });
    }
    await fixture.whenStable();
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const squash = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    page().querySelector<T>(`[data-testid="${id}"]`);

  function type(testId: string, value: string) {
    const input = byTestId<HTMLInputElement>(testId);
    if (!input) throw new Error(`no ${testId}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function typeAndSubmit(testId: string, value: string) {
    const input = byTestId<HTMLInputElement>(testId);
    if (!input) throw new Error(`no ${testId}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.closest('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('enrols: password, then QR code and key, then a code, then the recovery codes once', async () => {
    await openSignedIn();
    expect(squash(byTestId('mfa-state')?.textContent)).toBe('Two-step verification is off.');
    byTestId('mfa-enrol')?.click();
    await fixture.whenStable();

    await typeAndSubmit('enrol-password', 'my password');
    const enrol = backend.expectOne(authUrls.mfaEnrol);
    expect(enrol.request.method).toBe('POST');
    expect(enrol.request.body).toEqual({ password: 'my password' });
    enrol.flush(enrolment);
    await fixture.whenStable();

    const qr = byTestId<HTMLImageElement>('qr');
    expect(qr?.getAttribute('src')).toBe(enrolment.qrCodeDataUrl);
    expect(qr?.alt).toBe('QR code to scan with your authenticator app');
    expect(byTestId('secret')?.textContent).toBe('JBSWY3DPEHPK3PXP');
    expect(document.activeElement?.textContent).toContain('Step 2 of 3');

    await typeAndSubmit('enrol-code', '12345');
    expect(squash(page().textContent)).toContain('The code has exactly 6 digits.');
    backend.expectNone(authUrls.mfaConfirm);

    await typeAndSubmit('enrol-code', '123456');
    const confirm = backend.expectOne(authUrls.mfaConfirm);
    expect(confirm.request.body).toEqual({ code: '123456' });
    confirm.flush({ recoveryCodes });
    await fixture.whenStable();

    const shown = Array.from(byTestId('recovery-codes')?.querySelectorAll('li') ?? []);
    expect(shown.map((item) => item.textContent?.trim())).toEqual(recoveryCodes);
    const copy = jest.spyOn(TestBed.inject(Clipboard), 'copy').mockReturnValue(true);
    byTestId('copy-codes')?.click();
    expect(copy).toHaveBeenCalledWith(expect.stringContaining(recoveryCodes.join('\n')));

    byTestId('codes-done')?.click();
    backend.expectOne(authUrls.me).flush(aMeResponse({ mfaEnabled: true }));
    await fixture.whenStable();
    expect(byTestId('recovery-codes')).toBeNull(); // shown once only
    expect(squash(byTestId('mfa-state')?.textContent)).toBe('Two-step verification is on.');
    expect(squash(page().textContent)).toContain('Two-step verification is now on.');
  });

  it('keeps the session and asks again when the password is wrong', async () => {
    await openSignedIn();
    byTestId('mfa-enrol')?.click();
    await fixture.whenStable();
    await typeAndSubmit('enrol-password', 'wrong');
    backend.expectOne(authUrls.mfaEnrol).flush(anErrorBody(401, 'AUTH_INVALID_CREDENTIALS'), {
      status: 401,
      statusText: 'Unauthorized',
    });
    await fixture.whenStable();
    expect(squash(byTestId('mfa-error')?.textContent)).toBe(
      'That password is not correct. Type it again.',
    );
    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(true);
    expect(byTestId('enrol-password')).not.toBeNull();
  });

  it('explains why when the office requires it, and starts enrolment at once', async () => {
    await openSignedIn(aMeResponse({ mfaEnrolmentRequired: true }));
    expect(squash(byTestId('mfa-required')?.textContent)).toContain(
      'Your office requires two-step verification for your role.',
    );
    expect(byTestId('enrol-password')).not.toBeNull();
    // Required by the office: there is no backing out, only the way forward.
    expect(squash(page().textContent)).not.toContain('Cancel');
  });

  it('lets someone not required to enrol change their mind', async () => {
    await openSignedIn();
    byTestId('mfa-enrol')?.click();
    await fixture.whenStable();
    const cancel = Array.from(page().querySelectorAll('button')).find(
      (button) => button.textContent?.trim() === 'Cancel',
    );
    cancel?.click();
    await fixture.whenStable();
    expect(byTestId('enrol-password')).toBeNull();
    expect(byTestId('mfa-enrol')).not.toBeNull();
  });

  it('turns it off with the password and a current code', async () => {
    await openSignedIn(aMeResponse({ mfaEnabled: true }));
    const form = page().querySelector('amp-mfa-disable form');
    const password = form?.querySelector<HTMLInputElement>('[formcontrolname="password"]');
    if (!password) throw new Error('no password');
    password.value = 'my password';
    password.dispatchEvent(new Event('input'));
    type('disable-code', '654321');
    form?.dispatchEvent(new Event('submit'));
    const request = backend.expectOne(authUrls.mfaDisable);
    expect(request.request.body).toEqual({ password: 'my password', code: '654321' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    backend.expectOne(authUrls.me).flush(aMeResponse({ mfaEnabled: false }));
    await fixture.whenStable();
    expect(squash(byTestId('mfa-state')?.textContent)).toBe('Two-step verification is off.');
  });

  it('replaces the authenticator only with the current code, and says the old one works meanwhile', async () => {
    await openSignedIn(aMeResponse({ mfaEnabled: true }));
    byTestId('mfa-replace')?.click();
    await fixture.whenStable();
    expect(squash(page().textContent)).toContain(
      'Step 1 of 3: confirm it is you, with your password and your current code',
    );

    // The password alone is not sent.
    await typeAndSubmit('enrol-password', 'my password');
    backend.expectNone(authUrls.mfaEnrol);
    expect(squash(page().textContent)).toContain(
      'Enter a code from your current app, or a recovery code if you lost it.',
    );

    type('enrol-password', 'my password');
    await typeAndSubmit('enrol-current-code', 'ABCDE-23456');
    const enrol = backend.expectOne(authUrls.mfaEnrol);
    expect(enrol.request.body).toEqual({ password: 'my password', recoveryCode: 'abcde-23456' });
    enrol.flush({ ...enrolment, replacing: true });
    await fixture.whenStable();
    expect(squash(byTestId('replace-note')?.textContent)).toBe(
      'Until you confirm with a code from the new app, your current app keeps working.',
    );

    await typeAndSubmit('enrol-code', '123456');
    backend.expectOne(authUrls.mfaConfirm).flush({ recoveryCodes });
    await fixture.whenStable();
    byTestId('codes-done')?.click();
    backend.expectOne(authUrls.me).flush(aMeResponse({ mfaEnabled: true }));
    await fixture.whenStable();
    expect(squash(page().textContent)).toContain('Your new authenticator app is set up.');
  });

  it.each([
    ['en', 'MFA_CODE_REQUIRED', 400, 'Two-step verification is on: enter a code'],
    [
      'es',
      'MFA_CODE_REQUIRED',
      400,
      'La verificación en dos pasos está activada: ingrese un código',
    ],
    ['en', 'AUTH_TOO_MANY_ATTEMPTS', 429, 'Too many wrong passwords or codes.'],
    ['es', 'AUTH_TOO_MANY_ATTEMPTS', 429, 'Demasiadas contraseñas o códigos incorrectos.'],
  ] as const)('says in %s what to do on %s', async (language, code, status, message) => {
    TestBed.inject(TranslationService).setLanguage(language);
    await openSignedIn(aMeResponse({ mfaEnabled: true }));
    byTestId('mfa-replace')?.click();
    await fixture.whenStable();
    type('enrol-password', 'my password');
    await typeAndSubmit('enrol-current-code', '123456');
    backend.expectOne(authUrls.mfaEnrol).flush(anErrorBody(status, code), {
      status,
      statusText: 'Refused',
    });
    await fixture.whenStable();
    expect(squash(byTestId('mfa-error')?.textContent)).toContain(message);
    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(true);
  });

  it('turns it off with a recovery code instead of a code', async () => {
    await openSignedIn(aMeResponse({ mfaEnabled: true }));
    const form = byTestId('disable-code')?.closest('form');
    const password = form?.querySelector<HTMLInputElement>('[formcontrolname="password"]');
    if (!password) throw new Error('no password');
    password.value = 'my password';
    password.dispatchEvent(new Event('input'));
    type('disable-code', 'abcde-23456');
    form?.dispatchEvent(new Event('submit'));
    const request = backend.expectOne(authUrls.mfaDisable);
    expect(request.request.body).toEqual({ password: 'my password', recoveryCode: 'abcde-23456' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    backend.expectOne(authUrls.me).flush(aMeResponse({ mfaEnabled: false }));
    await fixture.whenStable();
  });
});
