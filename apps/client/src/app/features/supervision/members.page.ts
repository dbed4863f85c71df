import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { roleLabelKeys } from '../../core/auth';
import { errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { MemberProfileButtonComponent } from '../account/member-profile-button.component';
import { SupervisionApi } from './supervision.api';
import type { OfficeMember } from './supervision.models';
import { supervisionStyles } from './supervision.styles';

/**
 * The office's members, for a supervisor to keep each one's professional profile (bar number,
 * EOIR ID, the gender their printed title agrees with) in the form members use themselves.
 */
@Component({
  selector: 'amp-members-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MemberProfileButtonComponent],
  template: `
    <h2>{{ i18n.t('supervision.members.title') }}</h2>
    <p>{{ i18n.t('supervision.members.intro') }}</p>
    @if (error(); as failure) {
      <p role="alert" class="error">{{ i18n.t(failure.key, failure.params) }}</p>
    } @else if (members(); as list) {
      <table data-testid="members">
        <thead>
          <tr>
            <th scope="col">{{ i18n.t('supervision.members.name') }}</th>
            <th scope="col">{{ i18n.t('supervision.members.roles') }}</th>
            <th scope="col">
              <span class="cdk-visually-hidden">{{ i18n.t('supervision.members.actions') }}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          @for (member of list; track member.id) {
            <tr [attr.data-testid]="'member-' + member.id">
              <th scope="row">{{ member.name }}</th>
              <td>{{ rolesText(member) }}</td>
              <td>
                <amp-member-profile-button [member]="member" />
              </td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p role="status">{{ i18n.t('common.loading') }}</p>
    }
  `,
  styles: [supervisionStyles],
})
export class MembersPage implements OnInit {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(SupervisionApi);

  protected readonly members = signal<OfficeMember[] | null>(null);
  protected readonly error = signal<Notice | null>(null);

  ngOnInit(): void {
    this.api.members().subscribe({
      next: (members) => this.members.set(members.filter((member) => !member.disabled)),
      error: (failure: unknown) => this.error.set(errorNotice(failure)),
    });
  }

  protected rolesText(member: OfficeMember): string {
    return member.roles.map((role) => this.i18n.t(roleLabelKeys[role])).join(', ');
  }
}
