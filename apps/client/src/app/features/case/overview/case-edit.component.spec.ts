import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { AuthService, authUrls } from '../../../core/auth';
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
import { caseUrls } from '../case.api';
import { CaseStore } from '../case.store';
import { aCase } from '../testing/case-fixtures';
import { CaseEditComponent } from './case-edit.component';

jest.setTimeout(20_000); // the first render compiles the Material form fields

describe('CaseEditComponent', () => {
  let fixture: ComponentFixture<CaseEditComponent>;
  let backend: HttpTestingController;
  let store: CaseStore;

  beforeEach(async () => {
    resetBrowserStorage();
    TestBed.configureTestingModule({
      providers: [provideTestHttp(), provideTestRouter(), provideNoMaterialAnimations(), CaseStore],
    });
    TestBed.inject(TranslationService).setLanguage('en');
    backend = TestBed.inject(HttpTestingController);
    const signedIn = firstValueFrom(
      TestBed.inject(AuthService).login({ email: 'a', password: 'b' }),
    );
    backend.expectOne(authUrls.login).flush(aLoginResponse());
    backend
      .expectOne(authUrls.me)
      .flush(aMeResponseFor(['attorney'], ['cases.read', 'cases.edit']));
    await signedIn;
    store = TestBed.inject(CaseStore);
    store.caseId.set(aCase().id);
    store.record.set(aCase());
    fixture = TestBed.createComponent(CaseEditComponent);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const text = () => page().textContent?.replace(/\s+/g, ' ') ?? '';
  const button = (label: string) =>
    Array.from(page().querySelectorAll('button')).find(
      (b) => b.textContent?.replace(/\s+/g, ' ').trim() === label,
    ) as HTMLButtonElement;
  const typeForum = (value: string) => {
    const input = page().querySelector<HTMLInputElement>('[formcontrolname="forum"]');
    if (!input) throw new Error('no forum field');
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  it('saves with the version shown; on a conflict names the current values and keeps the change', async () => {
    typeForum('Jefatura de Migraciones, Tumbes');
    button('Save').click();
    const first = backend.expectOne(caseUrls.case(aCase().id));
    expect(first.request.method).toBe('PATCH');
    expect(first.request.body).toMatchObject({
      forum: 'Jefatura de Migraciones, Tumbes',
      version: 1,
    });
    const current = aCase({ version: 2, stage: 'active', custodyStatus: 'released' });
    first.flush(
      { ...anErrorBody(409, 'CASE_VERSION_CONFLICT'), details: [{ message: 'current', current }] },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(text()).toContain(
      'Someone changed this case meanwhile. Now: custody Released, stage Active, priority Normal.',
    );
    expect(store.record()?.version).toBe(2);
    expect(page().querySelector<HTMLInputElement>('[formcontrolname="forum"]')?.value).toBe(
      'Jefatura de Migraciones, Tumbes',
    );

    button('Save my change again').click();
    const retry = backend.expectOne(caseUrls.case(aCase().id));
    expect(retry.request.body).toMatchObject({
      forum: 'Jefatura de Migraciones, Tumbes',
      version: 2,
    });
    retry.flush(aCase({ version: 3, forum: 'Jefatura de Migraciones, Tumbes' }));
    await fixture.whenStable();
    expect(store.record()?.forum).toBe('Jefatura de Migraciones, Tumbes');
  });

  it('can discard the change for the current version', async () => {
    typeForum('Somewhere else');
    button('Save').click();
    const current = aCase({ version: 2, forum: 'Tribunal de Tumbes' });
    backend.expectOne(caseUrls.case(aCase().id)).flush(
      {
        ...anErrorBody(409, 'CASE_VERSION_CONFLICT'),
        details: [{ message: 'current', current }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    button('Discard my change').click();
    await fixture.whenStable();
    expect(page().querySelector<HTMLInputElement>('[formcontrolname="forum"]')?.value).toBe(
      'Tribunal de Tumbes',
    );
    expect(text()).not.toContain('Someone changed this case');
  });
});
