import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { firstValueFrom } from 'rxjs';
import {
  aLoginResponse,
  provideTestHttp,
  provideTestRouter,
  resetBrowserStorage,
  testNow,
} from '../../testing/test-providers';
import { authGuard, guestGuard } from './auth.guard';
import { AuthService, loginUrl } from './auth.service';
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
          { path: 'caseload', component: CasesStub, canActivate: [authGuard] },
        ]),
      ],
    });
  });

  async function signIn() {
    const done = firstValueFrom(
      TestBed.inject(AuthService).login({ email: 'a@b.c', password: 'p' }),
    );
    TestBed.inject(HttpTestingController).expectOne(loginUrl).flush(aLoginResponse());
    await done;
  }

  it('sends a signed-out person to sign in, remembering where they were going', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/caseload?stage=active');
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

  it('skips the sign-in page for someone already signed in', async () => {
    await signIn();
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/login');
    expect(TestBed.inject(Router).url).toBe('/caseload');
  });
});
