import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { AuditLogPage, startOfLocalDay } from './audit-log.page';
import { supervisionUrls } from './supervision.api';
import type { AuditEntry } from './supervision.models';
import { auditRecordTypeKeys } from './supervision-labels';
import { buttonIn, luciaId, martinId, setUpSupervisor, squash } from './supervision.spec-helpers';

const caseId = 'c0c0c0c0-0000-4000-8000-000000000007';

function anEntry(seq: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    seq,
    occurredAt: '2026-03-02T10:00:00.000Z',
    actorKind: 'user',
    actorUserId: martinId,
    actorName: 'Martín Huamán (demo)',
    action: 'record.created',
    outcome: 'success',
    recordType: 'calendar_closure',
    recordId: 'c1',
    record: null,
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

  function fieldNamed(label: string): Element {
    const field = Array.from(page().querySelectorAll('mat-form-field')).find(
      (f) => squash(f.querySelector('mat-label')?.textContent) === label,
    );
    if (!field) throw new Error(`no field ${label}`);
    return field;
  }
  async function openPicker(label: string): Promise<string[]> {
    fieldNamed(label).querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
    await settle();
    return Array.from(document.querySelectorAll('mat-option')).map((o) => squash(o.textContent));
  }
  async function pick(label: string, option: string) {
    await openPicker(label);
    const choice = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find(
      (o) => squash(o.textContent) === option,
    );
    if (!choice) throw new Error(`no option ${option} in ${label}`);
    choice.click();
    await settle();
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
          actorName: null,
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
    expect(text).toContain('Closure day');
    expect(text).toContain('c1');
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
    await pick('Record type', 'Deadline');
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

  it('offers the record types as a picker, each in words', async () => {
    nextRequest().flush({ items: [], nextBefore: null });
    await settle();
    const options = await openPicker('Record type');
    expect(options).toEqual(expect.arrayContaining(['Any record', 'Case', 'Person', 'Deadline']));
    expect(options).toHaveLength(Object.keys(auditRecordTypeKeys).length + 1);
    expect(options).not.toContain('case_deadline');
  });

  it('names each record with its case, links it to its page, and hides what is not visible', async () => {
    const matter = { id: caseId, reference: 'LIM-2026-0007', clientName: 'Valentina Rojas (demo)' };
    nextRequest().flush({
      items: [
        anEntry(5, {
          recordType: 'case_deadline',
          recordId: 'd-1',
          record: {
            visible: true,
            name: { es: 'Hábeas corpus', en: 'Habeas corpus' },
            case: matter,
            caseTab: 'deadlines',
          },
        }),
        anEntry(4, {
          recordType: 'client',
          recordId: 'p-1',
          record: { visible: true, name: matter.clientName, case: matter, caseTab: 'overview' },
        }),
        anEntry(3, { recordType: 'case', recordId: 'x-1', record: { visible: false } }),
        anEntry(2, {
          recordType: 'user',
          recordId: luciaId,
          record: { visible: true, name: 'Lucía Ferrer (demo)', case: null, caseTab: null },
        }),
      ],
      nextBefore: null,
    });
    await settle();
    const cells = Array.from(page().querySelectorAll('[data-testid="audit-record"]'));
    const links = cells.map((cell) => cell.querySelector('a')?.getAttribute('href') ?? null);
    const typeOf = (cell: Element) => squash(cell.querySelector('.record-type')?.textContent);
    const nameIn = (cell: Element) => squash(cell.textContent).slice(typeOf(cell).length).trim();
    expect(cells.map(typeOf)).toEqual(['Deadline', 'Person', 'Case', 'Member']);
    expect(cells.map(nameIn)).toEqual([
      'Habeas corpus — LIM-2026-0007 · Valentina Rojas (demo)',
      'Valentina Rojas (demo) — LIM-2026-0007',
      'record not visible to you',
      'Lucía Ferrer (demo)',
    ]);
    expect(links).toEqual([`/cases/${caseId}/deadlines`, `/cases/${caseId}/overview`, null, null]);
    expect(squash(page().textContent)).not.toContain('x-1');
  });

  it('refuses what the API would refuse, naming the field, without asking it', async () => {
    nextRequest().flush({ items: [], nextBefore: null });
    await settle();
    type('Record id', 'two words');
    buttonIn(page(), 'Apply filters').click();
    await settle();
    expect(squash(page().querySelector('[data-testid="audit-log-error"]')?.textContent)).toContain(
      'A record id has letters, digits',
    );
    backend.expectNone((request) => request.url === supervisionUrls.audit);
  });
});
