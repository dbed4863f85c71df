// A member's professional profile (bar number, EOIR ID, the gender their title agrees with): the
// member edits their own; supervisors and admins edit any member of their office. Another office's
// member is simply not found. Every change is audited without its values; a stale write is a 409.
import { Injectable } from '@nestjs/common';
import type { MemberProfileResponse, UpdateMemberProfileDto } from '@amparo/contracts';
import { ConflictError, type ErrorDetail } from '@amparo/domain';
import { AuditService } from '../audit/audit.service';
import { auditCode } from '../audit/audit-details';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { UserEntity } from '../organizations/user.entity';
import { userNotFound } from './users.errors';

const staleProfile = (current: MemberProfileResponse) =>
  new ConflictError(
    'PROFILE_VERSION_CONFLICT',
    'Someone changed this profile meanwhile; review the current version and retry',
    [{ message: 'current version of the record', current } as ErrorDetail],
  );

export function toMemberProfileResponse(user: UserEntity): MemberProfileResponse {
  return {
    userId: user.id,
    name: user.name,
    barNumber: user.barNumber,
    eoirId: user.eoirId,
    gender: user.gender,
    version: user.version,
  };
}

@Injectable()
export class MemberProfileService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
  ) {}

  async get(userId: string): Promise<MemberProfileResponse> {
    return toMemberProfileResponse(await this.find(userId, false));
  }

  async update(
    principal: Principal,
    userId: string,
    input: UpdateMemberProfileDto,
  ): Promise<MemberProfileResponse> {
    const user = await this.find(userId, true);
    if (user.version !== input.version) throw staleProfile(toMemberProfileResponse(user));
    const next = {
      barNumber: input.barNumber?.trim() || null,
      eoirId: input.eoirId?.trim().toUpperCase() || null,
      gender: input.gender ?? null,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
      (key) => user[key] !== next[key],
    );
    if (changed.length === 0) return toMemberProfileResponse(user);
    Object.assign(user, next);
    const saved = await this.transactions.manager.save(user);
    await this.audit.record({
      action: 'record.updated',
      recordType: 'member_profile',
      recordId: saved.id,
      details: {
        fields: changed.map((key) =>
          auditCode(key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)),
        ),
        ...(principal.userId === saved.id ? {} : { byOther: true }),
      },
    });
    return toMemberProfileResponse(saved);
  }

  private async find(userId: string, forUpdate: boolean): Promise<UserEntity> {
    const user = await this.transactions.manager.findOne(UserEntity, {
      where: { id: userId },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!user) throw userNotFound();
    return user;
  }
}
