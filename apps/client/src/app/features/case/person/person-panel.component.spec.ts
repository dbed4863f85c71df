import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { CaseDerivativeResponse, ClientResponse } from '@amparo/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthService, authUrls, type Permission } from '../../../core/auth';
import { TranslationService } from '../../../core/i18n';
import {
  aLoginResponse,
  aMeResponseFor,
  anErrorBody,
  provideNoMaterialAnimations,
  provideTestHttp,
  provideTestRouter,
  resetBrowserStorage,
} from '../../../testing/test-providers';
import { CaseStore } from '../case.store';
import { aCase } from '../testing/case-fixtures';
import { DerivativesComponent } from './derivatives.component';
import { PersonPanelComponent } from './person-panel.component';
import { personUrls } from './person.api';

jest.setTimeout(20_000); // the first render compiles the Material form fields

function aClient(overrides: Partial<ClientResponse> = {}): ClientResponse {
  return {
    id: aCase().clientId,
    givenNames: 'Yenifer',
    familyNames: 'Castañeda Rojas',
    aliases: ['Yeni Castañeda'],
    birthDate: '1996-07-01',
    birthDatePrecision: 'month',
    nationalities: ['VE'],
    languages: ['es'],
    interpreterNeeded: false,
    gender: 'mujer',
    contact: { location: 'Albergue (demo), Tumbes' },
    vulnerabilities: ['gender_based_violence'],
    version: 3,
    createdAt: '2026-03-02T09:00:00.000Z',
    ...overrides,
  };
}

async function signIn(backend: HttpTestingController, permissions: Permission[]) {
  const signedIn = firstValueFrom(TestBed.inject(AuthService).login({ email: 'a', password: 'b' }));
  backend.expectOne(authUrls.login).flush(aLoginResponse());
  backend.expectOne(authUrls.me).flush(aMeResponseFor(['attorney'], permissions));
  await signedIn;
}

describe('PersonPanelComponent', () => {
  let backend: HttpTestingController;
  let store: CaseStore;

  beforeEach(() => {
    resetBrowserStorage();
    TestBed.configureTestingModule({
      providers: [provideTestHttp(), provideTestRouter(), provideNoMaterialAnimations(), CaseStore],
    });
    TestBed.inject(TranslationService).setLanguage('en');
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(CaseStore);
  });

  afterEach(() => backend.verify());

  async function render(caseOverrides = {}) {
    store.caseId.set(aCase().id);
    store.record.set(aCase(caseOverrides));
    const fixture: ComponentFixture<PersonPanelComponent> =
      TestBed.createComponent(PersonPanelComponent);
    await fixture.whenStable();
    backend.expectOne(personUrls.client(aCase().clientId)).flush(aClient());
    await fixture.whenStable();
    return fixture;
  }

  const textOf = (fixture: ComponentFixture<unknown>) =>
    (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ') ?? '';
  const button = (fixture: ComponentFixture<unknown>, label: string) =>
    Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button')).find(
      (b) => b.textContent?.replace(/\s+/g, ' ').trim() === label,
    ) as HTMLButtonElement;
  const type = (fixture: ComponentFixture<unknown>, name: string, value: string) => {
    const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(
      `[formcontrolname="${name}"]`,
    );
    if (!input) throw new Error(`no ${name}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  it('shows the record as precisely as it is known, in the chosen language', async () => {
    await signIn(backend, ['cases.read']);
    const fixture = await render();
    expect(textOf(fixture)).toContain('July 1996');
    expect(textOf(fixture)).toContain('Gender-based violence');
    expect(textOf(fixture)).toContain('Albergue (demo), Tumbes');
    expect(button(fixture, 'Edit the person’s record')).toBeUndefined();
    TestBed.inject(TranslationService).setLanguage('es');
    await fixture.whenStable();
    expect(textOf(fixture)).toContain('julio de 1996');
    expect(textOf(fixture)).toContain('Violencia de género');
  });

  it('saves against the version shown; on a 409 shows the current record and keeps the edit', async () => {
    await signIn(backend, ['cases.read', 'cases.edit']);
    const fixture = await render();
    button(fixture, 'Edit the person’s record').click();
    await fixture.whenStable();
    type(fixture, 'location', 'Centro de detención (demo), Lima');
    (
      fixture.componentInstance as unknown as {
        form: { patchValue(v: object): void };
      }
    ).form.patchValue({ languages: ['es', 'qu'] });
    button(fixture, 'Save').click();
    const first = backend.expectOne(personUrls.client(aCase().clientId));
    expect(first.request.method).toBe('PATCH');
    expect(first.request.body).toEqual({
      givenNames: 'Yenifer',
      familyNames: 'Castañeda Rojas',
      aliases: ['Yeni Castañeda'],
      nationalities: ['VE'],
      languages: ['es', 'qu'],
      interpreterNeeded: false,
      vulnerabilities: ['gender_based_violence'],
      contact: { location: 'Centro de detención (demo), Lima' },
      version: 3,
    });
    const current = aClient({ version: 4, contact: { phone: '+51 900 000 001' } });
    first.flush(
      { ...anErrorBody(409, 'VERSION_CONFLICT'), details: [{ message: 'current', current }] },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(textOf(fixture)).toContain('Someone else changed this record meanwhile');
    expect(textOf(fixture)).toContain('+51 900 000 001'); // the current record, shown
    const location = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(
      '[formcontrolname="location"]',
    );
    expect(location?.value).toBe('Centro de detención (demo), Lima'); // the edit, kept

    button(fixture, 'Save my changes again').click();
    const second = backend.expectOne(personUrls.client(aCase().clientId));
    expect(second.request.body).toMatchObject({ version: 4 });
    second.flush(
      aClient({ version: 5, contact: { location: 'Centro de detención (demo), Lima' } }),
    );
    await fixture.whenStable();
    expect(textOf(fixture)).toContain('The person’s record was saved.');
    expect(textOf(fixture)).not.toContain('Someone else changed');
  });

  it('edits nationalities by country name and saves them against the version shown', async () => {
    await signIn(backend, ['cases.read', 'cases.edit']);
    const fixture = await render();
    button(fixture, 'Edit the person’s record').click();
    await fixture.whenStable();
    const picker = () =>
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid="person-nationalities"]');
    expect(picker()?.textContent?.trim()).toBe('Venezuela'); // a name, not "VE"
    const form = (fixture.componentInstance as unknown as { form: { patchValue(v: object): void } })
      .form;
    form.patchValue({ nationalities: ['VE', 'CO'] });
    await fixture.whenStable();
    expect(picker()?.textContent?.trim()).toBe('Colombia, Venezuela'); // in the list's order
    button(fixture, 'Save').click();
    const first = backend.expectOne(personUrls.client(aCase().clientId));
    expect(first.request.body).toMatchObject({ nationalities: ['VE', 'CO'], version: 3 });
    const current = aClient({ version: 4, nationalities: ['VE', 'PE'] });
    first.flush(
      { ...anErrorBody(409, 'VERSION_CONFLICT'), details: [{ message: 'current', current }] },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(textOf(fixture)).toContain('Venezuela, Peru'); // the current record, shown
    expect(picker()?.textContent?.trim()).toBe('Colombia, Venezuela'); // the edit, kept
    button(fixture, 'Save my changes again').click();
    const second = backend.expectOne(personUrls.client(aCase().clientId));
    expect(second.request.body).toMatchObject({ nationalities: ['VE', 'CO'], version: 4 });
    second.flush(aClient({ version: 5, nationalities: ['VE', 'CO'] }));
    await fixture.whenStable();
    TestBed.inject(TranslationService).setLanguage('es');
    await fixture.whenStable();
    expect(textOf(fixture)).toContain('Venezuela, Colombia');
    expect(textOf(fixture)).not.toContain('VE, CO');
  });

  it('offers no edit on an archived case', async () => {
    await signIn(backend, ['cases.read', 'cases.edit']);
    const fixture = await render({ archivedAt: '2026-03-05T15:00:00.000Z' });
    expect(button(fixture, 'Edit the person’s record')).toBeUndefined();
  });
});

describe('DerivativesComponent', () => {
  let backend: HttpTestingController;

  const child: CaseDerivativeResponse = {
    caseId: aCase().id,
    clientId: '0b7e9a52-3c1d-4f6e-9a8b-1c2d3e4f5a99',
    relationship: 'child',
    givenNames: 'Luis',
    familyNames: 'Castañeda',
    birthDate: '2015-04-02',
    addedAt: '2026-03-02T10:00:00.000Z',
  };

  beforeEach(async () => {
    resetBrowserStorage();
    TestBed.configureTestingModule({
      providers: [provideTestHttp(), provideTestRouter(), provideNoMaterialAnimations(), CaseStore],
    });
    TestBed.inject(TranslationService).setLanguage('en');
    backend = TestBed.inject(HttpTestingController);
    await signIn(backend, ['cases.read', 'cases.edit']);
    const store = TestBed.inject(CaseStore);
    store.caseId.set(aCase().id);
    store.record.set(aCase());
  });

  afterEach(() => backend.verify());

  it('lists, adds and removes family members of the case', async () => {
    const fixture = TestBed.createComponent(DerivativesComponent);
    await fixture.whenStable();
    backend.expectOne(personUrls.derivatives(aCase().id)).flush([]);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(page.textContent).toContain('No family member is on this case.');

    // Adding without choosing anyone sends nothing.
    page.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
    await fixture.whenStable();
    expect(page.textContent).toContain('Find and choose the person to add.');
    backend.expectNone(personUrls.derivatives(aCase().id));

    const input = page.querySelector<HTMLInputElement>('[data-testid="derivative-search"]');
    if (!input) throw new Error('no search field');
    input.value = 'castaneda';
    input.dispatchEvent(new Event('input'));
    page.querySelector<HTMLButtonElement>('[data-testid="derivative-find"]')?.click();
    const search = backend.expectOne((request) => request.url === personUrls.search);
    expect(search.request.params.get('q')).toBe('castaneda');
    search.flush([
      {
        clientId: child.clientId,
        givenNames: 'Luis',
        familyNames: 'Castañeda',
        birthDate: '2015-04-02',
      },
    ]);
    await fixture.whenStable();
    // The only match is chosen.
    page.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
    const add = backend.expectOne(personUrls.derivatives(aCase().id));
    expect(add.request.method).toBe('POST');
    expect(add.request.body).toEqual({ clientId: child.clientId, relationship: 'child' });
    add.flush(child);
    await fixture.whenStable();
    expect(page.querySelectorAll('[data-testid="case-derivative"]')).toHaveLength(1);
    expect(page.textContent).toContain('born Apr 2, 2015');
    expect(page.textContent).toContain('Luis Castañeda was added to this case.');

    page
      .querySelector<HTMLButtonElement>('[aria-label="Remove Luis Castañeda from this case"]')
      ?.click();
    const remove = backend.expectOne(personUrls.derivative(aCase().id, child.clientId));
    expect(remove.request.method).toBe('DELETE');
    remove.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(page.querySelectorAll('[data-testid="case-derivative"]')).toHaveLength(0);
    expect(page.textContent).toContain('no longer on this case');
  });
});
