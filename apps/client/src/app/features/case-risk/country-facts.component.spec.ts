import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { CountryProfileResponse } from '@amparo/contracts';
import { TranslationService } from '../../core/i18n';
import { shippedProfileResponse as shipped } from '../../testing/country-profile-fixtures';
import { CountryFactsComponent } from './country-facts.component';

describe('CountryFactsComponent (the case risk tab)', () => {
  let fixture: ComponentFixture<CountryFactsComponent>;
  const text = () => (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ') ?? '';

  function show(profile: CountryProfileResponse, role: 'destination' | 'forum', language = 'en') {
    TestBed.inject(TranslationService).setLanguage(language as 'en' | 'es');
    fixture = TestBed.createComponent(CountryFactsComponent);
    fixture.componentRef.setInput('profile', profile);
    fixture.componentRef.setInput('role', role);
    fixture.detectChanges();
  }

  it('shows Venezuela advised against, with its status, source and the age of its guidance', () => {
    show(shipped('VE'), 'destination');
    expect(text()).toContain('Returns advised against since 2019-05.');
    expect(text()).toContain('(secondary source) · source');
    const age = (fixture.nativeElement as HTMLElement).querySelector(
      '[data-testid="guidance-age"]',
    );
    expect(age?.classList.contains('warn')).toBe(true);
    expect(age?.textContent).toContain(
      'Newest country guidance dated 2019-05, 7 years 7 months old.',
    );
    expect(text()).toContain('by Amparo legal-research review (issue 16)');
  });

  it("names the grounds Peru's law leaves out, in the language shown", () => {
    show(shipped('PE'), 'forum', 'es');
    expect(text()).toContain('Aplica parte de la definición de Cartagena');
    expect(text()).toContain('No figuran en la ley de este foro: Violencia generalizada.');
  });

  it('says the US has no Cartagena definition, and that CAT deferral survives the bars', () => {
    show(shipped('US'), 'forum');
    expect(text()).toContain('Has no Cartagena definition (INA 101(a)(42)');
    expect(text()).toContain('deferral of removal survives those bars');
  });

  it("warns when the office's copy predates the reference's review", () => {
    show({ ...shipped('HT'), source: 'office', referenceNewerThanEdit: true }, 'destination');
    expect(text()).toContain('predates the reference’s review of 2026-12-07');
  });
});
