// The office's members as supervisors name them on screens: who waived, who leads, who acted.
import { Injectable } from '@nestjs/common';
import type { OfficeMemberResponse } from '@amparo/contracts';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { UserEntity } from '../organizations/user.entity';

@Injectable()
export class OfficeMembersService {
  constructor(private readonly transactions: TenantTransactions) {}

  /** Names and roles only: no e-mail, no sign-in or MFA state (that is the admin's list). */
  async list(principal: Principal): Promise<OfficeMemberResponse[]> {
    const users = await this.transactions.manager.find(UserEntity, {
      where: { organizationId: principal.organizationId },
      select: { id: true, name: true, roles: true, disabledAt: true },
      order: { name: 'ASC' },
    });
    return users.map((user) => ({
      id: user.id,
      name: user.name,
      roles: user.roles,
      disabled: user.disabledAt !== null,
    }));
  }
}
