import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { RuleChangeNoticeResponse } from '@amparo/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthService, authUrls, type MeResponse } from '../../core/auth';
import { TranslationService } from '../../core/i18n';
import {
  aLoginResponse,
  aMeResponseFor,
  anErrorBody,
  provideNoMaterialAnimations,
  provideTestHttp,
  provideTestRouter,
  resetBrowserStorage,
} from '../../testing/test-providers';
import {
  acknowledgeRuleChangeUrl,
  CaseRuleChangesPanel,
  caseRuleChangesUrl,
} from './case-rule-changes.panel';

const CASE = 'ca5e0000-0000-4000-8000-000000000001';

const amparo: RuleChangeNoticeResponse = {
  id: 'c4a40000-0000-4000-8000-000000000001',
  caseId: CASE,
  caseReference: 'TIJ-2026-0042',
  leadAttorneyId: 'u-1',
  deadlineId: 'dead0000-0000-4000-8000-000000000001',
  ruleId: 'mx.amparo',
  ruleTitle: { en: 'Amparo (general period)', es: 'Amparo (plazo general)' },
  fromVersion: '1.0.0',
  toVersion: '1.1.0',
  outcome: 'moved',
  before: { dueAt: '2026-11-18T05:59:59.999Z', latestDueAt: null },
  after: { dueAt: '2026-11-24T05:59:59.999Z', latestDueAt: null },
  overrideDueAt: null,
  timeZone: 'America/Mexico_City',
  reason: {
    en: '1.0.0 → 1.1.0: 15 días hábiles (test).',
    es: '1.0.0 → 1.1.0: 15 días hábiles (test).',
  },
  aspects: ['period', 'calendar'],
  createdAt: '2026-12-07T10:00:00.000Z',
  acknowledgement: null,
};
const seen: RuleChangeNoticeResponse = {
  ...amparo,
  id: 'c4a40000-0000-4000-8000-000000000002',
  ruleId: 'mx.comar.application',
  acknowledgement: { by: 'u-1', at: '2026-12-07T11:00:00.000Z', note: null },
};

const attorney = () =>
  aMeResponseFor(['attorney'], ['cases.read', 'deadlines.read', 'deadlines.override']);
const paralegal = () => aMeResponseFor(['paralegal'], ['cases.read', 'deadlines.read']);

describe('CaseRuleChangesPanel', () => {
  let fixture: ComponentFixture<CaseRuleChangesPanel>;
  let backend: HttpTestingController;
  const page = () => fixture.nativeElement as HTMLElement;
  const text = () => page().textContent?.replace(/\s+/g, ' ') ?? '';
  const acknowledgeButton = () =>
    Array.from(page().querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Acknowledge',
    );

  async function render(me: MeResponse, notices: RuleChangeNoticeResponse[]) {
    resetBrowserStorage();
    TestBed.configureTestingModule({
      providers: [provideTestHttp(), provideTestRouter(), provideNoMaterialAnimations()],
    });
    TestBed.inject(TranslationService).setLanguage('en');
    backend = TestBed.inject(HttpTestingController);
    const signedIn = firstValueFrom(
      TestBed.inject(AuthService).login({ email: 'a', password: 'b' }),
    );
    backend.expectOne(authUrls.login).flush(aLoginResponse());
    backend.expectOne(authUrls.me).flush(me);
    await signedIn;
    fixture = TestBed.createComponent(CaseRuleChangesPanel);
    fixture.componentRef.setInput('caseId', CASE);
    await fixture.whenStable();
    backend.expectOne(caseRuleChangesUrl(CASE)).flush(notices);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  it('shows the pending change with both dates on the forum clock and why', async () => {
    await render(attorney(), [amparo, seen]);
    expect(page().querySelectorAll('li')).toHaveLength(1);
    expect(text()).toContain('Amparo (general period) Date moved rule pack 1.0.0 → 1.1.0');
    expect(page().querySelector('[data-testid="rule-change-before"]')?.textContent).toContain(
      'Mexico City',
    );
    expect(
      page().querySelector('[data-testid="rule-change-after"] time')?.getAttribute('datetime'),
    ).toBe('2026-11-24T05:59:59.999Z');
    expect(text()).toContain('15 días hábiles (test)');
  });

  it('lets an attorney acknowledge it, and then it no longer waits', async () => {
    await render(attorney(), [amparo]);
    acknowledgeButton()?.click();
    const posted = backend.expectOne({ method: 'POST', url: acknowledgeRuleChangeUrl(amparo.id) });
    expect(posted.request.body).toEqual({});
    posted.flush({
      ...amparo,
      acknowledgement: { by: 'u-1', at: '2026-12-07T12:00:00Z', note: null },
    });
    await fixture.whenStable();
    expect(page().querySelector('[data-testid="rule-changes"]')).toBeNull();
    expect(text()).toContain('Acknowledged: Amparo (general period).');
  });

  it('treats one acknowledged meanwhile by someone else as done', async () => {
    await render(attorney(), [amparo]);
    acknowledgeButton()?.click();
    backend
      .expectOne(acknowledgeRuleChangeUrl(amparo.id))
      .flush(anErrorBody(409, 'RULE_CHANGE_ALREADY_ACKNOWLEDGED'), {
        status: 409,
        statusText: 'Conflict',
      });
    await fixture.whenStable();
    expect(page().querySelector('[data-testid="rule-changes"]')).toBeNull();
    expect(text()).toContain('Someone on the case had already acknowledged it.');
  });

  it('shows a paralegal the change but no acknowledgement, and nothing when none waits', async () => {
    await render(paralegal(), [amparo]);
    expect(text()).toContain('Rule changes to review');
    expect(acknowledgeButton()).toBeUndefined();
    TestBed.resetTestingModule();
    await render(attorney(), [seen]);
    expect(page().querySelector('[data-testid="rule-changes"]')).toBeNull();
  });
});
