import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  type ElementRef,
  inject,
  type OnInit,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import type {
  CaseResponse,
  CatalogueJurisdictionResponse,
  OfficeDefaultsResponse,
  ClientGender,
  CreateCaseDto,
  CreateClientDto,
  DuplicateMatch,
} from '@amparo/contracts';
import { concatMap, map, type Observable, of, startWith, switchMap } from 'rxjs';
import { AuthService, NOW } from '../../core/auth';
import { ApiError, errorNotice, type Notice } from '../../core/http';
import { type MessageKey, TranslationService } from '../../core/i18n';
import { zonedIso, zoneCity } from '../../core/time';
import { caseUrl, routeUrls } from '../../route-paths';
import { CaseApi } from '../case/case.api';
import { custodyKeys } from '../case/case-labels';
import {
  genderChoice,
  genderKeys,
  knownGenders,
  languageOptions,
  nationalityOptions,
} from '../case-shared/person-names';
import {
  aliasesError,
  type BirthDatePrecision,
  birthDateFor,
  parseAliases,
  parseList,
  phonePattern,
  precisionKeys,
  type Vulnerability,
  vulnerabilities,
  vulnerabilityKeys,
  maxItems,
} from '../case/person/client-fields';
import { IntakeApi } from './intake.api';
import { IntakeDraft } from './intake-draft';

type FieldName =
  | 'givenNames'
  | 'familyNames'
  | 'birthDate'
  | 'birthDatePrecision'
  | 'aliases'
  | 'nationalities'
  | 'gender'
  | 'genderDescription'
  | 'languages'
  | 'vulnerabilities'
  | 'phone'
  | 'email'
  | 'address'
  | 'location'
  | 'aNumber'
  | 'jurisdiction'
  | 'procedure'
  | 'forumId'
  | 'eventType'
  | 'eventDate'
  | 'eventTime';

// The contracts' CUSTODY_STATUSES, restated: importing a value from @amparo/contracts would bring
// class-validator into the bundle; the type check keeps the two lists the same.
const custodyStatuses = [
  'detained',
  'released',
  'at_liberty',
  'unknown',
] as const satisfies readonly CaseResponse['custodyStatus'][];

const aNumberPattern = /^A?[- ]?\d{3}[- ]?\d{3}[- ]?\d{2,3}$/i;

/** The API's field names (details[].field) mapped to this form's controls. */
const apiFields: Readonly<Record<string, FieldName>> = {
  givenNames: 'givenNames',
  familyNames: 'familyNames',
  birthDate: 'birthDate',
  birthDatePrecision: 'birthDatePrecision',
  aliases: 'aliases',
  nationalities: 'nationalities',
  gender: 'gender',
  genderDescription: 'genderDescription',
  languages: 'languages',
  vulnerabilities: 'vulnerabilities',
  'contact.phone': 'phone',
  'contact.email': 'email',
  'contact.address': 'address',
  'contact.location': 'location',
  aNumber: 'aNumber',
  jurisdiction: 'jurisdiction',
  procedure: 'procedure',
  forumId: 'forumId',
  eventType: 'eventType',
  occurredAt: 'eventDate',
};

const genericErrorKeys: Readonly<Record<string, MessageKey>> = {
  required: 'intake.error.required',
  maxlength: 'intake.error.tooLong',
  server: 'intake.error.server',
  tooMany: 'person.error.tooMany',
};

const fieldErrorKeys: Readonly<Record<string, Readonly<Record<string, MessageKey>>>> = {
  givenNames: { required: 'intake.error.givenNames.required' },
  birthDate: {
    future: 'intake.error.birthDate.future',
    tooOld: 'intake.error.birthDate.tooOld',
  },
  nationalities: { pattern: 'person.error.nationalities' },
  languages: { pattern: 'person.error.languages' },
  phone: { pattern: 'person.error.phone' },
  email: { email: 'person.error.email' },
  aNumber: { pattern: 'intake.error.aNumber.pattern' },
  procedure: { required: 'intake.error.procedure.required' },
  forumId: { required: 'intake.error.forumId.required' },
  eventType: { required: 'intake.error.eventType.required' },
  date: { required: 'intake.error.eventDate.required' },
  time: {
    required: 'intake.error.eventTime.required',
    future: 'intake.error.eventTime.future',
  },
};

type IntakeFormValue = ReturnType<IntakePage['form']['getRawValue']>;

const reasonKeys = {
  same_name_and_birth_date: 'intake.duplicates.sameNameAndBirth',
  same_a_number: 'intake.duplicates.sameANumber',
} as const satisfies Record<DuplicateMatch['reason'], MessageKey>;

/**
 * Intake of one person: who they are, the case to open, and optionally the event that starts the
 * clock (a police retention, say). Before saving, the office's records are searched for the same
 * person; any match must be acknowledged. What is typed survives a session that ends mid-form.
 */
@Component({
  selector: 'amp-intake-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    RouterLink,
    ReactiveFormsModule,
  ],
  templateUrl: './intake.page.html',
  styleUrl: './intake.page.scss',
})
export class IntakePage implements OnInit {
  protected readonly i18n = inject(TranslationService);
  protected readonly csvLink = routeUrls.intakeCsv;
  private readonly api = inject(IntakeApi);
  private readonly caseApi = inject(CaseApi);
  private readonly auth = inject(AuthService);
  private readonly draft = inject(IntakeDraft);
  private readonly router = inject(Router);
  private readonly now = inject(NOW);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly duplicatesBox = viewChild<ElementRef<HTMLElement>>('duplicatesBox');

  protected readonly custodyStatuses = custodyStatuses;
  protected readonly custodyKeys = custodyKeys;
  protected readonly reasonKeys = reasonKeys;
  protected readonly vulnerabilities = vulnerabilities;
  protected readonly vulnerabilityKeys = vulnerabilityKeys;
  protected readonly precisions: BirthDatePrecision[] = ['day', 'month', 'year'];
  protected readonly precisionKeys = precisionKeys;

  protected readonly form = this.fb.group({
    person: this.fb.group({
      givenNames: ['', [Validators.required, Validators.maxLength(200)]],
      familyNames: ['', Validators.maxLength(200)],
      aliases: ['', aliasesError],
      birthDate: ['', (control: AbstractControl) => this.birthDateError(control)],
      birthDatePrecision: ['day' as BirthDatePrecision],
      nationalities: [[] as string[], maxItems(5)],
      gender: ['' as ClientGender | ''],
      genderDescription: ['', Validators.maxLength(60)],
      languages: [[] as string[], maxItems(10)],
      interpreterNeeded: [false],
      vulnerabilities: [[] as Vulnerability[]],
      phone: ['', [Validators.maxLength(40), Validators.pattern(phonePattern)]],
      email: ['', [Validators.maxLength(254), Validators.email]],
      address: ['', Validators.maxLength(500)],
      location: ['', Validators.maxLength(300)],
    }),
    matter: this.fb.group({
      // The office's country once its defaults arrive; without one, the person chooses.
      jurisdiction: ['', Validators.required],
      procedure: ['', Validators.required],
      custodyStatus: ['unknown' as CaseResponse['custodyStatus']],
      // The court or office: its zone is the case's clock. Required where the country has several.
      forumId: ['', () => this.forumIdError()],
      forum: ['', Validators.maxLength(200)],
      aNumber: ['', Validators.pattern(aNumberPattern)],
      expediente: ['', Validators.maxLength(80)],
    }),
    event: this.fb.group({
      record: [false],
      eventType: [''],
      date: [''],
      time: [''],
    }),
    acknowledged: [false],
  });

  protected readonly catalogue = signal<CatalogueJurisdictionResponse[] | null>(null);
  /** Where the office works: the country a new case starts in and the clock it keeps. */
  protected readonly office = signal<OfficeDefaultsResponse | null>(null);
  protected readonly genderKeys = genderKeys;
  protected readonly knownGenders = knownGenders;
  protected readonly countries = computed(() => nationalityOptions(this.i18n.language()));
  protected readonly languageList = computed(() =>
    languageOptions(this.i18n.language(), this.value().person.languages),
  );
  protected readonly duplicates = signal<DuplicateMatch[] | null>(null);
  /** The identity the last duplicate check was for; a change asks again. */
  private checkedFor = '';
  protected readonly saving = signal(false);
  protected readonly error = signal<Notice | null>(null);
  protected readonly invalidSummary = signal(false);
  protected readonly restored = signal(false);
  /** Saved already: a retry after a later step failed does not create them twice. */
  private clientId: string | null = null;

  private readonly value = toSignal(
    this.form.valueChanges.pipe(
      startWith(null),
      map(() => this.form.getRawValue()),
    ),
    { requireSync: true },
  );

  protected readonly jurisdiction = computed(
    () =>
      this.catalogue()?.find((entry) => entry.jurisdiction === this.value().matter.jurisdiction) ??
      null,
  );
  protected readonly forums = computed(() => this.jurisdiction()?.forums ?? []);
  /** The office's zone, when the case is in the office's country. */
  protected readonly officeZone = computed(() => {
    const office = this.office();
    return office?.defaultTimeZone &&
      office.defaultJurisdiction === this.value().matter.jurisdiction
      ? office.defaultTimeZone
      : null;
  });
  /** The chosen court's or office's zone; else the office's; else the country's only one. */
  protected readonly eventZone = computed(() => {
    const forum = this.forums().find((f) => f.id === this.value().matter.forumId);
    return forum?.timeZone ?? this.officeZone() ?? this.jurisdiction()?.defaultTimeZone ?? 'UTC';
  });
  protected readonly eventZoneCity = computed(() => zoneCity(this.eventZone()));
  protected readonly recordEvent = computed(() => this.value().event.record);

  ngOnInit(): void {
    this.caseApi.rules().subscribe({
      next: (rules) => {
        this.catalogue.set(rules.jurisdictions);
        this.form.controls.matter.controls.forumId.updateValueAndValidity();
      },
      error: (failure: unknown) => this.error.set(errorNotice(failure)),
    });
    const userId = this.auth.user()?.id;
    if (userId) {
      const saved = this.draft.restore<{ form: IntakeFormValue }>(userId, this.now());
      if (saved) {
        // patchValue: a draft saved by an older form lacks newer fields, which keep their defaults;
        // one from before the lists kept nationalities and languages as typed text.
        const person = saved.form.person as Partial<Record<string, unknown>> | undefined;
        const asList = (value: unknown) =>
          typeof value === 'string' ? parseList(value) : Array.isArray(value) ? value : [];
        this.form.patchValue({
          ...saved.form,
          person: {
            ...saved.form.person,
            nationalities: asList(person?.['nationalities']).map((c) => String(c).toUpperCase()),
            languages: asList(person?.['languages']).map((c) => String(c).toLowerCase()),
            // A draft from when gender was typed keeps the words as the person's own.
            ...(typeof person?.['genderDescription'] === 'string'
              ? {}
              : genderChoice(typeof person?.['gender'] === 'string' ? person['gender'] : null)),
          },
          acknowledged: false,
        });
        this.restored.set(true);
      }
    }
    this.api.defaults().subscribe({
      next: (office) => {
        this.office.set(office);
        // A new form starts in the office's country; a restored draft keeps what was chosen.
        const jurisdiction = this.form.controls.matter.controls.jurisdiction;
        if (!this.restored() && office.defaultJurisdiction && jurisdiction.pristine)
          jurisdiction.setValue(office.defaultJurisdiction);
        this.form.controls.matter.controls.forumId.updateValueAndValidity();
      },
      // Without them the form asks, as before: nothing is assumed.
      error: () => this.office.set(null),
    });
    // A different country has other procedures and event types: pick again.
    this.form.controls.matter.controls.jurisdiction.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => {
        this.form.controls.matter.controls.procedure.setValue('');
        this.form.controls.matter.controls.forumId.setValue('');
        this.form.controls.event.controls.eventType.setValue('');
      });
    this.form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      // Only what the person typed: a form just reset (discarded) leaves no draft behind.
      const id = this.auth.user()?.id;
      if (id && this.form.dirty) this.draft.save(id, { form: this.form.getRawValue() }, this.now());
      if (this.duplicates() !== null && this.identityKey() !== this.checkedFor) {
        this.duplicates.set(null);
        this.form.controls.acknowledged.setValue(false, { emitEvent: false });
      }
    });
    this.form.controls.event.controls.date.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() =>
        this.form.controls.event.controls.time.updateValueAndValidity({ emitEvent: false }),
      );
    this.form.controls.event.controls.record.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((record) => this.setEventValidators(record));
    this.setEventValidators(this.form.controls.event.controls.record.value);
  }

  protected discardDraft(): void {
    this.draft.clear();
    this.restored.set(false);
    this.form.reset();
    this.duplicates.set(null);
  }

  /** The message for a field's first error, in the person's words. */
  protected fieldError(group: 'person' | 'matter' | 'event', name: string): MessageKey | null {
    const errors = this.form.get([group, name])?.errors;
    if (!errors) return null;
    const first = Object.keys(errors)[0];
    return fieldErrorKeys[name]?.[first] ?? genericErrorKeys[first] ?? 'intake.error.invalid';
  }

  protected serverMessage(group: 'person' | 'matter' | 'event', name: string): string {
    return String(this.form.get([group, name])?.errors?.['server'] ?? '');
  }

  protected submit(): void {
    if (this.saving()) return;
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.invalidSummary.set(true);
      return;
    }
    this.invalidSummary.set(false);
    const key = this.identityKey();
    if (this.clientId === null && key !== this.checkedFor) {
      this.saving.set(true);
      this.api.duplicates(this.duplicateQuery()).subscribe({
        next: (matches) => {
          this.saving.set(false);
          this.checkedFor = key;
          this.duplicates.set(matches);
          if (matches.length > 0) this.focusDuplicates();
          else this.save();
        },
        error: (failure: unknown) => this.fail(failure),
      });
      return;
    }
    if ((this.duplicates()?.length ?? 0) > 0 && !this.form.controls.acknowledged.value) {
      this.form.controls.acknowledged.markAsTouched();
      this.focusDuplicates();
      return;
    }
    this.save();
  }

  private save(): void {
    this.saving.set(true);
    const client$: Observable<string> = this.clientId
      ? of(this.clientId)
      : this.api.createClient(this.clientBody()).pipe(map((client) => client.id));
    client$
      .pipe(
        concatMap((clientId) => {
          this.clientId = clientId;
          return this.api.openCase(this.caseBody(clientId));
        }),
        switchMap((opened) => {
          const event = this.eventBody();
          if (!event) return of({ caseId: opened.id, tab: 'overview' });
          return this.caseApi
            .recordEvent(opened.id, event)
            .pipe(map(() => ({ caseId: opened.id, tab: 'deadlines' })));
        }),
      )
      .subscribe({
        next: ({ caseId, tab }) => {
          this.draft.clear();
          void this.router.navigateByUrl(caseUrl(caseId, tab));
        },
        error: (failure: unknown) => this.fail(failure),
      });
  }

  private fail(failure: unknown): void {
    this.saving.set(false);
    if (failure instanceof ApiError && failure.code === 'CLIENT_POSSIBLE_DUPLICATE') {
      // Someone saved the same person meanwhile: show who, and ask again.
      const matches = failure.details
        .map((detail) => detail['match'])
        .filter((match): match is DuplicateMatch => typeof match === 'object' && match !== null);
      this.checkedFor = this.identityKey();
      this.duplicates.set(matches);
      this.form.controls.acknowledged.setValue(false);
      this.focusDuplicates();
      return;
    }
    if (failure instanceof ApiError && failure.status === 400) {
      let marked = false;
      for (const detail of failure.details) {
        const name = detail.field ? apiFields[detail.field] : undefined;
        const control = name ? this.controlFor(name) : null;
        if (control) {
          control.setErrors({ server: detail.message });
          control.markAsTouched();
          marked = true;
        }
      }
      if (marked) this.invalidSummary.set(true);
    }
    this.error.set(errorNotice(failure));
  }

  private controlFor(name: FieldName): AbstractControl | null {
    const { person, matter, event } = this.form.controls;
    switch (name) {
      case 'eventType':
        return event.controls.eventType;
      case 'eventDate':
        return event.controls.date;
      case 'eventTime':
        return event.controls.time;
      case 'aNumber':
      case 'jurisdiction':
      case 'procedure':
      case 'forumId':
        return matter.controls[name];
      default:
        return person.controls[name];
    }
  }

  private identityKey(): string {
    const { person, matter } = this.form.getRawValue();
    return JSON.stringify([
      person.givenNames.trim(),
      person.familyNames.trim(),
      person.birthDate,
      person.birthDatePrecision,
      matter.aNumber.trim(),
    ]);
  }

  private duplicateQuery() {
    const { person, matter } = this.form.getRawValue();
    return {
      givenNames: person.givenNames.trim(),
      ...(person.familyNames.trim() ? { familyNames: person.familyNames.trim() } : {}),
      ...(person.birthDate
        ? { birthDate: birthDateFor(person.birthDate, person.birthDatePrecision) }
        : {}),
      ...(matter.aNumber.trim() ? { aNumber: matter.aNumber.trim() } : {}),
    };
  }

  private clientBody(): CreateClientDto {
    const { person } = this.form.getRawValue();
    const body: CreateClientDto = {
      givenNames: person.givenNames.trim(),
      acknowledgeDuplicates: (this.duplicates()?.length ?? 0) > 0,
      interpreterNeeded: person.interpreterNeeded,
    };
    if (person.familyNames.trim()) body.familyNames = person.familyNames.trim();
    const aliases = parseAliases(person.aliases);
    if (aliases.length > 0) body.aliases = aliases;
    if (person.birthDate) {
      body.birthDate = birthDateFor(person.birthDate, person.birthDatePrecision);
      body.birthDatePrecision = person.birthDatePrecision;
    }
    if (person.nationalities.length > 0) body.nationalities = [...new Set(person.nationalities)];
    if (person.gender) body.gender = person.gender;
    if (person.gender === 'self_described')
      body.genderDescription = person.genderDescription.trim();
    if (person.languages.length > 0) body.languages = [...new Set(person.languages)];
    if (person.vulnerabilities.length > 0) body.vulnerabilities = [...person.vulnerabilities];
    const contact: NonNullable<CreateClientDto['contact']> = {};
    for (const key of ['phone', 'email', 'address', 'location'] as const) {
      const value = person[key].trim();
      if (value) contact[key] = value;
    }
    if (Object.keys(contact).length > 0) body.contact = contact;
    return body;
  }

  private caseBody(clientId: string): CreateCaseDto {
    const { matter } = this.form.getRawValue();
    const body: CreateCaseDto = {
      clientId,
      jurisdiction: matter.jurisdiction,
      procedure: matter.procedure,
      custodyStatus: matter.custodyStatus,
    };
    if (matter.forumId) body.forumId = matter.forumId;
    else if (this.officeZone()) body.timeZone = this.officeZone() ?? undefined;
    if (matter.forum.trim()) body.forum = matter.forum.trim();
    if (matter.aNumber.trim()) body.aNumber = matter.aNumber.trim();
    if (matter.expediente.trim()) body.expediente = matter.expediente.trim();
    return body;
  }

  private eventBody() {
    const { event } = this.form.getRawValue();
    if (!event.record) return null;
    const occurredAt = zonedIso(event.date, event.time, this.eventZone());
    return occurredAt ? { eventType: event.eventType, occurredAt } : null;
  }

  private setEventValidators(record: boolean): void {
    const { eventType, date, time } = this.form.controls.event.controls;
    eventType.setValidators(record ? Validators.required : null);
    date.setValidators(record ? Validators.required : null);
    time.setValidators(record ? [Validators.required, () => this.eventTimeError()] : null);
    for (const control of [eventType, date, time])
      control.updateValueAndValidity({ emitEvent: false });
  }

  /** A country with several zones needs its court or office: its clock is the case's. */
  private forumIdError(): ValidationErrors | null {
    // Called while the form is still being built, before the catalogue exists.
    const matter = this.form?.controls.matter.getRawValue();
    if (!matter || matter.forumId) return null;
    const entry = this.catalogue()?.find((e) => e.jurisdiction === matter.jurisdiction);
    // The office's own zone answers for a case in its country (Tijuana's, not Mexico City's).
    if (this.officeZone()) return null;
    return entry && !entry.singleTimeZone ? { required: true } : null;
  }

  /** The event's instant may not lie ahead (the API refuses it too). */
  private eventTimeError(): ValidationErrors | null {
    const { date, time } = this.form?.controls.event.getRawValue() ?? { date: '', time: '' };
    if (!date || !time) return null;
    const iso = zonedIso(date, time, this.eventZone());
    if (!iso) return { invalid: true };
    return Date.parse(iso) > this.now() ? { future: true } : null;
  }

  private birthDateError(control: AbstractControl): ValidationErrors | null {
    const value = control.value as string;
    if (!value) return null;
    const time = Date.parse(`${value}T00:00:00Z`);
    if (Number.isNaN(time)) return { invalid: true };
    const now = this.now();
    if (time > now) return { future: true };
    if (time < now - 120 * 365.25 * 24 * 3_600_000) return { tooOld: true };
    return null;
  }

  private focusDuplicates(): void {
    setTimeout(() => this.duplicatesBox()?.nativeElement.focus());
  }
}
