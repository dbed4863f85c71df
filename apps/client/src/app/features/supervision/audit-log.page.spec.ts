import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { AuditLogPage, startOfLocalDay } from './audit-log.page';
import { supervisionUrls } from './supervision.api';
import type { AuditEntry } from './supervision.models';
import { buttonIn, martinId, setUpSupervisor, squash } from './supervision.spec-helpers';

function anEntry(seq: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    seq,
    occurredAt: '2026-03-02T10:00:00.000Z',
    actorKind: 'user',
    actorUserId: martinId,
    action: 'record.created',
    outcome: 'success',
    recordType: 'calendar_closure',
    recordId: 'c1',
    ip: '10.0.0.1',
    userAgent: null,
    requestId: 'req-1',
    details: { calendar: 'pe' },
    hash: 'a'.repeat(64),
    prevHash: null,
    ...overrides,
  };
}

describe('AuditLogPage', () => {
  let fixture: ComponentFixture<AuditLogPage>;
  let backend: HttpTestingController;
  const page = () => fixture.nativeElement as HTMLElement;

  async function settle() {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
  const nextRequest = (): TestRequest =>
    backend.expectOne((request) => request.url === supervisionUrls.audit);

  function type(label: string, value: string) {
    const field = Array.from(page().querySelectorAll('mat-form-field'))
      .find((f) => squash(f.querySelector('mat-label')?.textContent) === label)
      ?.querySelector<HTMLInputElement>('input');
    if (!field) throw new Error(`no field ${label}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  beforeEach(async () => {
    backend = setUpSupervisor(['audit.read']);
    fixture = TestBed.createComponent(AuditLogPage);
    await settle();
  });

  afterEach(() => backend.verify());

  it('names who did what to which record, and pages back through older entries', async () => {
    const first = nextRequest();
    expect(first.request.params.get('limit')).toBe('50');
    expect(first.request.params.has('before')).toBe(false);
    first.flush({
      items: [
        anEntry(60),
        anEntry(59, {
          action: 'auth.login.failed',
          outcome: 'failure',
          actorKind: 'anonymous',
          actorUserId: null,
          recordType: null,
          recordId: null,
        }),
      ],
      nextBefore: 59,
    });
    await settle();
    const text = squash(page().querySelector('table')?.textContent);
    expect(text).toContain('Martín Huamán (demo)');
    expect(text).toContain('Record created');
    expect(text).toContain('calendar_closure');
    expect(text).toContain('calendar: pe');
    expect(text).toContain('Failed sign-in');
    expect(text).toContain('Not signed in');

    buttonIn(page(), 'Older entries').click();
    const older = nextRequest();
    expect(older.request.params.get('before')).toBe('59');
    older.flush({ items: [anEntry(10)], nextBefore: null });
    await settle();
    expect(squash(page().textContent)).toContain('Page 2');
    expect(buttonIn(page(), 'Older entries').disabled).toBe(true);

    buttonIn(page(), 'Newer entries').click();
    const back = nextRequest();
    expect(back.request.params.has('before')).toBe(false);
    back.flush({ items: [anEntry(60)], nextBefore: 59 });
    await settle();
    expect(squash(page().textContent)).toContain('Page 1');
  });

  it('sends the filters, the day range as instants with the "to" day included', async () => {
    nextRequest().flush({ items: [], nextBefore: null });
    await settle();
    type('Record type', 'case_deadline');
    type('From (day)', '2026-03-01');
    type('To (day)', '2026-03-02');
    buttonIn(page(), 'Apply filters').click();
    const filtered = nextRequest();
    expect(filtered.request.params.get('recordType')).toBe('case_deadline');
    expect(filtered.request.params.get('from')).toBe(startOfLocalDay('2026-03-01'));
    expect(filtered.request.params.get('to')).toBe(startOfLocalDay('2026-03-03'));
    filtered.flush({ items: [], nextBefore: null });
    await settle();
    expect(squash(page().textContent)).toContain('No entries match these filters.');
  });

  it('refuses what the API would refuse, naming the field, without asking it', async () => {
    nextRequest().flush({ items: [], nextBefore: null });
    await settle();
    type('Record type', 'Case Deadline');
    buttonIn(page(), 'Apply filters').click();
    await settle();
    expect(squash(page().querySelector('[data-testid="audit-log-error"]')?.textContent)).toContain(
      'A record type is a lower-case name',
    );
    backend.expectNone((request) => request.url === supervisionUrls.audit);
  });
});
