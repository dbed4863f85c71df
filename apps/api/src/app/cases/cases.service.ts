// Opening, reading, changing and staffing cases. Every read and write passes the case-access
// policy; a stale version is refused with the current record.
import { Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import type {
  ArchiveCaseDto,
  AssignCaseDto,
  CaseResponse,
  CreateCaseDto,
  UpdateCaseDto,
} from '@amparo/contracts';
import { shippedRulePacks } from '@amparo/domain';
import { AuditService } from '../audit/audit.service';
import { auditCode } from '../audit/audit-details';
import { FieldCipher } from '../crypto/field.cipher';
import { FOR_CHANGE } from '../database/row-lock';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { UserEntity } from '../organizations/user.entity';
import { CaseAccess } from './case-access.service';
import { CaseEntity } from './case.entity';
import { CaseMemberEntity } from './case-member.entity';
import { caseZone } from './case-zone';
import { toCaseResponse } from './case.mapper';
import { caseNotFound, invalidField, staleRecord } from './cases.errors';
import { ClientEntity } from './client.entity';
import { ClientsService } from './clients.service';
import { CASE_A_NUMBER } from './sealed-columns';

const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

@Injectable()
export class CasesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: FieldCipher,
    private readonly access: CaseAccess,
    private readonly clients: ClientsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * `requireForum`: a person opening a case in a country with several zones must name the court
   * or office (or its zone); the CSV import, which cannot yet, keeps the pack's default.
   */
  async open(
    principal: Principal,
    input: CreateCaseDto,
    requireForum = false,
  ): Promise<CaseResponse> {
    const { manager } = this.transactions.current;
    const pack = shippedRulePacks().get(input.jurisdiction);
    if (!pack) {
      const known = shippedRulePacks()
        .all()
        .map((p) => p.jurisdiction)
        .join(', ');
      throw invalidField(
        'CASE_UNKNOWN_JURISDICTION',
        'jurisdiction',
        `Unknown jurisdiction ${input.jurisdiction}; known: ${known}`,
      );
    }
    if (!pack.procedures.some((procedure) => procedure.id === input.procedure)) {
      const known = pack.procedures.map((procedure) => procedure.id).join(', ');
      throw invalidField(
        'CASE_UNKNOWN_PROCEDURE',
        'procedure',
        `Unknown procedure for ${pack.jurisdiction}; known: ${known}`,
      );
    }
    const { timeZone, forum } = caseZone(pack, input, requireForum);
    const client = await this.clients.requireForCase(principal, input.clientId);
    const leadAttorneyId =
      input.leadAttorneyId ?? (principal.roles.includes('attorney') ? principal.userId : null);
    if (leadAttorneyId)
      await this.requireMember(manager, leadAttorneyId, 'attorney', 'leadAttorneyId');

    const id = randomUUID();
    const organizationId = principal.organizationId;
    const matter = manager.create(CaseEntity, {
      id,
      organizationId,
      clientId: client.id,
      reference: `${pack.jurisdiction}-${new Date().getUTCFullYear()}-${randomReference()}`,
      jurisdiction: pack.jurisdiction,
      procedure: input.procedure,
      forum: input.forum ?? forum?.name ?? null,
      timeZone,
      aNumberSealed: input.aNumber
        ? this.cipher.encrypt(organizationId, CASE_A_NUMBER.name, input.aNumber, { rowId: id })
        : null,
      aNumberIndex: input.aNumber
        ? this.cipher.blindIndex(organizationId, 'a-number', input.aNumber)
        : null,
      expediente: input.expediente ?? null,
      custodyStatus: input.custodyStatus ?? 'unknown',
      stage: 'intake',
      outcome: null,
      priority: input.priority ?? 'normal',
      leadAttorneyId,
      createdBy: principal.userId,
    });
    await manager.insert(CaseEntity, matter); // a new id: save's look-up first is wasted
    const saved = matter;
    // A paralegal who opens a case at intake works it.
    const paralegalIds =
      principal.roles.includes('paralegal') && leadAttorneyId !== principal.userId
        ? [principal.userId]
        : [];
    await this.setParalegals(manager, saved, paralegalIds, { newCase: true });
    await this.audit.record({ action: 'record.created', recordType: 'case', recordId: saved.id });
    return toCaseResponse(saved, client, paralegalIds, this.cipher);
  }

  /** The case with its A-number in clear: an audited read. */
  async get(principal: Principal, caseId: string): Promise<CaseResponse> {
    const matter = await this.access.requireCase(principal, caseId, 'read');
    await this.audit.record({ action: 'record.read', recordType: 'case', recordId: matter.id });
    return this.respond(matter);
  }

  async update(principal: Principal, caseId: string, input: UpdateCaseDto): Promise<CaseResponse> {
    // Locked until the transaction ends: the version is compared with the row this write replaces.
    const matter = await this.access.requireCase(principal, caseId, 'write');
    if (matter.version !== input.version) throw staleRecord('case', await this.respond(matter));
    const changed: string[] = [];
    for (const field of ['forum', 'custodyStatus', 'stage', 'outcome', 'priority'] as const) {
      if (input[field] !== undefined && input[field] !== matter[field]) {
        Object.assign(matter, { [field]: input[field] });
        changed.push(field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));
      }
    }
    const saved = await this.transactions.manager.save(matter);
    await this.audit.record({
      action: 'record.updated',
      recordType: 'case',
      recordId: saved.id,
      details: { fields: changed.map(auditCode) },
    });
    return this.respond(saved);
  }

  /** Supervisors staff a case: its lead attorney and its paralegals. */
  async assign(caseId: string, input: AssignCaseDto): Promise<CaseResponse> {
    const { manager } = this.transactions.current;
    const matter = await this.lockedForSupervisor(caseId, input.version);
    if (input.leadAttorneyId !== undefined) {
      await this.requireMember(manager, input.leadAttorneyId, 'attorney', 'leadAttorneyId');
      matter.leadAttorneyId = input.leadAttorneyId;
    }
    // The team is part of the case though its paralegals live in case_members: every assignment
    // is a new version of the case (save() writes nothing when only the paralegals change), so a
    // second writer of the version it read gets the 409.
    matter.updatedAt = new Date();
    const saved = await manager.save(matter);
    if (input.paralegalIds !== undefined) {
      for (const id of input.paralegalIds)
        await this.requireMember(manager, id, 'paralegal', 'paralegalIds');
      await this.setParalegals(manager, saved, input.paralegalIds);
    }
    await this.audit.record({
      action: 'record.updated',
      recordType: 'case',
      recordId: saved.id,
      details: { fields: [auditCode('assignment')] },
    });
    return this.respond(saved);
  }

  /** Closed matters leave the caseload but keep their history: archive, never delete. */
  async archive(caseId: string, input: ArchiveCaseDto): Promise<CaseResponse> {
    const { manager } = this.transactions.current;
    const matter = await this.lockedForSupervisor(caseId, input.version);
    matter.archivedAt = matter.archivedAt ?? new Date();
    const saved = await manager.save(matter);
    await this.audit.record({
      action: 'record.updated',
      recordType: 'case',
      recordId: saved.id,
      details: { fields: [auditCode('archived_at')] },
    });
    return this.respond(saved);
  }

  /**
   * A case of the office (supervisors reach every one), locked for a change at the version the
   * supervisor saw; a stale version answers 409 with the case as it is now.
   */
  private async lockedForSupervisor(caseId: string, version: number): Promise<CaseEntity> {
    const matter = await this.transactions.manager.findOne(CaseEntity, {
      where: { id: caseId },
      lock: FOR_CHANGE,
    });
    if (!matter) throw caseNotFound();
    if (matter.version !== version) throw staleRecord('case', await this.respond(matter));
    return matter;
  }

  private async respond(matter: CaseEntity): Promise<CaseResponse> {
    const manager = this.transactions.manager;
    const client = await manager.findOneByOrFail(ClientEntity, { id: matter.clientId });
    const members = await manager.findBy(CaseMemberEntity, { caseId: matter.id });
    return toCaseResponse(
      matter,
      client,
      members.map((member) => member.userId),
      this.cipher,
    );
  }

  private async setParalegals(
    manager: EntityManager,
    matter: CaseEntity,
    userIds: string[],
    options: { newCase?: boolean } = {},
  ): Promise<void> {
    // A case opened in this transaction has no members to replace yet.
    if (!options.newCase) await manager.delete(CaseMemberEntity, { caseId: matter.id });
    if (userIds.length > 0) {
      await manager.insert(
        CaseMemberEntity,
        [...new Set(userIds)].map((userId) => ({
          caseId: matter.id,
          userId,
          organizationId: matter.organizationId,
        })),
      );
    }
  }

  /** A staff member of this office (RLS hides others) who holds the role and is active. */
  private async requireMember(
    manager: EntityManager,
    userId: string,
    role: 'attorney' | 'paralegal',
    field: string,
  ): Promise<void> {
    const users = await manager.findBy(UserEntity, { id: In([userId]) });
    const user = users[0];
    if (!user || user.disabledAt || !user.roles.includes(role)) {
      throw invalidField(
        'CASE_INVALID_ASSIGNEE',
        field,
        `${field} must be an active ${role} of your office`,
      );
    }
  }
}

function randomReference(): string {
  return [...randomBytes(6)]
    .map((byte) => REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length])
    .join('');
}
