import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { TranslationService } from '../../core/i18n';
import { MemberProfileDialog, type MemberProfileDialogData } from './member-profile.dialog';

/** "Professional profile" in a list of members: opens that member's profile form in a dialog. */
@Component({
  selector: 'amp-member-profile-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    <button
      mat-button
      type="button"
      [attr.aria-label]="i18n.t('admin.users.profileFor', { name: member().name })"
      (click)="open()"
    >
      {{ i18n.t('admin.users.profile') }}
    </button>
  `,
})
export class MemberProfileButtonComponent {
  protected readonly i18n = inject(TranslationService);
  private readonly dialogs = inject(MatDialog);

  readonly member = input.required<{ readonly id: string; readonly name: string }>();

  protected open(): void {
    this.dialogs.open<MemberProfileDialog, MemberProfileDialogData>(MemberProfileDialog, {
      data: { userId: this.member().id },
      width: '560px',
    });
  }
}
