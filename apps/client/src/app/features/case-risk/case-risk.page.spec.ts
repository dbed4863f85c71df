import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap } from '@angular/router';
import type { CountryProfileResponse } from '@amparo/contracts';
import { AuthService, authUrls, type MeResponse, type Permission } from '../../core/auth';
import { TranslationService } from '../../core/i18n';
import { shippedProfileResponses } from '../../testing/country-profile-fixtures';
import {
  aMeResponseFor,
  anErrorBody,
  provideNoMaterialAnimations,
  provideTestHttp,
  provideTestRouter,
  resetBrowserStorage,
} from '../../testing/test-providers';
import { CaseRiskPage } from './case-risk.page';
import type { RiskAssessment, ScreeningInstrument } from './risk.models';

// Shown on its own here (no case page around it): the case page's store, which loads the domain
// library's runtime (ESM-only date code jest cannot run), is not provided and not needed.
jest.mock('../case/case.store', () => ({ CaseStore: class CaseStore {} }));

const caseId = 'ca5e0000-0000-4000-8000-000000000001';
const basis = (code: string, en: string) => ({ code, label: { en, es: `${en} (es)` } });

// A two-section slice of the instrument, shaped as GET /api/risk/instrument sends it.
const instrument = {
  version: 'amparo-nrs-test',
  publishedOn: '2026-11-01',
  sections: [
    {
      id: 's1',
      order: 1,
      title: { en: 'Nationality and arrival', es: 'Nacionalidad y llegada' },
      purpose: { en: 'Where from, where to.', es: 'De dónde, a dónde.' },
      questions: [
        {
          id: 's1.destination_country',
          type: 'country-code',
          prompt: { en: 'Country of feared return', es: 'País de temido retorno' },
          help: { en: 'Where removal would send the person.', es: 'Adónde la enviaría.' },
          legalBasis: [basis('refugee-1951-art-33', '1951 Convention art. 33(1)')],
          required: true,
          sensitive: false,
        },
      ],
    },
    {
      id: 's3',
      order: 3,
      title: { en: 'Past harm', es: 'Daños sufridos' },
      purpose: { en: 'What happened.', es: 'Qué pasó.' },
      questions: [
        {
          id: 's3.harm_or_threats',
          type: 'boolean',
          prompt: { en: 'Harm or threats suffered?', es: '¿Sufrió daños o amenazas?' },
          help: { en: 'Any harm or threat.', es: 'Cualquier daño o amenaza.' },
          legalBasis: [],
          required: true,
          sensitive: false,
        },
        {
          id: 's3.harm_types',
          type: 'multi-choice',
          prompt: { en: 'What kind of harm?', es: '¿Qué tipo de daño?' },
          help: { en: 'Tick all that apply.', es: 'Marque todo lo que aplique.' },
          legalBasis: [],
          required: false,
          requiredWhen: { questionId: 's3.harm_or_threats', equals: true },
          sensitive: false,
          options: [
            {
              value: 'death-threat',
              label: { en: 'Death threat', es: 'Amenaza de muerte' },
              legalBasis: [],
            },
            { value: 'extortion', label: { en: 'Extortion', es: 'Extorsión' }, legalBasis: [] },
          ],
        },
      ],
    },
  ],
} as unknown as ScreeningInstrument;

const profiles: CountryProfileResponse[] = shippedProfileResponses();

function anAssessment(overrides: Partial<RiskAssessment> = {}): RiskAssessment {
  return {
    id: 'a55e0000-0000-4000-8000-000000000002',
    caseId,
    clientId: 'c1',
    version: 2,
    instrumentVersion: 'amparo-nrs-test',
    rulesVersion: 'rules-test',
    destination: 'HT',
    answers: { 's1.destination_country': 'HT', 's3.harm_or_threats': true },
    evidenceNotes: null,
    level: 'high',
    reasons: [
      {
        ruleId: 'returns-advised-against',
        level: 'high',
        text: { en: 'Returns to Haiti are advised against.', es: 'Se desaconseja el retorno.' },
        answers: ['s1.destination_country'],
        profileFacts: ['HT.returns.advisedAgainst:unhcr-hti-returns-2022'],
        legalBasis: ['refugee-1951-art-33'],
      },
    ],
    pathways: [
      {
        id: 'cat-art-3',
        label: { en: 'Convention against Torture art. 3', es: 'CAT art. 3' },
        status: 'open',
        legalBasis: [],
        why: [{ en: 'Torture risk answered.', es: 'Riesgo de tortura.' }],
        caveats: [],
        answers: [],
        profileFacts: [],
      },
    ],
    urgency: { urgent: false, removalWithin72h: false, reasons: [] },
    advisories: [],
    urgent: false,
    createdBy: 'u-1',
    createdAt: '2026-11-20T15:00:00.000Z',
    signedOffBy: null,
    signedOffAt: null,
    changes: {
      fromVersion: 1,
      answers: [
        {
          questionId: 's3.harm_or_threats',
          kind: 'changed',
          question: { en: 'Harm or threats suffered?', es: '¿Sufrió daños?' },
          before: { en: 'No', es: 'No' },
          after: { en: 'Yes', es: 'Sí' },
        },
      ],
      score: {
        levelBefore: 'moderate',
        levelAfter: 'high',
        reasonsAdded: [],
        reasonsRemoved: [],
        pathwaysChanged: [],
        urgentBefore: false,
        urgentAfter: false,
      },
    },
    ...overrides,
  } as RiskAssessment;
}

const attorney = () =>
  aMeResponseFor(['attorney'], ['cases.read', 'risk.record', 'risk.sign-off'] as Permission[]);
const paralegal = () =>
  aMeResponseFor(['paralegal'], ['cases.read', 'risk.record'] as Permission[]);

describe('CaseRiskPage', () => {
  let fixture: ComponentFixture<CaseRiskPage>;
  let backend: HttpTestingController;

  async function open(
    me: MeResponse,
    history: RiskAssessment[],
    escalated: { escalated: boolean; escalation: unknown } = { escalated: false, escalation: null },
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
    fixture = TestBed.createComponent(CaseRiskPage);
    await fixture.whenStable();
    backend.expectOne('/api/risk/instrument').flush(instrument);
    backend.expectOne('/api/country-profiles').flush(profiles);
    backend.expectOne(`/api/cases/${caseId}/risk-assessments`).flush(history);
    backend.expectOne(`/api/cases/${caseId}/risk-escalation`).flush(escalated);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) =>
    page().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const button = (name: string) =>
    Array.from(page().querySelectorAll('button')).find((b) => b.textContent?.trim() === name);

  it('shows the level with the answers and profile facts behind it, the pathways and the history', async () => {
    await open(attorney(), [anAssessment()]);
    expect(text('[data-testid="risk-level"]')).toBe('High');
    const reasons = text('[data-testid="risk-reasons"]');
    expect(reasons).toContain('Returns to Haiti are advised against.');
    expect(reasons).toContain('«Country of feared return»');
    expect(reasons).toContain('Haiti: returns advised against (UNHCR');
    expect(reasons).toContain('1951 Convention art. 33(1)');
    expect(text('[data-testid="risk-pathways"]')).toContain('Convention against Torture art. 3');
    expect(text('[data-testid="risk-history"]')).toContain('Version 2 · High');
    expect(page().querySelector('[data-testid="risk-escalation"]')).toBeNull();
  });

  it('lets an attorney sign off the latest version', async () => {
    await open(attorney(), [anAssessment()]);
    button('Sign off this assessment')?.click();
    const request = backend.expectOne({
      method: 'POST',
      url: '/api/risk-assessments/a55e0000-0000-4000-8000-000000000002/sign-off',
    });
    request.flush(anAssessment({ signedOffBy: 'u-1', signedOffAt: '2026-11-20T16:00:00.000Z' }));
    await fixture.whenStable();
    expect(text('[data-testid="risk-signoff"]')).toContain('Signed off by an attorney');
    expect(button('Sign off this assessment')).toBeUndefined();
  });

  it('when someone signed off meanwhile, says so and shows the version as it is now', async () => {
    await open(attorney(), [anAssessment()]);
    button('Sign off this assessment')?.click();
    backend
      .expectOne({
        method: 'POST',
        url: '/api/risk-assessments/a55e0000-0000-4000-8000-000000000002/sign-off',
      })
      .flush(anErrorBody(409, 'RISK_ASSESSMENT_ALREADY_SIGNED_OFF'), {
        status: 409,
        statusText: 'Conflict',
      });
    backend
      .expectOne(`/api/cases/${caseId}/risk-assessments`)
      .flush([anAssessment({ signedOffBy: 'u-2', signedOffAt: '2026-11-20T15:30:00.000Z' })]);
    await fixture.whenStable();
    expect(text('[role="status"]')).toContain('already signed off');
    expect(text('[data-testid="risk-signoff"]')).toContain('Signed off by an attorney');
    expect(button('Sign off this assessment')).toBeUndefined();
  });

  it('does not offer sign-off to a paralegal, who may still record a new version', async () => {
    await open(paralegal(), [anAssessment()]);
    expect(button('Sign off this assessment')).toBeUndefined();
    expect(button('Update the screening (new version)')).toBeDefined();
  });

  it('shows the escalation banner with its clock when the case is escalated', async () => {
    await open(attorney(), [anAssessment({ level: 'extreme' })], {
      escalated: true,
      escalation: {
        level: 'extreme',
        clocks: [
          {
            source: 'pasee-open',
            text: { en: 'PASEE open: 48 h from the retention', es: 'PASEE abierto' },
            until: '2026-11-21T11:00:00.000Z',
          },
        ],
      },
    });
    const banner = text('[data-testid="risk-escalation"]');
    expect(banner).toContain('Escalated: Extreme risk');
    expect(banner).toContain('PASEE open: 48 h from the retention');
  });

  it('saves a new version and lists the questions the server refused, each with a way to it', async () => {
    await open(paralegal(), []);
    button('Start the screening')?.click();
    await fixture.whenStable();
    // Required answers missing: nothing is sent, every one is listed.
    button('Save as a new assessment')?.click();
    await fixture.whenStable();
    expect(text('[data-testid="risk-problems"]')).toContain('1. Country of feared return');
    expect(text('[data-testid="risk-problems"]')).toContain('3. Harm or threats suffered?');

    const radios = page().querySelectorAll<HTMLInputElement>(
      '[data-question="s3.harm_or_threats"] input[type="radio"]',
    );
    radios[0].click(); // Yes: harm types become required
    await fixture.whenStable();
    page().querySelector<HTMLInputElement>('[data-question="s3.harm_types"] input')?.click();
    await fixture.whenStable();
    // The destination is a Material select: set it through the component's own handler.
    const form = fixture.debugElement.query((el) => el.name === 'amp-risk-screening-form')
      .componentInstance as { setAnswer(id: string, value: unknown): void };
    form.setAnswer('s1.destination_country', 'HT');
    await fixture.whenStable();
    expect(text('[data-testid="country-facts"]')).toContain('Returns advised against since');

    button('Save as a new assessment')?.click();
    const request = backend.expectOne({
      method: 'POST',
      url: `/api/cases/${caseId}/risk-assessments`,
    });
    expect(request.request.body).toEqual({
      destination: 'HT',
      instrumentVersion: 'amparo-nrs-test',
      answers: {
        's1.destination_country': 'HT',
        's3.harm_or_threats': true,
        's3.harm_types': ['death-threat'],
      },
    });
    request.flush(
      {
        ...anErrorBody(400, 'RISK_ASSESSMENT_INVALID', 'Some answers are not valid'),
        details: [{ field: 's3.harm_types', message: 'x', code: 'SCREENING_UNKNOWN_OPTION' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(text('[data-testid="risk-problems"]')).toContain(
      '3. What kind of harm? — Choose one of the options shown.',
    );
    expect(text('[data-question="s3.harm_types"] ~ .error, amp-risk-question .error')).toContain(
      'Choose one of the options shown.',
    );

    button('Save as a new assessment')?.click();
    backend
      .expectOne({ method: 'POST', url: `/api/cases/${caseId}/risk-assessments` })
      .flush(anAssessment({ version: 1, changes: null }));
    backend
      .expectOne(`/api/cases/${caseId}/risk-assessments`)
      .flush([anAssessment({ version: 1, changes: null })]);
    backend
      .expectOne(`/api/cases/${caseId}/risk-escalation`)
      .flush({ escalated: false, escalation: null });
    await fixture.whenStable();
    expect(text('[role="status"]')).toContain('Screening saved as a new version.');
    expect(text('[data-testid="risk-level"]')).toBe('High');
  });
});
