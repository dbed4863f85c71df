// The office's own settings: who sees which cases, and which roles must use a second factor.
import { Injectable } from '@nestjs/common';
import type {
  OrganizationSettingsResponse,
  UpdateOrganizationSettingsDto,
} from '@amparo/contracts';
import { ConflictError, NotFoundError, type ErrorDetail } from '@amparo/domain';
import { AuditService } from '../audit/audit.service';
import { auditCode } from '../audit/audit-details';
import { TenantTransactions } from '../database/tenant-transactions';
import { OrganizationEntity } from './organization.entity';

@Injectable()
export class OrganizationSettingsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<OrganizationSettingsResponse> {
    return toResponse(await this.find());
  }

  async update(input: UpdateOrganizationSettingsDto): Promise<OrganizationSettingsResponse> {
    const organization = await this.find(true);
    if (organization.version !== input.version) {
      throw new ConflictError(
        'ORGANIZATION_VERSION_CONFLICT',
        'Someone changed these settings meanwhile; review the current version and retry',
        [
          {
            message: 'current version of the record',
            current: toResponse(organization),
          } as ErrorDetail,
        ],
      );
    }
    const changed: string[] = [];
    if (
      input.caseVisibility !== undefined &&
      input.caseVisibility !== organization.caseVisibility
    ) {
      organization.caseVisibility = input.caseVisibility;
      changed.push('case_visibility');
    }
    if (input.mfaRequiredRoles !== undefined) {
      organization.mfaRequiredRoles = [...input.mfaRequiredRoles].sort();
      changed.push('mfa_required_roles');
    }
    const saved = await this.transactions.manager.save(organization);
    await this.audit.record({
      action: 'organization.settings_changed',
      recordType: 'organization',
      recordId: saved.id,
      details: { fields: changed.map(auditCode) },
    });
    return toResponse(saved);
  }

  private async find(forUpdate = false): Promise<OrganizationEntity> {
    const { manager, organizationId } = this.transactions.current;
    const organization = await manager.findOne(OrganizationEntity, {
      where: { id: organizationId ?? undefined },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!organization) throw new NotFoundError('Organization', 'ORGANIZATION_NOT_FOUND');
    return organization;
  }
}

function toResponse(organization: OrganizationEntity): OrganizationSettingsResponse {
  return {
    id: organization.id,
    name: organization.name,
    caseVisibility: organization.caseVisibility,
    mfaRequiredRoles: [...organization.mfaRequiredRoles],
    version: organization.version,
  };
}
