import { CdkVirtualScrollViewport } from '@angular/cdk/scrolling';
import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AuthService, NOW } from '../../core/auth';
import { TranslationService } from '../../core/i18n';
import { Ticker, USER_TIME_ZONE } from '../../core/time';
import { routerFeatures } from '../../app.routes';
import {
  aMeResponse,
  anErrorBody,
  provideNoMaterialAnimations,
  provideTestHttp,
  resetBrowserStorage,
  testNow,
} from '../../testing/test-providers';
import { caseloadUrls } from './caseload.api';
import type { CaseloadItem, CaseloadPage as Page } from './caseload.models';
import { CASELOAD_PAGE_SIZE, CaseloadPage } from './caseload.page';

const hours = (count: number) => count * 3_600_000;

function aRow(index: number, overrides: Partial<CaseloadItem> = {}): CaseloadItem {
  return {
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    reference: `LIM-2026-${String(index).padStart(5, '0')}`,
    clientName: `Client ${index} (demo)`,
    clientGender: null,
    jurisdiction: 'PE',
    procedure: 'pasee-expulsion',
    stage: 'active',
    custodyStatus: 'detained',
    priority: 'normal',
    leadAttorneyId: 'u-1',
    updatedAt: new Date(testNow).toISOString(),
    nextDeadline: {
      dueAt: new Date(testNow + hours(13) + 42 * 60_000 + index * 60_000).toISOString(),
      ruleId: 'pe.pasee.decision',
      title: { en: 'PASEE', es: 'PASEE' },
      urgent: true,
      latestDueAt: null,
      timeZone: 'America/Lima',
      ruleStatus: 'verified',
    },
    deadlines: [
      {
        id: `d-${index}`,
        ruleId: 'pe.pasee.decision',
        title: { en: 'PASEE', es: 'PASEE' },
        kind: 'due',
        party: 'defense',
        urgent: true,
        status: 'open',
        dueAt: new Date(testNow + hours(13) + 42 * 60_000 + index * 60_000).toISOString(),
        latestDueAt: null,
        overrideDueAt: null,
        recordedAt: new Date(testNow - hours(1)).toISOString(),
        timeZone: 'America/Lima',
        ruleStatus: 'verified',
      },
    ],
    riskLevel: null,
    escalated: false,
    ...overrides,
  };
}

describe('CaseloadPage', () => {
  let fixture: ComponentFixture<CaseloadPage>;
  let backend: HttpTestingController;
  let now: number;

  beforeEach(async () => {
    resetBrowserStorage();
    now = testNow;
    // jsdom lays nothing out: give the list a laptop-sized viewport (880 px, about eight 104 px rows).
    jest.spyOn(CdkVirtualScrollViewport.prototype, 'getViewportSize').mockReturnValue(880);
    TestBed.configureTestingModule({
      providers: [
        provideTestHttp(),
        provideRouter([{ path: 'caseload', component: CaseloadPage }], ...routerFeatures),
        provideNoMaterialAnimations(),
        { provide: NOW, useValue: () => now },
        { provide: USER_TIME_ZONE, useValue: 'America/Lima' },
      ],
    });
    TestBed.inject(TranslationService).setLanguage('en');
    backend = TestBed.inject(HttpTestingController);
    // A signed-in attorney (the "mine" filter sends their id).
    TestBed.inject(AuthService).loadSession().subscribe();
    backend.expectOne('/api/auth/me').flush(aMeResponse());
  });

  afterEach(() => {
    backend.verify();
    jest.restoreAllMocks();
  });

  async function open(url = '/caseload'): Promise<void> {
    await TestBed.inject(Router).navigateByUrl(url);
    fixture = TestBed.createComponent(CaseloadPage);
    await settle();
  }

  async function settle() {
    for (let i = 0; i < 3; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await fixture.whenStable();
    }
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const squash = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';
  const items = () => Array.from(page().querySelectorAll<HTMLElement>('[role=listitem]'));
  const casesRequest = (): TestRequest =>
    backend.expectOne((request) => request.url === caseloadUrls.cases);
  const flushCatalogue = () =>
    backend.match(caseloadUrls.rules).forEach((request) =>
      request.flush({
        jurisdictions: [
          {
            jurisdiction: 'PE',
            version: '1',
            name: { en: 'Peru', es: 'Perú' },
            defaultTimeZone: 'America/Lima',
            procedures: [
              { id: 'pasee-expulsion', title: { en: 'PASEE expulsion', es: 'Expulsión PASEE' } },
            ],
            eventTypes: [],
            rules: [],
            gaps: [],
            protections: [],
          },
        ],
      }),
    );

  function respond(request: TestRequest, body: Page) {
    request.flush(body);
  }

  it('shows the rows in the order the API ranks them, escalations marked, with risk badges and the total', async () => {
    await open();
    flushCatalogue();
    respond(casesRequest(), {
      rows: [
        aRow(1, { clientName: 'Ana Escalated (demo)', escalated: true, riskLevel: 'extreme' }),
        aRow(2, { clientName: 'Beto Grave (demo)', riskLevel: 'high' }),
        aRow(3, { clientName: 'Carla Calm (demo)', nextDeadline: null, deadlines: [] }),
      ],
      total: 3,
      nextCursor: null,
    });
    await settle();

    expect(squash(page().querySelector('[data-testid=caseload-total]')?.textContent)).toBe(
      '3 cases',
    );
    const rows = items();
    expect(rows.map((row) => squash(row.querySelector('.name')?.textContent))).toEqual([
      'Ana Escalated (demo)',
      'Beto Grave (demo)',
      'Carla Calm (demo)',
    ]);
    expect(rows[0].querySelector('[data-testid=escalated]')?.textContent?.trim()).toBe('Escalated');
    expect(rows[1].querySelector('[data-testid=escalated]')).toBeNull();
    expect(squash(rows[0].querySelector('[data-testid=risk]')?.textContent)).toBe('Extreme risk');
    expect(squash(rows[0].querySelector('.meta')?.textContent)).toBe(
      'LIM-2026-00001 · PE PASEE expulsion · Active · Detained',
    );
    expect(squash(rows[0].querySelector('[data-testid=countdown]')?.textContent)).toBe(
      'PASEE: 13 h 43 min left',
    );
    expect(squash(rows[2].textContent)).toContain('No open deadline');
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe(`/cases/${aRow(1).id}`);
  });

  it("says the custody in Spanish in the form that agrees with the client's gender", async () => {
    TestBed.inject(TranslationService).setLanguage('es');
    await open();
    flushCatalogue();
    respond(casesRequest(), {
      rows: [
        aRow(1, { clientGender: 'female' }),
        aRow(2, { clientGender: 'male', custodyStatus: 'released' }),
        aRow(3, { clientGender: null }),
        aRow(4, { clientGender: 'female', custodyStatus: 'at_liberty' }),
      ],
      total: 4,
      nextCursor: null,
    });
    await settle();
    expect(
      items().map((row) => squash(row.querySelector('.meta')?.textContent).split(' · ')[3]),
    ).toEqual(['Detenida', 'Liberado', 'Detenido/a', 'En libertad']);
  });

  it('ticks every countdown from one shared clock', async () => {
    await open();
    flushCatalogue();
    respond(casesRequest(), { rows: [aRow(0), aRow(1)], total: 2, nextCursor: null });
    await settle();
    const countdowns = () =>
      items().map((row) => squash(row.querySelector('[data-testid=countdown]')?.textContent));
    expect(countdowns()).toEqual(['PASEE: 13 h 42 min left', 'PASEE: 13 h 43 min left']);

    now += hours(13) + 41 * 60_000;
    TestBed.inject(Ticker).tick();
    await settle();
    expect(countdowns()).toEqual(['PASEE: 1 min left', 'PASEE: 2 min left']);
    now += 3 * 60_000;
    TestBed.inject(Ticker).tick();
    await settle();
    // The office's own clock passed: missed, as every screen reads it.
    expect(countdowns()).toEqual(['PASEE: missed 2 min ago', 'PASEE: missed 1 min ago']);
  });

  it('renders only the rows on screen of 10,000 and appends the next keyset page while scrolling', async () => {
    await open();
    flushCatalogue();
    const first = casesRequest();
    expect(first.request.params.get('limit')).toBe(String(CASELOAD_PAGE_SIZE));
    expect(first.request.params.has('cursor')).toBe(false);
    respond(first, {
      rows: Array.from({ length: CASELOAD_PAGE_SIZE }, (_, index) => aRow(index)),
      total: 10_000,
      nextCursor: 'page-2',
    });
    await settle();

    expect(squash(page().querySelector('[data-testid=caseload-total]')?.textContent)).toBe(
      '10,000 cases',
    );
    const rendered = items();
    expect(rendered.length).toBeGreaterThanOrEqual(10);
    expect(rendered.length).toBeLessThan(40);
    expect(rendered[0].getAttribute('aria-setsize')).toBe('10000');
    expect(rendered[0].getAttribute('aria-posinset')).toBe('1');
    backend.expectNone((request) => request.url === caseloadUrls.cases);

    // Scrolling near the end of the loaded rows asks for the next page with the cursor.
    const viewport = fixture.debugElement.query(
      (node) => node.componentInstance instanceof CdkVirtualScrollViewport,
    ).componentInstance as CdkVirtualScrollViewport;
    viewport.scrollToIndex(CASELOAD_PAGE_SIZE - 20);
    viewport.elementRef.nativeElement.dispatchEvent(new Event('scroll'));
    await settle();
    const second = casesRequest();
    expect(second.request.params.get('cursor')).toBe('page-2');
    respond(second, {
      rows: Array.from({ length: CASELOAD_PAGE_SIZE }, (_, index) =>
        aRow(CASELOAD_PAGE_SIZE + index),
      ),
      total: 10_000,
      nextCursor: 'page-3',
    });
    await settle();
    const positions = items().map((item) => Number(item.getAttribute('aria-posinset')));
    expect(Math.min(...positions)).toBeGreaterThan(150);
    expect(items().length).toBeLessThan(40);
  });

  it('reads the filters from the address, sends them to the API, and writes changes back', async () => {
    await open('/caseload?risk=high&within=48&mine=1&q=quispe&sort=next-deadline&stage=bogus');
    flushCatalogue();
    const request = casesRequest();
    expect(request.request.params.keys().sort()).toEqual(
      ['assignee', 'deadlineWithinHours', 'limit', 'q', 'risk', 'sort'].sort(),
    );
    expect(request.request.params.get('assignee')).toBe('u-1');
    expect(request.request.params.get('deadlineWithinHours')).toBe('48');
    respond(request, { rows: [], total: 0, nextCursor: null });
    await settle();
    expect(page().querySelector('[data-testid=caseload-no-match]')).not.toBeNull();

    const select = page().querySelector<HTMLSelectElement>('select[name=custody]');
    if (!select) throw new Error('no custody filter');
    select.value = 'detained';
    select.dispatchEvent(new Event('change'));
    await settle();
    const router = TestBed.inject(Router);
    expect(router.url).toBe(
      '/caseload?risk=high&within=48&mine=1&q=quispe&sort=next-deadline&custody=detained',
    );
    const refiltered = casesRequest();
    expect(refiltered.request.params.get('custody')).toBe('detained');
    respond(refiltered, { rows: [aRow(1)], total: 1, nextCursor: null });
    await settle();
    expect(squash(page().querySelector('[data-testid=caseload-total]')?.textContent)).toBe(
      '1 case',
    );
  });

  it('searches an exact A-number when the field is committed', async () => {
    await open();
    flushCatalogue();
    respond(casesRequest(), { rows: [aRow(1)], total: 1, nextCursor: null });
    await settle();
    const input = page().querySelector<HTMLInputElement>('input[name=aNumber]');
    if (!input) throw new Error('no A-number field');
    input.value = ' A-201-555-019 ';
    input.dispatchEvent(new Event('change'));
    await settle();
    expect(casesRequest().request.params.get('aNumber')).toBe('A-201-555-019');
  });

  it('shows the empty state to someone with no cases, and an actionable error with a retry', async () => {
    await open();
    flushCatalogue();
    casesRequest().flush(anErrorBody(503, undefined, 'down'), {
      status: 503,
      statusText: 'Unavailable',
    });
    await settle();
    expect(squash(page().querySelector('[data-testid=caseload-error]')?.textContent)).toContain(
      'Amparo is temporarily unavailable',
    );
    const retry = Array.from(page().querySelectorAll('button')).find(
      (button) => squash(button.textContent) === 'Try again',
    );
    retry?.click();
    await settle();
    respond(casesRequest(), { rows: [], total: 0, nextCursor: null });
    await settle();
    expect(page().querySelector('[data-testid=caseload-empty]')).not.toBeNull();
    expect(squash(page().querySelector('[data-testid=caseload-error]')?.textContent)).toBe('');
  });
});
