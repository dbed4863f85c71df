import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap } from '@angular/router';
import { AuthService, authUrls, type MeResponse, type Permission } from '../../core/auth';
import { TranslationService } from '../../core/i18n';
import {
  aMeResponseFor,
  anErrorBody,
  provideNoMaterialAnimations,
  provideTestHttp,
  provideTestRouter,
  resetBrowserStorage,
} from '../../testing/test-providers';
import { CaseFilingsPage } from './case-filings.page';
import type { Filing, FilingTemplate } from './filings.models';

jest.mock('./pdf-render', () => ({ renderPdfPages: jest.fn().mockResolvedValue(2) }));

// Shown on its own here (no case page around it): the case page's store, which loads the domain
// library's runtime (ESM-only date code jest cannot run), is not provided and not needed.
jest.mock('../case/case.store', () => ({ CaseStore: class CaseStore {} }));

const caseId = 'ca5e0000-0000-4000-8000-000000000001';
const templates: FilingTemplate[] = [
  {
    id: 'pe-habeas-corpus',
    version: '1.0.0',
    jurisdiction: 'PE',
    procedure: 'pasee-expulsion',
    languages: ['es'],
    titles: { es: 'Demanda de hábeas corpus' },
    requiredData: {
      es: [
        { field: 'place', label: 'Lugar de firma', section: 'filing' },
        { field: 'detention.place', label: 'Lugar de detención', section: 'filing' },
        {
          field: 'detention.retainedAt',
          label: 'Fecha y hora de la retención',
          section: 'timeline',
        },
      ],
    },
    fieldLabels: {
      place: { es: 'Lugar de firma', en: 'Place of signature' },
      'detention.place': { es: 'Lugar de detención', en: 'Place of detention' },
      'detention.retainedAt': {
        es: 'Fecha y hora de la retención',
        en: 'Date and time of the retention',
      },
    },
  },
  {
    id: 'us-motion-to-reopen',
    version: '1.0.0',
    jurisdiction: 'US',
    procedure: 'removal',
    languages: ['en'],
    titles: { en: 'Motion to Reopen' },
    requiredData: {},
    fieldLabels: {},
  },
];

function aFiling(overrides: Partial<Filing> = {}): Filing {
  return {
    id: 'f11e0000-0000-4000-8000-000000000001',
    caseId,
    templateId: 'pe-habeas-corpus',
    templateVersion: '1.0.0',
    language: 'es',
    filingVersion: 1,
    title: 'Demanda de hábeas corpus',
    pageCount: 3,
    sha256: 'ab'.repeat(32),
    byteSize: 28_000,
    status: 'draft',
    approvedAt: null,
    approvedBy: null,
    riskAssessmentId: null,
    riskSignedOff: null,
    filedAt: null,
    filedBy: null,
    filedEventId: null,
    servedAt: null,
    servedBy: null,
    createdBy: 'u-1',
    batchJobId: null,
    createdAt: '2026-11-20T15:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

const attorney = () =>
  aMeResponseFor(['attorney'], [
    'cases.read',
    'filings.draft',
    'filings.download',
    'filings.approve',
    'filings.mark-filed',
  ] as Permission[]);
const paralegal = () =>
  aMeResponseFor(['paralegal'], [
    'cases.read',
    'filings.draft',
    'filings.download',
  ] as Permission[]);

describe('CaseFilingsPage', () => {
  let fixture: ComponentFixture<CaseFilingsPage>;
  let backend: HttpTestingController;

  async function open(
    me: MeResponse,
    filings: Filing[],
    { custodyStatus = 'detained', kept = {} }: { custodyStatus?: string; kept?: object } = {},
  ) {
    resetBrowserStorage();
    TestBed.configureTestingModule({
      providers: [
        provideTestHttp(),
        provideTestRouter(),
        provideNoMaterialAnimations(),
        {
          provide: ActivatedRoute,
          useValue: {
            snapshot: { pathFromRoot: [{ paramMap: convertToParamMap({ id: caseId }) }] },
          },
        },
      ],
    });
    TestBed.inject(TranslationService).setLanguage('en');
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).loadSession().subscribe();
    backend.expectOne(authUrls.me).flush(me);
    fixture = TestBed.createComponent(CaseFilingsPage);
    await fixture.whenStable();
    backend.expectOne(`/api/cases/${caseId}`).flush({
      id: caseId,
      reference: 'LIM-1',
      jurisdiction: 'PE',
      timeZone: 'America/Lima',
      custodyStatus,
    });
    backend.expectOne('/api/filing-templates').flush(templates);
    backend.expectOne(`/api/cases/${caseId}/filings`).flush(filings);
    backend
      .expectOne(`/api/cases/${caseId}/filing-details`)
      .flush({ caseId, version: 1, details: kept, updatedBy: null, updatedAt: null });
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) =>
    page().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const button = (name: string) =>
    Array.from(page().querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
  const generateButton = () =>
    page().querySelector<HTMLButtonElement>('[data-testid="filing-generate"]');
  const component = () =>
    fixture.componentInstance as unknown as { chooseTemplate(id: string): void };

  it('offers only the templates of the case forum, and lists every missing item with a way to it', async () => {
    await open(paralegal(), []);
    expect(text('[data-testid="filings-empty"]')).toContain('No filing has been generated');
    component().chooseTemplate('pe-habeas-corpus');
    await fixture.whenStable();
    expect(page().querySelector('#filing-detail-place')).not.toBeNull();

    button('Generate PDF')?.click();
    const request = backend.expectOne({ method: 'POST', url: `/api/cases/${caseId}/filings` });
    expect(request.request.body).toEqual({ templateId: 'pe-habeas-corpus', language: 'es' });
    request.flush(
      {
        ...anErrorBody(422, 'FILING_MISSING_DATA', 'The case lacks 2 item(s)'),
        details: [
          { field: 'place', message: 'Lugar de firma', section: 'filing' },
          {
            field: 'detention.retainedAt',
            message: 'Fecha y hora de la retención',
            section: 'timeline',
          },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    const missing = text('[data-testid="filing-missing"]');
    expect(missing).toContain('2 item(s) are missing');
    // The template is Spanish, the screen English: the labels follow the screen.
    expect(missing).toContain('Place of signature — this filing: Fill in on this form');
    expect(missing).toContain(
      'Date and time of the retention — the timeline: Go to where it is entered',
    );
    expect(missing).not.toContain('Lugar de firma');
    const link = page().querySelector<HTMLAnchorElement>('[data-testid="filing-missing"] a');
    expect(link?.getAttribute('href')).toBe(`/cases/${caseId}/timeline`);

    button('Fill in on this form')?.click();
    expect(document.activeElement?.id).toBe('filing-detail-place');
    const place = page().querySelector('#filing-detail-place') as HTMLInputElement;
    place.value = 'Lima';
    place.dispatchEvent(new Event('input'));
    button('Generate PDF')?.click();
    const retry = backend.expectOne({ method: 'POST', url: `/api/cases/${caseId}/filings` });
    expect(retry.request.body.details).toEqual({ place: 'Lima' });
    retry.flush(aFiling());
    await fixture.whenStable();
    // The new filing is previewed at once (pdf.js is mocked here; the browser test draws it).
    backend.expectOne(`/api/filings/${aFiling().id}/pdf`).flush(new ArrayBuffer(8));
    await fixture.whenStable();
    expect(text('[role="status"]')).toContain('Demanda de hábeas corpus, version 1, generated.');
    expect(text('[data-testid="filings-list"]')).toContain(`SHA-256: ${'ab'.repeat(32)}`);
    expect(page().querySelector('amp-pdf-preview')).not.toBeNull();
  });

  it('starts from the details kept with the case, in the screen language, up front', async () => {
    await open(paralegal(), [], { kept: { place: 'Lima', detentionPlace: 'Comisaría (demo)' } });
    component().chooseTemplate('pe-habeas-corpus');
    await fixture.whenStable();
    expect(page().querySelector<HTMLInputElement>('#filing-detail-place')?.value).toBe('Lima');
    expect(page().querySelector<HTMLInputElement>('#filing-detail-detentionPlace')?.value).toBe(
      'Comisaría (demo)',
    );
    // What the case's records must hold is listed before generating, in English.
    const uses = text('[data-testid="filing-uses"]');
    expect(uses).toContain('Date and time of the retention');
    expect(page().textContent).not.toContain('Lugar de firma');
    generateButton()?.click();
    const request = backend.expectOne({ method: 'POST', url: `/api/cases/${caseId}/filings` });
    expect(request.request.body.details).toEqual({
      place: 'Lima',
      detentionPlace: 'Comisaría (demo)',
    });
    request.flush(anErrorBody(422, 'FILING_MISSING_DATA'), {
      status: 422,
      statusText: 'Unprocessable Entity',
    });
  });

  it('does not ask for a place of detention for a released client', async () => {
    await open(paralegal(), [], { custodyStatus: 'released' });
    component().chooseTemplate('pe-habeas-corpus');
    await fixture.whenStable();
    expect(page().querySelector('#filing-detail-place')).not.toBeNull();
    expect(page().querySelector('#filing-detail-detentionPlace')).toBeNull();
  });

  it('links a missing filing fact to the filing facts tab', async () => {
    await open(paralegal(), []);
    component().chooseTemplate('pe-habeas-corpus');
    await fixture.whenStable();
    button('Generate PDF')?.click();
    backend.expectOne({ method: 'POST', url: `/api/cases/${caseId}/filings` }).flush(
      {
        ...anErrorBody(422, 'FILING_MISSING_DATA', 'The case lacks 1 item(s)'),
        details: [
          {
            field: 'declaration.statements',
            message: 'Hechos declarados',
            section: 'filing-facts',
          },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    expect(text('[data-testid="filing-missing"]')).toContain(
      "Hechos declarados — the case's filing facts (statements, late-filing reasons, authorized persons): Go to where it is entered",
    );
    const link = page().querySelector<HTMLAnchorElement>('[data-testid="filing-missing"] a');
    expect(link?.getAttribute('href')).toBe(`/cases/${caseId}/filing-facts`);
  });

  it('lets an attorney approve a draft, then mark it filed, naming the version seen', async () => {
    await open(attorney(), [aFiling()]);
    expect(button('Mark filed')).toBeUndefined();
    button('Approve for filing')?.click();
    const approval = backend.expectOne({
      method: 'POST',
      url: `/api/filings/${aFiling().id}/approved`,
    });
    expect(approval.request.body).toEqual({ version: 1 });
    approval.flush(
      aFiling({
        status: 'approved',
        approvedAt: '2026-11-20T15:30:00.000Z',
        approvedBy: 'u-2',
        version: 2,
      }),
    );
    await fixture.whenStable();
    expect(text('[data-testid="filings-list"]')).toContain('Approved');
    expect(button('Approve for filing')).toBeUndefined();

    button('Mark filed')?.click();
    const request = backend.expectOne({
      method: 'POST',
      url: `/api/filings/${aFiling().id}/filed`,
    });
    expect(request.request.body).toEqual({ version: 2 });
    request.flush(aFiling({ status: 'filed', filedAt: '2026-11-20T16:00:00.000Z', version: 3 }));
    await fixture.whenStable();
    expect(text('[data-testid="filings-list"]')).toContain('Filed');
    // This filing recorded no timeline event: the message does not promise a deadline.
    expect(text('[role="status"]')).toContain('starts no deadline');
    expect(button('Mark filed')).toBeUndefined();
    expect(button('Mark served')).toBeDefined();
  });

  it('does not offer a paralegal to mark a filing filed, but lets them mark it served', async () => {
    await open(paralegal(), [
      aFiling(),
      aFiling({ id: 'f2', status: 'filed', createdAt: '2026-11-19T00:00:00Z' }),
    ]);
    expect(button('Mark filed')).toBeUndefined();
    expect(button('Approve for filing')).toBeUndefined();
    expect(button('Mark served')).toBeDefined();
    expect(button('Download PDF')).toBeDefined();
  });

  it('says why a draft built on an unsigned risk assessment cannot be approved', async () => {
    await open(attorney(), [aFiling({ riskAssessmentId: 'a-1', riskSignedOff: false })]);
    expect(button('Approve for filing')).toBeUndefined();
    expect(text('[data-testid="filing-risk-unsigned"]')).toContain(
      'no attorney had signed off, so it cannot be approved',
    );
    const link = page().querySelector<HTMLAnchorElement>('[data-testid="filing-risk-unsigned"] a');
    expect(link?.getAttribute('href')).toBe(`/cases/${caseId}/risk`);
  });

  it('turns a conflict into a message and shows the filings as they are now', async () => {
    await open(attorney(), [aFiling({ status: 'approved', approvedAt: '2026-11-20T15:30:00Z' })]);
    button('Mark filed')?.click();
    backend
      .expectOne({ method: 'POST', url: `/api/filings/${aFiling().id}/filed` })
      .flush(anErrorBody(409, 'FILING_VERSION_CONFLICT'), { status: 409, statusText: 'Conflict' });
    backend
      .expectOne(`/api/cases/${caseId}/filings`)
      .flush([aFiling({ status: 'filed', version: 2 })]);
    await fixture.whenStable();
    expect(text('[role="alert"]')).toContain('Someone else changed this record');
    expect(button('Mark filed')).toBeUndefined();
  });
});
