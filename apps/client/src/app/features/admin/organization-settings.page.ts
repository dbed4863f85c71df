import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  type OnInit,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import type { CatalogueJurisdictionResponse } from '@amparo/contracts';
import { startWith } from 'rxjs';
import { roleLabelKeys } from '../../core/auth';
import { currentRecordOf, errorNotice, type Notice } from '../../core/http';
import { type MessageKey, TranslationService } from '../../core/i18n';
import {
  allRoles,
  type CaseVisibility,
  caseVisibilities,
  type OrganizationSettings,
  type Role,
} from './admin.models';
import { CaseApi } from '../case/case.api';
import { OrganizationSettingsApi } from './organization-settings.api';

const visibilityKeys = {
  assigned: 'admin.settings.visibility.assigned',
  organization: 'admin.settings.visibility.organization',
} as const satisfies Record<CaseVisibility, MessageKey>;

const visibilityHintKeys = {
  assigned: 'admin.settings.visibility.assignedHint',
  organization: 'admin.settings.visibility.organizationHint',
} as const satisfies Record<CaseVisibility, MessageKey>;

/**
 * Office-wide settings: who sees which cases, which roles must use a second factor, the country,
 * zone and language intake starts from, and the postal address filings print. Saves
 * with the version last seen; if another admin saved meanwhile, their settings are shown and the
 * admin's own choices stay in the form to save again or discard.
 */
@Component({
  selector: 'amp-organization-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    ReactiveFormsModule,
  ],
  template: `
    <h2>{{ i18n.t('admin.settings.title') }}</h2>
    <div role="alert" class="error" data-testid="settings-error">
      @if (conflict(); as current) {
        <p>{{ i18n.t('admin.conflict') }}</p>
        <p data-testid="settings-current">
          {{
            i18n.t('admin.settings.current', {
              visibility: i18n.t(visibilityKeys[current.caseVisibility]),
              roles: rolesText(current.mfaRequiredRoles),
            })
          }}
        </p>
        <button mat-button type="button" (click)="useCurrent(current)">
          {{ i18n.t('admin.settings.useCurrent') }}
        </button>
      } @else if (error(); as error) {
        {{ i18n.t(error.key, error.params) }}
      }
    </div>
    <div role="status" class="status">
      @if (saved()) {
        {{ i18n.t('admin.settings.saved') }}
      }
    </div>

    @if (settings()) {
      <form [formGroup]="form" (ngSubmit)="save()" novalidate [attr.aria-busy]="saving()">
        <fieldset>
          <legend>{{ i18n.t('admin.settings.visibility') }}</legend>
          <mat-radio-group formControlName="caseVisibility" class="options">
            @for (visibility of visibilities; track visibility) {
              <mat-radio-button
                [value]="visibility"
                [attr.data-testid]="'visibility-' + visibility"
                [aria-describedby]="'visibility-hint-' + visibility"
              >
                {{ i18n.t(visibilityKeys[visibility]) }}
              </mat-radio-button>
              <span class="hint" [id]="'visibility-hint-' + visibility">{{
                i18n.t(visibilityHintKeys[visibility])
              }}</span>
            }
          </mat-radio-group>
        </fieldset>
        <fieldset formGroupName="mfaRequiredRoles">
          <legend>{{ i18n.t('admin.settings.mfa') }}</legend>
          <p class="hint">{{ i18n.t('admin.settings.mfaHint') }}</p>
          @for (role of roles; track role) {
            <mat-checkbox [formControlName]="role" [attr.data-testid]="'mfa-' + role">
              {{ i18n.t(roleLabels[role]) }}
            </mat-checkbox>
          }
        </fieldset>
        <fieldset>
          <legend>{{ i18n.t('admin.settings.defaults') }}</legend>
          <p class="hint">{{ i18n.t('admin.settings.defaultsHint') }}</p>
          <mat-form-field>
            <mat-label>{{ i18n.t('admin.settings.jurisdiction') }}</mat-label>
            <mat-select formControlName="defaultJurisdiction" data-testid="settings-jurisdiction">
              <mat-option value="">{{ i18n.t('admin.settings.none') }}</mat-option>
              @for (entry of catalogue(); track entry.jurisdiction) {
                <mat-option [value]="entry.jurisdiction">{{
                  entry.name[i18n.language()]
                }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ i18n.t('admin.settings.timeZone') }}</mat-label>
            <mat-select formControlName="defaultTimeZone" data-testid="settings-time-zone">
              <mat-option value="">{{ i18n.t('admin.settings.none') }}</mat-option>
              @for (zone of zones(); track zone) {
                <mat-option [value]="zone">{{ zone }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ i18n.t('admin.settings.language') }}</mat-label>
            <mat-select formControlName="defaultLanguage" data-testid="settings-language">
              <mat-option value="">{{ i18n.t('admin.settings.none') }}</mat-option>
              <mat-option value="es">Español</mat-option>
              <mat-option value="en">English</mat-option>
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ i18n.t('admin.settings.address') }}</mat-label>
            <input matInput formControlName="address" data-testid="settings-address" />
            <mat-hint>{{ i18n.t('admin.settings.addressHint') }}</mat-hint>
          </mat-form-field>
        </fieldset>
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="settings-save">
          {{ i18n.t(conflict() ? 'admin.retry' : 'common.save') }}
        </button>
      </form>
    } @else if (!error()) {
      <p role="status">{{ i18n.t('common.loading') }}</p>
    }
  `,
  styles: `
    h2 {
      font: var(--mat-sys-title-large);
    }
    form {
      max-width: 60ch;
    }
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 8px 12px;
      margin: 0 0 16px;
      display: flex;
      flex-direction: column;
    }
    legend {
      font: var(--mat-sys-title-small);
      padding-inline: 4px;
    }
    .options {
      display: flex;
      flex-direction: column;
    }
    .hint {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 8px 40px;
    }
    p.hint {
      margin-left: 0;
    }
    .error:not(:empty),
    .status:not(:empty) {
      margin-block: 8px;
      padding: 4px 12px;
      border-radius: 8px;
    }
    .error:not(:empty) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .status:not(:empty) {
      background: var(--mat-sys-secondary-container);
      padding-block: 12px;
    }
  `,
})
export class OrganizationSettingsPage implements OnInit {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(OrganizationSettingsApi);
  private readonly caseApi = inject(CaseApi);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly roles = allRoles;
  protected readonly roleLabels = roleLabelKeys;
  protected readonly visibilities = caseVisibilities;
  protected readonly visibilityKeys = visibilityKeys;
  protected readonly visibilityHintKeys = visibilityHintKeys;

  protected readonly form = this.fb.group({
    caseVisibility: this.fb.control<CaseVisibility>('assigned'),
    mfaRequiredRoles: this.fb.group(
      Object.fromEntries(allRoles.map((role) => [role, false])) as Record<Role, boolean>,
    ),
    defaultJurisdiction: [''],
    defaultTimeZone: [''],
    defaultLanguage: this.fb.control<'' | 'en' | 'es'>(''),
    address: ['', Validators.maxLength(300)],
  });
  protected readonly catalogue = signal<CatalogueJurisdictionResponse[]>([]);
  private readonly jurisdiction = toSignal(
    this.form.controls.defaultJurisdiction.valueChanges.pipe(
      startWith(this.form.controls.defaultJurisdiction.value),
    ),
    { initialValue: '' },
  );
  /** The zones of the chosen country's courts and offices (and the one saved, if other). */
  protected readonly zones = computed(() => {
    const entry = this.catalogue().find((e) => e.jurisdiction === this.jurisdiction());
    const zones = new Set<string>(entry ? [entry.defaultTimeZone] : []);
    for (const forum of entry?.forums ?? []) zones.add(forum.timeZone);
    const saved = this.settings()?.defaultTimeZone;
    if (saved) zones.add(saved);
    return [...zones].sort();
  });
  /** The version the next save is based on. */
  protected readonly settings = signal<OrganizationSettings | null>(null);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly conflict = signal<OrganizationSettings | null>(null);
  protected readonly error = signal<Notice | null>(null);

  ngOnInit(): void {
    this.caseApi.rules().subscribe({
      next: (rules) => this.catalogue.set(rules.jurisdictions),
      error: () => this.catalogue.set([]),
    });
    this.api.get().subscribe({
      next: (settings) => this.useCurrent(settings),
      error: (failure: unknown) => this.error.set(errorNotice(failure)),
    });
  }

  protected rolesText(roles: readonly Role[]): string {
    return roles.length === 0
      ? this.i18n.t('admin.settings.noRoles')
      : roles.map((role) => this.i18n.t(roleLabelKeys[role])).join(', ');
  }

  /** Shows the server's settings in the form (on load, or to discard one's own after a conflict). */
  protected useCurrent(settings: OrganizationSettings): void {
    this.settings.set(settings);
    this.conflict.set(null);
    this.form.setValue({
      caseVisibility: settings.caseVisibility,
      mfaRequiredRoles: Object.fromEntries(
        allRoles.map((role) => [role, settings.mfaRequiredRoles.includes(role)]),
      ) as Record<Role, boolean>,
      defaultJurisdiction: settings.defaultJurisdiction ?? '',
      defaultTimeZone: settings.defaultTimeZone ?? '',
      defaultLanguage: settings.defaultLanguage ?? '',
      address: settings.address ?? '',
    });
  }

  protected save(): void {
    const base = this.settings();
    if (!base || this.saving()) return;
    const { caseVisibility, mfaRequiredRoles, ...defaults } = this.form.getRawValue();
    this.saving.set(true);
    this.saved.set(false);
    this.error.set(null);
    this.api
      .update({
        caseVisibility,
        mfaRequiredRoles: allRoles.filter((role) => mfaRequiredRoles[role]),
        defaultJurisdiction: defaults.defaultJurisdiction || null,
        defaultTimeZone: defaults.defaultTimeZone || null,
        defaultLanguage: defaults.defaultLanguage || null,
        address: defaults.address,
        version: base.version,
      })
      .subscribe({
        next: (settings) => {
          this.saving.set(false);
          this.useCurrent(settings);
          this.saved.set(true);
        },
        error: (failure: unknown) => {
          this.saving.set(false);
          const current = currentRecordOf<OrganizationSettings>(failure);
          if (current) {
            // Retrying saves the admin's choices over the newer version, knowingly.
            this.settings.set(current);
            this.conflict.set(current);
          } else {
            this.conflict.set(null);
            this.error.set(errorNotice(failure));
          }
        },
      });
  }
}
