import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { shippedProfileResponses } from '../../testing/country-profile-fixtures';
import { CountryProfilesPage } from './country-profiles.page';
import { supervisionUrls } from './supervision.api';
import { setUpSupervisor, squash } from './supervision.spec-helpers';

const views = shippedProfileResponses();

describe('CountryProfilesPage', () => {
  let fixture: ComponentFixture<CountryProfilesPage>;
  let backend: HttpTestingController;

  const row = (name: string) =>
    Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('tbody tr')).find((tr) =>
      squash(tr.querySelector('th')?.textContent).startsWith(name),
    );
  const age = (name: string) =>
    squash(row(name)?.querySelector('[data-testid="guidance-age"]')?.textContent);

  beforeEach(async () => {
    backend = setUpSupervisor(['country-profiles.read']);
    fixture = TestBed.createComponent(CountryProfilesPage);
    fixture.detectChanges();
    backend.expectOne(supervisionUrls.profiles).flush(views);
    await fixture.whenStable();
    fixture.detectChanges();
  });
  afterEach(() => backend.verify());

  it('shows how old each country guidance is and flags what is due for review', () => {
    expect(age('Haiti')).toBe('2024-03 2 y 9 m old Review due');
    expect(age('El Salvador')).toBe('2016-03 10 y 9 m old Stale Review due');
    expect(age('Nicaragua')).toBe('No guidance to date');
  });

  it('flags returns advised against for Venezuela and onward removal through Panama', () => {
    expect(squash(row('Venezuela')?.textContent)).toContain('Returns advised against');
    expect(squash(row('Panama')?.textContent)).toContain('Receives other nationals');
  });
});
