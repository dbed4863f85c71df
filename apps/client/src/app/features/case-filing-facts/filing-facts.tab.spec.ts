import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AuthService, authUrls, type MeResponse, NOW } from '../../core/auth';
import { TranslationService } from '../../core/i18n';
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
import { CaseStore } from '../case/case.store';
import { aCase } from '../case/testing/case-fixtures';
import type { FilingFacts } from './filing-facts.api';
import { FilingFactsTab } from './filing-facts.tab';

const caseId = aCase().id;
const factsUrl = `/api/cases/${caseId}/filing-facts`;

function someFacts(overrides: Partial<FilingFacts> = {}): FilingFacts {
  return {
    caseId,
    version: 1,
    statements: ['Salí de Honduras en marzo de 2026 por amenazas de una pandilla.'],
    declarantLanguage: null,
    interpreterName: null,
    lateFilingReasons: [],
    authorizedPersons: [],
    facts: [],
    detentionPlace: null,
    entryPlace: null,
    priorMotionsToReopen: null,
    finalOrderBy: null,
    feeWaiverRequested: null,
    updatedBy: 'u-1',
    updatedAt: '2026-11-20T15:00:00.000Z',
    ...overrides,
  };
}

// The test session's attorney is user u-1, the lead attorney of aCase().
const attorney = () =>
  aMeResponseFor(['attorney'], ['cases.read', 'filings.draft', 'filings.download']);
const supervisor = () => aMeResponseFor(['supervisor'], ['cases.read', 'cases.read-all']);

describe('FilingFactsTab', () => {
  let fixture: ComponentFixture<FilingFactsTab>;
  let backend: HttpTestingController;

  async function render(me: MeResponse, facts: FilingFacts, caseOverrides = {}) {
    resetBrowserStorage();
    TestBed.configureTestingModule({
      providers: [
        provideTestHttp(),
        provideTestRouter(),
        provideNoMaterialAnimations(),
        { provide: NOW, useValue: () => testNow },
        {
          provide: ActivatedRoute,
          useValue: {
            snapshot: { pathFromRoot: [{ paramMap: convertToParamMap({ id: caseId }) }] },
          },
        },
        CaseStore,
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
    const store = TestBed.inject(CaseStore);
    store.caseId.set(caseId);
    store.record.set(
      aCase({ jurisdiction: 'MX', timeZone: 'America/Mexico_City', ...caseOverrides }),
    );
    fixture = TestBed.createComponent(FilingFactsTab);
    await fixture.whenStable();
    backend.expectOne(factsUrl).flush(facts);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const squash = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';
  const button = (label: string) => {
    const found = Array.from(page().querySelectorAll('button')).find(
      (b) => squash(b.textContent) === label,
    );
    if (!found) throw new Error(`no button ${label}`);
    return found;
  };
  const type = (id: string, value: string) => {
    const field = page().querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
    if (!field) throw new Error(`no #${id}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };
  const alertText = () => squash(page().querySelector('.alert-box')?.textContent);

  it('prefills facts only from the notes picked, through the audited timeline route, for review', async () => {
    await render(attorney(), someFacts());
    button('Prefill from timeline notes').click();
    backend.expectOne({ method: 'GET', url: `/api/cases/${caseId}/events` }).flush([
      {
        id: 'e-1',
        eventType: 'migration-detention',
        occurredAt: '2026-11-19T12:00:00Z',
        note: 'Detenida en la garita (demo).',
      },
      {
        id: 'e-2',
        eventType: 'entry-into-country',
        occurredAt: '2026-08-01T12:00:00Z',
        note: 'Confidencial: no imprimir.',
      },
      {
        id: 'e-3',
        eventType: 'entry-into-country',
        occurredAt: '2026-08-02T12:00:00Z',
        note: null,
      },
    ]);
    await fixture.whenStable();
    // Only events with a note are offered; nothing is copied until picked.
    expect(page().querySelectorAll('[data-note]')).toHaveLength(2);
    expect(page().querySelector('#facts-facts-0')).toBeNull();
    page().querySelector<HTMLInputElement>('[data-note="e-1"] input')?.click();
    await fixture.whenStable();
    button('Copy 1 note(s) into the facts').click();
    await fixture.whenStable();
    const field = page().querySelector<HTMLTextAreaElement>('#facts-facts-0');
    expect(field?.value).toBe('Detenida en la garita (demo).');
    expect(page().querySelector('#facts-facts-1')).toBeNull();
    type('facts-facts-0', 'Fue detenida en la garita de Tijuana (demo).');
    button('Save the filing facts').click();
    const request = backend.expectOne({ method: 'PUT', url: factsUrl });
    expect(request.request.body.facts).toEqual(['Fue detenida en la garita de Tijuana (demo).']);
    expect(JSON.stringify(request.request.body)).not.toContain('Confidencial');
    request.flush(someFacts({ version: 2, facts: request.request.body.facts }));
    await fixture.whenStable();
  });

  it('asks for a place of detention only while the client is detained', async () => {
    await render(attorney(), someFacts(), { custodyStatus: 'released' });
    expect(page().querySelector('#facts-detentionPlace')).toBeNull();
    fixture.destroy();
    TestBed.resetTestingModule();
    await render(attorney(), someFacts({ detentionPlace: 'Estación migratoria (demo)' }));
    expect(page().querySelector<HTMLInputElement>('#facts-detentionPlace')?.value).toBe(
      'Estación migratoria (demo)',
    );
  });

  it('saves the whole record against the version read, one paragraph per statement', async () => {
    await render(attorney(), someFacts());
    expect(squash(page().querySelector('[data-testid="facts-version"]')?.textContent)).toContain(
      'Version 1, saved',
    );
    expect(page().querySelector<HTMLTextAreaElement>('#facts-statements-0')?.value).toContain(
      'Honduras',
    );

    button('Add a statement').click();
    await fixture.whenStable();
    type('facts-statements-1', 'Me amenazaron\nde muerte.');
    button('Add a reason').click();
    await fixture.whenStable();
    type('facts-lateFilingReasons-0', 'Estuve hospitalizada 40 días.');
    button('Add a person').click();
    await fixture.whenStable();
    type('facts-authorizedPersons-0-fullName', 'Lucía Méndez Ortiz');
    type('facts-authorizedPersons-0-professionalId', 'cédula profesional 0000001');
    type('facts-interpreterName', 'Ana Pérez');
    button('Save the filing facts').click();

    const request = backend.expectOne({ method: 'PUT', url: factsUrl });
    expect(request.request.body).toEqual({
      version: 1,
      facts: [],
      statements: [
        'Salí de Honduras en marzo de 2026 por amenazas de una pandilla.',
        'Me amenazaron de muerte.',
      ],
      interpreterName: 'Ana Pérez',
      lateFilingReasons: ['Estuve hospitalizada 40 días.'],
      authorizedPersons: [
        { fullName: 'Lucía Méndez Ortiz', professionalId: 'cédula profesional 0000001' },
      ],
    });
    request.flush(
      someFacts({
        version: 2,
        statements: request.request.body.statements,
        interpreterName: 'Ana Pérez',
        lateFilingReasons: ['Estuve hospitalizada 40 días.'],
        authorizedPersons: [
          { fullName: 'Lucía Méndez Ortiz', professionalId: 'cédula profesional 0000001' },
        ],
      }),
    );
    await fixture.whenStable();
    expect(squash(page().querySelector('.ok-box')?.textContent)).toContain('Saved (version 2)');
    expect(page().querySelector<HTMLTextAreaElement>('#facts-statements-1')?.value).toBe(
      'Me amenazaron de muerte.',
    );
  });

  it('on a 409 names their version, keeps the change, and saves again on theirs', async () => {
    await render(attorney(), someFacts());
    type('facts-statements-0', 'Mi versión de los hechos.');
    button('Save the filing facts').click();
    const theirs = someFacts({
      version: 2,
      statements: ['Su versión.', 'Otro hecho.'],
      authorizedPersons: [{ fullName: 'Pedro Ruiz', professionalId: null }],
    });
    backend.expectOne({ method: 'PUT', url: factsUrl }).flush(
      {
        ...anErrorBody(409, 'FILING_FACTS_VERSION_CONFLICT', 'Someone changed these filing facts'),
        details: [{ message: 'current version of the record', current: theirs }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(alertText()).toContain(
      'Someone saved these facts meanwhile (version 2: 2 statement(s), 0 reason(s), 1 person(s))',
    );
    // The person's change is still there.
    expect(page().querySelector<HTMLTextAreaElement>('#facts-statements-0')?.value).toBe(
      'Mi versión de los hechos.',
    );

    button('Save the filing facts').click();
    const retry = backend.expectOne({ method: 'PUT', url: factsUrl });
    expect(retry.request.body.version).toBe(2);
    expect(retry.request.body.statements).toEqual(['Mi versión de los hechos.']);
    retry.flush(someFacts({ version: 3, statements: ['Mi versión de los hechos.'] }));
    await fixture.whenStable();
    expect(alertText()).toBe('');
    expect(squash(page().querySelector('.ok-box')?.textContent)).toContain('Saved (version 3)');
  });

  it('can show their version instead after a 409', async () => {
    await render(attorney(), someFacts());
    type('facts-statements-0', 'Mi versión.');
    button('Save the filing facts').click();
    backend.expectOne({ method: 'PUT', url: factsUrl }).flush(
      {
        ...anErrorBody(409, 'FILING_FACTS_VERSION_CONFLICT'),
        details: [
          { message: 'x', current: someFacts({ version: 4, statements: ['Su versión.'] }) },
        ],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    button('Show their version').click();
    await fixture.whenStable();
    expect(page().querySelector<HTMLTextAreaElement>('#facts-statements-0')?.value).toBe(
      'Su versión.',
    );
    expect(alertText()).toBe('');
  });

  it('marks each field a 400 names, and refuses an empty entry before sending', async () => {
    await render(attorney(), someFacts());
    button('Add a person').click();
    await fixture.whenStable();
    button('Save the filing facts').click();
    await fixture.whenStable();
    backend.expectNone({ method: 'PUT', url: factsUrl });
    expect(alertText()).toContain('Some entries need attention');
    expect(squash(page().querySelector('mat-error')?.textContent)).toBe(
      'Write something here, or remove this entry.',
    );

    type('facts-authorizedPersons-0-fullName', 'Lucía Méndez');
    type('facts-declarantLanguage', 'vi');
    button('Save the filing facts').click();
    backend.expectOne({ method: 'PUT', url: factsUrl }).flush(
      {
        ...anErrorBody(400, undefined, 'fullName must not contain control characters'),
        details: [
          {
            field: 'authorizedPersons.0.fullName',
            message: 'fullName must not contain control characters',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(alertText()).toContain('Some entries need attention');
    expect(squash(page().querySelector('mat-error')?.textContent)).toBe(
      'fullName must not contain control characters',
    );
  });

  it('shows the facts as lists to someone off the case team', async () => {
    await render(
      supervisor(),
      someFacts({ authorizedPersons: [{ fullName: 'Lucía Méndez', professionalId: 'cédula 1' }] }),
    );
    expect(page().querySelector('[data-testid="facts-form"]')).toBeNull();
    expect(squash(page().textContent)).toContain('Only the case team may change these facts.');
    expect(squash(page().querySelector('[data-testid="facts-statements"]')?.textContent)).toContain(
      'Honduras',
    );
    expect(squash(page().textContent)).toContain('Lucía Méndez (cédula 1)');
  });
});
