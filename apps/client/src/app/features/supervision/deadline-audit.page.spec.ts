import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslationService } from '../../core/i18n';
import { anErrorBody, testNow } from '../../testing/test-providers';
import { DeadlineAuditPage } from './deadline-audit.page';
import { supervisionUrls } from './supervision.api';
import type { Deadline, DeadlineAuditRow } from './supervision.models';
import { luciaId, martinId, setUpSupervisor, squash } from './supervision.spec-helpers';

const HOUR = 3_600_000;
const lucia = luciaId;
const martin = martinId;

function aDeadline(overrides: Partial<Deadline>): Deadline {
  return {
    id: 'd-1',
    caseId: 'c-1',
    eventId: 'e-1',
    ruleId: 'pe.pasee.decision',
    packVersion: 'pe-2026.11',
    kind: 'due',
    title: { en: 'PASEE decision', es: 'Decisión del PASEE' },
    dueAt: new Date(testNow + 5 * HOUR).toISOString(),
    latestDueAt: null,
    effectiveDueAt: new Date(testNow + 5 * HOUR).toISOString(),
    timeZone: 'America/Lima',
    basis: { en: 'x', es: 'x' },
    citation: 'DL 1350 art. 58',
    ruleStatus: 'verified',
    urgent: true,
    completionRecords: null,
    status: 'open',
    party: 'defense',
    recordedAt: new Date(testNow - 48 * HOUR).toISOString(),
    state: 'running',
    overridden: false,
    override: null,
    waiver: null,
    completion: null,
    history: [],
    version: 1,
    caseReference: 'PE-2026-AAAA',
    leadAttorneyId: lucia,
    ...overrides,
  };
}

const names: Record<string, string> = {
  [lucia]: 'Lucía Ferrer (demo)',
  [martin]: 'Martín Huamán (demo)',
};

/** An audit row as the API sends it: the deadline with its case (the bucket is re-read). */
function aRow(
  deadline: Deadline,
  overrides: Partial<DeadlineAuditRow['case']> = {},
): DeadlineAuditRow {
  const lead = deadline.leadAttorneyId ?? null;
  return {
    bucket: 'dueSoon',
    deadline,
    case: {
      id: deadline.caseId,
      reference: deadline.caseReference ?? '',
      clientName: `Persona ${deadline.caseReference} (demo)`,
      custodyStatus: 'detained',
      clientGender: null,
      riskLevel: 'high',
      leadAttorneyId: lead,
      leadAttorneyName: lead ? (names[lead] ?? null) : null,
      ...overrides,
    },
  };
}

const audit = (deadlines: Deadline[]) => ({
  generatedAt: new Date(testNow).toISOString(),
  windowHours: 48,
  counts: {},
  rows: deadlines.map((deadline) => aRow(deadline)),
});

const rows: Deadline[] = [
  aDeadline({ id: 'd-soon', caseId: 'c-soon', caseReference: 'PE-2026-SOON' }),
  aDeadline({
    id: 'd-missed',
    caseId: 'c-missed',
    caseReference: 'PE-2026-LATE',
    status: 'missed',
    dueAt: new Date(testNow - 26 * HOUR).toISOString(),
    effectiveDueAt: new Date(testNow - 26 * HOUR).toISOString(),
    ruleStatus: 'unverified',
    leadAttorneyId: null,
  }),
  aDeadline({
    id: 'd-waived',
    caseId: 'c-waived',
    caseReference: 'PE-2026-WAIV',
    status: 'waived',
    waiver: {
      reason: 'Informe entregado (demo)',
      by: martin,
      at: new Date(testNow - HOUR).toISOString(),
    },
  }),
];

describe('DeadlineAuditPage', () => {
  let fixture: ComponentFixture<DeadlineAuditPage>;
  let backend: HttpTestingController;

  async function settle() {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
  const page = () => fixture.nativeElement as HTMLElement;
  const section = (name: string) =>
    page().querySelector<HTMLElement>(`[data-testid="audit-${name}"]`);

  beforeEach(async () => {
    backend = setUpSupervisor(['deadlines.audit']);
    fixture = TestBed.createComponent(DeadlineAuditPage);
    await settle();
  });

  afterEach(() => backend.verify());

  it('sorts the audit by the one status reading, naming the person, custody, risk and lead', async () => {
    backend.expectOne(supervisionUrls.deadlineAudit).flush(audit(rows));
    await settle();

    const soon = squash(section('dueSoon')?.textContent);
    expect(soon).toContain('PE-2026-SOON');
    expect(soon).toContain('(Lima time)');
    expect(soon).toContain('5 h 0 min left');
    expect(soon).toContain('Lucía Ferrer (demo)');
    expect(soon).toContain('Persona PE-2026-SOON (demo)');
    expect(soon).toContain('Detained · High risk');
    expect(soon).not.toContain('PE-2026-LATE');

    const missed = squash(section('missed')?.textContent);
    expect(missed).toContain('PE-2026-LATE');
    expect(missed).toContain('missed 26 h 0 min ago');
    expect(missed).toContain('Unverified rule');
    expect(missed).toContain('No lead attorney yet');

    const waived = squash(section('waived')?.textContent);
    expect(waived).toContain('PE-2026-WAIV');
    expect(waived).toContain('Martín Huamán (demo)');
    expect(waived).toContain('Informe entregado (demo)');

    const link = section('dueSoon')?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/cases/c-soon');
  });

  it("says the custody in Spanish in the form that agrees with the person's gender", async () => {
    TestBed.inject(TranslationService).setLanguage('es');
    const [soon, late, waived] = rows as [Deadline, Deadline, Deadline];
    backend.expectOne(supervisionUrls.deadlineAudit).flush({
      ...audit([]),
      rows: [
        aRow(soon, { clientGender: 'female' }),
        aRow(late, { clientGender: 'male', custodyStatus: 'released' }),
        aRow(waived, { clientGender: null }),
      ],
    });
    await settle();
    const said = (name: string) => squash(section(name)?.textContent);
    expect(said('dueSoon')).toContain('Detenida ·');
    expect(said('missed')).toContain('Liberado ·');
    expect(said('waived')).toContain('Detenido/a ·');
  });

  it("lists an authority's passed limit as an opening, not as the office's miss", async () => {
    const passed = aDeadline({
      id: 'd-police',
      caseReference: 'PE-2026-POLI',
      party: 'authority',
      ruleId: 'pe.pasee.police-report',
      dueAt: new Date(testNow - 6 * HOUR).toISOString(),
      effectiveDueAt: new Date(testNow - 6 * HOUR).toISOString(),
    });
    backend.expectOne(supervisionUrls.deadlineAudit).flush(audit([passed]));
    await settle();
    expect(squash(section('openings')?.textContent)).toContain('PE-2026-POLI');
    expect(squash(section('missed')?.textContent)).toContain('No missed deadlines');
    expect(
      page().querySelector('[data-testid="deadline-d-police"]')?.getAttribute('data-state'),
    ).toBe('opening');
  });

  it('completes and waives (with a reason) where the row stands', async () => {
    backend.expectOne(supervisionUrls.deadlineAudit).flush(audit(rows));
    await settle();
    const row = () => page().querySelector<HTMLElement>('[data-testid="deadline-d-soon"]');
    row()?.querySelector<HTMLButtonElement>('[data-testid="audit-waive"]')?.click();
    await settle();
    const confirm = () =>
      row()?.querySelector<HTMLButtonElement>('[data-testid="audit-waive-confirm"]');
    expect(confirm()?.disabled).toBe(true);
    const reason = row()?.querySelector<HTMLInputElement>('[data-testid="audit-waive-reason"]');
    if (!reason) throw new Error('no reason field');
    reason.value = 'Resuelto por la sala (demo)';
    reason.dispatchEvent(new Event('input'));
    await settle();
    confirm()?.click();
    const request = backend.expectOne(supervisionUrls.waive('d-soon'));
    expect(request.request.body).toEqual({ version: 1, reason: 'Resuelto por la sala (demo)' });
    request.flush(
      aDeadline({
        id: 'd-soon',
        caseId: 'c-soon',
        caseReference: 'PE-2026-SOON',
        status: 'waived',
        version: 2,
        waiver: {
          reason: 'Resuelto por la sala (demo)',
          by: martin,
          at: new Date(testNow).toISOString(),
        },
      }),
    );
    await settle();
    expect(squash(section('waived')?.textContent)).toContain('Resuelto por la sala (demo)');
    expect(squash(section('dueSoon')?.textContent)).toContain('Nothing falls due');

    page()
      .querySelector<HTMLElement>('[data-testid="deadline-d-missed"]')
      ?.querySelector<HTMLButtonElement>('[data-testid="audit-complete"]')
      ?.click();
    const done = backend.expectOne(supervisionUrls.complete('d-missed'));
    expect(done.request.body).toEqual({ version: 1 });
    done.flush(aDeadline({ id: 'd-missed', status: 'met', version: 2 }));
    await settle();
    expect(squash(section('missed')?.textContent)).toContain('No missed deadlines');
  });

  it('shows the forum time with the person’s own alongside when the zones differ', async () => {
    backend
      .expectOne(supervisionUrls.deadlineAudit)
      .flush(
        audit([aDeadline({ timeZone: 'America/Mexico_City', caseReference: 'MX-2026-ZONE' })]),
      );
    await settle();
    const soon = squash(section('dueSoon')?.textContent);
    expect(soon).toContain('(Mexico City time)');
    // The test runner's zone differs from Mexico City's unless it happens to share its offset.
    const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (own !== 'America/Mexico_City') expect(soon).toContain('your time');
  });

  it('filters by case reference', async () => {
    backend.expectOne(supervisionUrls.deadlineAudit).flush(audit(rows));
    await settle();
    const search = page().querySelector<HTMLInputElement>('input[type="search"]');
    if (!search) throw new Error('no search field');
    search.value = 'late';
    search.dispatchEvent(new Event('input'));
    await settle();
    expect(squash(section('missed')?.textContent)).toContain('PE-2026-LATE');
    expect(squash(section('dueSoon')?.textContent)).toContain('Nothing falls due');
    expect(squash(section('waived')?.textContent)).toContain('No waived deadlines');
  });

  it('draws a long history a hundred rows at a time, most recent first, counting them all', async () => {
    const waived = Array.from({ length: 230 }, (_, i) =>
      aDeadline({
        id: `d-w${i}`,
        caseId: `c-w${i}`,
        caseReference: `PE-2020-W${String(i).padStart(3, '0')}`,
        status: 'waived',
        waiver: {
          reason: 'Case closed',
          by: martin,
          at: new Date(testNow - i * HOUR).toISOString(),
        },
      }),
    );
    backend.expectOne(supervisionUrls.deadlineAudit).flush(audit(waived));
    await settle();
    const drawn = () => section('waived')?.querySelectorAll('tbody tr').length;
    const more = () => page().querySelector<HTMLButtonElement>('[data-testid="audit-more-waived"]');

    expect(squash(section('waived')?.querySelector('h3')?.textContent)).toContain('(230)');
    expect(drawn()).toBe(100);
    expect(squash(section('waived')?.textContent)).toContain('PE-2020-W000');
    expect(squash(section('waived')?.textContent)).not.toContain('PE-2020-W100');
    expect(squash(more()?.textContent)).toBe('Show more (100 of 230 shown)');

    more()?.click();
    await settle();
    expect(drawn()).toBe(200);
    more()?.click();
    await settle();
    expect(drawn()).toBe(230);
    expect(more()).toBeNull();
  });

  it('turns a server failure into a message a person can act on', async () => {
    backend
      .expectOne(supervisionUrls.deadlineAudit)
      .flush(anErrorBody(503, undefined, 'down'), { status: 503, statusText: 'Unavailable' });
    await settle();
    expect(squash(page().querySelector('[data-testid="audit-error"]')?.textContent)).toContain(
      'Try again in a minute',
    );
  });
});
