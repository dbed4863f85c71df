// Gathers what a filing prints from the case's own records (decrypted, reads of sealed records
// audited) and hands the mapper plain values; the filings service and the batch job share it.
import { Injectable } from '@nestjs/common';
import type { FilingDetailsDto } from '@amparo/contracts';
import type { FilingData, FilingLanguage } from '@amparo/filings';
import { AuditService } from '../audit/audit.service';
import { auditId } from '../audit/audit-details';
import { CaseEntity } from '../cases/case.entity';
import { CaseEventEntity } from '../cases/case-event.entity';
import { ClientEntity } from '../cases/client.entity';
import { openClientCategories } from '../cases/client-categories.codec';
import { CASE_A_NUMBER, CLIENT_CONTACT } from '../cases/sealed-columns';
import { FieldCipher } from '../crypto/field.cipher';
import { TenantTransactions } from '../database/tenant-transactions';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../organizations/user.entity';
import { CountryProfilesService } from '../risk/country-profiles.service';
import { RiskAssessmentEntity } from '../risk/risk-assessment.entity';
import { openAssessment } from '../risk/sealed-assessment.codec';
import { CaseFilingDetailsService } from './case-filing-details.service';
import { CaseFilingFactsService } from './case-filing-facts.service';
import { toFilingData, type FilingTimelineEvent } from './filing-data.mapper';
import { toRiskSummary } from './risk-memorandum.mapper';

@Injectable()
export class FilingSourcesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
    private readonly facts: CaseFilingFactsService,
    private readonly kept: CaseFilingDetailsService,
    private readonly profiles: CountryProfilesService,
  ) {}

  /**
   * The case as the template sees it, in the filing's language, dated now: the details typed for
   * this generation over those the case keeps from earlier ones.
   */
  async filingData(
    matter: CaseEntity,
    language: FilingLanguage,
    typed: FilingDetailsDto = {},
  ): Promise<FilingData> {
    const manager = this.transactions.manager;
    const details: FilingDetailsDto = { ...(await this.kept.forFiling(matter.id)), ...typed };
    const client = await manager.findOneByOrFail(ClientEntity, { id: matter.clientId });
    const organization = await manager.findOneByOrFail(OrganizationEntity, {
      id: matter.organizationId,
    });
    const attorney = matter.leadAttorneyId
      ? await manager.findOneBy(UserEntity, { id: matter.leadAttorneyId })
      : null;
    const rows = await manager.find(CaseEventEntity, {
      where: { caseId: matter.id },
      order: { occurredAt: 'ASC' },
    });
    // Notes stay sealed: filings print only the facts someone chose for them.
    const events: FilingTimelineEvent[] = rows.map((event) => ({
      eventType: event.eventType,
      occurredAt: event.occurredAt,
      timeZone: event.timeZone,
    }));
    const aNumber = matter.aNumberSealed
      ? this.cipher.decrypt(matter.organizationId, CASE_A_NUMBER.name, matter.aNumberSealed, {
          rowId: matter.id,
        })
      : null;
    const contact = client.contactSealed
      ? (JSON.parse(
          this.cipher.decrypt(client.organizationId, CLIENT_CONTACT.name, client.contactSealed, {
            rowId: client.id,
          }),
        ) as { address?: string; location?: string })
      : null;
    const data = toFilingData({
      matter,
      aNumber,
      client,
      organization,
      attorney,
      events,
      clientAddress: contact?.address ?? null,
      clientLocation: contact?.location ?? null,
      clientGender: openClientCategories(client, this.cipher).gender,
      facts: await this.facts.forFiling(matter.id),
      risk: await this.latestRisk(matter, language),
      details,
      language,
      generatedAt: new Date(),
    });
    const judged = details.judge ? { ...data, case: { ...data.case, judge: details.judge } } : data;
    return withAttorneyProfile(judged, attorney);
  }

  /** The case's latest assessment for the memorandum (and the risk paragraphs of other filings). */
  private async latestRisk(matter: CaseEntity, language: FilingLanguage) {
    const manager = this.transactions.manager;
    const assessment = await manager.findOne(RiskAssessmentEntity, {
      where: { caseId: matter.id },
      order: { version: 'DESC' },
    });
    if (!assessment) return undefined;
    const answerable = assessment.signedOffBy ?? assessment.createdBy;
    const assessor = answerable ? await manager.findOneBy(UserEntity, { id: answerable }) : null;
    await this.audit.record({
      action: 'record.read',
      recordType: 'risk_assessment',
      recordId: assessment.id,
      details: { caseId: auditId(matter.id), filing: true },
    });
    return toRiskSummary({
      assessment: openAssessment(assessment, this.cipher),
      assessedBy: assessor?.name ?? '',
      profiles: await this.profiles.profilesForOffice(),
      timeZone: matter.timeZone,
      language,
    });
  }
}

/**
 * The lead attorney's own profile (bar number, EOIR ID) is what the filing prints: a record wins
 * over a value typed on the filing form, which only fills what the profile lacks.
 */
function withAttorneyProfile(data: FilingData, attorney: UserEntity | null): FilingData {
  if (!attorney) return data;
  return {
    ...data,
    attorney: {
      ...data.attorney,
      barNumber: attorney.barNumber ?? data.attorney.barNumber,
      eoirId: attorney.eoirId ?? data.attorney.eoirId,
    },
  };
}
