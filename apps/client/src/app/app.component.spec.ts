import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AppComponent } from './app.component';
import { appConfig } from './app.config';
import { AuthService, authUrls, NOW } from './core/auth';
import { languageStorageKey, TranslationService } from './core/i18n';
import {
  adminMe,
  aLoginResponse,
  aMeResponse,
  anErrorBody,
  paralegalMe,
  provideNoMaterialAnimations,
  resetBrowserStorage,
  testNow,
} from './testing/test-providers';

describe('AppComponent (shell)', () => {
  let fixture: ComponentFixture<AppComponent>;
  let router: Router;

  beforeEach(async () => {
    resetBrowserStorage();
    TestBed.configureTestingModule({
      providers: [
        ...appConfig.providers,
        provideHttpClientTesting(),
        provideNoMaterialAnimations(),
        { provide: NOW, useValue: () => testNow },
      ],
    });
    TestBed.inject(TranslationService).setLanguage('en');
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(AppComponent);
  });

  const root = () => fixture.nativeElement as HTMLElement;
  const text = () => root().textContent?.replace(/\s+/g, ' ') ?? '';
  const testId = (id: string) => root().querySelector<HTMLElement>(`[data-testid="${id}"]`);

  async function go(url: string) {
    await router.navigateByUrl(url);
    await fixture.whenStable();
  }

  async function signIn(me = aMeResponse()) {
    const done = firstValueFrom(
      TestBed.inject(AuthService).login({ email: 'a@lima.example', password: 'p' }),
    );
    backend().expectOne(authUrls.login).flush(aLoginResponse());
    backend().expectOne(authUrls.me).flush(me);
    await done;
  }

  const navLabels = () =>
    Array.from(root().querySelectorAll('mat-sidenav nav a')).map((link) =>
      link.textContent?.trim(),
    );

  const backend = () => TestBed.inject(HttpTestingController);

  /**
   * Nobody is signed in. Without the session's CSRF cookie the guards do not even ask the API
   * (the 401 would only be noise in the console); with one they ask and are refused.
   */
  async function goSignedOut(url: string) {
    const navigation = router.navigateByUrl(url);
    await new Promise((resolve) => setTimeout(resolve)); // let the navigation reach the guard
    for (const asked of backend().match(authUrls.me)) {
      asked.flush(anErrorBody(401, 'AUTH_REQUIRED'), { status: 401, statusText: 'Unauthorized' });
    }
    await navigation;
    await fixture.whenStable();
  }

  it('does not ask the API who is signed in when the browser holds no session', async () => {
    await router.navigateByUrl('/login');
    await fixture.whenStable();
    backend().expectNone(authUrls.me);
    expect(router.url).toBe('/login');
  });

  it('has header, main and skip link, and no navigation while signed out', async () => {
    await goSignedOut('/caseload');
    expect(router.url).toBe('/login?returnUrl=%2Fcaseload');
    expect(root().querySelector('header mat-toolbar')?.textContent).toContain('Amparo');
    expect(root().querySelector('main#main')).not.toBeNull();
    expect(root().querySelector('a.skip-link')?.textContent).toContain('Skip to main content');
    expect(root().querySelector('nav')).toBeNull();
    expect(testId('sign-out')).toBeNull();
  });

  it('switches every visible string, the page language and the title to Spanish, and back', async () => {
    await goSignedOut('/login');
    const switchButton = testId('language-switch');
    expect(switchButton?.textContent?.trim()).toBe('Español');
    expect(switchButton?.getAttribute('lang')).toBe('es');
    expect(text()).toContain('Sign in to Amparo');
    expect(TestBed.inject(Title).getTitle()).toBe('Sign in to Amparo · Amparo');

    switchButton?.click();
    await fixture.whenStable();

    expect(document.documentElement.lang).toBe('es');
    expect(localStorage.getItem(languageStorageKey)).toBe('es');
    expect(text()).toContain('Ingresar a Amparo');
    expect(text()).toContain('Saltar al contenido principal');
    expect(text()).not.toContain('Sign in to Amparo');
    expect(testId('language-switch')?.textContent?.trim()).toBe('English');
    expect(testId('language-switch')?.getAttribute('lang')).toBe('en');
    expect(TestBed.inject(Title).getTitle()).toBe('Ingresar a Amparo · Amparo');

    testId('language-switch')?.click();
    await fixture.whenStable();
    expect(document.documentElement.lang).toBe('en');
    expect(text()).toContain('Sign in to Amparo');
  });

  it('shows the caseload, the navigation and the session once signed in', async () => {
    await signIn();
    await go('/');
    expect(router.url).toBe('/caseload');
    backend().expectOne('/api/rules').flush({ jurisdictions: [] });
    backend()
      .expectOne((request) => request.url === '/api/cases')
      .flush({ rows: [], total: 0, nextCursor: null });
    await fixture.whenStable();
    const nav = root().querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Main navigation');
    expect(nav?.querySelector('a[aria-current="page"]')?.textContent).toContain('Caseload');
    expect(testId('caseload-empty')?.textContent).toContain('No cases yet');
    // Session ends 8 h after the pinned now; shown in the browser's zone, so only its shape.
    expect(testId('session')?.textContent).toContain('Signed in as Rosa Quispe');
    expect(testId('session')?.textContent).toMatch(/Session ends at \d{1,2}:\d{2}/);

    TestBed.inject(TranslationService).setLanguage('es');
    await fixture.whenStable();
    expect(testId('caseload-empty')?.textContent).toContain('Todavía no hay casos');
    expect(testId('session')?.textContent).toMatch(/La sesión termina a las \d{1,2}:\d{2}/);
  });

  it('offers the calendar to whoever may read deadlines', async () => {
    await signIn(aMeResponse({ permissions: ['cases.read', 'deadlines.read', 'self.manage'] }));
    await go('/caseload');
    expect(navLabels()).toEqual(['Caseload', 'Calendar', 'My account']);
  });

  it('moves focus to the page after an in-app navigation, for screen readers', async () => {
    await goSignedOut('/login');
    expect(document.activeElement?.id).not.toBe('main');
    await go('/elsewhere');
    expect(document.activeElement?.id).toBe('main');
  });

  it('signs out back to the sign-in page', async () => {
    await signIn();
    await go('/caseload');
    testId('sign-out')?.click();
    backend().expectOne(authUrls.logout).flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(router.url).toBe('/login');
    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(false);
    expect(root().querySelector('nav')).toBeNull();
  });

  it('answers an unknown address with a not-found page naming it', async () => {
    await go('/no/such/page');
    expect(root().querySelector('h1')?.textContent).toBe('Page not found');
    expect(text()).toContain('There is no page at /no/such/page.');
    expect(root().querySelector('main a')?.getAttribute('href')).toBe('/caseload');
  });

  it('offers a paralegal no administration, not even by typing its address', async () => {
    await signIn(paralegalMe());
    await go('/caseload');
    expect(navLabels()).toEqual(['Caseload', 'My account']);
    expect(testId('nav-admin')).toBeNull();
    await go('/admin/users');
    expect(router.url).toBe('/caseload');
    backend().expectNone('/api/users');
  });

  it('starts an admin-only account in the administration area, never on an empty caseload', async () => {
    await signIn(adminMe());
    await go('/');
    await new Promise((resolve) => setTimeout(resolve)); // the admin chunk's child redirect
    await fixture.whenStable();
    expect(router.url).toBe('/admin/users');
    expect(navLabels()).toEqual(['Administration', 'My account']);
    backend().expectOne('/api/users').flush([]);
    await go('/caseload');
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(router.url).toBe('/admin/users');
    backend().expectNone((request) => request.url === '/api/cases');
    backend()
      .match('/api/users')
      .forEach((request) => request.flush([]));
    await fixture.whenStable();
    expect(root().querySelector('h1')?.textContent).toContain('Administration');
    expect(TestBed.inject(Title).getTitle()).toBe('Users · Amparo');
    expect(testId('nav-admin')?.getAttribute('aria-current')).toBe('page');
  });

  it('confines someone who must enrol a second factor to My account, and says why', async () => {
    await signIn(aMeResponse({ mfaEnrolmentRequired: true }));
    await go('/caseload');
    expect(router.url).toBe('/account');
    expect(navLabels()).toEqual(['My account']);
    expect(testId('mfa-required')?.textContent).toContain(
      'Your office requires two-step verification for your role.',
    );
    await go('/admin');
    expect(router.url).toBe('/account');
  });
});
