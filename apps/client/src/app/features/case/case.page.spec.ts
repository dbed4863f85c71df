import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { firstValueFrom } from 'rxjs';
import { AuthService, authUrls, type MeResponse, NOW } from '../../core/auth';
import { TranslationService } from '../../core/i18n';
import { Ticker } from '../../core/time';
import {
  aLoginResponse,
  aMeResponseFor,
  anErrorBody,
  provideNoMaterialAnimations,
  provideTestHttp,
  provideTestRouter,
  resetBrowserStorage,
  testNow,
} from '../../testing/test-providers';
import { caseUrls } from './case.api';
import { personUrls } from './person/person.api';
import { caseRoutes } from './case.routes';
import { aCase, aDeadline } from './testing/case-fixtures';

jest.setTimeout(20_000);

const rules = {
  jurisdictions: [
    {
      jurisdiction: 'PE',
      version: '1.0.0',
      name: { en: 'Peru', es: 'Perú' },
      defaultTimeZone: 'America/Lima',
      procedures: [{ id: 'pasee-expulsion', title: { en: 'PASEE expulsion', es: 'PASEE' } }],
      eventTypes: [],
      rules: [],
      gaps: [],
      protections: [],
    },
  ],
};

describe('CasePage', () => {
  let now: number;
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(me: MeResponse, deadlines = [aDeadline()], record = aCase()) {
    resetBrowserStorage();
    now = testNow;
    TestBed.configureTestingModule({
      providers: [
        provideTestHttp(),
        provideTestRouter([{ path: 'cases/:id', children: caseRoutes }]),
        provideNoMaterialAnimations(),
        { provide: NOW, useValue: () => now },
      ],
    });
    TestBed.inject(TranslationService).setLanguage('en');
    backend = TestBed.inject(HttpTestingController);
    const signedIn = firstValueFrom(
      TestBed.inject(AuthService).login({ email: 'a', password: 'b' }),
    );
    backend.expectOne(authUrls.login).flush(aLoginResponse());
    backend.expectOne(authUrls.me).flush(me);
    await signedIn;
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(`/cases/${aCase().id}`);
    await new Promise((resolve) => setTimeout(resolve));
    backend.expectOne(caseUrls.case(aCase().id)).flush(record);
    backend.expectOne(caseUrls.rules).flush(rules);
    backend.expectOne(caseUrls.deadlines(aCase().id)).flush(deadlines);
    backend.expectOne(caseUrls.events(aCase().id)).flush([]);
    await navigation;
    await harness.fixture.whenStable();
    // The overview's person panel and family members.
    backend.expectOne(personUrls.derivatives(aCase().id)).flush([]);
    backend
      .expectOne(personUrls.client(aCase().clientId))
      .flush(anErrorBody(404, 'CLIENT_NOT_FOUND'), { status: 404, statusText: 'Not Found' });
    await harness.fixture.whenStable();
  }

  const buttons = () =>
    Array.from(harness.routeNativeElement?.querySelectorAll('button') ?? []).map((b) =>
      b.textContent?.trim(),
    );

  afterEach(() => backend.verify());

  const text = () => (harness.routeNativeElement?.textContent ?? '').replace(/\s+/g, ' ');
  const tabs = () =>
    Array.from(harness.routeNativeElement?.querySelectorAll('[mat-tab-link]') ?? []).map((tab) =>
      tab.textContent?.trim(),
    );

  it('shows who, where, custody and the running clock, counting down live', async () => {
    await open(aMeResponseFor(['attorney'], ['cases.read', 'notes.read']));
    expect(text()).toContain('Yenifer Castañeda Rojas');
    expect(text()).toContain('Peru');
    expect(text()).toContain('PASEE expulsion');
    expect(text()).toContain('Custody: Detained');
    expect(text()).toContain('Stage: Intake');
    expect(text()).toContain('PASEE must end');
    expect(text()).toContain('22 h 0 min left');
    expect(text()).toContain('Lima time');
    expect(text()).toContain('Secondary source only');

    now = testNow + 10 * 60_000;
    TestBed.inject(Ticker).tick();
    await harness.fixture.whenStable();
    expect(text()).toContain('21 h 50 min left');
  });

  it("agrees the custody with the client's gender in Spanish, on the badge and the overview", async () => {
    await open(
      aMeResponseFor(['attorney'], ['cases.read']),
      [aDeadline()],
      aCase({ clientGender: 'female' }),
    );
    TestBed.inject(TranslationService).setLanguage('es');
    await harness.fixture.whenStable();
    const custody = () =>
      ['case-custody', 'case-custody-field'].map((id) =>
        harness.routeNativeElement?.querySelector(`[data-testid="${id}"]`)?.textContent?.trim(),
      );
    expect(custody()).toEqual(['Custodia: Detenida', 'Detenida']);
    TestBed.resetTestingModule();
    await open(aMeResponseFor(['attorney'], ['cases.read']), [aDeadline()], aCase());
    TestBed.inject(TranslationService).setLanguage('es');
    await harness.fixture.whenStable();
    expect(custody()).toEqual(['Custodia: Detenido/a', 'Detenido/a']);
  });

  it('offers one tab per part of the case, notes only to those who may read them', async () => {
    await open(aMeResponseFor(['attorney'], ['cases.read', 'notes.read']));
    expect(tabs()).toEqual([
      'Overview',
      'Timeline',
      'Deadlines',
      'Risk',
      'Filings',
      'Filing facts',
      'Notes',
    ]);
    TestBed.resetTestingModule();
    await open(aMeResponseFor(['attorney'], ['cases.read']));
    expect(tabs()).not.toContain('Notes');
  });

  it('marks an archived case after a reload and offers no write action', async () => {
    const me = aMeResponseFor(
      ['attorney', 'supervisor'],
      ['cases.read', 'cases.edit', 'cases.archive'],
    );
    await open(me);
    expect(text()).not.toContain('Archived on');
    expect(buttons()).toEqual(expect.arrayContaining(['Edit case details', 'Archive case']));
    TestBed.resetTestingModule();
    await open(me, [aDeadline()], aCase({ archivedAt: '2026-03-05T15:00:00.000Z' }));
    expect(
      harness.routeNativeElement?.querySelector('[data-testid="case-archived"]')?.textContent,
    ).toContain('Archived on March 5, 2026');
    expect(buttons()).not.toContain('Edit case details');
    expect(buttons()).not.toContain('Archive case');
  });

  it('says so when no deadline runs', async () => {
    await open(aMeResponseFor(['attorney'], ['cases.read']), [
      aDeadline({
        status: 'met',
        completion: { by: 'u-1', at: '2026-03-02T10:00:00Z', note: null },
      }),
    ]);
    expect(text()).toContain('No deadline is running on this case.');
  });

  it('explains a case that cannot be opened', async () => {
    resetBrowserStorage();
    TestBed.configureTestingModule({
      providers: [
        provideTestHttp(),
        provideTestRouter([{ path: 'cases/:id', children: caseRoutes }]),
        { provide: NOW, useValue: () => testNow },
      ],
    });
    TestBed.inject(TranslationService).setLanguage('en');
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(`/cases/${aCase().id}`);
    await new Promise((resolve) => setTimeout(resolve));
    backend
      .expectOne(caseUrls.case(aCase().id))
      .flush(anErrorBody(404, 'CASE_NOT_FOUND'), { status: 404, statusText: 'Not Found' });
    backend.expectOne(caseUrls.rules).flush(rules);
    backend.expectOne(caseUrls.deadlines(aCase().id)).flush([]);
    backend.expectOne(caseUrls.events(aCase().id)).flush([]);
    await navigation;
    await harness.fixture.whenStable();
    expect(text()).toContain('This record does not exist, or you do not have access to it.');
  });
});
