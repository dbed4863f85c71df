import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { AuthService, authUrls } from '../../core/auth';
import { TranslationService } from '../../core/i18n';
import { memberProfileUrl } from '../account/member-profile.api';
import {
  aLoginResponse,
  aMeResponseFor,
  anErrorBody,
  aPasswordSetup,
  aUser,
  provideNoMaterialAnimations,
  provideTestHttp,
  provideTestRouter,
  resetBrowserStorage,
} from '../../testing/test-providers';
import type { User } from './admin.models';
import { UsersPage } from './users.page';
import { usersUrls } from './users.api';

const lucia = aUser();
const diego = aUser({
  id: '6f1c1a34-58c4-4d0b-9a8e-2f0b8c1d0002',
  email: 'diego@lima.example',
  name: 'Diego Huamán',
  roles: ['paralegal'],
  disabled: true,
  mfaEnabled: false,
  passwordSet: false,
  version: 1,
});

describe('UsersPage', () => {
  let fixture: ComponentFixture<UsersPage>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    resetBrowserStorage();
    TestBed.configureTestingModule({
      providers: [provideTestHttp(), provideTestRouter(), provideNoMaterialAnimations()],
    });
    TestBed.inject(TranslationService).setLanguage('en');
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UsersPage);
    await settle();
    backend.expectOne({ method: 'GET', url: usersUrls.list }).flush([lucia, diego]);
    await settle();
  });

  afterEach(() => backend.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const dialog = () => document.querySelector<HTMLElement>('mat-dialog-container');
  const squash = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';
  const row = (user: User) => page().querySelector<HTMLElement>(`[data-testid="user-${user.id}"]`);
  const cells = (user: User) =>
    Array.from(row(user)?.querySelectorAll('th, td') ?? []).map((cell) => squash(cell.textContent));

  function buttonIn(root: HTMLElement | null, label: string | RegExp): HTMLButtonElement {
    const button = Array.from(root?.querySelectorAll('button') ?? []).find((b) =>
      typeof label === 'string'
        ? squash(b.textContent) === label || b.getAttribute('aria-label') === label
        : label.test(squash(b.textContent)),
    );
    if (!button) throw new Error(`no button ${String(label)}`);
    return button;
  }

  function type(root: HTMLElement | null, name: string, value: string) {
    const input = root?.querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`);
    if (!input) throw new Error(`no ${name} field`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  const tick = (root: HTMLElement | null, testId: string) =>
    root?.querySelector<HTMLInputElement>(`[data-testid="${testId}"] input`)?.click();

  /** Dialogs finish closing in a microtask, then the page re-renders: wait for both. */
  async function settle() {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function submitDialog() {
    dialog()?.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
  }

  it('lists every member with roles, status, second factor and password state', () => {
    expect(page().querySelectorAll('tbody tr')).toHaveLength(2);
    expect(cells(lucia).slice(0, 5)).toEqual([
      'Lucía Mamanilucia@lima.example',
      'Attorney',
      'Active',
      'On',
      'Set',
    ]);
    expect(cells(diego).slice(0, 5)).toEqual([
      'Diego Huamándiego@lima.example',
      'Paralegal',
      'Disabled',
      'Off',
      'Pending (link not used yet)',
    ]);
    // Only what applies to each account is offered: no MFA reset without MFA, enable if disabled.
    expect(() => buttonIn(row(diego), 'Reset two-step verification')).toThrow();
    expect(buttonIn(row(diego), 'Enable')).toBeTruthy();
    expect(buttonIn(row(lucia), 'Disable').getAttribute('aria-label')).toBe(
      'Disable: Lucía Mamani',
    );
  });

  it('follows the language switch, statuses and actions included', async () => {
    TestBed.inject(TranslationService).setLanguage('es');
    await settle();
    expect(cells(diego).slice(1, 5)).toEqual([
      'Asistente legal',
      'Desactivada',
      'Desactivada',
      'Pendiente (enlace aún sin usar)',
    ]);
    expect(buttonIn(row(diego), 'Reactivar')).toBeTruthy();
    expect(squash(page().querySelector('table caption')?.textContent)).toBe(
      'Miembros de su oficina',
    );
  });

  it('invites with e-mail, name and roles, then shows the one-time link and its expiry', async () => {
    buttonIn(page(), 'Invite a member').click();
    await settle();
    expect(dialog()?.getAttribute('role')).toBe('dialog');
    expect(dialog()?.textContent).toContain('Invite a member');

    await submitDialog(); // nothing filled in: nothing sent
    expect(squash(dialog()?.textContent)).toContain('Choose at least one role.');
    backend.expectNone(usersUrls.list);

    type(dialog(), 'email', ' Ana@Lima.example ');
    type(dialog(), 'name', ' Ana Flores ');
    tick(dialog(), 'role-attorney');
    tick(dialog(), 'role-supervisor');
    await submitDialog();

    const request = backend.expectOne({ method: 'POST', url: usersUrls.list });
    expect(request.request.body).toEqual({
      email: 'ana@lima.example',
      name: 'Ana Flores',
      roles: ['supervisor', 'attorney'],
    });
    const ana = aUser({ id: 'u-ana', name: 'Ana Flores', passwordSet: false, mfaEnabled: false });
    request.flush(aPasswordSetup(ana));
    await settle();

    expect(dialog()).toBeNull();
    const link = page().querySelector<HTMLInputElement>('[data-testid="setup-url"]');
    expect(link?.value).toBe(`${location.origin}/set-password#org-lima.link-1.secret-xyz`);
    expect(squash(page().querySelector('[data-testid="setup-link"]')?.textContent)).toContain(
      'Set-password link for Ana Flores',
    );
    expect(page().querySelector('[data-testid="setup-expiry"]')?.textContent).toMatch(
      /Valid until Mar 3, 2026/,
    );
    expect(document.activeElement?.id).toBe('setup-link-title');
    expect(row(ana)).not.toBeNull();
  });

  it('says when the e-mail already has an account, keeping the form', async () => {
    buttonIn(page(), 'Invite a member').click();
    await settle();
    type(dialog(), 'email', 'lucia@lima.example');
    type(dialog(), 'name', 'Lucía');
    tick(dialog(), 'role-paralegal');
    await submitDialog();
    backend
      .expectOne({ method: 'POST', url: usersUrls.list })
      .flush(anErrorBody(409, 'USER_EMAIL_TAKEN'), { status: 409, statusText: 'Conflict' });
    await settle();
    expect(squash(dialog()?.querySelector('[role="alert"]')?.textContent)).toBe(
      'An account with this email already exists. Check the list, or use another address.',
    );
  });

  it('on a stale version, shows the current record and retries against it', async () => {
    buttonIn(row(lucia), 'Change roles').click();
    await settle();
    tick(dialog(), 'role-paralegal');
    await submitDialog();

    const first = backend.expectOne({ method: 'PATCH', url: usersUrls.roles(lucia.id) });
    expect(first.request.body).toEqual({ roles: ['attorney', 'paralegal'], version: 3 });
    const current = { ...lucia, roles: ['supervisor', 'attorney'], version: 4 };
    first.flush(
      {
        ...anErrorBody(409, 'USER_VERSION_CONFLICT'),
        details: [{ message: 'current version of the record', current }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    const alert = squash(dialog()?.querySelector('[data-testid="roles-error"]')?.textContent);
    expect(alert).toContain('Someone changed this meanwhile.');
    expect(alert).toContain('Now: Lucía Mamani has the roles Supervisor, Attorney.');

    buttonIn(dialog(), 'Save my change again').click();
    await settle();
    const retry = backend.expectOne({ method: 'PATCH', url: usersUrls.roles(lucia.id) });
    expect(retry.request.body).toEqual({ roles: ['attorney', 'paralegal'], version: 4 });
    retry.flush({ ...current, roles: ['attorney', 'paralegal'], version: 5 });
    await settle();

    expect(dialog()).toBeNull();
    expect(cells(lucia)[1]).toBe('Attorney, Paralegal');
    expect(squash(page().querySelector('[data-testid="users-status"]')?.textContent)).toBe(
      'Roles of Lucía Mamani saved.',
    );
  });

  it.each([
    ['en', 'You cannot give yourself a role that opens case records'],
    ['es', 'No puede darse a sí mismo un rol que abre los expedientes'],
  ] as const)(
    'explains in %s why no one may give themselves a case role',
    async (language, text) => {
      TestBed.inject(TranslationService).setLanguage(language);
      await settle();
      buttonIn(row(lucia), language === 'en' ? 'Change roles' : 'Cambiar roles').click();
      await settle();
      tick(dialog(), 'role-paralegal');
      await submitDialog();
      backend
        .expectOne({ method: 'PATCH', url: usersUrls.roles(lucia.id) })
        .flush(anErrorBody(403, 'USER_SELF_ROLE_GRANT'), { status: 403, statusText: 'Forbidden' });
      await settle();
      expect(squash(dialog()?.querySelector('[data-testid="roles-error"]')?.textContent)).toContain(
        text,
      );
    },
  );

  it('disables after a confirmation that explains the sessions end, with the reason', async () => {
    buttonIn(row(lucia), 'Disable').click();
    await settle();
    expect(dialog()?.getAttribute('role')).toBe('alertdialog');
    expect(dialog()?.textContent).toContain('signed out everywhere at once');
    const reason = dialog()?.querySelector('textarea');
    if (!reason) throw new Error('no reason field');
    reason.value = 'Left the office';
    reason.dispatchEvent(new Event('input'));
    buttonIn(dialog(), 'Disable account').click();
    const request = backend.expectOne({ method: 'POST', url: usersUrls.disable(lucia.id) });
    expect(request.request.body).toEqual({ reason: 'Left the office' });
    request.flush({ ...lucia, disabled: true, version: 4 });
    await settle();
    expect(cells(lucia)[2]).toBe('Disabled');
  });

  it('resets MFA only after a confirmation', async () => {
    buttonIn(row(lucia), 'Reset two-step verification').click();
    await settle();
    buttonIn(dialog(), 'Cancel').click();
    await settle();
    backend.expectNone(usersUrls.resetMfa(lucia.id));

    buttonIn(row(lucia), 'Reset two-step verification').click();
    await settle();
    buttonIn(dialog(), 'Reset').click();
    await settle();
    backend
      .expectOne({ method: 'POST', url: usersUrls.resetMfa(lucia.id) })
      .flush({ ...lucia, mfaEnabled: false, version: 4 });
    await settle();
    expect(cells(lucia)[3]).toBe('Off');
  });

  it('makes a new password link and shows it', async () => {
    buttonIn(row(diego), 'New password link').click();
    await settle();
    buttonIn(dialog(), 'Create link').click();
    await settle();
    backend
      .expectOne({ method: 'POST', url: usersUrls.passwordReset(diego.id) })
      .flush(aPasswordSetup(diego, { setupPath: '/set-password#new-token' }));
    await settle();
    expect(page().querySelector<HTMLInputElement>('[data-testid="setup-url"]')?.value).toBe(
      `${location.origin}/set-password#new-token`,
    );
  });

  it("opens a member's professional profile for one who may edit it, and saves it with its version", async () => {
    expect(() => buttonIn(row(lucia), 'Professional profile')).toThrow(); // not allowed yet
    const signedIn = firstValueFrom(
      TestBed.inject(AuthService).login({ email: 'a', password: 'b' }),
    );
    backend.expectOne(authUrls.login).flush(aLoginResponse());
    backend
      .expectOne(authUrls.me)
      .flush(aMeResponseFor(['admin'], ['users.manage', 'profiles.manage']));
    await signedIn;
    await settle();

    buttonIn(row(lucia), 'Professional profile: Lucía Mamani').click();
    await settle();
    const profile = {
      userId: lucia.id,
      name: 'Lucía Mamani',
      barNumber: null,
      eoirId: null,
      gender: null,
      version: 2,
    };
    backend.expectOne({ method: 'GET', url: memberProfileUrl(lucia.id) }).flush(profile);
    await settle();
    expect(squash(dialog()?.querySelector('h2')?.textContent)).toBe(
      'Professional profile of Lucía Mamani',
    );
    const bar = dialog()?.querySelector<HTMLInputElement>('#profile-barNumber');
    if (!bar) throw new Error('no bar number field');
    bar.value = 'CAL 54321 (demo)';
    bar.dispatchEvent(new Event('input'));
    await submitDialog();
    const save = backend.expectOne({ method: 'PUT', url: memberProfileUrl(lucia.id) });
    expect(save.request.body).toEqual({ barNumber: 'CAL 54321 (demo)', version: 2 });
    const current = { ...profile, gender: 'female', version: 3 };
    save.flush(
      { ...anErrorBody(409, 'VERSION_CONFLICT'), details: [{ message: 'current', current }] },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(squash(dialog()?.textContent)).toContain('Someone changed these details meanwhile');
    expect(dialog()?.querySelector<HTMLInputElement>('#profile-barNumber')?.value).toBe('');
    buttonIn(dialog(), 'Close').click();
    await settle();
  });
});
