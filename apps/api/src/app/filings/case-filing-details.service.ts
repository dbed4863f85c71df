// A case's filing-form details (place of signature, the decision contested, the detaining
// authority, grounds, exhibits…): read by whoever may read the case (audited: grounds are the
// attorney's words), replaced by whoever may draft its filings against the version read, and
// kept from each generation, so a second version or another template needs no retyping.
import { Injectable } from '@nestjs/common';
import type {
  CaseFilingDetailsDto,
  CaseFilingDetailsResponse,
  FilingDetailsDto,
} from '@amparo/contracts';
import { ConflictError, type ErrorDetail } from '@amparo/domain';
import { AuditService } from '../audit/audit.service';
import { auditCode, auditId } from '../audit/audit-details';
import { CaseAccess } from '../cases/case-access.service';
import type { CaseEntity } from '../cases/case.entity';
import { FieldCipher } from '../crypto/field.cipher';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { CaseFilingDetailsEntity } from './case-filing-details.entity';
import { CASE_FILING_DETAILS } from './filing-sealed-columns';

/** The keys a details document may hold, in a fixed order (anything else is dropped). */
const DETAIL_KEYS = [
  'place',
  'organizationAddress',
  'attorneyBarNumber',
  'clientIdentityDocument',
  'decisionReference',
  'decisionAuthority',
  'decisionIssuedOn',
  'detentionPlace',
  'detentionAuthority',
  'judge',
  'grounds',
  'annexes',
] as const satisfies readonly (keyof FilingDetailsDto)[];

const staleDetails = (current: CaseFilingDetailsResponse) =>
  new ConflictError(
    'FILING_DETAILS_VERSION_CONFLICT',
    'Someone changed these filing details meanwhile; review the current version and retry',
    [{ message: 'current version of the record', current } as ErrorDetail],
  );

/** Only the known keys, blank strings and empty lists left out. */
function cleaned(input: FilingDetailsDto): FilingDetailsDto {
  const out: Record<string, string | string[]> = {};
  for (const key of DETAIL_KEYS) {
    const value = input[key];
    if (Array.isArray(value)) {
      const items = value.map((item) => item.trim()).filter(Boolean);
      if (items.length > 0) out[key] = items;
    } else if (typeof value === 'string' && value.trim()) {
      out[key] = value.trim();
    }
  }
  return out as FilingDetailsDto;
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

@Injectable()
export class CaseFilingDetailsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: FieldCipher,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
  ) {}

  async get(principal: Principal, caseId: string): Promise<CaseFilingDetailsResponse> {
    await this.access.requireCase(principal, caseId, 'read');
    const row = await this.row(caseId);
    if (row) await this.auditRead(caseId);
    return toResponse(caseId, row, row ? this.open(row) : {});
  }

  async replace(
    principal: Principal,
    caseId: string,
    input: CaseFilingDetailsDto,
  ): Promise<CaseFilingDetailsResponse> {
    const matter = await this.access.requireCase(principal, caseId, 'write');
    // requireCase locked the case row: it serializes the first write too (no details row yet).
    const row = await this.row(caseId);
    if ((row?.version ?? 0) !== input.version) {
      throw staleDetails(toResponse(caseId, row, row ? this.open(row) : {}));
    }
    const { version: _version, ...details } = input;
    return this.write(principal, matter, row, cleaned(details));
  }

  /**
   * For generation (access checked and the case locked by the caller): the kept details with
   * what was typed for this generation over them, keeping the result when something was typed.
   */
  async remember(
    principal: Principal,
    matter: CaseEntity,
    typed: FilingDetailsDto | undefined,
  ): Promise<FilingDetailsDto> {
    const row = await this.row(matter.id);
    const kept = row ? this.open(row) : {};
    const added = cleaned(typed ?? {});
    if (Object.keys(added).length === 0) {
      if (row) await this.auditRead(matter.id);
      return kept;
    }
    const merged = { ...kept, ...added };
    if (JSON.stringify(merged) !== JSON.stringify(kept)) {
      await this.write(principal, matter, row, cleaned(merged));
    }
    return merged;
  }

  /** For generation without keeping (a batch): the kept details, read and audited. */
  async forFiling(caseId: string): Promise<FilingDetailsDto> {
    const row = await this.row(caseId);
    if (!row) return {};
    await this.auditRead(caseId);
    return this.open(row);
  }

  private async write(
    principal: Principal,
    matter: CaseEntity,
    row: CaseFilingDetailsEntity | null,
    details: FilingDetailsDto,
  ): Promise<CaseFilingDetailsResponse> {
    const manager = this.transactions.manager;
    const before = row ? this.open(row) : {};
    const next = row ?? manager.create(CaseFilingDetailsEntity, { caseId: matter.id, version: 0 });
    next.organizationId = matter.organizationId;
    next.detailsSealed = this.cipher.encrypt(
      matter.organizationId,
      CASE_FILING_DETAILS.name,
      JSON.stringify(details),
      { rowId: matter.id },
    );
    next.version += 1;
    next.updatedBy = principal.userId;
    const saved = await manager.save(next);
    const changed = DETAIL_KEYS.filter(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(details[key]),
    );
    await this.audit.record({
      action: row ? 'record.updated' : 'record.created',
      recordType: 'case_filing_details',
      recordId: matter.id,
      details: { caseId: auditId(matter.id), fields: changed.map((key) => auditCode(snake(key))) },
    });
    return toResponse(matter.id, saved, details);
  }

  private row(caseId: string) {
    return this.transactions.manager.findOneBy(CaseFilingDetailsEntity, { caseId });
  }

  private auditRead(caseId: string) {
    return this.audit.record({
      action: 'record.read',
      recordType: 'case_filing_details',
      recordId: caseId,
    });
  }

  private open(row: CaseFilingDetailsEntity): FilingDetailsDto {
    return JSON.parse(
      this.cipher.decrypt(row.organizationId, CASE_FILING_DETAILS.name, row.detailsSealed, {
        rowId: row.caseId,
      }),
    ) as FilingDetailsDto;
  }
}

function toResponse(
  caseId: string,
  row: CaseFilingDetailsEntity | null,
  details: FilingDetailsDto,
): CaseFilingDetailsResponse {
  return {
    caseId,
    version: row?.version ?? 0,
    details: { ...details },
    updatedBy: row?.updatedBy ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}
