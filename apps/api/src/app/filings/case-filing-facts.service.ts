// The filing facts of a case (sworn statements, facts chosen for filings, late-filing reasons,
// authorized persons, place of detention, US motion facts): read by whoever may read the case
// (audited: it is the person's own account), replaced as a whole by whoever may draft its
// filings, with the version read (a stale write is a 409 with the current).
import { Injectable } from '@nestjs/common';
import type { CaseFilingFactsDto, CaseFilingFactsResponse } from '@amparo/contracts';
import { ConflictError, type ErrorDetail } from '@amparo/domain';
import { AuditService } from '../audit/audit.service';
import { auditCode, auditId } from '../audit/audit-details';
import { CaseAccess } from '../cases/case-access.service';
import { FieldCipher } from '../crypto/field.cipher';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import {
  CaseFilingFactsEntity,
  NO_FILING_FACTS,
  readFilingFacts,
  type FilingFacts,
} from './case-filing-facts.entity';
import { CASE_FILING_FACTS } from './filing-sealed-columns';

const staleFacts = (current: CaseFilingFactsResponse) =>
  new ConflictError(
    'FILING_FACTS_VERSION_CONFLICT',
    'Someone changed these filing facts meanwhile; review the current version and retry',
    [{ message: 'current version of the record', current } as ErrorDetail],
  );

@Injectable()
export class CaseFilingFactsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: FieldCipher,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
  ) {}

  async get(principal: Principal, caseId: string): Promise<CaseFilingFactsResponse> {
    await this.access.requireCase(principal, caseId, 'read');
    const row = await this.transactions.manager.findOneBy(CaseFilingFactsEntity, { caseId });
    if (row) await this.auditRead(caseId);
    return toResponse(caseId, row, row ? this.open(row) : NO_FILING_FACTS);
  }

  async replace(
    principal: Principal,
    caseId: string,
    input: CaseFilingFactsDto,
  ): Promise<CaseFilingFactsResponse> {
    const matter = await this.access.requireCase(principal, caseId, 'write');
    const manager = this.transactions.manager;
    // requireCase locked the case row: it serializes the first write too (no facts row yet).
    const row = await manager.findOneBy(CaseFilingFactsEntity, { caseId });
    if ((row?.version ?? 0) !== input.version) {
      throw staleFacts(toResponse(caseId, row, row ? this.open(row) : NO_FILING_FACTS));
    }
    const facts: FilingFacts = {
      statements: input.statements ?? [],
      declarantLanguage: input.declarantLanguage ?? null,
      interpreterName: input.interpreterName ?? null,
      lateFilingReasons: input.lateFilingReasons ?? [],
      authorizedPersons: (input.authorizedPersons ?? []).map((person) => ({
        fullName: person.fullName,
        professionalId: person.professionalId ?? null,
      })),
      facts: input.facts ?? [],
      detentionPlace: input.detentionPlace ?? null,
      entryPlace: input.entryPlace ?? null,
      priorMotionsToReopen: input.priorMotionsToReopen ?? null,
      finalOrderBy: input.finalOrderBy ?? null,
      feeWaiverRequested: input.feeWaiverRequested ?? null,
    };
    const next = row ?? manager.create(CaseFilingFactsEntity, { caseId, version: 0 });
    next.organizationId = matter.organizationId;
    next.factsSealed = this.cipher.encrypt(
      matter.organizationId,
      CASE_FILING_FACTS.name,
      JSON.stringify(facts),
      { rowId: caseId },
    );
    next.version += 1;
    next.updatedBy = principal.userId;
    const saved = await manager.save(next);
    await this.audit.record({
      action: row ? 'record.updated' : 'record.created',
      recordType: 'case_filing_facts',
      recordId: caseId,
      details: {
        caseId: auditId(caseId),
        fields: Object.keys(input)
          .filter((key) => key !== 'version')
          .map((key) => auditCode(key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`))),
      },
    });
    return toResponse(caseId, saved, facts);
  }

  /** For generation: the opened facts of a case the caller has already been checked against. */
  async forFiling(caseId: string): Promise<FilingFacts> {
    const row = await this.transactions.manager.findOneBy(CaseFilingFactsEntity, { caseId });
    if (!row) return NO_FILING_FACTS;
    await this.auditRead(caseId);
    return this.open(row);
  }

  private auditRead(caseId: string) {
    return this.audit.record({
      action: 'record.read',
      recordType: 'case_filing_facts',
      recordId: caseId,
    });
  }

  private open(row: CaseFilingFactsEntity): FilingFacts {
    return readFilingFacts(
      JSON.parse(
        this.cipher.decrypt(row.organizationId, CASE_FILING_FACTS.name, row.factsSealed, {
          rowId: row.caseId,
        }),
      ) as Partial<FilingFacts>,
    );
  }
}

function toResponse(
  caseId: string,
  row: CaseFilingFactsEntity | null,
  facts: FilingFacts,
): CaseFilingFactsResponse {
  return {
    caseId,
    version: row?.version ?? 0,
    statements: [...facts.statements],
    declarantLanguage: facts.declarantLanguage,
    interpreterName: facts.interpreterName,
    lateFilingReasons: [...facts.lateFilingReasons],
    authorizedPersons: facts.authorizedPersons.map((person) => ({ ...person })),
    facts: [...facts.facts],
    detentionPlace: facts.detentionPlace,
    entryPlace: facts.entryPlace,
    priorMotionsToReopen: facts.priorMotionsToReopen,
    finalOrderBy: facts.finalOrderBy,
    feeWaiverRequested: facts.feeWaiverRequested,
    updatedBy: row?.updatedBy ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}
