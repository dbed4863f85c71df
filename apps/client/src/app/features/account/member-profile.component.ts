import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  type OnInit,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { currentRecordOf, errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { type MemberProfile, MemberProfileApi } from './member-profile.api';

const EOIR_ID = /^\s*[A-Za-z0-9]{6,12}\s*$/;
type GenderChoice = 'female' | 'male' | '';

/**
 * The member's professional details that filings print with their signature: bar or professional
 * registration, EOIR ID (US courts) and the gender their title agrees with ("Abogada",
 * "Abogado"; left unstated, filings print "Abogado(a)"). Saved against the version read; someone
 * else's change meanwhile (a supervisor's) is shown and nothing is overwritten silently. Given a
 * `userId`, the same form edits that member's profile (supervisors and admins, profiles.manage).
 */
@Component({
  selector: 'amp-member-profile',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    ReactiveFormsModule,
  ],
  template: `
    <section aria-labelledby="profile-title" class="profile-form">
      @if (userId()) {
        <h2 id="profile-title">
          {{ i18n.t('account.profile.titleOf', { name: memberName() ?? '…' }) }}
        </h2>
        <p class="hint">{{ i18n.t('account.profile.introOf') }}</p>
      } @else {
        <h2 id="profile-title">{{ i18n.t('account.profile.title') }}</h2>
        <p class="hint">{{ i18n.t('account.profile.intro') }}</p>
      }
      @if (loadError(); as failure) {
        <p role="alert" class="error">{{ i18n.t(failure.key, failure.params) }}</p>
      } @else if (!loaded()) {
        <p>{{ i18n.t('common.loading') }}</p>
      } @else {
        <form [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="profile-form">
          <mat-form-field appearance="outline" class="wide">
            <mat-label>{{ i18n.t('account.profile.barNumber') }}</mat-label>
            <input matInput id="profile-barNumber" formControlName="barNumber" maxlength="80" />
            <mat-hint>{{ i18n.t('account.profile.barNumberHint') }}</mat-hint>
          </mat-form-field>
          <mat-form-field appearance="outline" class="wide">
            <mat-label>{{ i18n.t('account.profile.eoirId') }}</mat-label>
            <input
              matInput
              id="profile-eoirId"
              formControlName="eoirId"
              autocapitalize="characters"
              spellcheck="false"
            />
            <mat-hint>{{ i18n.t('account.profile.eoirIdHint') }}</mat-hint>
            @if (form.controls.eoirId.invalid) {
              <mat-error>{{ i18n.t('account.profile.eoirIdInvalid') }}</mat-error>
            }
          </mat-form-field>
          <fieldset>
            <legend id="profile-gender-label">{{ i18n.t('account.profile.gender') }}</legend>
            <mat-radio-group aria-labelledby="profile-gender-label" formControlName="gender">
              <mat-radio-button value="female">{{
                i18n.t('account.profile.gender.female')
              }}</mat-radio-button>
              <mat-radio-button value="male">{{
                i18n.t('account.profile.gender.male')
              }}</mat-radio-button>
              <mat-radio-button value="">{{
                i18n.t('account.profile.gender.unstated')
              }}</mat-radio-button>
            </mat-radio-group>
          </fieldset>
          <div role="alert" class="error" [class.shown]="!!error()">
            @if (error(); as failure) {
              {{ i18n.t(failure.key, failure.params) }}
            }
          </div>
          <div role="status" class="ok" [class.shown]="!!saved()">
            @if (saved()) {
              {{ i18n.t('account.profile.saved') }}
            }
          </div>
          <button mat-flat-button type="submit" [disabled]="busy()" data-testid="profile-save">
            {{ i18n.t('account.profile.save') }}
          </button>
        </form>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
      max-width: 60ch;
      margin-bottom: 24px;
    }
    h2 {
      font: var(--mat-sys-title-large);
    }
    .wide {
      width: 100%;
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 8px 0;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .error.shown,
    .ok.shown {
      border-radius: 8px;
      padding: 8px 12px;
      margin: 8px 0;
    }
    .error.shown {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .ok.shown {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class MemberProfileComponent implements OnInit {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(MemberProfileApi);
  private readonly fb = inject(NonNullableFormBuilder);

  /** Another member's id, to edit their profile; none: the signed-in member's own. */
  readonly userId = input<string | null>(null);

  protected readonly memberName = signal<string | null>(null);
  protected readonly loaded = signal(false);
  protected readonly loadError = signal<Notice | null>(null);
  protected readonly error = signal<Notice | null>(null);
  protected readonly saved = signal(false);
  protected readonly busy = signal(false);
  private version = 0;

  protected readonly form = this.fb.group({
    barNumber: this.fb.control('', Validators.maxLength(80)),
    eoirId: this.fb.control('', Validators.pattern(EOIR_ID)),
    gender: this.fb.control<GenderChoice>(''),
  });

  ngOnInit(): void {
    this.api.get(this.userId()).subscribe({
      next: (profile) => this.fill(profile),
      error: (failure: unknown) => this.loadError.set(errorNotice(failure)),
    });
  }

  protected save(): void {
    if (this.busy()) return;
    this.saved.set(false);
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.busy.set(true);
    this.api
      .replace(
        {
          version: this.version,
          ...(value.barNumber.trim() ? { barNumber: value.barNumber.trim() } : {}),
          ...(value.eoirId.trim() ? { eoirId: value.eoirId.trim() } : {}),
          ...(value.gender ? { gender: value.gender } : {}),
        },
        this.userId(),
      )
      .subscribe({
        next: (profile) => {
          this.busy.set(false);
          this.fill(profile);
          this.saved.set(true);
        },
        error: (failure: unknown) => {
          this.busy.set(false);
          const current = currentRecordOf<MemberProfile>(failure);
          if (current) {
            // Someone else saved meanwhile: show theirs; saving again is a knowing overwrite.
            this.fill(current);
            this.error.set({
              key: this.userId() ? 'account.profile.conflictOf' : 'account.profile.conflict',
            });
            return;
          }
          this.error.set(errorNotice(failure));
        },
      });
  }

  private fill(profile: MemberProfile): void {
    this.version = profile.version;
    this.memberName.set(profile.name);
    this.form.setValue({
      barNumber: profile.barNumber ?? '',
      eoirId: profile.eoirId ?? '',
      gender: profile.gender ?? '',
    });
    this.form.markAsPristine();
    this.loaded.set(true);
  }
}
