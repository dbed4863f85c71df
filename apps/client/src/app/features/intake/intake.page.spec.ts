import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AuthService, authUrls, NOW } from '../../core/auth';
import { TranslationService } from '../../core/i18n';
import {
  aLoginResponse,
  aMeResponseFor,
  anErrorBody,
  provideNoMaterialAnimations,
  provideTestHttp,
  provideTestRouter,
  resetBrowserStorage,
  testNow,
} from '../../testing/test-providers';
import { caseUrls } from '../case/case.api';
import { IntakeDraft } from './intake-draft';
import { intakeUrls } from './intake.api';
import { IntakePage } from './intake.page';

const rules = {
  jurisdictions: [
    {
      jurisdiction: 'PE',
      version: '1.0.0',
      name: { en: 'Peru', es: 'Perú' },
      defaultTimeZone: 'America/Lima',
      singleTimeZone: true,
      forums: [],
      procedures: [{ id: 'pasee-expulsion', title: { en: 'PASEE expulsion', es: 'PASEE' } }],
      eventTypes: [{ id: 'police-retention', label: { en: 'Police retention', es: 'Retención' } }],
      rules: [],
      gaps: [],
      protections: [],
    },
    {
      jurisdiction: 'US',
      version: '1.0.0',
      name: { en: 'United States', es: 'Estados Unidos' },
      defaultTimeZone: 'America/New_York',
      singleTimeZone: false,
      forums: [
        {
          id: 'us-eoir-el-paso',
          name: 'El Paso Immigration Court',
          city: 'El Paso',
          region: 'TX',
          timeZone: 'America/Denver',
        },
      ],
      procedures: [{ id: 'removal-proceedings', title: { en: 'Removal', es: 'Deportación' } }],
      eventTypes: [{ id: 'ij-decision-oral', label: { en: 'IJ decision', es: 'Decisión' } }],
      rules: [],
      gaps: [],
      protections: [],
    },
  ],
};

const limaOffice = {
  defaultJurisdiction: 'PE',
  defaultTimeZone: 'America/Lima',
  defaultLanguage: 'es',
};

const paralegal = () =>
  aMeResponseFor(['paralegal'], ['cases.read', 'cases.intake', 'events.record', 'self.manage']);

jest.setTimeout(20_000); // the first render compiles the Material form fields

describe('IntakePage', () => {
  let fixture: ComponentFixture<IntakePage>;
  let backend: HttpTestingController;
  let navigate: jest.SpyInstance;

  /** The rule catalogue is asked for once per visit (then shared). */
  async function render(catalogueLoaded = false, office: object = limaOffice) {
    fixture = TestBed.createComponent(IntakePage);
    await fixture.whenStable();
    if (!catalogueLoaded) backend.expectOne(caseUrls.rules).flush(rules);
    backend.expectOne(intakeUrls.defaults).flush(office);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    resetBrowserStorage();
    TestBed.configureTestingModule({
      providers: [
        provideTestHttp(),
        provideTestRouter(),
        provideNoMaterialAnimations(),
        { provide: NOW, useValue: () => testNow },
      ],
    });
    TestBed.inject(TranslationService).setLanguage('en');
    backend = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const signedIn = firstValueFrom(
      TestBed.inject(AuthService).login({ email: 'a', password: 'b' }),
    );
    backend.expectOne(authUrls.login).flush(aLoginResponse());
    backend.expectOne(authUrls.me).flush(paralegal());
    await signedIn;
  });

  afterEach(() => backend.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const text = () => page().textContent?.replace(/\s+/g, ' ') ?? '';
  const type = (name: string, value: string) => {
    const input = page().querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`);
    if (!input) throw new Error(`no ${name}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    page().querySelector<HTMLButtonElement>('[data-testid="intake-submit"]')?.click();
    await fixture.whenStable();
  };

  function fillPerson() {
    type('givenNames', 'Wilmer Antonio');
    type('familyNames', 'Paredes Quintero');
    type('birthDate', '1994-02-11');
    (
      fixture.componentInstance as unknown as {
        form: { controls: { matter: { controls: { procedure: { setValue(v: string): void } } } } };
      }
    ).form.controls.matter.controls.procedure.setValue('pasee-expulsion');
  }

  it('names each missing or wrong field and sends nothing', async () => {
    await render();
    type('phone', 'call me');
    type('birthDate', '2030-01-01');
    await submit();
    expect(text()).toContain('Enter the given names.');
    expect(text()).toContain('Choose the procedure.');
    expect(text()).toContain('A phone number may hold digits, spaces, +, ( ) and - only.');
    expect(text()).toContain('The date of birth cannot be in the future.');
    expect(text()).toContain('Some fields need attention');
    backend.expectNone(intakeUrls.duplicateCheck);
  });

  it('shows possible duplicates and saves only once they are acknowledged', async () => {
    await render();
    fillPerson();
    await submit();
    const check = backend.expectOne(intakeUrls.duplicateCheck);
    expect(check.request.body).toEqual({
      givenNames: 'Wilmer Antonio',
      familyNames: 'Paredes Quintero',
      birthDate: '1994-02-11',
    });
    check.flush([
      {
        access: 'readable',
        clientId: 'c-9',
        givenNames: 'Wilmer Antonio',
        familyNames: 'Paredes Quintero',
        birthDate: '1994-02-11',
        reason: 'same_name_and_birth_date',
      },
    ]);
    await fixture.whenStable();
    expect(text()).toContain('This person may already be in your records');
    expect(text()).toContain('same name and date of birth');

    await submit();
    expect(text()).toContain('Confirm you checked the possible duplicates to save.');
    backend.expectNone(intakeUrls.clients);

    page().querySelector<HTMLInputElement>('[data-testid="intake-acknowledge"] input')?.click();
    await fixture.whenStable();
    await submit();
    const client = backend.expectOne(intakeUrls.clients);
    expect(client.request.body).toMatchObject({
      givenNames: 'Wilmer Antonio',
      acknowledgeDuplicates: true,
    });
    client.flush({ id: 'client-1' });
    const opened = backend.expectOne(intakeUrls.cases);
    expect(opened.request.body).toEqual({
      clientId: 'client-1',
      jurisdiction: 'PE',
      procedure: 'pasee-expulsion',
      // the office's zone, sent as the case's clock
      timeZone: 'America/Lima',
      custodyStatus: 'unknown',
    });
    opened.flush({ id: 'case-1' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith('/cases/case-1/overview');
    expect(TestBed.inject(IntakeDraft).restore('u-1', testNow)).toBeNull();
  });

  it('says a match exists without naming someone the member may not see', async () => {
    await render();
    fillPerson();
    await submit();
    backend
      .expectOne(intakeUrls.duplicateCheck)
      .flush([{ access: 'restricted', reason: 'same_name_and_birth_date' }]);
    await fixture.whenStable();
    expect(
      page().querySelector('[data-testid="intake-duplicate-restricted"]')?.textContent?.trim(),
    ).toBe(
      'Someone in your office you cannot see matches (same name and date of birth): ask a supervisor before taking this person in.',
    );
    await submit();
    expect(text()).toContain('Confirm you checked the possible duplicates to save.');
    backend.expectNone(intakeUrls.clients);
  });

  it('records the triggering event on the forum clock after opening the case', async () => {
    await render();
    fillPerson();
    page().querySelector<HTMLInputElement>('[data-testid="intake-record-event"] input')?.click();
    await fixture.whenStable();
    (
      fixture.componentInstance as unknown as {
        form: { controls: { event: { patchValue(v: object): void } } };
      }
    ).form.controls.event.patchValue({
      eventType: 'police-retention',
      date: '2026-03-02',
      time: '04:30',
    });
    await submit();
    backend.expectOne(intakeUrls.duplicateCheck).flush([]);
    backend.expectOne(intakeUrls.clients).flush({ id: 'client-1' });
    backend.expectOne(intakeUrls.cases).flush({ id: 'case-1' });
    const event = backend.expectOne(caseUrls.events('case-1'));
    expect(event.request.body).toEqual({
      eventType: 'police-retention',
      occurredAt: '2026-03-02T04:30:00-05:00',
    });
    event.flush({ id: 'event-1' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith('/cases/case-1/deadlines');
  });

  it("asks for the court where the country has several zones, and records on that court's clock", async () => {
    await render();
    type('givenNames', 'Marvin Josué');
    type('familyNames', 'Alvarado Pineda');
    const matter = (
      fixture.componentInstance as unknown as {
        form: { controls: { matter: { patchValue(v: object): void } } };
      }
    ).form.controls.matter;
    matter.patchValue({ jurisdiction: 'US' });
    matter.patchValue({ procedure: 'removal-proceedings' });
    await fixture.whenStable();
    await submit();
    expect(text()).toContain('Choose the court or office: this country has several time zones');
    backend.expectNone(intakeUrls.duplicateCheck);

    matter.patchValue({ forumId: 'us-eoir-el-paso' });
    page().querySelector<HTMLInputElement>('[data-testid="intake-record-event"] input')?.click();
    await fixture.whenStable();
    (
      fixture.componentInstance as unknown as {
        form: { controls: { event: { patchValue(v: object): void } } };
      }
    ).form.controls.event.patchValue({
      eventType: 'ij-decision-oral',
      date: '2026-03-01',
      time: '21:00',
    });
    await submit();
    backend.expectOne(intakeUrls.duplicateCheck).flush([]);
    backend.expectOne(intakeUrls.clients).flush({ id: 'client-2' });
    const opened = backend.expectOne(intakeUrls.cases);
    expect(opened.request.body).toMatchObject({
      jurisdiction: 'US',
      procedure: 'removal-proceedings',
      forumId: 'us-eoir-el-paso',
    });
    opened.flush({ id: 'case-2' });
    // 21:00 on 1 March in El Paso is Mountain Standard Time, UTC-07:00: already 2 March on New
    // York's clock, a different local date for every day count.
    const event = backend.expectOne(caseUrls.events('case-2'));
    expect(event.request.body).toEqual({
      eventType: 'ij-decision-oral',
      occurredAt: '2026-03-01T21:00:00-07:00',
    });
    event.flush({ id: 'event-2' });
    await fixture.whenStable();
  });

  it("starts from the office's country and keeps the office's clock (an El Paso office)", async () => {
    await render(false, {
      defaultJurisdiction: 'US',
      defaultTimeZone: 'America/Denver',
      defaultLanguage: 'en',
    });
    const matter = (
      fixture.componentInstance as unknown as {
        form: { controls: { matter: { getRawValue(): { jurisdiction: string } } } };
      }
    ).form.controls.matter;
    expect(matter.getRawValue().jurisdiction).toBe('US');
    type('givenNames', 'Marvin Josué');
    (
      fixture.componentInstance as unknown as {
        form: { controls: { matter: { patchValue(v: object): void } } };
      }
    ).form.controls.matter.patchValue({ procedure: 'removal-proceedings' });
    page().querySelector<HTMLInputElement>('[data-testid="intake-record-event"] input')?.click();
    await fixture.whenStable();
    expect(text()).toContain('Denver');
    (
      fixture.componentInstance as unknown as {
        form: { controls: { event: { patchValue(v: object): void } } };
      }
    ).form.controls.event.patchValue({
      eventType: 'ij-decision-oral',
      date: '2026-03-01',
      time: '21:00',
    });
    // No court chosen: the office's zone answers, and is sent as the case's zone.
    await submit();
    backend.expectOne(intakeUrls.duplicateCheck).flush([]);
    backend.expectOne(intakeUrls.clients).flush({ id: 'client-3' });
    const opened = backend.expectOne(intakeUrls.cases);
    expect(opened.request.body).toMatchObject({ jurisdiction: 'US', timeZone: 'America/Denver' });
    expect(opened.request.body.forumId).toBeUndefined();
    opened.flush({ id: 'case-3' });
    const event = backend.expectOne(caseUrls.events('case-3'));
    expect(event.request.body.occurredAt).toBe('2026-03-01T21:00:00-07:00');
    event.flush({ id: 'event-3' });
    await fixture.whenStable();
  });

  it('refuses an event time still ahead on the forum clock', async () => {
    await render();
    fillPerson();
    page().querySelector<HTMLInputElement>('[data-testid="intake-record-event"] input')?.click();
    await fixture.whenStable();
    type('date', '2026-03-02');
    type('time', '07:00'); // now is 06:00 in Lima
    await submit();
    expect(text()).toContain('This time is still ahead');
    backend.expectNone(intakeUrls.duplicateCheck);
  });

  it('puts back what was typed after the session ended, for the same person only', async () => {
    await render();
    type('givenNames', 'Dayana');
    type('familyNames', 'Salcedo Ruiz');
    fixture.destroy();

    await render(true);
    expect(page().querySelector<HTMLInputElement>('[formcontrolname="givenNames"]')?.value).toBe(
      'Dayana',
    );
    expect(text()).toContain('What you had typed is back.');
    expect(TestBed.inject(IntakeDraft).restore('someone-else', testNow)).toBeNull();
  });

  it('forgets the draft when the person discards it', async () => {
    await render();
    type('givenNames', 'Dayana');
    fixture.destroy();
    await render(true);
    page().querySelector<HTMLElement>('[data-testid="intake-restored"] button')?.click();
    await fixture.whenStable();
    expect(page().querySelector<HTMLInputElement>('[formcontrolname="givenNames"]')?.value).toBe(
      '',
    );
    expect(TestBed.inject(IntakeDraft).restore('u-1', testNow)).toBeNull();
    fixture.destroy();
    await render(true);
    expect(text()).not.toContain('What you had typed is back.');
  });

  it('marks the field the API refused', async () => {
    await render();
    fillPerson();
    await submit();
    backend.expectOne(intakeUrls.duplicateCheck).flush([]);
    backend.expectOne(intakeUrls.clients).flush(
      {
        ...anErrorBody(400, 'VALIDATION_FAILED', 'birthDate must be a date such as 1990-05-17'),
        details: [{ field: 'birthDate', message: 'birthDate must be a date such as 1990-05-17' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(text()).toContain('Not accepted: birthDate must be a date such as 1990-05-17');
  });

  it('sends the whole record: aliases, languages, vulnerabilities, contact, precision', async () => {
    await render();
    fillPerson();
    type('aliases', 'Wilmer Paredes\nEl Flaco, de Maracay\n\nWilmer Paredes');
    type('birthDate', '1994-02-11');
    type('phone', '+51 987 654 321');
    type('email', 'wilmer@example.org');
    type('address', 'Jr. Las Flores 123, Lima');
    type('location', 'Centro de detención del aeropuerto (demo)');
    const form = (
      fixture.componentInstance as unknown as {
        form: { controls: { person: { patchValue(v: object): void } } };
      }
    ).form.controls.person;
    form.patchValue({
      birthDatePrecision: 'month',
      vulnerabilities: ['disability', 'detained'],
      interpreterNeeded: true,
      gender: 'self_described',
      genderDescription: ' hombre trans ',
      nationalities: ['VE', 'CO', 'PE', 'EC', 'BO', 'CL'],
      languages: ['es', 'qu'],
    });
    await submit();
    expect(text()).toContain('Too many');
    backend.expectNone(intakeUrls.duplicateCheck);
    form.patchValue({ nationalities: ['VE', 'CO'] });
    await submit();
    const check = backend.expectOne(intakeUrls.duplicateCheck);
    expect(check.request.body).toMatchObject({ birthDate: '1994-02-01' });
    check.flush([]);
    const client = backend.expectOne(intakeUrls.clients);
    expect(client.request.body).toEqual({
      givenNames: 'Wilmer Antonio',
      familyNames: 'Paredes Quintero',
      acknowledgeDuplicates: false,
      interpreterNeeded: true,
      aliases: ['Wilmer Paredes', 'El Flaco, de Maracay'],
      birthDate: '1994-02-01',
      birthDatePrecision: 'month',
      nationalities: ['VE', 'CO'],
      gender: 'self_described',
      genderDescription: 'hombre trans',
      languages: ['es', 'qu'],
      vulnerabilities: ['disability', 'detained'],
      contact: {
        phone: '+51 987 654 321',
        email: 'wilmer@example.org',
        address: 'Jr. Las Flores 123, Lima',
        location: 'Centro de detención del aeropuerto (demo)',
      },
    });
    // The API refuses a nested contact field: the message lands under that field.
    client.flush(
      {
        ...anErrorBody(400, 'VALIDATION_FAILED', 'email is too long'),
        details: [{ field: 'contact.email', message: 'email must be at most 254 characters' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    const emailField = page()
      .querySelector('[data-testid="intake-email"]')
      ?.closest('mat-form-field');
    expect(emailField?.textContent).toContain('Not accepted: email must be at most 254 characters');
  });

  /** A draft an older form saved, with the person's fields of that time. */
  const saveOldDraft = (person: object) =>
    TestBed.inject(IntakeDraft).save(
      'u-1',
      {
        form: {
          person: { givenNames: 'Dayana', familyNames: '', birthDate: '', ...person },
          matter: { jurisdiction: 'PE', procedure: '', custodyStatus: 'unknown' },
          event: { record: false, eventType: '', date: '', time: '' },
        },
      },
      testNow,
    );

  it('fills a draft saved before the newer fields existed', async () => {
    saveOldDraft({ nationality: 'VE' });
    await render();
    expect(page().querySelector<HTMLInputElement>('[formcontrolname="givenNames"]')?.value).toBe(
      'Dayana',
    );
    expect(page().querySelector<HTMLInputElement>('[formcontrolname="phone"]')?.value).toBe('');
  });

  it('keeps a gender typed in an older draft as the person’s own words', async () => {
    saveOldDraft({ gender: 'mujer trans' });
    await render();
    expect(
      page().querySelector<HTMLInputElement>('[data-testid="intake-gender-description"]')?.value,
    ).toBe('mujer trans');
  });
});
