import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { RuleChangesPage } from './rule-changes.page';
import { supervisionUrls } from './supervision.api';
import type { RuleChange } from './supervision.models';
import { martinId, setUpSupervisor, squash } from './supervision.spec-helpers';

const pending: RuleChange = {
  id: 'c4a40000-0000-4000-8000-000000000001',
  caseId: 'ca5e0000-0000-4000-8000-000000000001',
  caseReference: 'LIM-2026-0007',
  leadAttorneyId: null,
  deadlineId: 'dead0000-0000-4000-8000-000000000001',
  ruleId: 'us.credible-fear-review',
  ruleTitle: { en: 'Credible fear review by an IJ', es: 'Revisión del miedo creíble' },
  fromVersion: '1.0.0',
  toVersion: '1.1.0',
  outcome: 'no-longer-started',
  before: { dueAt: '2026-12-09T06:59:59.999Z', latestDueAt: null },
  after: null,
  overrideDueAt: null,
  timeZone: 'America/Denver',
  reason: { en: 'Runs from the approval (test).', es: 'Corre desde la aprobación (test).' },
  aspects: ['trigger'],
  createdAt: '2026-12-07T10:00:00.000Z',
  acknowledgement: null,
};

describe('RuleChangesPage', () => {
  let fixture: ComponentFixture<RuleChangesPage>;
  let backend: HttpTestingController;
  const page = () => fixture.nativeElement as HTMLElement;

  async function open(items: RuleChange[], total = items.length) {
    backend = setUpSupervisor(['deadlines.audit']);
    fixture = TestBed.createComponent(RuleChangesPage);
    fixture.detectChanges();
    const request = backend.expectOne(
      (r) => r.url === supervisionUrls.ruleChanges && r.params.get('status') === 'pending',
    );
    request.flush({ items, total });
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  it('lists what waits for an attorney: the case, the rule, what changed, the dates and why', async () => {
    await open([pending], 340);
    const row = squash(
      page().querySelector(`[data-testid="rule-change-${pending.id}"]`)?.textContent,
    );
    expect(row).toContain('LIM-2026-0007No lead attorney');
    expect(row).toContain('Credible fear review by an IJ us.credible-fear-review');
    expect(row).toContain('Rule no longer runs from this eventrule pack 1.0.0 → 1.1.0');
    expect(row).toContain('Before');
    expect(row).not.toContain('Now');
    expect(row).toContain('Runs from the approval (test).');
    expect(row).toContain('Waiting since');
    expect(squash(page().textContent)).toContain('Showing 1 of 340.');
  });

  it('shows all of them on request, with who acknowledged each', async () => {
    await open([]);
    expect(squash(page().textContent)).toContain('No rule change waits for an attorney.');
    const all = Array.from(page().querySelectorAll('button')).find(
      (b) => squash(b.textContent) === 'All',
    );
    all?.click();
    backend
      .expectOne((r) => r.url === supervisionUrls.ruleChanges && r.params.get('status') === 'all')
      .flush({
        items: [
          {
            ...pending,
            acknowledgement: { by: martinId, at: '2026-12-07T12:00:00.000Z', note: 'Visto (test)' },
          },
        ],
        total: 1,
      });
    await fixture.whenStable();
    expect(all?.getAttribute('aria-pressed')).toBe('true');
    expect(squash(page().textContent)).toContain('Acknowledged by Martín Huamán (demo)');
    expect(squash(page().textContent)).toContain('Visto (test)');
  });
});
