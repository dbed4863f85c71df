import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { anErrorBody } from '../../testing/test-providers';
import { CalendarsPage } from './calendars.page';
import { supervisionUrls } from './supervision.api';
import type { Closure } from './supervision.models';
import { buttonIn, martinId, setUpSupervisor, squash } from './supervision.spec-helpers';

const year = new Date().getFullYear();
const closure: Closure = {
  id: 'cl-1',
  calendar: 'PE',
  date: `${year}-12-24`,
  reason: 'Día no laborable (test)',
  createdBy: martinId,
  version: 1,
  createdAt: `${year}-01-02T10:00:00.000Z`,
};

describe('CalendarsPage', () => {
  let fixture: ComponentFixture<CalendarsPage>;
  let backend: HttpTestingController;
  const page = () => fixture.nativeElement as HTMLElement;

  async function settle() {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
  const holidaysRequest = () =>
    backend.expectOne((request) => request.url === supervisionUrls.holidays);
  const holidays = (days: object[]) => ({ country: 'PE', year, days });

  function type(name: string, value: string) {
    const input = page().querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`);
    if (!input) throw new Error(`no ${name} field`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  beforeEach(async () => {
    backend = setUpSupervisor(['calendars.manage']);
    fixture = TestBed.createComponent(CalendarsPage);
    await settle();
    const first = holidaysRequest();
    expect(first.request.params.get('country')).toBe('PE');
    expect(first.request.params.get('year')).toBe(String(year));
    first.flush(
      holidays([
        {
          date: `${year}-07-28`,
          kind: 'holiday',
          name: { en: 'Independence Day', es: 'Fiestas Patrias' },
        },
      ]),
    );
    backend.expectOne(supervisionUrls.closures).flush([closure]);
    await settle();
  });

  afterEach(() => backend.verify());

  it('lists the national holidays and the office’s closure days with who recorded them', () => {
    expect(squash(page().querySelector('[data-testid="holidays"]')?.textContent)).toContain(
      'Independence Day',
    );
    const closures = squash(page().querySelector('[data-testid="closures"]')?.textContent);
    expect(closures).toContain('Día no laborable (test)');
    expect(closures).toContain('Martín Huamán (demo)');
  });

  it('adds a closure day, and says so plainly when that day is already closed', async () => {
    type('calendar', 'mx-comar');
    type('date', `${year}-12-31`);
    type('reason', '  Cierre de fin de año (test) ');
    buttonIn(page(), 'Add closure day').click();
    const sent = backend.expectOne({ method: 'POST', url: supervisionUrls.closures });
    expect(sent.request.body).toEqual({
      calendar: 'MX-COMAR',
      date: `${year}-12-31`,
      reason: 'Cierre de fin de año (test)',
    });
    sent.flush({ ...closure, id: 'cl-2', calendar: 'MX-COMAR', date: `${year}-12-31` });
    holidaysRequest().flush(holidays([]));
    await settle();
    expect(squash(page().textContent)).toContain('(MX-COMAR) added');

    type('date', `${year}-12-24`);
    type('reason', 'Otra vez (test)');
    buttonIn(page(), 'Add closure day').click();
    backend
      .expectOne({ method: 'POST', url: supervisionUrls.closures })
      .flush(anErrorBody(409, 'CALENDAR_CLOSURE_EXISTS'), { status: 409, statusText: 'Conflict' });
    await settle();
    expect(squash(page().querySelector('[data-testid="calendars-error"]')?.textContent)).toContain(
      'already a closure day',
    );
  });

  it('removes a closure day', async () => {
    buttonIn(page(), /Remove the closure of/).click();
    backend.expectOne({ method: 'DELETE', url: supervisionUrls.closure('cl-1') }).flush(null);
    holidaysRequest().flush(holidays([]));
    await settle();
    expect(page().querySelector('[data-testid="closures"]')).toBeNull();
    expect(squash(page().textContent)).toContain('Your office has recorded no closure days.');
  });
});
