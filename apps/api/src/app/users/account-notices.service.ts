// Tells a member, and their office's supervisors, when an admin changes the member's roles, issues
// a link to set their password, or adds a member: in the app, and by e-mail when SMTP is set up.
// The one who acted is not told of their own act; disabled accounts hear nothing.
import { Injectable } from '@nestjs/common';
import type { NotificationKind } from '@amparo/contracts';
import {
  memberAddedNotice,
  passwordLinkNotice,
  rolesChangedNotice,
  type NoticeText,
  type Role,
} from '@amparo/domain';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { NotificationsService } from '../notifications/notifications.service';
import { supervisors } from '../notifications/recipients';
import type { UserEntity } from '../organizations/user.entity';

type Member = Pick<UserEntity, 'id' | 'name' | 'disabledAt'>;

@Injectable()
export class AccountNotices {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly notifications: NotificationsService,
  ) {}

  async rolesChanged(
    actor: Principal,
    member: Member,
    before: readonly Role[],
    after: readonly Role[],
    version: number,
  ): Promise<void> {
    const change = { memberName: member.name, actorName: actor.name, before, after };
    await this.send(actor, member, 'account.roles_changed', `roles:${member.id}:${version}`, {
      member: rolesChangedNotice('member', change),
      supervisors: rolesChangedNotice('supervisors', change),
    });
  }

  async passwordLinkIssued(actor: Principal, member: Member, linkId: string): Promise<void> {
    const change = { memberName: member.name, actorName: actor.name };
    await this.send(actor, member, 'account.password_reset', `password-link:${linkId}`, {
      member: passwordLinkNotice('member', change),
      supervisors: passwordLinkNotice('supervisors', change),
    });
  }

  async memberAdded(actor: Principal, member: Member & { roles: Role[] }): Promise<void> {
    const text = memberAddedNotice({
      memberName: member.name,
      actorName: actor.name,
      roles: member.roles,
    });
    // The new member has no password yet: only the supervisors are told.
    await this.send(actor, null, 'account.invited', `invited:${member.id}`, { supervisors: text });
  }

  private async send(
    actor: Principal,
    member: Member | null,
    kind: NotificationKind,
    dedupeKey: string,
    text: { member?: NoticeText; supervisors: NoticeText },
  ): Promise<void> {
    const data = { userId: member?.id ?? null };
    const draft = { kind, caseId: null, deadlineId: null, data, dedupeKey };
    if (member && text.member && member.id !== actor.userId && !member.disabledAt)
      await this.notifications.notify([member.id], { ...draft, ...text.member });
    const others = (await supervisors(this.transactions.manager)).filter(
      (id) => id !== actor.userId && id !== member?.id,
    );
    await this.notifications.notify(others, { ...draft, ...text.supervisors });
  }
}
