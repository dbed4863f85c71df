// Derivative family members of a case: added and removed by the case's team, listed to whoever
// may read the case. Each is a client of the same office; every listing is an audited read of
// those people, and removing one ends the link, never the person's record.
import { Injectable } from '@nestjs/common';
import type { AddCaseDerivativeDto, CaseDerivativeResponse } from '@amparo/contracts';
import { ConflictError } from '@amparo/domain';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { auditCode, auditId } from '../audit/audit-details';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { CaseAccess } from './case-access.service';
import { CaseDerivativeEntity } from './case-derivative.entity';
import { ClientEntity } from './client.entity';
import { derivativeNotFound, invalidField } from './cases.errors';
import { ClientsService } from './clients.service';

@Injectable()
export class CaseDerivativesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly access: CaseAccess,
    private readonly clients: ClientsService,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, caseId: string): Promise<CaseDerivativeResponse[]> {
    await this.access.requireCase(principal, caseId, 'read');
    const manager = this.transactions.manager;
    const links = await manager.find(CaseDerivativeEntity, {
      where: { caseId },
      order: { addedAt: 'ASC' },
    });
    const people = await manager.findBy(ClientEntity, { id: In(links.map((l) => l.clientId)) });
    const byId = new Map(people.map((person) => [person.id, person]));
    for (const link of links)
      await this.audit.record({
        action: 'record.read',
        recordType: 'client',
        recordId: link.clientId,
        details: { caseId: auditId(caseId), as: auditCode('derivative') },
      });
    return links.flatMap((link) => {
      const person = byId.get(link.clientId);
      return person ? [toResponse(link, person)] : [];
    });
  }

  async add(
    principal: Principal,
    caseId: string,
    input: AddCaseDerivativeDto,
  ): Promise<CaseDerivativeResponse> {
    const matter = await this.access.requireCase(principal, caseId, 'write');
    const manager = this.transactions.manager;
    // Linking someone opens their record to this case's team: only someone the member may change.
    const person = await this.clients.requireForCase(principal, input.clientId);
    if (person.id === matter.clientId)
      throw invalidField(
        'CASE_DERIVATIVE_IS_PRINCIPAL',
        'clientId',
        'This person is the principal client of the case, not a derivative',
      );
    if (await manager.existsBy(CaseDerivativeEntity, { caseId, clientId: person.id }))
      throw new ConflictError(
        'CASE_DERIVATIVE_EXISTS',
        'This person is already a derivative family member of the case',
      );
    const link = await manager.save(
      manager.create(CaseDerivativeEntity, {
        caseId,
        clientId: person.id,
        organizationId: matter.organizationId,
        relationship: input.relationship,
        addedAt: new Date(),
        addedBy: principal.userId,
      }),
    );
    await this.audit.record({
      action: 'record.created',
      recordType: 'case_derivative',
      recordId: person.id,
      details: { caseId: auditId(caseId), relationship: auditCode(input.relationship) },
    });
    return toResponse(link, person);
  }

  async remove(principal: Principal, caseId: string, clientId: string): Promise<void> {
    await this.access.requireCase(principal, caseId, 'write');
    const manager = this.transactions.manager;
    const { affected } = await manager.delete(CaseDerivativeEntity, { caseId, clientId });
    if (!affected) throw derivativeNotFound();
    await this.audit.record({
      action: 'record.deleted',
      recordType: 'case_derivative',
      recordId: clientId,
      details: { caseId: auditId(caseId) },
    });
  }
}

function toResponse(link: CaseDerivativeEntity, person: ClientEntity): CaseDerivativeResponse {
  return {
    caseId: link.caseId,
    clientId: link.clientId,
    relationship: link.relationship,
    givenNames: person.givenNames,
    familyNames: person.familyNames,
    birthDate: person.birthDate ?? null,
    addedAt: new Date(link.addedAt).toISOString(),
  };
}
