// Country profiles as each office sees them: the shipped reference unless a supervisor of the
// office has edited it; edits are checked against the domain rules, locked by version and audited.
import { Injectable } from '@nestjs/common';
import type { CountryProfileResponse, UpdateCountryProfileDto } from '@amparo/contracts';
import {
  COUNTRY_PROFILES,
  guidanceAge,
  validateCountryProfile,
  type CountryProfile,
} from '@amparo/domain';
import { AuditService } from '../audit/audit.service';
import { auditCode } from '../audit/audit-details';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { readCountryProfileShape } from './country-profile.shape';
import { CountryProfileEntity } from './country-profile.entity';
import {
  type CountryProfileProblem,
  countryProfileNotFound,
  invalidCountryProfile,
  staleCountryProfile,
} from './country-profiles.errors';

const REFERENCE = new Map(COUNTRY_PROFILES.map((p) => [p.code, p]));

@Injectable()
export class CountryProfilesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<CountryProfileResponse[]> {
    const rows = await this.transactions.manager.find(CountryProfileEntity);
    const byCode = new Map(rows.map((row) => [row.countryCode, row]));
    return COUNTRY_PROFILES.map((reference) => toResponse(reference, byCode.get(reference.code)));
  }

  /** The profiles this office's screenings should read (its edits over the shipped reference). */
  async profilesForOffice(): Promise<CountryProfile[]> {
    return (await this.list()).map((p) => p.profile);
  }

  async get(code: string): Promise<CountryProfileResponse> {
    const reference = referenceOf(code);
    return toResponse(reference, (await this.find(reference.code)) ?? undefined);
  }

  async update(
    editor: Principal,
    code: string,
    input: UpdateCountryProfileDto,
  ): Promise<CountryProfileResponse> {
    const reference = referenceOf(code);
    const profile = checkedProfile(reference.code, input.profile);
    const row = await this.lockForEdit(reference.code);
    if (row.version !== input.version) throw staleCountryProfile(toResponse(reference, row));
    const first = row.version === 0;
    const before = row.profile ?? reference;
    row.profile = profile;
    row.updatedBy = editor.userId;
    const saved = await this.transactions.manager.save(row);
    await this.audit.record({
      action: first ? 'record.created' : 'record.updated',
      recordType: 'country_profile',
      recordId: reference.code,
      details: {
        version: saved.version,
        source: auditCode('office'),
        fields: changedFields(before, profile).map(auditCode),
      },
    });
    return toResponse(reference, saved);
  }

  /** Back to the shipped reference. The row stays (profile null) so the version keeps counting. */
  async revert(editor: Principal, code: string): Promise<CountryProfileResponse> {
    const reference = referenceOf(code);
    const row = await this.find(reference.code, true);
    if (!row?.profile) return toResponse(reference, row ?? undefined);
    row.profile = null;
    row.updatedBy = editor.userId;
    const saved = await this.transactions.manager.save(row);
    await this.audit.record({
      action: 'record.deleted',
      recordType: 'country_profile',
      recordId: reference.code,
      details: { version: saved.version, source: auditCode('reference') },
    });
    return toResponse(reference, saved);
  }

  /**
   * The office's row for this country, locked. A first edit finds a placeholder at version 0 (it
   * is committed only with the edit), so two supervisors' simultaneous first edits queue on the
   * same row and the second gets a 409 instead of a duplicate-key failure.
   */
  private async lockForEdit(code: string): Promise<CountryProfileEntity> {
    const { manager, organizationId } = this.transactions.current;
    await manager.query(
      `INSERT INTO country_profiles (organization_id, country_code, profile, version)
       VALUES ($1, $2, NULL, 0) ON CONFLICT (organization_id, country_code) DO NOTHING`,
      [organizationId, code],
    );
    const row = await this.find(code, true);
    if (!row) throw countryProfileNotFound();
    return row;
  }

  private find(code: string, forUpdate = false): Promise<CountryProfileEntity | null> {
    return this.transactions.manager.findOne(CountryProfileEntity, {
      where: { countryCode: code },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }
}

/** Only the countries Amparo ships a reference for can be read or edited; others are 404. */
function referenceOf(code: string): CountryProfile {
  const reference = REFERENCE.get(code.toUpperCase());
  if (!reference) throw countryProfileNotFound();
  return reference;
}

/** The edit as a profile, or every problem with it (shape first, then the legal rules). */
function checkedProfile(code: string, input: unknown): CountryProfile {
  const { profile, problems } = readCountryProfileShape(input);
  if (problems.length > 0) throw invalidCountryProfile(problems);
  const issues: CountryProfileProblem[] = validateCountryProfile(profile).map((issue) => ({
    field: `profile.${issue.field}`,
    message: issue.message,
    code: issue.code,
  }));
  if (profile.code !== code)
    issues.push({
      field: 'profile.code',
      message: `must be "${code}", the country of the address`,
      code: 'COUNTRY_PROFILE_CODE_MISMATCH',
    });
  if (issues.length > 0) throw invalidCountryProfile(issues);
  return profile;
}

/** The top-level fields an edit changed, as audit codes (`guidance_note`), never their content. */
function changedFields(before: CountryProfile, after: CountryProfile): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<
    keyof CountryProfile
  >;
  return [...keys]
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .sort()
    .map((key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
}

function toResponse(reference: CountryProfile, row?: CountryProfileEntity): CountryProfileResponse {
  // Version 0 is the placeholder of an edit in progress: still the untouched reference.
  const touched = row && row.version > 0 ? row : undefined;
  const profile = touched?.profile ?? reference;
  const editedOn = touched?.profile ? touched.updatedAt.toISOString().slice(0, 10) : null;
  return {
    code: reference.code,
    source: touched?.profile ? 'office' : 'reference',
    version: touched?.version ?? 0,
    updatedAt: touched ? touched.updatedAt.toISOString() : null,
    updatedBy: touched?.updatedBy ?? null,
    profile,
    // Aged on the day it is read (UTC), so "older than two years" comes true without a release.
    guidanceAge: guidanceAge(profile, new Date().toISOString().slice(0, 10)),
    referenceReviewedOn: reference.reviewedOn,
    referenceNewerThanEdit: editedOn !== null && editedOn < reference.reviewedOn,
  };
}
