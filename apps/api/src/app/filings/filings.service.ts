// Generating a case's filings from its own records, keeping every version, serving the sealed PDF
// to those who may read the case, and moving a filing along: approved by an attorney (never one
// resting on an unsigned risk assessment), filed (which records the timeline event that starts
// the next deadline), then served.
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type {
  FilingResponse,
  FilingTemplateResponse,
  FilingTransitionDto,
  GenerateFilingDto,
} from '@amparo/contracts';
import { ForbiddenError, NotFoundError, shippedRulePacks } from '@amparo/domain';
import {
  FILING_FIELDS,
  FILING_TEMPLATES,
  FilingError,
  FilingErrorCode,
  MissingFilingDataError,
  missingData,
  renderFiling,
  summarizeTemplate,
  type FilingData,
  type FilingLanguage,
  type FilingTemplate,
} from '@amparo/filings';
import { AuditService } from '../audit/audit.service';
import { auditCode, auditId } from '../audit/audit-details';
import { CaseAccess } from '../cases/case-access.service';
import { CaseEntity } from '../cases/case.entity';
import { CaseEventsService } from '../cases/case-events.service';
import { caseArchived } from '../cases/cases.errors';
import { FieldCipher } from '../crypto/field.cipher';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { RiskAssessmentEntity } from '../risk/risk-assessment.entity';
import { FilingEntity } from './filing.entity';
import { toFilingResponse } from './filing.mapper';
import { CaseFilingDetailsService } from './case-filing-details.service';
import { FilingSourcesService } from './filing-sources.service';
import { FILING_PDF } from './filing-sealed-columns';
import {
  FilingDataMissingError,
  FilingDataUnusableError,
  FilingRiskUnsignedError,
  filingNotFound,
  filingRefused,
  staleFiling,
  templateNotForCase,
  unknownTemplate,
  wrongFilingStatus,
} from './filings.errors';

/** The rule-pack event that filing each template records (its `completionRecords`); none: no event. */
const FILED_EVENT_TYPES: Readonly<Record<string, string>> = {
  'pe-reconsideracion-pasee': 'reconsideration-filed',
  'pe-habeas-corpus': 'habeas-corpus-filed',
  'pe-solicitud-refugio': 'refugee-application-filed',
  'mx-amparo-indirecto-deportacion': 'amparo-filed',
  'mx-justificacion-extemporaneidad': 'comar-application',
  'us-motion-to-reopen': 'motion-filed',
};

const FILING_JURISDICTIONS: readonly string[] = ['PE', 'MX', 'US'];

/** Whether the template's text in this language can print anything of the risk assessment. */
function printsRisk(template: FilingTemplate, language: FilingLanguage): boolean {
  if (template.requiredFields.some((field) => field === 'risk' || field.startsWith('risk.'))) {
    return true;
  }
  return /\{\{\s*risk\.|"when":"risk/.test(JSON.stringify(template.variants[language] ?? {}));
}

export interface FilingDownload {
  readonly fileName: string;
  readonly bytes: Buffer;
}

@Injectable()
export class FilingsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: FieldCipher,
    private readonly access: CaseAccess,
    private readonly events: CaseEventsService,
    private readonly audit: AuditService,
    private readonly sources: FilingSourcesService,
    private readonly kept: CaseFilingDetailsService,
  ) {}

  templates(): FilingTemplateResponse[] {
    return FILING_TEMPLATES.map((template) => {
      const summary = summarizeTemplate(template);
      const fieldLabels: FilingTemplateResponse['fieldLabels'] = {};
      for (const required of Object.values(summary.requiredData).flat()) {
        const known = (FILING_FIELDS as Record<string, { label: { es: string; en: string } }>)[
          required.field
        ];
        if (known) fieldLabels[required.field] = { ...known.label };
      }
      return { ...summary, fieldLabels } as FilingTemplateResponse;
    });
  }

  async generate(
    principal: Principal,
    caseId: string,
    input: GenerateFilingDto,
  ): Promise<FilingResponse> {
    const matter = await this.access.requireCase(principal, caseId, 'write');
    // What was typed is kept with the case: the next version, of any template, starts from it.
    const kept = await this.kept.remember(principal, matter, input.details);
    // Whether this generation is for filing is not a detail of the case: it is never kept.
    const forFiling = input.details?.forFiling;
    const details = forFiling === undefined ? kept : { ...kept, forFiling };
    return toFilingResponse(await this.generateFor(principal, matter, { ...input, details }, null));
  }

  /** The template asked for, or a 400 naming it. */
  templateOf(templateId: string): FilingTemplate {
    const template = FILING_TEMPLATES.find((t) => t.id === templateId);
    if (!template) throw unknownTemplate(templateId);
    return template;
  }

  /**
   * What the case would print, after checking the template fits the case and the case holds every
   * item it needs (else 400 / 422 listing them). Access has been checked by the caller.
   */
  async readyData(
    matter: CaseEntity,
    template: FilingTemplate,
    input: Pick<GenerateFilingDto, 'language' | 'details'>,
  ): Promise<{ language: FilingLanguage; data: FilingData }> {
    if (
      !FILING_JURISDICTIONS.includes(matter.jurisdiction) ||
      (template.jurisdiction !== 'ANY' && template.jurisdiction !== matter.jurisdiction)
    ) {
      throw templateNotForCase(template.id, matter.jurisdiction);
    }
    const language = this.languageOf(template, input.language);
    const data = await this.sources.filingData(matter, language, input.details);
    const missing = missingData(template, data, language);
    if (missing.length > 0) throw new FilingDataMissingError(template.id, missing);
    return { language, data };
  }

  /**
   * Renders and stores one filing of a case the principal may change (checked and locked by
   * `requireCase(…, 'write')` in this transaction): the row and its sealed PDF are written
   * together or not at all. `batchJobId` marks a batch's filing (one per case and batch,
   * enforced by a unique index).
   */
  async generateFor(
    principal: Principal,
    matter: CaseEntity,
    input: GenerateFilingDto,
    batchJobId: string | null,
  ): Promise<FilingEntity> {
    const template = this.templateOf(input.templateId);
    const { language, data } = await this.readyData(matter, template, input);
    const rendered = await this.render(template, data, language);

    const manager = this.transactions.manager;
    // The assessment the risk text came from (the latest, as the sources read it in this
    // transaction, under the case's lock): approval checks that an attorney signed it off.
    const assessment =
      data.risk && printsRisk(template, language)
        ? await manager.findOne(RiskAssessmentEntity, {
            where: { caseId: matter.id },
            order: { version: 'DESC' },
            select: { id: true, signedOffBy: true },
          })
        : null;
    // The caller's requireCase(…, 'write') holds the case's lock: two generations of one
    // template cannot take the same number.
    const previous = await manager
      .createQueryBuilder(FilingEntity, 'filing')
      .select('MAX(filing.filingVersion)', 'max')
      .where('filing.caseId = :caseId AND filing.templateId = :templateId', {
        caseId: matter.id,
        templateId: template.id,
      })
      .getRawOne<{ max: number | null }>();
    const id = randomUUID();
    const bytes = Buffer.from(rendered.bytes);
    const saved = await manager.save(
      manager.create(FilingEntity, {
        id,
        organizationId: matter.organizationId,
        caseId: matter.id,
        templateId: template.id,
        templateVersion: rendered.templateVersion,
        language: rendered.language,
        filingVersion: Number(previous?.max ?? 0) + 1,
        title: rendered.title.slice(0, 300),
        pageCount: rendered.pageCount,
        sha256: rendered.sha256,
        byteSize: bytes.length,
        pdfSealed: this.cipher.encrypt(
          matter.organizationId,
          FILING_PDF.name,
          bytes.toString('base64'),
          { rowId: id },
        ),
        status: 'draft',
        riskAssessmentId: assessment?.id ?? null,
        riskSignedOff: assessment ? assessment.signedOffBy !== null : null,
        createdBy: principal.userId,
        batchJobId,
      }),
    );
    await this.audit.record({
      action: 'record.created',
      recordType: 'filing',
      recordId: saved.id,
      details: {
        template: auditCode(template.id),
        caseId: auditId(matter.id),
        ...(batchJobId ? { batchJobId: auditId(batchJobId) } : {}),
      },
    });
    return saved;
  }

  async list(principal: Principal, caseId: string): Promise<FilingResponse[]> {
    await this.access.requireCase(principal, caseId, 'read');
    const filings = await this.transactions.manager.find(FilingEntity, {
      where: { caseId },
      order: { createdAt: 'ASC', filingVersion: 'ASC' },
    });
    return filings.map(toFilingResponse);
  }

  async download(principal: Principal, filingId: string): Promise<FilingDownload> {
    const filing = await this.requireFiling(principal, filingId);
    const sealed = await this.transactions.manager
      .createQueryBuilder(FilingEntity, 'filing')
      .select('filing.pdfSealed', 'pdf')
      .where('filing.id = :id', { id: filing.id })
      .getRawOne<{ pdf: string }>();
    if (!sealed) throw filingNotFound();
    const base64 = this.cipher.decrypt(filing.organizationId, FILING_PDF.name, sealed.pdf, {
      rowId: filing.id,
    });
    await this.audit.record({
      action: 'record.read',
      recordType: 'filing',
      recordId: filing.id,
      details: { caseId: auditId(filing.caseId), download: true },
    });
    return {
      fileName: `${filing.templateId}-v${filing.filingVersion}.pdf`,
      bytes: Buffer.from(base64, 'base64'),
    };
  }

  /**
   * An attorney of the case (or a supervisor, who reads every case) approves a draft for filing.
   * A filing that printed the risk level of an assessment no attorney signed off is refused (422).
   */
  async approve(
    principal: Principal,
    filingId: string,
    input: FilingTransitionDto,
  ): Promise<FilingResponse> {
    const filing = await this.reviewableFiling(principal, filingId, input.version);
    if (filing.status !== 'draft') throw wrongFilingStatus(filing.status, 'approved');
    // The PDF is what it was when generated: a later sign-off does not change what it says.
    if (filing.riskSignedOff === false) {
      const assessment = filing.riskAssessmentId
        ? await this.transactions.manager.findOne(RiskAssessmentEntity, {
            where: { id: filing.riskAssessmentId },
            select: { id: true, version: true },
          })
        : null;
      throw new FilingRiskUnsignedError(assessment?.version ?? null);
    }
    filing.status = 'approved';
    filing.approvedAt = new Date();
    filing.approvedBy = principal.userId;
    return this.saveTransition(filing, 'approved');
  }

  async markFiled(
    principal: Principal,
    filingId: string,
    input: FilingTransitionDto,
  ): Promise<FilingResponse> {
    const { matter, filing } = await this.changeableFiling(principal, filingId, input.version);
    if (filing.status !== 'approved') throw wrongFilingStatus(filing.status, 'filed');
    const eventType = FILED_EVENT_TYPES[filing.templateId];
    const known = shippedRulePacks()
      .get(matter.jurisdiction)
      ?.eventTypes.some((type) => type.id === eventType);
    const now = new Date();
    if (eventType && known) {
      const event = await this.events.record(principal, filing.caseId, {
        eventType,
        occurredAt: now.toISOString(),
        source: `Amparo filing ${filing.templateId} v${filing.filingVersion}`,
      });
      filing.filedEventId = event.id;
    }
    filing.status = 'filed';
    filing.filedAt = now;
    filing.filedBy = principal.userId;
    return this.saveTransition(filing, 'filed');
  }

  async markServed(
    principal: Principal,
    filingId: string,
    input: FilingTransitionDto,
  ): Promise<FilingResponse> {
    const { filing } = await this.changeableFiling(principal, filingId, input.version);
    if (filing.status !== 'filed') throw wrongFilingStatus(filing.status, 'served');
    filing.status = 'served';
    filing.servedAt = new Date();
    filing.servedBy = principal.userId;
    return this.saveTransition(filing, 'served');
  }

  private async saveTransition(
    filing: FilingEntity,
    status: 'approved' | 'filed' | 'served',
  ): Promise<FilingResponse> {
    const saved = await this.transactions.manager.save(filing);
    await this.audit.record({
      action: 'record.updated',
      recordType: 'filing',
      recordId: saved.id,
      details: { status: auditCode(status), caseId: auditId(saved.caseId) },
    });
    return toFilingResponse(saved);
  }

  /** The filing, if its case is one the member may read; otherwise the same 404. */
  private async requireFiling(principal: Principal, filingId: string): Promise<FilingEntity> {
    const filing = await this.transactions.manager.findOneBy(FilingEntity, { id: filingId });
    if (!filing) throw filingNotFound();
    try {
      await this.access.requireCase(principal, filing.caseId, 'read');
    } catch (error) {
      throw error instanceof NotFoundError ? filingNotFound() : error;
    }
    return filing;
  }

  /** The filing and its case, both locked for a transition, at the version the member saw. */
  private async changeableFiling(
    principal: Principal,
    filingId: string,
    version: number,
  ): Promise<{ matter: CaseEntity; filing: FilingEntity }> {
    const { matter, record: filing } = await this.access.requireCaseRecord(
      principal,
      FilingEntity,
      filingId,
      'write',
      filingNotFound,
    );
    if (filing.version !== version) throw staleFiling(toFilingResponse(filing));
    return { matter, filing };
  }

  /**
   * A filing to approve: the case team's attorneys reach it as for any change; a supervisor, who
   * is not on the team, reaches it through their office-wide reading. Both lock it the same way.
   */
  private async reviewableFiling(
    principal: Principal,
    filingId: string,
    version: number,
  ): Promise<FilingEntity> {
    try {
      return (await this.changeableFiling(principal, filingId, version)).filing;
    } catch (error) {
      if (!(error instanceof ForbiddenError) || !principal.roles.includes('supervisor')) {
        throw error;
      }
    }
    const { matter, record: filing } = await this.access.requireCaseRecord(
      principal,
      FilingEntity,
      filingId,
      'read',
      filingNotFound,
    );
    if (matter.archivedAt) throw caseArchived();
    if (filing.version !== version) throw staleFiling(toFilingResponse(filing));
    return filing;
  }

  private languageOf(template: FilingTemplate, asked?: FilingLanguage): FilingLanguage {
    const language = asked ?? template.languages[0];
    if (!template.languages.includes(language)) {
      throw filingRefused(
        'FILING_UNSUPPORTED_LANGUAGE',
        `Template ${template.id} is offered in ${template.languages.join(', ')}`,
      );
    }
    return language;
  }

  private async render(
    template: FilingTemplate,
    data: Parameters<typeof renderFiling>[1],
    language: FilingLanguage,
  ) {
    try {
      return await renderFiling(template, data, language);
    } catch (error) {
      if (error instanceof MissingFilingDataError) {
        throw new FilingDataMissingError(template.id, error.missing);
      }
      if (error instanceof FilingError && error.code === FilingErrorCode.UncoveredCharacter) {
        throw filingRefused(error.code, error.message);
      }
      if (error instanceof FilingError && error.code === FilingErrorCode.TemplateDefect) {
        throw new FilingDataUnusableError(template.id, error.field, error.message);
      }
      throw error;
    }
  }
}
