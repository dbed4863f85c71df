// The one place every feature asks "may this member see or change this case (or client)?".
// Another office's record, and one the member may not see, answer the same 404.
import { Injectable } from '@nestjs/common';
import type { EntityManager, EntityTarget, FindOptionsSelect, FindOptionsWhere } from 'typeorm';
import {
  DomainError,
  NotFoundError,
  caseReadReach,
  decideCaseAccess,
  type CaseAccessMode,
  type CaseReadReach,
  type CaseVisibility,
} from '@amparo/domain';
import { FOR_CHANGE } from '../database/row-lock';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { OrganizationEntity } from '../organizations/organization.entity';
import { CaseEntity } from './case.entity';
import { CaseDerivativeEntity } from './case-derivative.entity';
import { CaseMemberEntity } from './case-member.entity';
import { ClientEntity } from './client.entity';
import { caseNotFound, caseArchived, caseReadOnly, clientNotFound } from './cases.errors';

@Injectable()
export class CaseAccess {
  private readonly visibilityOfTransaction = new WeakMap<EntityManager, Promise<CaseVisibility>>();

  constructor(private readonly transactions: TenantTransactions) {}

  /** How far the member reads across the office, for lists that filter in SQL. */
  async readReach(principal: Principal): Promise<CaseReadReach> {
    return caseReadReach(principal, await this.visibility(this.transactions.manager, principal));
  }

  /**
   * The case, if the member may read (or change) it. A change locks the case row until the
   * transaction ends (`lock`, on by default for 'write'): writers of one case and its records
   * queue here, so a version is compared against the row the write replaces, and every writer
   * takes its locks in one order (the case, then its records, then the audit chain) so that no
   * two wait on each other. A check that changes nothing passes `lock: false`.
   */
  async requireCase(
    principal: Principal,
    caseId: string,
    mode: CaseAccessMode,
    { lock = mode === 'write' }: { lock?: boolean } = {},
  ): Promise<CaseEntity> {
    const manager = this.transactions.manager;
    // The case and its members in one round trip: every case route starts here.
    const query = manager
      .createQueryBuilder(CaseEntity, 'c')
      .addSelect(
        (members) =>
          members
            .select('coalesce(array_agg(m.user_id), ARRAY[]::uuid[])')
            .from(CaseMemberEntity, 'm')
            .where('m.case_id = c.id'),
        'member_ids',
      )
      .where('c.id = :caseId', { caseId });
    if (lock) query.setLock(FOR_CHANGE.mode, undefined, ['c']);
    const { entities, raw } = await query.getRawAndEntities<{ member_ids: string[] }>();
    const found = entities[0];
    if (!found) throw caseNotFound();
    const decision = decideCaseAccess(
      principal,
      {
        organizationId: found.organizationId,
        leadAttorneyId: found.leadAttorneyId,
        assignedUserIds: raw[0]?.member_ids ?? [],
      },
      await this.visibility(manager, principal),
      mode,
    );
    if (decision === 'not_found') throw caseNotFound();
    if (decision === 'forbidden') throw caseReadOnly();
    // Archived: kept for its history, changed by nobody (the team's writes all come here).
    if (mode === 'write' && found.archivedAt) throw caseArchived();
    return found;
  }

  /**
   * A client is visible to whoever may read one of their cases (or a case they are a derivative
   * family member on), to supervisors, and to the
   * member who took them in while no case exists yet.
   */
  async requireClient(
    principal: Principal,
    clientId: string,
    mode: CaseAccessMode = 'read',
  ): Promise<ClientEntity> {
    const manager = this.transactions.manager;
    // A change locks the person's row: two edits of one version queue, the second sees the first.
    const client = await manager.findOne(ClientEntity, {
      where: { id: clientId },
      ...(mode === 'write' ? { lock: FOR_CHANGE } : {}),
    });
    if (!client) throw clientNotFound();
    // Their own cases, and those they take part in as a derivative family member.
    const derivativeOf = await manager.findBy(CaseDerivativeEntity, { clientId });
    const cases = await manager.findBy(CaseEntity, [
      { clientId },
      ...derivativeOf.map((link) => ({ id: link.caseId })),
    ]);
    if (cases.length === 0 && client.createdBy === principal.userId) return client;
    let readable = mode === 'read' && principal.roles.includes('supervisor');
    for (const matter of cases) {
      try {
        await this.requireCase(principal, matter.id, mode, { lock: false });
        return client;
      } catch (error) {
        // Not through this case: try the next. Anything else (the database) is not a "no".
        if (!(error instanceof DomainError)) throw error;
      }
      readable ||= mode === 'write' && (await this.canRead(principal, matter.id));
    }
    if (readable && mode === 'read') return client;
    if (readable) throw caseReadOnly();
    throw clientNotFound();
  }

  /** Whether the member may read this person (the rule of requireClient), as a yes or no. */
  async mayRead(principal: Principal, clientId: string): Promise<boolean> {
    try {
      await this.requireClient(principal, clientId, 'read');
      return true;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return false;
    }
  }

  private async canRead(principal: Principal, caseId: string): Promise<boolean> {
    try {
      await this.requireCase(principal, caseId, 'read', { lock: false });
      return true;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return false;
    }
  }

  /**
   * A record of a case (a deadline, a filing, an assessment) for a change: its case is checked and
   * locked first, then the record, in the one order every writer follows. Whoever may not reach
   * the case gets `notFound`, as for a record that does not exist.
   */
  async requireCaseRecord<Row extends { caseId: string }>(
    principal: Principal,
    entity: EntityTarget<Row>,
    id: string,
    mode: CaseAccessMode,
    notFound: () => Error,
  ): Promise<{ matter: CaseEntity; record: Row }> {
    const manager = this.transactions.manager;
    const where = { id } as unknown as FindOptionsWhere<Row>;
    const owner = await manager.findOne(entity, {
      where,
      select: { caseId: true } as FindOptionsSelect<Row>,
    });
    if (!owner) throw notFound();
    let matter: CaseEntity;
    try {
      matter = await this.requireCase(principal, owner.caseId, mode, { lock: true });
    } catch (error) {
      throw error instanceof NotFoundError ? notFound() : error;
    }
    const record = await manager.findOne(entity, { where, lock: FOR_CHANGE });
    if (!record) throw notFound(); // removed while we waited for the case
    return { matter, record };
  }

  /**
   * The office's case visibility: as read with the caller's session, else read once per
   * transaction (an intake of many people checks access for every one).
   */
  private visibility(manager: EntityManager, principal: Principal): Promise<CaseVisibility> {
    if (principal.caseVisibility) return Promise.resolve(principal.caseVisibility);
    let visibility = this.visibilityOfTransaction.get(manager);
    if (!visibility) {
      const organizationId = this.transactions.current.organizationId ?? undefined;
      visibility = manager
        .findOne(OrganizationEntity, {
          where: { id: organizationId },
          select: { id: true, caseVisibility: true },
        })
        .then((organization) => organization?.caseVisibility ?? 'assigned');
      this.visibilityOfTransaction.set(manager, visibility);
    }
    return visibility;
  }
}
