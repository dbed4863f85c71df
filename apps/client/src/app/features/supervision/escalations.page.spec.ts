import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { anErrorBody, testNow } from '../../testing/test-providers';
import { EscalationsPage } from './escalations.page';
import { supervisionUrls } from './supervision.api';
import type { Escalation } from './supervision.models';
import { buttonIn, luciaId, setUpSupervisor, squash } from './supervision.spec-helpers';

const escalation: Escalation = {
  caseId: 'c-esc',
  caseReference: 'PE-2026-ESCA',
  clientId: 'cl-1',
  leadAttorneyId: luciaId,
  assessmentId: 'as-1',
  version: 2,
  level: 'extreme',
  reasons: [
    {
      ruleId: 'r1',
      level: 'extreme',
      text: { en: 'Death threats by an armed group', es: 'Amenazas de muerte' },
      answers: [],
      profileFacts: [],
      legalBasis: [],
    },
  ],
  clocks: [
    {
      source: 'pasee-open',
      text: { en: 'PASEE open after a police retention', es: 'PASEE abierto' },
      until: new Date(testNow + 20 * 3_600_000).toISOString(),
    },
  ],
  assessedAt: new Date(testNow - 3_600_000).toISOString(),
};

describe('EscalationsPage', () => {
  let fixture: ComponentFixture<EscalationsPage>;
  let backend: HttpTestingController;
  const page = () => fixture.nativeElement as HTMLElement;
  const dialog = () => document.querySelector<HTMLElement>('mat-dialog-container');

  async function settle() {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function typeReason(text: string) {
    const field = dialog()?.querySelector<HTMLTextAreaElement>('textarea');
    if (!field) throw new Error('no reason field');
    field.value = text;
    field.dispatchEvent(new Event('input'));
  }

  beforeEach(async () => {
    backend = setUpSupervisor(['risk.escalations']);
    fixture = TestBed.createComponent(EscalationsPage);
    await settle();
    backend.expectOne(supervisionUrls.escalations).flush([escalation]);
    await settle();
  });

  afterEach(() => backend.verify());

  it('shows the level, why removal may be near, the reasons and the lead attorney', () => {
    const text = squash(page().textContent);
    expect(text).toContain('PE-2026-ESCA');
    expect(text).toContain('Extreme risk');
    expect(text).toContain('PASEE open after a police retention');
    expect(text).toContain('in 20 h 0 min');
    expect(text).toContain('Death threats by an armed group');
    expect(text).toContain('Lead attorney: Lucía Ferrer (demo)');
    expect(page().querySelector('a')?.getAttribute('href')).toBe('/cases/c-esc');
  });

  it('acknowledges with a reason, refusing an empty one first', async () => {
    buttonIn(page(), 'Acknowledge the escalation of PE-2026-ESCA').click();
    await settle();
    buttonIn(dialog(), 'Acknowledge').click();
    await settle();
    expect(squash(dialog()?.textContent)).toContain('Write at least 3 characters');
    backend.expectNone(supervisionUrls.acknowledge('c-esc'));

    typeReason('  Habeas corpus filed (demo)  ');
    buttonIn(dialog(), 'Acknowledge').click();
    const sent = backend.expectOne(supervisionUrls.acknowledge('c-esc'));
    expect(sent.request.body).toEqual({ reason: 'Habeas corpus filed (demo)' });
    sent.flush({
      id: 'ack-1',
      caseId: 'c-esc',
      assessmentId: 'as-1',
      acknowledgedBy: 'u',
      acknowledgedAt: new Date(testNow).toISOString(),
      reason: 'Habeas corpus filed (demo)',
    });
    await settle();
    expect(dialog()).toBeNull();
    expect(squash(page().textContent)).toContain('Escalation of PE-2026-ESCA acknowledged');
    expect(page().querySelector('[data-testid="escalation-c-esc"]')).toBeNull();
  });

  it('says so and re-reads the queue when someone else acknowledged it first', async () => {
    buttonIn(page(), 'Acknowledge the escalation of PE-2026-ESCA').click();
    await settle();
    typeReason('Visited the detainee (demo)');
    buttonIn(dialog(), 'Acknowledge').click();
    backend
      .expectOne(supervisionUrls.acknowledge('c-esc'))
      .flush(anErrorBody(409, 'RISK_ESCALATION_NOT_ACTIVE'), {
        status: 409,
        statusText: 'Conflict',
      });
    await settle();
    backend.expectOne(supervisionUrls.escalations).flush([]);
    await settle();
    expect(squash(page().textContent)).toContain('PE-2026-ESCA is no longer escalated');
    expect(squash(page().textContent)).toContain('No case is escalated right now.');
  });
});
