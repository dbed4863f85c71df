import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { roleHintKeys, roleLabelKeys } from '../../core/auth';
import { TranslationService } from '../../core/i18n';
import { allRoles } from './admin.models';
import type { RolesGroup } from './role-form';

/** The roles as checkboxes in a labelled group, each with what the role may do. */
@Component({
  selector: 'amp-role-checkboxes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCheckboxModule, ReactiveFormsModule],
  template: `
    <fieldset [formGroup]="group()" [attr.aria-describedby]="showError() ? 'roles-error' : null">
      <legend>{{ i18n.t('admin.roles.legend') }}</legend>
      @for (role of roles; track role) {
        <div class="role">
          <mat-checkbox
            [formControlName]="role"
            [attr.data-testid]="'role-' + role"
            [aria-describedby]="idPrefix() + role"
          >
            {{ i18n.t(labels[role]) }}
          </mat-checkbox>
          <span class="hint" [id]="idPrefix() + role">{{ i18n.t(hints[role]) }}</span>
        </div>
      }
      @if (showError()) {
        <p id="roles-error" class="error" role="alert">{{ i18n.t('admin.roles.required') }}</p>
      }
    </fieldset>
  `,
  styles: `
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 8px 12px;
      margin: 0 0 12px;
    }
    legend {
      font: var(--mat-sys-title-small);
      padding-inline: 4px;
    }
    .role {
      display: flex;
      flex-direction: column;
    }
    .hint {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      margin: -8px 0 4px 40px;
    }
    .error {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class RoleCheckboxesComponent {
  protected readonly i18n = inject(TranslationService);
  protected readonly roles = allRoles;
  protected readonly labels = roleLabelKeys;
  protected readonly hints = roleHintKeys;
  readonly group = input.required<RolesGroup>();
  /** Set by the form once the person has tried to submit. */
  readonly showError = input(false);
  /** Keeps hint ids unique when two forms are on one page. */
  readonly idPrefix = input('role-hint-');
}
