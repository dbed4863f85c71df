import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatRadioModule } from '@angular/material/radio';
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
 * Office-wide settings: who sees which cases, and which roles must use a second factor. Saves
 * with the version last seen; if another admin saved meanwhile, their settings are shown and the
 * admin's own choices stay in the form to save again or discard.
 */
@Component({
  selector: 'amp-organization-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCheckboxModule, MatRadioModule, ReactiveFormsModule],
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
  });
  /** The version the next save is based on. */
  protected readonly settings = signal<OrganizationSettings | null>(null);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly conflict = signal<OrganizationSettings | null>(null);
  protected readonly error = signal<Notice | null>(null);

  ngOnInit(): void {
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
    });
  }

  protected save(): void {
    const base = this.settings();
    if (!base || this.saving()) return;
    const { caseVisibility, mfaRequiredRoles } = this.form.getRawValue();
    this.saving.set(true);
    this.saved.set(false);
    this.error.set(null);
    this.api
      .update({
        caseVisibility,
        mfaRequiredRoles: allRoles.filter((role) => mfaRequiredRoles[role]),
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
