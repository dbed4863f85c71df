import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { CaseEventResponse, EventCorrectionResponse } from '@amparo/contracts';
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
import { caseUrls } from '../case.api';
import { CaseStore } from '../case.store';
import { aCase } from '../testing/case-fixtures';
import { TimelineTab } from './timeline.tab';

jest.setTimeout(20_000);

const retention = (overrides: Partial<CaseEventResponse> = {}): CaseEventResponse => ({
  id: 'e-1',
  caseId: aCase().id,
  eventType: 'police-retention',
  occurredAt: '2026-03-02T09:00:00.000Z',
  timeZone: 'America/Lima',
  source: null,
  note: null,
  version: 1,
  revisions: [],
  pendingCorrection: null,
  ...overrides,
});

const waiting = (): EventCorrectionResponse => ({
  id: 'r-1',
  caseId: aCase().id,
  eventId: 'e-1',
  eventVersion: 1,
  occurredAt: '2026-03-02T07:00:00.000Z',
  timeZone: 'America/Lima',
  reason: 'The police record says 02:00',
  moves: [
    {
      deadlineId: 'd-1',
      ruleId: 'pe.pasee.decision',
      title: { en: 'PASEE must end', es: 'El PASEE debe terminar' },
      change: 'moves',
      from: { dueAt: '2026-03-03T09:00:00.000Z', latestDueAt: '2026-03-04T09:00:00.000Z' },
      to: { dueAt: '2026-03-03T07:00:00.000Z', latestDueAt: '2026-03-04T07:00:00.000Z' },
    },
  ],
  status: 'pending',
  requestedBy: 'u-paralegal',
  requestedAt: '2026-03-02T10:00:00.000Z',
  decidedBy: null,
  decidedAt: null,
  decisionNote: null,
  version: 1,
});

describe('TimelineTab', () => {
  let fixture: ComponentFixture<TimelineTab>;
  let backend: HttpTestingController;

  async function render(me: MeResponse, events = [retention()]) {
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
    store.record.set(aCase());
    store.events.set(events);
    fixture = TestBed.createComponent(TimelineTab);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const text = () => page().textContent?.replace(/\s+/g, ' ') ?? '';
  const buttons = () =>
    Array.from(page().querySelectorAll('button')).map((b) => b.textContent?.trim() ?? '');
  const click = async (label: string) => {
    const found = Array.from(page().querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === label,
    );
    if (!found) throw new Error(`no button ${label}: ${buttons().join(' | ')}`);
    found.click();
    await fixture.whenStable();
  };
  const type = (name: string, value: string) => {
    const field = page().querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`);
    if (!field) throw new Error(`no ${name}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };
  const attorney = () => aMeResponseFor(['attorney'], ['cases.read', 'events.record']);

  it('shows events on the forum clock; only the team may record or correct', async () => {
    await render(aMeResponseFor(['supervisor'], ['cases.read', 'cases.read-all']));
    expect(text()).toContain('4:00 AM, Lima time');
    expect(buttons()).toEqual([]);
  });

  it('corrects a time with a reason, refusing a time still ahead', async () => {
    await render(attorney());
    await click('Correct the time');
    expect(page().querySelector<HTMLInputElement>('[formcontrolname="time"]')?.value).toBe('04:00');
    type('time', '07:30'); // now is 06:00 in Lima
    await click('Save the correction');
    expect(text()).toContain('This time is still ahead.');
    expect(text()).toContain("Say why: it is kept in the event's history.");
    backend.expectNone(caseUrls.event(aCase().id, 'e-1'));

    type('time', '03:15');
    const reason = page().querySelector<HTMLTextAreaElement>('[formcontrolname="reason"]');
    if (!reason) throw new Error('no reason');
    reason.value = 'The police record says 03:15';
    reason.dispatchEvent(new Event('input'));
    await click('Save the correction');
    const request = backend.expectOne(caseUrls.event(aCase().id, 'e-1'));
    expect(request.request.body).toEqual({
      occurredAt: '2026-03-02T03:15:00-05:00',
      timeZone: 'America/Lima',
      reason: 'The police record says 03:15',
      version: 1,
    });
    // Someone corrected it first: their time shows, and the form says so.
    const current = retention({
      version: 2,
      occurredAt: '2026-03-02T08:30:00.000Z',
      revisions: [
        {
          version: 1,
          occurredAt: '2026-03-02T09:00:00.000Z',
          timeZone: 'America/Lima',
          reason: 'Station log',
          changedAt: '2026-03-02T10:00:00.000Z',
        },
      ],
    });
    request.flush(
      { ...anErrorBody(409, 'EVENT_VERSION_CONFLICT'), details: [{ message: 'current', current }] },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(text()).toContain('Someone corrected this event meanwhile');
    expect(text()).toContain('3:30 AM, Lima time');
    expect(text()).toContain('Corrected 1 time(s): see history');
    expect(text()).toContain('why: Station log');
  });

  it("shows a paralegal's correction waiting, and nothing moved", async () => {
    await render(aMeResponseFor(['paralegal'], ['cases.read', 'events.record']));
    await click('Correct the time');
    type('time', '02:00');
    const reason = page().querySelector<HTMLTextAreaElement>('[formcontrolname="reason"]');
    if (!reason) throw new Error('no reason');
    reason.value = 'The police record says 02:00';
    reason.dispatchEvent(new Event('input'));
    await click('Save the correction');
    backend
      .expectOne(caseUrls.event(aCase().id, 'e-1'))
      .flush(retention({ pendingCorrection: waiting() }), { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    const box = page().querySelector('[data-testid="pending-correction"]');
    expect(box?.textContent?.replace(/\s+/g, ' ')).toContain(
      'A correction waits for an attorney: nothing has moved yet',
    );
    expect(text()).toContain('PASEE must end: moves');
    expect(text()).toContain('The case’s attorney has been told');
    // The event still shows its time: nothing moved, so no deadlines were asked for again.
    expect(text()).toContain('4:00 AM, Lima time');
    expect(buttons()).not.toContain('Confirm the correction');
  });

  it('lets an attorney of the case confirm a waiting correction', async () => {
    await render(
      aMeResponseFor(['attorney'], ['cases.read', 'events.record', 'events.confirm-correction']),
      [retention({ pendingCorrection: waiting() })],
    );
    await click('Confirm the correction');
    const request = backend.expectOne(caseUrls.correctionDecision('r-1', 'confirm'));
    expect(request.request.body).toEqual({ version: 1 });
    request.flush(
      retention({
        version: 2,
        occurredAt: '2026-03-02T07:00:00.000Z',
        revisions: [
          {
            version: 1,
            occurredAt: '2026-03-02T09:00:00.000Z',
            timeZone: 'America/Lima',
            reason: 'The police record says 02:00',
            changedAt: '2026-03-02T11:00:00.000Z',
          },
        ],
      }),
    );
    backend.expectOne(caseUrls.deadlines(aCase().id)).flush([]);
    await fixture.whenStable();
    expect(page().querySelector('[data-testid="pending-correction"]')).toBeNull();
    expect(text()).toContain('2:00 AM, Lima time');
    expect(text()).toContain('Corrected 1 time(s): see history');
  });
});
