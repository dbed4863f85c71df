import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { AuthService, authUrls } from '../../core/auth';
import { TranslationService } from '../../core/i18n';
import {
  aMeResponseFor,
  anErrorBody,
  provideNoMaterialAnimations,
  provideTestHttp,
  provideTestRouter,
  resetBrowserStorage,
} from '../../testing/test-providers';
import type { FilingTemplate } from '../case-filings/filings.models';
import { type BatchCase, FILING_BATCH_POLL_MS, type FilingBatchJob } from './filing-batch.api';
import { FilingBatchDialog } from './filing-batch.dialog';

const ids = [
  '0b7e9a52-3c1d-4f6e-9a8b-000000000001',
  '0b7e9a52-3c1d-4f6e-9a8b-000000000002',
  '0b7e9a52-3c1d-4f6e-9a8b-000000000003',
];
const cases: BatchCase[] = [
  { id: ids[0], label: 'Nguyễn Văn An', jurisdiction: 'MX' },
  { id: ids[1], label: 'Olena Kovalenko', jurisdiction: 'MX' },
  { id: ids[2], label: 'María José Ramírez', jurisdiction: 'MX' },
];

const templates: FilingTemplate[] = [
  {
    id: 'mx-autorizados',
    version: '1.0.0',
    jurisdiction: 'MX',
    procedure: 'amparo',
    languages: ['es'],
    titles: { es: 'Escrito de autorizados' },
    requiredData: {
      es: [
        { field: 'place', label: 'Lugar de firma', section: 'filing' },
        { field: 'authorizedPersons', label: 'Personas autorizadas', section: 'filing-facts' },
      ],
    },
    fieldLabels: {
      place: { es: 'Lugar de firma', en: 'Place of signature' },
      authorizedPersons: { es: 'Personas autorizadas', en: 'Authorized persons' },
    },
  },
  {
    id: 'pe-habeas-corpus',
    version: '1.0.0',
    jurisdiction: 'PE',
    procedure: 'pasee-expulsion',
    languages: ['es'],
    titles: { es: 'Demanda de hábeas corpus' },
    requiredData: {},
    fieldLabels: {},
  },
  {
    id: 'sworn-declaration',
    version: '1.0.0',
    jurisdiction: 'ANY',
    procedure: 'any',
    languages: ['es', 'en'],
    titles: { es: 'Declaración jurada', en: 'Sworn Declaration' },
    requiredData: { es: [], en: [] },
    fieldLabels: {},
  },
];

function aJob(overrides: Partial<FilingBatchJob> = {}): FilingBatchJob {
  return {
    id: 'j0b00000-0000-4000-8000-000000000001',
    kind: 'filings.batch',
    status: 'queued',
    progress: { done: 0, total: null },
    result: null,
    error: null,
    attempts: 0,
    createdAt: '2026-11-20T15:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    ...overrides,
  };
}

const batchesUrl = '/api/filings/batches';
const jobUrl = `/api/jobs/${aJob().id}`;
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('FilingBatchDialog', () => {
  let fixture: ComponentFixture<FilingBatchDialog>;
  let backend: HttpTestingController;

  async function open(batch: BatchCase[] = cases) {
    resetBrowserStorage();
    TestBed.configureTestingModule({
      providers: [
        provideTestHttp(),
        provideTestRouter(),
        provideNoMaterialAnimations(),
        { provide: MAT_DIALOG_DATA, useValue: { cases: batch } },
        { provide: MatDialogRef, useValue: { close: jest.fn() } },
        { provide: FILING_BATCH_POLL_MS, useValue: 1 },
      ],
    });
    TestBed.inject(TranslationService).setLanguage('en');
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).loadSession().subscribe();
    backend
      .expectOne(authUrls.me)
      .flush(aMeResponseFor(['paralegal'], ['cases.read', 'filings.draft', 'rules.read']));
    fixture = TestBed.createComponent(FilingBatchDialog);
    await fixture.whenStable();
    backend.expectOne('/api/filing-templates').flush(templates);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const squash = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';
  const text = (selector: string) => squash(page().querySelector(selector)?.textContent);
  const button = (name: string | RegExp) => {
    const found = Array.from(page().querySelectorAll('button')).find((b) =>
      typeof name === 'string' ? squash(b.textContent) === name : name.test(squash(b.textContent)),
    );
    if (!found) throw new Error(`no button ${name}`);
    return found;
  };
  const component = () =>
    fixture.componentInstance as unknown as {
      templates(): FilingTemplate[];
      chooseTemplate(id: string): void;
    };
  const type = (id: string, value: string) => {
    const field = page().querySelector<HTMLInputElement>(`#${id}`);
    if (!field) throw new Error(`no #${id}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };

  it('lists every refused case with what it lacks and links, then leaves them out and follows the job to its result', async () => {
    await open();
    // Every case is Mexican: no Peruvian template is offered, those for any forum are.
    expect(
      component()
        .templates()
        .map((t) => t.id),
    ).toEqual(['mx-autorizados', 'sworn-declaration']);
    component().chooseTemplate('mx-autorizados');
    await fixture.whenStable();
    type('batch-detail-place', 'Tijuana, Baja California');
    button('Generate 3 filings').click();

    const first = backend.expectOne({ method: 'POST', url: batchesUrl });
    expect(first.request.body).toEqual({
      templateId: 'mx-autorizados',
      language: 'es',
      caseIds: ids,
      details: { place: 'Tijuana, Baja California' },
      idempotencyKey: expect.stringMatching(/^batch:[A-Za-z0-9._:-]{6,}$/),
    });
    first.flush(
      {
        ...anErrorBody(422, 'FILING_BATCH_REFUSED', '2 case(s) cannot be part of this batch'),
        details: [
          {
            field: 'caseIds[0]',
            caseId: ids[0],
            code: 'FILING_MISSING_DATA',
            message: 'The case lacks 1 item(s) that mx-autorizados needs',
            missing: [
              {
                field: 'authorizedPersons',
                message: 'Personas autorizadas',
                section: 'filing-facts',
              },
            ],
          },
          {
            field: 'caseIds[1]',
            caseId: ids[1],
            code: 'CASE_NOT_WRITABLE',
            message: 'You cannot change this case',
          },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    const refusals = text('[data-testid="batch-refusals"]');
    expect(refusals).toContain('2 of the cases cannot have this filing, so nothing was generated.');
    expect(refusals).toContain(
      "Nguyễn Văn An — Missing: Personas autorizadas (the case's filing facts (statements, late-filing reasons, authorized persons)) Open the case · Filing facts",
    );
    expect(refusals).toContain(
      'Olena Kovalenko — You cannot change this case (it is not on your team or not in your office).',
    );
    const links = Array.from(
      page().querySelectorAll<HTMLAnchorElement>('[data-testid="batch-refusals"] a'),
    ).map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      `/cases/${ids[0]}/filings`,
      `/cases/${ids[0]}/filing-facts`,
      `/cases/${ids[1]}/filings`,
    ]);

    button('Leave these 2 out and generate for the other 1').click();
    const second = backend.expectOne({ method: 'POST', url: batchesUrl });
    expect(second.request.body.caseIds).toEqual([ids[2]]);
    expect(second.request.body.idempotencyKey).not.toBe(first.request.body.idempotencyKey);
    second.flush(aJob(), { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    expect(page().querySelector('[data-testid="batch-refusals"]')).toBeNull();
    expect(text('[data-testid="batch-job"]')).toContain('Waiting for its turn…');

    await tick();
    backend
      .expectOne(jobUrl)
      .flush(aJob({ status: 'running', progress: { done: 0, total: 1 }, attempts: 1 }));
    await fixture.whenStable();
    expect(text('[data-testid="batch-job"]')).toContain('Generating: 0 of 1');
    expect(page().querySelector('[data-testid="batch-progress"]')?.getAttribute('aria-label')).toBe(
      'Batch progress',
    );

    await tick();
    backend.expectOne(jobUrl).flush(
      aJob({
        status: 'succeeded',
        progress: { done: 1, total: 1 },
        result: {
          templateId: 'mx-autorizados',
          language: 'es',
          filings: [{ caseId: ids[2], filingId: 'f11e0000-0000-4000-8000-000000000009' }],
          failed: [],
        },
      }),
    );
    await fixture.whenStable();
    await tick();
    expect(text('[data-testid="batch-done"]')).toBe(
      '1 filing(s) generated, each as a draft in its case:',
    );
    const made = page().querySelector<HTMLAnchorElement>('[data-testid="batch-filings"] a');
    expect(squash(made?.textContent)).toBe('María José Ramírez');
    expect(made?.getAttribute('href')).toBe(`/cases/${ids[2]}/filings`);
    expect(page().querySelector('[data-testid="batch-progress"]')).toBeNull();
  });

  it('sends the same key again after a lost answer, so a retry cannot make a second batch', async () => {
    await open();
    component().chooseTemplate('sworn-declaration');
    await fixture.whenStable();
    button('Generate 3 filings').click();
    const first = backend.expectOne({ method: 'POST', url: batchesUrl });
    first.error(new ProgressEvent('error'), { status: 0, statusText: '' });
    await fixture.whenStable();
    expect(text('[role="alert"]')).toMatch(/connection|reach/i);

    button('Generate 3 filings').click();
    const retry = backend.expectOne({ method: 'POST', url: batchesUrl });
    expect(retry.request.body.idempotencyKey).toBe(first.request.body.idempotencyKey);
    expect(retry.request.body.language).toBe('en');
    retry.flush(aJob({ status: 'running', progress: { done: 1, total: 3 } }), {
      status: 202,
      statusText: 'Accepted',
    });
    await fixture.whenStable();
    expect(text('[data-testid="batch-job"]')).toContain('Generating: 1 of 3');
    await tick();
    backend.expectOne(jobUrl).flush(
      aJob({
        status: 'failed',
        error: { code: 'FILING_BATCH_ACTOR', message: 'The member can no longer draft filings.' },
      }),
    );
    await fixture.whenStable();
    expect(text('[data-testid="batch-failed"]')).toBe(
      'The batch stopped: The member can no longer draft filings. The filings already made are kept in their cases.',
    );
  });

  it('takes at most 1,000 cases and says so', async () => {
    const many = Array.from({ length: 1003 }, (_, i) => ({
      id: `0b7e9a52-3c1d-4f6e-9a8b-${String(i).padStart(12, '0')}`,
    }));
    await open(many);
    expect(text('[data-testid="batch-too-many"]')).toContain(
      'the first 1,000 of the 1,003 are included',
    );
    expect(text('h2')).toBe('Generate one filing for 1,000 cases');
    // Forums unknown: every template is offered.
    expect(component().templates()).toHaveLength(3);
  });
});
