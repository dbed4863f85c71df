import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslationService } from '../../core/i18n';

/**
 * Proof of the second factor already on, asked before it is replaced or turned off: a code from
 * the current app, or a recovery code when the phone is lost (one field takes either).
 */
@Component({
  selector: 'amp-current-code-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ i18n.t('account.mfa.currentCode') }}</mat-label>
      <input
        matInput
        [formControl]="control()"
        type="text"
        autocomplete="one-time-code"
        maxlength="11"
        required
        [attr.data-testid]="testId()"
      />
      <mat-hint>{{ i18n.t('account.mfa.currentCodeHint') }}</mat-hint>
      @if (control().hasError('required')) {
        <mat-error>{{ i18n.t('account.mfa.currentCodeRequired') }}</mat-error>
      } @else if (control().hasError('pattern')) {
        <mat-error>{{ i18n.t('account.mfa.currentCodeFormat') }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    mat-form-field {
      width: 100%;
    }
  `,
})
export class CurrentCodeFieldComponent {
  protected readonly i18n = inject(TranslationService);
  readonly control = input.required<FormControl<string>>();
  readonly testId = input.required<string>();
}
