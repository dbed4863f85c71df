import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { ClientResponse, UpdateClientDto } from '@amparo/contracts';
import { currentRecordOf, errorNotice, type Notice } from '../../../core/http';
import { type MessageKey, TranslationService } from '../../../core/i18n';
import {
  countryNames,
  genderKeys,
  isKnownGender,
  languageNamesOf,
  languageOptions,
  nationalityOptions,
} from '../../case-shared/person-names';
import { genderedLabel } from '../../case-shared/gendered-label';
import { CaseStore } from '../case.store';
import { caseFormStyles, caseTabStyles } from '../case.styles';
import {
  aliasesError,
  birthDateText,
  maxItems,
  parseAliases,
  phonePattern,
  type Vulnerability,
  vulnerabilities,
  vulnerabilityKeys,
} from './client-fields';
import { PersonApi } from './person.api';

const errorKeys: Readonly<Record<string, MessageKey>> = {
  required: 'intake.error.required',
  maxlength: 'intake.error.tooLong',
  tooMany: 'person.error.tooMany',
  email: 'person.error.email',
};

/**
 * The case's client as recorded (GET /api/clients/:id, an audited read) and, for the case's team,
 * changes to it saved against the version shown. When someone saved first, their version is shown
 * and the person's change stays in the form, to save again over it or to discard.
 */
@Component({
  selector: 'amp-case-person',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
  ],
  template: `
    <section class="person" aria-labelledby="person-title" data-testid="case-person">
      <h2 id="person-title">{{ i18n.t('person.panel.title') }}</h2>
      @if (loadError(); as error) {
        <p class="error" role="alert">{{ i18n.t(error.key, error.params) }}</p>
      } @else if (client(); as person) {
        <dl class="fields" data-testid="case-person-fields">
          <dt>{{ i18n.t('person.panel.givenNames') }}</dt>
          <dd>{{ person.givenNames }}</dd>
          <dt>{{ i18n.t('person.panel.familyNames') }}</dt>
          <dd>{{ person.familyNames || none() }}</dd>
          <dt>{{ i18n.t('person.aliases') }}</dt>
          <dd>{{ person.aliases.join('; ') || none() }}</dd>
          <dt>{{ i18n.t('person.panel.birthDate') }}</dt>
          <dd>{{ birthDate() || none() }}</dd>
          <dt>{{ i18n.t('person.nationalities') }}</dt>
          <dd>{{ nationalityText() || none() }}</dd>
          <dt>{{ i18n.t('person.panel.gender') }}</dt>
          <dd>{{ genderText() || none() }}</dd>
          <dt>{{ i18n.t('person.languages') }}</dt>
          <dd>{{ languageText() || none() }}</dd>
          <dt>{{ i18n.t('person.panel.interpreter') }}</dt>
          <dd>
            {{
              i18n.t(person.interpreterNeeded ? 'person.interpreterYes' : 'person.interpreterNo')
            }}
          </dd>
          <dt>{{ i18n.t('person.vulnerabilities') }}</dt>
          <dd>{{ vulnerabilityText() || none() }}</dd>
          <dt>{{ i18n.t('person.phone') }}</dt>
          <dd>{{ person.contact?.phone || none() }}</dd>
          <dt>{{ i18n.t('person.email') }}</dt>
          <dd>{{ person.contact?.email || none() }}</dd>
          <dt>{{ i18n.t('person.address') }}</dt>
          <dd>{{ person.contact?.address || none() }}</dd>
          <dt>{{ i18n.t('intake.location') }}</dt>
          <dd>{{ person.contact?.location || none() }}</dd>
        </dl>
        <div role="status" class="status-note">
          @if (saved()) {
            {{ i18n.t('person.panel.saved') }}
          }
        </div>
        @if (editing()) {
          <form
            class="card-form"
            [formGroup]="form"
            (ngSubmit)="save()"
            novalidate
            [attr.aria-busy]="busy()"
          >
            <h3 class="form-title">{{ i18n.t('person.panel.editTitle') }}</h3>
            <div class="row">
              <mat-form-field>
                <mat-label>{{ i18n.t('person.panel.givenNames') }}</mat-label>
                <input matInput formControlName="givenNames" required />
                @if (fieldError('givenNames'); as key) {
                  <mat-error>{{ i18n.t(key) }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ i18n.t('person.panel.familyNames') }}</mat-label>
                <input matInput formControlName="familyNames" />
              </mat-form-field>
            </div>
            <mat-form-field class="full">
              <mat-label>{{ i18n.t('person.aliases') }}</mat-label>
              <textarea matInput formControlName="aliases" rows="2"></textarea>
              <mat-hint>{{ i18n.t('person.aliasesHint') }}</mat-hint>
              @if (fieldError('aliases'); as key) {
                <mat-error>{{ i18n.t(key) }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field class="full">
              <mat-label>{{ i18n.t('person.nationalities') }}</mat-label>
              <mat-select
                formControlName="nationalities"
                multiple
                data-testid="person-nationalities"
              >
                @for (country of countryList(); track country.code) {
                  <mat-option [value]="country.code">{{ country.name }}</mat-option>
                }
              </mat-select>
              <mat-hint>{{ i18n.t('person.nationalitiesPick') }}</mat-hint>
              @if (fieldError('nationalities'); as key) {
                <mat-error>{{ i18n.t(key) }}</mat-error>
              }
            </mat-form-field>
            <div class="row">
              <mat-form-field>
                <mat-label>{{ i18n.t('person.languages') }}</mat-label>
                <mat-select formControlName="languages" multiple data-testid="person-languages">
                  @for (language of languageList(); track language.code) {
                    <mat-option [value]="language.code">{{ language.name }}</mat-option>
                  }
                </mat-select>
                @if (fieldError('languages'); as key) {
                  <mat-error>{{ i18n.t(key) }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ i18n.t('person.vulnerabilities') }}</mat-label>
                <mat-select formControlName="vulnerabilities" multiple>
                  @for (vulnerability of vulnerabilityValues; track vulnerability) {
                    <mat-option [value]="vulnerability">{{
                      i18n.t(vulnerabilityKeys[vulnerability])
                    }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
            </div>
            <mat-checkbox formControlName="interpreterNeeded">{{
              i18n.t('intake.interpreterNeeded')
            }}</mat-checkbox>
            <div class="row">
              <mat-form-field>
                <mat-label>{{ i18n.t('person.phone') }}</mat-label>
                <input matInput type="tel" formControlName="phone" />
                @if (fieldError('phone'); as key) {
                  <mat-error>{{ i18n.t(key) }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ i18n.t('person.email') }}</mat-label>
                <input matInput type="email" formControlName="email" />
                @if (fieldError('email'); as key) {
                  <mat-error>{{ i18n.t(key) }}</mat-error>
                }
              </mat-form-field>
            </div>
            <div class="row">
              <mat-form-field>
                <mat-label>{{ i18n.t('person.address') }}</mat-label>
                <input matInput formControlName="address" />
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ i18n.t('intake.location') }}</mat-label>
                <input matInput formControlName="location" data-testid="person-location" />
                <mat-hint>{{ i18n.t('intake.locationHint') }}</mat-hint>
              </mat-form-field>
            </div>
            <div role="alert" class="alert-box" [class.shown]="!!conflict() || !!error()">
              @if (conflict(); as current) {
                <p data-testid="person-conflict">
                  {{ i18n.t('person.panel.conflict', { version: current.version }) }}
                </p>
              } @else if (error(); as error) {
                <p>{{ i18n.t(error.key, error.params) }}</p>
              }
            </div>
            <div class="buttons">
              <button mat-flat-button type="submit" [disabled]="busy()">
                {{ i18n.t(conflict() ? 'person.panel.retry' : 'common.save') }}
              </button>
              @if (conflict(); as current) {
                <button mat-button type="button" (click)="fill(current)">
                  {{ i18n.t('person.panel.discard') }}
                </button>
              }
              <button mat-button type="button" (click)="close()">
                {{ i18n.t('common.cancel') }}
              </button>
            </div>
          </form>
        } @else if (store.canOnCase('cases.edit')) {
          <button mat-stroked-button type="button" class="edit" (click)="open(person)">
            {{ i18n.t('person.panel.edit') }}
          </button>
        }
      } @else {
        <p role="status">{{ i18n.t('person.panel.loading') }}</p>
      }
    </section>
  `,
  styles: [
    caseTabStyles,
    caseFormStyles,
    `
      .person {
        margin-top: 24px;
      }
      .fields {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 6px 16px;
        max-width: 70ch;
      }
      dt {
        font: var(--mat-sys-label-large);
        color: var(--mat-sys-on-surface-variant);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .id {
        font-family: monospace;
      }
      .edit {
        margin: 8px 0 16px;
      }
      @media (max-width: 599.98px) {
        .fields {
          grid-template-columns: 1fr;
        }
        dd {
          margin-bottom: 8px;
        }
      }
    `,
  ],
})
export class PersonPanelComponent {
  protected readonly i18n = inject(TranslationService);
  protected readonly store = inject(CaseStore);
  private readonly api = inject(PersonApi);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly vulnerabilityValues = vulnerabilities;
  protected readonly vulnerabilityKeys = vulnerabilityKeys;

  protected readonly client = signal<ClientResponse | null>(null);
  protected readonly loadError = signal<Notice | null>(null);
  protected readonly editing = signal(false);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly error = signal<Notice | null>(null);
  protected readonly conflict = signal<ClientResponse | null>(null);
  /** The version the next save is based on. */
  private version = 0;

  protected readonly form = this.fb.group({
    givenNames: ['', [Validators.required, Validators.maxLength(200)]],
    familyNames: ['', Validators.maxLength(200)],
    aliases: ['', aliasesError],
    nationalities: [[] as string[], maxItems(5)],
    languages: [[] as string[], maxItems(10)],
    interpreterNeeded: [false],
    vulnerabilities: [[] as Vulnerability[]],
    phone: ['', [Validators.maxLength(40), Validators.pattern(phonePattern)]],
    email: ['', [Validators.maxLength(254), Validators.email]],
    address: ['', Validators.maxLength(500)],
    location: ['', Validators.maxLength(300)],
  });

  protected readonly birthDate = computed(() => {
    const person = this.client();
    if (!person) return null;
    return birthDateText(person.birthDate, person.birthDatePrecision, (iso, options) =>
      this.i18n.formatDate(iso, options),
    );
  });

  /** Labels that agree with the person's gender where Spanish needs it ("Detenida", "Detenido"). */
  protected readonly vulnerabilityText = computed(() => {
    const gender = this.client()?.gender;
    return (this.client()?.vulnerabilities ?? [])
      .map((value) =>
        value in vulnerabilityKeys
          ? genderedLabel(this.i18n, vulnerabilityKeys[value as Vulnerability], gender)
          : value,
      )
      .join(', ');
  });

  /** Names in the language shown, not codes: "Haiti", "Haitian Creole, French". */
  protected readonly nationalityText = computed(() =>
    countryNames(this.client()?.nationalities ?? [], this.i18n.language()),
  );
  protected readonly languageText = computed(() =>
    languageNamesOf(this.client()?.languages ?? [], this.i18n.language()),
  );
  /** Every country by name in the language shown, as intake offers them. */
  protected readonly countryList = computed(() => nationalityOptions(this.i18n.language()));
  /** The offered languages by name, and any the person already has. */
  protected readonly languageList = computed(() =>
    languageOptions(this.i18n.language(), this.client()?.languages ?? []),
  );
  /** A gender the forms offer is named ("Male", "Hombre"); anything else as the person stated it. */
  protected readonly genderText = computed(() => {
    const gender = this.client()?.gender;
    return isKnownGender(gender) ? this.i18n.t(genderKeys[gender]) : (gender ?? '');
  });

  /** Only a different client is fetched again, not every new version of the case. */
  private readonly clientId = computed(() => this.store.record()?.clientId ?? null);

  constructor() {
    effect(() => {
      const clientId = this.clientId();
      if (clientId) untracked(() => this.load(clientId));
    });
  }

  protected none(): string {
    return this.i18n.t('person.panel.none');
  }

  protected fieldError(name: keyof typeof this.form.controls): MessageKey | null {
    const errors = this.form.controls[name].errors;
    if (!errors) return null;
    const first = Object.keys(errors)[0];
    if (first === 'pattern')
      return name === 'phone' ? 'person.error.phone' : 'person.error.languages';
    return errorKeys[first] ?? 'intake.error.invalid';
  }

  protected open(person: ClientResponse): void {
    this.fill(person);
    this.saved.set(false);
    this.error.set(null);
    this.editing.set(true);
  }

  protected close(): void {
    this.editing.set(false);
    this.conflict.set(null);
  }

  /** Puts the server's version in the form (when opening it, or to drop one's own change). */
  protected fill(person: ClientResponse): void {
    this.version = person.version;
    this.conflict.set(null);
    this.form.setValue({
      givenNames: person.givenNames,
      familyNames: person.familyNames,
      aliases: person.aliases.join('\n'),
      nationalities: [...person.nationalities],
      languages: [...person.languages],
      interpreterNeeded: person.interpreterNeeded,
      vulnerabilities: person.vulnerabilities.filter(
        (value): value is Vulnerability => value in vulnerabilityKeys,
      ),
      phone: person.contact?.phone ?? '',
      email: person.contact?.email ?? '',
      address: person.contact?.address ?? '',
      location: person.contact?.location ?? '',
    });
  }

  protected save(): void {
    const person = this.client();
    if (!person || this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.api.updateClient(person.id, this.changeBody()).subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.client.set(updated);
        this.conflict.set(null);
        this.editing.set(false);
        this.saved.set(true);
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        const current = currentRecordOf<ClientResponse>(failure);
        if (current) {
          // Saving again puts the person's change over the newer version, knowingly.
          this.version = current.version;
          this.client.set(current);
          this.conflict.set(current);
          return;
        }
        this.error.set(errorNotice(failure));
      },
    });
  }

  private changeBody(): UpdateClientDto {
    const value = this.form.getRawValue();
    const contact: NonNullable<UpdateClientDto['contact']> = {};
    for (const key of ['phone', 'email', 'address', 'location'] as const) {
      const text = value[key].trim();
      if (text) contact[key] = text;
    }
    return {
      givenNames: value.givenNames.trim(),
      familyNames: value.familyNames.trim(),
      aliases: parseAliases(value.aliases),
      nationalities: [...new Set(value.nationalities)],
      languages: [...new Set(value.languages)],
      interpreterNeeded: value.interpreterNeeded,
      vulnerabilities: [...value.vulnerabilities],
      contact,
      version: this.version,
    };
  }

  private load(clientId: string): void {
    this.loadError.set(null);
    this.api.client(clientId).subscribe({
      next: (person) => this.client.set(person),
      error: (failure: unknown) => this.loadError.set(errorNotice(failure)),
    });
  }
}
