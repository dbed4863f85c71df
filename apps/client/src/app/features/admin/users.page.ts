import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  type OnInit,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { filter, type Observable, switchMap } from 'rxjs';
import { AuthService, roleLabelKeys } from '../../core/auth';
import { errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { MemberProfileButtonComponent } from '../account/member-profile-button.component';
import type { PasswordSetup, User } from './admin.models';
import { ConfirmDialog, type ConfirmData } from './confirm.dialog';
import { DisableUserDialog } from './disable-user.dialog';
import { EditRolesDialog, type EditRolesResult } from './edit-roles.dialog';
import { InviteUserDialog } from './invite-user.dialog';
import { SetupLinkComponent } from './setup-link.component';
import { UsersApi } from './users.api';

const dialogWidth = '560px';

/** The office's accounts: who has which roles, who is disabled, who has a second factor. */
@Component({
  selector: 'amp-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MemberProfileButtonComponent, SetupLinkComponent],
  template: `
    <div class="heading">
      <h2>{{ i18n.t('admin.users.title') }}</h2>
      <button mat-flat-button type="button" (click)="invite()" data-testid="invite">
        {{ i18n.t('admin.users.invite') }}
      </button>
    </div>

    @if (setup(); as setup) {
      <amp-setup-link [setup]="setup" (dismissed)="this.setup.set(null)" />
    }
    <div role="status" class="status" data-testid="users-status">
      @if (done(); as done) {
        {{ i18n.t(done.key, done.params) }}
      }
    </div>
    <div role="alert" class="error" data-testid="users-error">
      @if (error(); as error) {
        {{ i18n.t(error.key, error.params) }}
      }
    </div>

    @if (loading()) {
      <p role="status">{{ i18n.t('common.loading') }}</p>
    } @else if (users(); as users) {
      <div class="table-scroll">
        <table data-testid="users">
          <caption class="visually-hidden">
            {{
              i18n.t('admin.users.caption')
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ i18n.t('admin.users.name') }}</th>
              <th scope="col">{{ i18n.t('admin.users.roles') }}</th>
              <th scope="col">{{ i18n.t('admin.users.status') }}</th>
              <th scope="col">{{ i18n.t('admin.users.mfa') }}</th>
              <th scope="col">{{ i18n.t('admin.users.password') }}</th>
              <th scope="col">{{ i18n.t('admin.users.actions') }}</th>
            </tr>
          </thead>
          <tbody>
            @for (user of users; track user.id) {
              <tr [attr.data-testid]="'user-' + user.id">
                <th scope="row">
                  <span class="name">{{ user.name }}</span>
                  <span class="email">{{ user.email }}</span>
                </th>
                <td>{{ rolesText(user) }}</td>
                <td>
                  {{ i18n.t(user.disabled ? 'admin.users.disabled' : 'admin.users.active') }}
                </td>
                <td>{{ i18n.t(user.mfaEnabled ? 'admin.users.mfaOn' : 'admin.users.mfaOff') }}</td>
                <td>
                  {{
                    i18n.t(
                      user.passwordSet ? 'admin.users.passwordSet' : 'admin.users.passwordPending'
                    )
                  }}
                </td>
                <td class="actions">
                  <button
                    mat-button
                    type="button"
                    [attr.aria-label]="i18n.t('admin.users.changeRolesFor', { name: user.name })"
                    (click)="changeRoles(user)"
                  >
                    {{ i18n.t('admin.users.changeRoles') }}
                  </button>
                  @if (user.disabled) {
                    <button
                      mat-button
                      type="button"
                      [attr.aria-label]="i18n.t('admin.users.enableFor', { name: user.name })"
                      (click)="enable(user)"
                    >
                      {{ i18n.t('admin.users.enable') }}
                    </button>
                  } @else {
                    <button
                      mat-button
                      type="button"
                      [attr.aria-label]="i18n.t('admin.users.disableFor', { name: user.name })"
                      (click)="disable(user)"
                    >
                      {{ i18n.t('admin.users.disable') }}
                    </button>
                  }
                  @if (user.mfaEnabled) {
                    <button
                      mat-button
                      type="button"
                      [attr.aria-label]="i18n.t('admin.users.resetMfaFor', { name: user.name })"
                      (click)="resetMfa(user)"
                    >
                      {{ i18n.t('admin.users.resetMfa') }}
                    </button>
                  }
                  <button
                    mat-button
                    type="button"
                    [attr.aria-label]="i18n.t('admin.users.passwordLinkFor', { name: user.name })"
                    (click)="passwordLink(user)"
                  >
                    {{ i18n.t('admin.users.passwordLink') }}
                  </button>
                  @if (canEditProfiles()) {
                    <amp-member-profile-button [member]="user" />
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .heading {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      flex-wrap: wrap;
    }
    h2 {
      font: var(--mat-sys-title-large);
    }
    .table-scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: start;
      padding: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
      font: var(--mat-sys-body-medium);
    }
    thead th {
      font: var(--mat-sys-title-small);
    }
    .name,
    .email {
      display: block;
    }
    .email {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .actions {
      white-space: nowrap;
    }
    .error:not(:empty),
    .status:not(:empty) {
      margin-block: 8px;
      padding: 12px;
      border-radius: 8px;
    }
    .error:not(:empty) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .status:not(:empty) {
      background: var(--mat-sys-secondary-container);
    }
  `,
})
export class UsersPage implements OnInit {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(UsersApi);
  private readonly dialogs = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  /** Admins (and supervisors) may edit another member's profile: PUT /api/users/:id/profile. */
  private readonly auth = inject(AuthService);
  protected readonly canEditProfiles = computed(() => this.auth.can('profiles.manage'));
  protected readonly users = signal<User[] | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<Notice | null>(null);
  protected readonly done = signal<Notice | null>(null);
  protected readonly setup = signal<PasswordSetup | null>(null);

  ngOnInit(): void {
    this.api.list().subscribe({
      next: (users) => {
        this.users.set(users);
        this.loading.set(false);
      },
      error: (failure: unknown) => {
        this.loading.set(false);
        this.error.set(errorNotice(failure));
      },
    });
  }

  protected rolesText(user: User): string {
    return user.roles.map((role) => this.i18n.t(roleLabelKeys[role])).join(', ');
  }

  protected invite(): void {
    this.dialogs
      .open<InviteUserDialog, void, PasswordSetup>(InviteUserDialog, { width: dialogWidth })
      .afterClosed()
      .subscribe((setup) => {
        if (!setup) return;
        this.users.update((users) => [...(users ?? []), setup.user]);
        this.showLink(setup);
      });
  }

  protected changeRoles(user: User): void {
    this.dialogs
      .open<EditRolesDialog, User, EditRolesResult>(EditRolesDialog, {
        data: user,
        width: dialogWidth,
      })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        // Even a cancelled dialog may have learnt a newer record from a conflict: show it.
        this.replace(result.user);
        if (result.saved) {
          this.announce({ key: 'admin.users.rolesSaved', params: { name: result.user.name } });
        }
      });
  }

  protected disable(user: User): void {
    this.dialogs
      .open<DisableUserDialog, User, User>(DisableUserDialog, {
        data: user,
        width: dialogWidth,
        role: 'alertdialog',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.replace(saved);
        this.announce({ key: 'admin.users.disabledDone', params: { name: saved.name } });
      });
  }

  protected enable(user: User): void {
    this.run(this.api.enable(user.id), (saved) => {
      this.replace(saved);
      this.announce({ key: 'admin.users.enabledDone', params: { name: saved.name } });
    });
  }

  protected resetMfa(user: User): void {
    this.confirm({
      title: 'admin.resetMfa.title',
      body: 'admin.resetMfa.body',
      confirm: 'admin.resetMfa.confirm',
      params: { name: user.name },
    })
      .pipe(switchMap(() => this.api.resetMfa(user.id)))
      .subscribe({
        next: (saved) => {
          this.replace(saved);
          this.announce({ key: 'admin.users.mfaResetDone', params: { name: saved.name } });
        },
        error: (failure: unknown) => this.error.set(errorNotice(failure)),
      });
  }

  protected passwordLink(user: User): void {
    this.confirm({
      title: 'admin.passwordLink.title',
      body: 'admin.passwordLink.body',
      confirm: 'admin.passwordLink.confirm',
      params: { name: user.name },
    })
      .pipe(switchMap(() => this.api.newPasswordLink(user.id)))
      .subscribe({
        next: (setup) => {
          this.replace(setup.user);
          this.showLink(setup);
        },
        error: (failure: unknown) => this.error.set(errorNotice(failure)),
      });
  }

  private confirm(data: ConfirmData): Observable<true> {
    return this.dialogs
      .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
        data,
        width: dialogWidth,
        role: 'alertdialog',
      })
      .afterClosed()
      .pipe(filter((yes): yes is true => yes === true));
  }

  private run(call: Observable<User>, next: (user: User) => void): void {
    this.error.set(null);
    call.subscribe({ next, error: (failure: unknown) => this.error.set(errorNotice(failure)) });
  }

  private replace(saved: User): void {
    this.users.update(
      (users) => users?.map((user) => (user.id === saved.id ? saved : user)) ?? null,
    );
  }

  private announce(notice: Notice): void {
    this.error.set(null);
    this.setup.set(null);
    this.done.set(notice);
  }

  // The link is what the admin came for: move focus to it so it is read out and easy to copy.
  private showLink(setup: PasswordSetup): void {
    this.error.set(null);
    this.done.set(null);
    this.setup.set(setup);
    afterNextRender(() => this.document.getElementById('setup-link-title')?.focus(), {
      injector: this.injector,
    });
  }
}
