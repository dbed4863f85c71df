import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { firstValueFrom } from 'rxjs';
import {
  adminMe,
  aLoginResponse,
  aMeResponse,
  anErrorBody,
  provideTestHttp,
  provideTestRouter,
  resetBrowserStorage,
  testNow,
} from '../../testing/test-providers';
import { authGuard, guestGuard, homeGuard } from './auth.guard';
import { authUrls } from './auth-urls';
import { AuthService } from './auth.service';
import { NOW } from './clock';

@Component({ template: 'case list', changeDetection: ChangeDetectionStrategy.OnPush })
class CasesStub {}

@Component({ template: 'sign-in form', changeDetection: ChangeDetectionStrategy.OnPush })
class LoginStub {}

describe('auth guards', () => {
  beforeEach(() => {
    resetBrowserStorage();
    TestBed.configureTestingModule({
      providers: [
        provideTestHttp(),
        { provide: NOW, useValue: () => testNow },
        provideTestRouter([
          { path: 'login', component: LoginStub, canActivate: [guestGuard] },
          { path: '', pathMatch: 'full', canActivate: [homeGuard], children: [] },
          {
            path: 'caseload',
            component: CasesStub,
            canActivate: [authGuard],
            data: { anyPermission: ['cases.read'] },
          },
          { path: 'account', component: CasesStub, canActivate: [authGuard] },
          {
            path: 'admin',
            component: CasesStub,
            canActivate: [authGuard],
            data: { anyPermission: ['users.manage', 'organization.manage'] },
          },
        ]),
      ],
    });
  });

  const backend = () => TestBed.inject(HttpTestingController);

  async function signIn(me = aMeResponse()) {
    const done = firstValueFrom(
      TestBed.inject(AuthService).login({ email: 'a@b.c', password: 'p' }),
    );
    backend().expectOne(authUrls.login).flush(aLoginResponse());
    backend().expectOne(authUrls.me).flush(me);
    await done;
  }

  /** The guard asks the API whether anyone is signed in (once the navigation reaches it). */
  async function answerMe(signedIn: boolean) {
    await new Promise((resolve) => setTimeout(resolve));
    const me = backend().expectOne(authUrls.me);
    if (signedIn) me.flush(aMeResponse());
    else me.flush(anErrorBody(401, 'AUTH_REQUIRED'), { status: 401, statusText: 'Unauthorized' });
  }

  it('sends a signed-out person to sign in, remembering where they were going', async () => {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/caseload?stage=active');
    await answerMe(false);
    await navigation;
    expect(TestBed.inject(Router).url).toBe(
      `/login?returnUrl=${encodeURIComponent('/caseload?stage=active')}`,
    );
    expect(harness.routeNativeElement?.textContent).toContain('sign-in form');
  });

  it('lets a signed-in person through', async () => {
    await signIn();
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/caseload');
    expect(TestBed.inject(Router).url).toBe('/caseload');
    expect(harness.routeNativeElement?.textContent).toContain('case list');
  });

  it('restores the session after a reload by asking the API', async () => {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/caseload');
    await answerMe(true);
    await navigation;
    expect(TestBed.inject(Router).url).toBe('/caseload');
  });

  it('skips the sign-in page for someone already signed in', async () => {
    await signIn();
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/login');
    expect(TestBed.inject(Router).url).toBe('/caseload');
  });

  it("lets only those with one of the route's permissions in", async () => {
    await signIn();
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin');
    expect(TestBed.inject(Router).url).toBe('/caseload');

    TestBed.inject(AuthService).markSignedOut();
    await signIn(adminMe());
    await harness.navigateByUrl('/admin');
    expect(TestBed.inject(Router).url).toBe('/admin');
  });

  it('sends someone who must enrol a second factor to their account page', async () => {
    await signIn(aMeResponse({ mfaEnrolmentRequired: true }));
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/caseload');
    expect(TestBed.inject(Router).url).toBe('/account');
  });

  it('opens the sign-in page without asking the API when the browser holds no session', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/login');
    expect(TestBed.inject(Router).url).toBe('/login');
    await harness.navigateByUrl('/');
    expect(TestBed.inject(Router).url).toBe('/login');
    // No request: the expected 401 would be logged as a console error on every visit.
    backend().expectNone(authUrls.me);
  });

  it('starts each person where their permissions lead: cases, else administration', async () => {
    const harness = await RouterTestingHarness.create();
    document.cookie = 'amparo_csrf=expired-session; path=/'; // a session cookie the API refuses
    const navigation = harness.navigateByUrl('/');
    await answerMe(false);
    await navigation;
    expect(TestBed.inject(Router).url).toBe('/login');

    await signIn();
    await harness.navigateByUrl('/');
    expect(TestBed.inject(Router).url).toBe('/caseload');

    TestBed.inject(AuthService).markSignedOut();
    await signIn(adminMe());
    await harness.navigateByUrl('/');
    expect(TestBed.inject(Router).url).toBe('/admin');
    await harness.navigateByUrl('/caseload');
    expect(TestBed.inject(Router).url).toBe('/admin');
    await harness.navigateByUrl('/login');
    expect(TestBed.inject(Router).url).toBe('/admin');
  });
});
