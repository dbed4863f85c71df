import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslationService } from '../../core/i18n';
import { MemberProfileComponent } from './member-profile.component';

/** Whose profile a supervisor or admin opens from a list of the office's members. */
export interface MemberProfileDialogData {
  readonly userId: string;
}

/** Another member's professional profile, in the very form members use for their own. */
@Component({
  selector: 'amp-member-profile-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule, MemberProfileComponent],
  template: `
    <mat-dialog-content>
      <amp-member-profile [userId]="data.userId" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close data-testid="profile-close">
        {{ i18n.t('common.close') }}
      </button>
    </mat-dialog-actions>
  `,
})
export class MemberProfileDialog {
  protected readonly i18n = inject(TranslationService);
  protected readonly data = inject<MemberProfileDialogData>(MAT_DIALOG_DATA);
}
