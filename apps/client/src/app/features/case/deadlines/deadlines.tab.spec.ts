import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { AuthService, authUrls, type MeResponse, NOW } from '../../../core/auth';
import { TranslationService } from '../../../core/i18n';
import {
  aLoginResponse,
  aMeResponseFor,
  anErrorBody,
  provideNoMaterialAnimations,
  provideTestHttp,
  provideTestRouter,
  resetBrowserStorage,
  testNow,
} from '../../../testing/test-providers';
import { caseRuleChangesUrl } from '../../rule-changes/case-rule-changes.panel';
import { caseUrls } from '../case.api';
import { CaseStore } from '../case.store';
import { aCase, aDeadline } from '../testing/case-fixtures';
import { DeadlinesTab } from './deadlines.tab';

const attorney = () =>
  aMeResponseFor(
    ['attorney'],
    ['cases.read', 'cases.edit', 'deadlines.complete', 'deadlines.override', 'self.manage'],
  );
const paralegal = () =>
  aMeResponseFor(['paralegal'], ['cases.read', 'cases.edit', 'events.record', 'self.manage']);
const supervisor = () =>
  aMeResponseFor(['supervisor'], ['cases.read', 'cases.read-all', 'deadlines.waive']);

describe('DeadlinesTab', () => {
  let fixture: ComponentFixture<DeadlinesTab>;
  let backend: HttpTestingController;

  async function render(me: MeResponse, caseOverrides = {}, deadline = aDeadline()) {
    resetBrowserStorage();
    TestBed.configureTestingModule({
      providers: [
        provideTestHttp(),
        provideTestRouter(),
        provideNoMaterialAnimations(),
        { provide: NOW, useValue: () => testNow },
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
    store.caseId.set(aCase().id);
    store.record.set(aCase(caseOverrides));
    store.deadlines.set([deadline]);
    fixture = TestBed.createComponent(DeadlinesTab);
    await fixture.whenStable();
    // No rule change waits on this case (the panel's own spec covers those that do).
    backend.expectOne(caseRuleChangesUrl(aCase().id)).flush([]);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const squash = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';
  const buttons = () =>
    Array.from(page().querySelectorAll('button')).map((b) => squash(b.textContent));
  const button = (label: string) => {
    const found = Array.from(page().querySelectorAll('button')).find(
      (b) => squash(b.textContent) === label,
    );
    if (!found) throw new Error(`no button ${label}; buttons: ${buttons().join(' | ')}`);
    return found;
  };
  const type = (name: string, value: string) => {
    const field = page().querySelector<HTMLInputElement | HTMLTextAreaElement>(
      `[formcontrolname="${name}"]`,
    );
    if (!field) throw new Error(`no ${name}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };

  it('shows the range, derivation, citation and the unverified flag', async () => {
    await render(attorney());
    const text = squash(page().textContent);
    expect(text).toContain('Due at the earliest (plan for this)');
    expect(text).toContain('Possibly as late as');
    expect(text).toContain('24 hours from the retention');
    expect(text).toContain('DL 1582');
    expect(text).toContain('Secondary source only: verify before relying on it');
    expect(text).toContain('22 h 0 min left'); // due 09:00 UTC on 3 March, now 11:00 UTC on 2 March
  });

  it('offers the attorney on the case complete and override, never waive', async () => {
    await render(attorney());
    expect(buttons()).toEqual(['Mark as done', 'Set the date from an order']);
  });

  it('offers an attorney who is not on the case nothing', async () => {
    await render(attorney(), { leadAttorneyId: 'someone-else' });
    expect(buttons()).toEqual([]);
  });

  it('offers a paralegal on the case neither completion, override nor waiver', async () => {
    await render(paralegal(), { leadAttorneyId: null, paralegalIds: ['u-1'] });
    expect(buttons()).toEqual([]);
  });

  it('offers the supervisor only the waiver, which needs a reason', async () => {
    await render(supervisor(), { leadAttorneyId: 'someone-else' });
    expect(buttons()).toEqual(['Waive']);
    button('Waive').click();
    await fixture.whenStable();
    button('Waive deadline').click();
    await fixture.whenStable();
    expect(squash(page().textContent)).toContain('Say why: it is kept with the deadline.');
    backend.expectNone(caseUrls.waive(aDeadline().id));

    type('text', 'Client left the country; case closed');
    button('Waive deadline').click();
    const request = backend.expectOne(caseUrls.waive(aDeadline().id));
    expect(request.request.body).toEqual({
      reason: 'Client left the country; case closed',
      version: 1,
    });
    request.flush(
      aDeadline({ status: 'waived', version: 2, waiver: { reason: 'x', by: 'u-1', at: '' } }),
    );
    await fixture.whenStable();
    expect(squash(page().textContent)).toContain('Waived');
    expect(buttons()).toEqual([]);
  });

  it('on a stale version shows the current deadline and retries on it', async () => {
    await render(attorney());
    button('Set the date from an order').click();
    await fixture.whenStable();
    type('dueDate', '2026-03-05');
    type('dueTime', '17:00');
    type('text', 'Order 123-2026 of the 2nd court');
    button('Set this date').click();
    const first = backend.expectOne(caseUrls.override(aDeadline().id));
    expect(first.request.body).toEqual({
      dueAt: '2026-03-05T17:00:00-05:00',
      reason: 'Order 123-2026 of the 2nd court',
      version: 1,
    });
    const current = aDeadline({
      version: 2,
      dueAt: '2026-03-03T10:00:00.000Z',
      effectiveDueAt: '2026-03-03T10:00:00.000Z',
    });
    first.flush(
      {
        ...anErrorBody(409, 'DEADLINE_VERSION_CONFLICT'),
        details: [{ message: 'current', current }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(squash(page().textContent)).toContain(
      'Someone changed this deadline meanwhile: it is now Open',
    );
    expect(squash(page().textContent)).toContain('23 h 0 min left'); // the current record is shown

    button('Try again on the current version').click();
    const retry = backend.expectOne(caseUrls.override(aDeadline().id));
    expect(retry.request.body.version).toBe(2);
    retry.flush(aDeadline({ version: 3, status: 'overridden', overridden: true }));
    await fixture.whenStable();
    expect(squash(page().textContent)).not.toContain('Someone changed this deadline');
  });
});
