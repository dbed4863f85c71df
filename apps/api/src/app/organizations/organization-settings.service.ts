// The office's own settings: who sees which cases, which roles must use a second factor, the
// country, zone and language its intake starts from, and the postal address its filings print.
import { Injectable } from '@nestjs/common';
import type {
  OfficeDefaultsResponse,
  OrganizationSettingsResponse,
  UpdateOrganizationSettingsDto,
} from '@amparo/contracts';
import {
  ConflictError,
  InvalidInputError,
  isValidTimeZone,
  NotFoundError,
  shippedRulePacks,
  type ErrorDetail,
} from '@amparo/domain';
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

  /** What intake starts from: every member who takes people in reads it. */
  async defaults(): Promise<OfficeDefaultsResponse> {
    return defaultsOf(await this.find());
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
    checkDefaults(input);
    const fields = [
      ['defaultJurisdiction', 'default_jurisdiction'],
      ['defaultTimeZone', 'default_time_zone'],
      ['defaultLanguage', 'default_language'],
    ] as const;
    for (const [field, column] of fields) {
      const value = input[field];
      if (value !== undefined && value !== organization[field]) {
        (organization as unknown as Record<string, unknown>)[field] = value;
        changed.push(column);
      }
    }
    if (input.address !== undefined) {
      const address = input.address.trim();
      if (address !== (addressOf(organization) ?? '')) {
        const settings: Record<string, unknown> = { ...organization.settings };
        if (address) settings['address'] = address;
        else delete settings['address'];
        organization.settings = settings;
        changed.push('address');
      }
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

/**
 * The postal address lives in `settings.address`: the filings read the office's address, city,
 * phone and e-mail from there (filing-data.mapper), so it has one home.
 */
function addressOf(organization: OrganizationEntity): string | null {
  const value = organization.settings?.['address'];
  return typeof value === 'string' && value.trim() ? value : null;
}

/** A country needs a rule pack and a zone must be one the clock library knows (400 otherwise). */
function checkDefaults(input: UpdateOrganizationSettingsDto): void {
  const details: ErrorDetail[] = [];
  const packs = shippedRulePacks();
  if (input.defaultJurisdiction && !packs.get(input.defaultJurisdiction))
    details.push({
      field: 'defaultJurisdiction',
      message: `defaultJurisdiction ${input.defaultJurisdiction} has no rule pack; known: ${packs
        .all()
        .map((p) => p.jurisdiction)
        .join(', ')}`,
    });
  if (input.defaultTimeZone && !isValidTimeZone(input.defaultTimeZone))
    details.push({
      field: 'defaultTimeZone',
      message: `${input.defaultTimeZone} is not an IANA time zone such as America/Tijuana`,
    });
  if (details.length > 0)
    throw new InvalidInputError(
      'ORGANIZATION_INVALID_DEFAULTS',
      details.map((d) => d.message).join('; '),
      details,
    );
}

function defaultsOf(organization: OrganizationEntity): OfficeDefaultsResponse {
  return {
    defaultJurisdiction: organization.defaultJurisdiction,
    defaultTimeZone: organization.defaultTimeZone,
    defaultLanguage: organization.defaultLanguage,
  };
}

function toResponse(organization: OrganizationEntity): OrganizationSettingsResponse {
  return {
    id: organization.id,
    name: organization.name,
    caseVisibility: organization.caseVisibility,
    mfaRequiredRoles: [...organization.mfaRequiredRoles],
    ...defaultsOf(organization),
    address: addressOf(organization),
    version: organization.version,
  };
}
