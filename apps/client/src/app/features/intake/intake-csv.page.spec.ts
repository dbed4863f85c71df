import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { IntakeReportResponse } from '@amparo/contracts';
import { TranslationService } from '../../core/i18n';
import {
  anErrorBody,
  provideNoMaterialAnimations,
  provideTestHttp,
  provideTestRouter,
} from '../../testing/test-providers';
import { caseUrls } from '../case/case.api';
import { intakeCsvUrls, type IntakeJob } from './intake-csv.api';
import { INTAKE_JOB_POLL_MS, IntakeCsvPage } from './intake-csv.page';

const rules = {
  jurisdictions: [
    {
      jurisdiction: 'PE',
      version: '1.0.0',
      name: { en: 'Peru', es: 'Perú' },
      defaultTimeZone: 'America/Lima',
      procedures: [{ id: 'pasee-expulsion', title: { en: 'PASEE expulsion', es: 'PASEE' } }],
      eventTypes: [{ id: 'police-retention', label: { en: 'Police retention', es: 'Retención' } }],
      rules: [],
      gaps: [],
      protections: [],
    },
  ],
};

const csvText = 'given_names,family_names,jurisdiction,procedure\nAna,Rojas,PE,pasee-expulsion\n';

function aPerson(line: number, name: string) {
  return {
    line,
    name,
    jurisdiction: 'PE',
    procedure: 'pasee-expulsion',
    events: [{ eventType: 'police-retention', occurredAt: '2026-03-02T06:00:00-05:00' }],
  };
}

function aReport(overrides: Partial<IntakeReportResponse> = {}): IntakeReportResponse {
  return {
    fileHash: 'f'.repeat(64),
    delimiter: ',',
    language: 'en',
    rows: 3,
    validRows: 3,
    invalidRows: 0,
    problems: [],
    warnings: [],
    preview: [aPerson(2, 'Ana Rojas'), aPerson(3, 'Luis Pérez'), aPerson(4, 'Marta Díaz')],
    ...overrides,
  };
}

function aJob(overrides: Partial<IntakeJob> = {}): IntakeJob {
  return {
    id: 'job-1',
    kind: 'intake.csv',
    status: 'queued',
    progress: { done: 0, total: 3 },
    result: null,
    error: null,
    attempts: 0,
    createdAt: '2026-03-02T11:00:00Z',
    startedAt: null,
    finishedAt: null,
    ...overrides,
  };
}

jest.setTimeout(20_000); // the first render compiles the Material table

describe('IntakeCsvPage', () => {
  let fixture: ComponentFixture<IntakeCsvPage>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestHttp(),
        provideTestRouter(),
        provideNoMaterialAnimations(),
        { provide: INTAKE_JOB_POLL_MS, useValue: 5 },
      ],
    });
    TestBed.inject(TranslationService).setLanguage('en');
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(IntakeCsvPage);
    await fixture.whenStable();
    backend.expectOne(caseUrls.rules).flush(rules);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const text = () => page().textContent?.replace(/\s+/g, ' ') ?? '';
  const button = (name: string | RegExp) => {
    const found = Array.from(page().querySelectorAll<HTMLButtonElement>('button')).find((b) =>
      typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
    );
    if (!found) throw new Error(`no button ${name}`);
    return found;
  };
  /** Waits for what the page does asynchronously (FileReader, polling timers). */
  async function until(condition: () => boolean): Promise<void> {
    for (let i = 0; i < 200; i++) {
      if (condition()) return;
      await new Promise((resolve) => setTimeout(resolve, 5));
      await fixture.whenStable();
    }
    throw new Error('condition never held');
  }

  async function choose(file: File) {
    const input = page().querySelector<HTMLInputElement>('[data-testid="csv-file"]');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  async function chooseAndCheck(report: IntakeReportResponse) {
    await choose(new File([csvText], 'people.csv', { type: 'text/csv' }));
    await until(() => text().includes('people.csv'));
    button('Check the file').click();
    const check = backend.expectOne(intakeCsvUrls.check);
    expect(check.request.body).toBe(csvText);
    expect(check.request.headers.get('Content-Type')).toContain('text/csv');
    check.flush(report);
    await fixture.whenStable();
  }

  const rowsOfProblems = () =>
    Array.from(page().querySelectorAll('[data-testid="csv-problems"] tr.mat-mdc-row')).map((row) =>
      Array.from(row.querySelectorAll('td'))
        .map((cell) => cell.textContent?.trim())
        .join(' '),
    );

  it('lists the problems by line and column, sortable and paged, and blocks import all', async () => {
    const problems = [
      { line: 5, column: 'procedure', message: 'Unknown procedure "expulsion"' },
      { line: 2, column: 'birth_date', message: 'The date of birth cannot be in the future' },
      ...Array.from({ length: 28 }, (_, i) => ({
        line: 10 + i,
        column: 'jurisdiction',
        message: 'Unknown jurisdiction',
      })),
    ];
    await chooseAndCheck(
      aReport({
        rows: 32,
        validRows: 2,
        invalidRows: 30,
        problems,
        warnings: [{ line: 3, column: 'given_names', message: 'The office may already have them' }],
      }),
    );
    expect(page().querySelector('[data-testid="csv-rows"]')?.textContent).toContain('32');
    expect(page().querySelector('[data-testid="csv-invalid"]')?.textContent).toContain('30');
    // Sorted by line, one page of 25.
    let rows = rowsOfProblems();
    expect(rows).toHaveLength(25);
    expect(rows[0]).toBe('2 birth_date The date of birth cannot be in the future');
    expect(rows[1]).toContain('5 procedure');
    // Sorting by column puts birth_date first, then jurisdiction.
    page()
      .querySelectorAll<HTMLElement>(
        '[data-testid="csv-problems"] th .mat-sort-header-container',
      )[1]
      ?.click();
    await fixture.whenStable();
    rows = rowsOfProblems();
    expect(rows[0]).toContain('birth_date');
    expect(rows[1]).toContain('jurisdiction');
    // Warnings apart from the problems.
    expect(page().querySelector('[data-testid="csv-warnings"]')?.textContent).toContain(
      'The office may already have them',
    );
    expect(button(/Import all/).disabled).toBe(true);
    expect(text()).toContain('Import all is not possible while rows have problems.');
    expect(button(/Import only the 2 valid rows/).disabled).toBe(false);
    backend.expectNone(intakeCsvUrls.import);
  });

  it('imports all, polls the job every tick until done and links the created cases', async () => {
    await chooseAndCheck(aReport());
    expect(text()).toContain('Every row can be imported.');
    expect(text()).toContain('Ana Rojas');
    expect(text()).toContain('Police retention');
    expect(text()).toContain('Lima time');
    button('Import all 3 rows').click();
    const started = backend.expectOne((r) => r.url === intakeCsvUrls.import);
    expect(started.request.params.get('rows')).toBe('all');
    started.flush({ report: aReport(), job: aJob(), created: true });
    await fixture.whenStable();
    expect(page().querySelector('[data-testid="csv-progress"]')).not.toBeNull();
    expect(text()).toContain('Waiting for its turn');

    const first = await nextPoll();
    first.flush(aJob({ status: 'running', progress: { done: 1, total: 3 } }));
    await fixture.whenStable();
    expect(text()).toContain('Importing: 1 of 3');
    const bar = page().querySelector(
      '[data-testid="csv-progress"] [role="progressbar"], mat-progress-bar',
    );
    expect(bar?.getAttribute('aria-valuenow')).toBe('33');

    const second = await nextPoll();
    second.flush(
      aJob({
        status: 'succeeded',
        progress: { done: 3, total: 3 },
        result: { imported: 3, caseIds: ['case-a', 'case-b', 'case-c'] },
      }),
    );
    await fixture.whenStable();
    expect(text()).toContain('3 people taken in. Their cases:');
    const links = Array.from(
      page().querySelectorAll<HTMLAnchorElement>('[data-testid="csv-created"] a'),
    );
    expect(links.map((a) => [a.textContent?.trim(), a.getAttribute('href')])).toEqual([
      ['Ana Rojas', '/cases/case-a'],
      ['Luis Pérez', '/cases/case-b'],
      ['Marta Díaz', '/cases/case-c'],
    ]);
    expect(page().querySelector('[data-testid="csv-progress"]')).toBeNull();
    // Done: no more polling.
    await new Promise((resolve) => setTimeout(resolve, 30));
    backend.expectNone(intakeCsvUrls.job('job-1'));
  });

  it('imports only the valid rows and shows why the job failed', async () => {
    await chooseAndCheck(
      aReport({
        rows: 3,
        validRows: 2,
        invalidRows: 1,
        problems: [{ line: 4, column: 'procedure', message: 'Unknown procedure' }],
        preview: [aPerson(2, 'Ana Rojas'), aPerson(3, 'Luis Pérez')],
      }),
    );
    button(/Import only the 2 valid rows/).click();
    const started = backend.expectOne((r) => r.url === intakeCsvUrls.import);
    expect(started.request.params.get('rows')).toBe('valid');
    started.flush({ report: aReport(), job: aJob({ status: 'running' }), created: true });
    await fixture.whenStable();
    (await nextPoll()).flush(
      aJob({
        status: 'failed',
        error: { code: 'JOB_CRASHED', message: 'The import stopped; try again in a minute.' },
      }),
    );
    await fixture.whenStable();
    expect(page().querySelector('[data-testid="csv-job-failed"]')?.textContent).toContain(
      'The import stopped; try again in a minute.',
    );
  });

  it('says when the file was already imported and shows that import', async () => {
    await chooseAndCheck(aReport());
    button('Import all 3 rows').click();
    backend
      .expectOne((r) => r.url === intakeCsvUrls.import)
      .flush({
        report: aReport(),
        job: aJob({
          status: 'succeeded',
          progress: { done: 3, total: 3 },
          result: { imported: 3, caseIds: ['case-a', 'case-b', 'case-c'] },
        }),
        created: false,
      });
    await fixture.whenStable();
    expect(text()).toContain('This file was already imported');
    expect(text()).toContain('3 people taken in.');
    await new Promise((resolve) => setTimeout(resolve, 30));
    backend.expectNone(intakeCsvUrls.job('job-1'));
  });

  it('refuses a file over 5 MB before sending it', async () => {
    const big = new File(['x'], 'big.csv', { type: 'text/csv' });
    Object.defineProperty(big, 'size', { value: 5 * 1024 * 1024 + 1 });
    await choose(big);
    expect(page().querySelector('[data-testid="csv-file-error"]')?.textContent).toContain(
      'The file is larger than 5 MB: split it into files of at most 5,000 people.',
    );
    expect(button('Check the file').disabled).toBe(true);
  });

  it("shows the API's own message when it refuses the file", async () => {
    await choose(new File([csvText], 'people.csv', { type: 'text/csv' }));
    await until(() => text().includes('people.csv'));
    button('Check the file').click();
    backend
      .expectOne(intakeCsvUrls.check)
      .flush(
        anErrorBody(400, 'INTAKE_BAD_HEADER', 'The header lacks the required column procedure'),
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(page().querySelector('[data-testid="csv-error"]')?.textContent).toContain(
      'The header lacks the required column procedure',
    );
  });

  async function nextPoll() {
    let found: ReturnType<HttpTestingController['match']> = [];
    await until(() => {
      found = backend.match(intakeCsvUrls.job('job-1'));
      return found.length > 0;
    });
    const [request, ...more] = found;
    expect(more).toHaveLength(0);
    if (!request) throw new Error('no poll');
    return request;
  }
});
