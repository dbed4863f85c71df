// Screenings on cases: each submission is checked, scored with the office's country profiles and
// saved as a new version; answers, free text and findings are sealed; every read is audited;
// attorneys sign off.
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { CreateRiskAssessmentDto, RiskAssessmentResponse } from '@amparo/contracts';
import {
  AnswerType,
  assertValidScreeningAnswers,
  questionsById,
  SCREENING_INSTRUMENT,
  SCREENING_INSTRUMENT_VERSION,
  SCREENING_QUESTION_IDS,
  scoreRiskWithProfiles,
  type ScreeningAnswers,
  type ScreeningAnswerValue,
} from '@amparo/domain';
import { AuditService } from '../audit/audit.service';
import { auditCode, auditId } from '../audit/audit-details';
import { CaseAccess } from '../cases/case-access.service';
import { CaseEntity } from '../cases/case.entity';
import { FieldCipher } from '../crypto/field.cipher';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { CountryProfilesService } from './country-profiles.service';
import { toAssessmentResponse, type OpenedEvidence } from './risk-assessment.mapper';
import { RiskAssessmentEntity } from './risk-assessment.entity';
import {
  alreadySignedOff,
  assessmentNotFound,
  destinationMismatch,
} from './risk-assessments.errors';
import { RISK_EVIDENCE } from './risk-sealed-columns';
import { openAssessment, sealAssessment } from './sealed-assessment.codec';

const QUESTIONS = questionsById(SCREENING_INSTRUMENT);
const NO_EVIDENCE: OpenedEvidence = { texts: {}, notes: null };

@Injectable()
export class RiskAssessmentsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: FieldCipher,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
    private readonly profiles: CountryProfilesService,
  ) {}

  async create(
    principal: Principal,
    caseId: string,
    input: CreateRiskAssessmentDto,
  ): Promise<RiskAssessmentResponse> {
    const matter = await this.access.requireCase(principal, caseId, 'write');
    const answers = checkedAnswers(input);
    const score = scoreRiskWithProfiles(answers, await this.profiles.profilesForOffice());
    const manager = this.transactions.manager;
    // One new version at a time per case: the case row is the lock.
    await manager.findOne(CaseEntity, {
      where: { id: caseId },
      lock: { mode: 'pessimistic_write' },
    });
    const previous = await manager.findOne(RiskAssessmentEntity, {
      where: { caseId },
      order: { version: 'DESC' },
    });
    const id = randomUUID();
    const { structured, texts } = splitFreeText(answers);
    const notes = input.evidenceNotes?.trim() ? input.evidenceNotes : null;
    const sealed =
      Object.keys(texts).length > 0 || notes !== null
        ? this.cipher.encrypt(
            matter.organizationId,
            RISK_EVIDENCE.name,
            JSON.stringify({ texts, notes }),
            { rowId: id },
          )
        : null;
    const saved = await manager.save(
      manager.create(RiskAssessmentEntity, {
        id,
        organizationId: matter.organizationId,
        caseId,
        clientId: matter.clientId,
        destinationCountry: score.destination,
        instrumentVersion: score.instrumentVersion,
        rulesVersion: score.rulesVersion,
        version: (previous?.version ?? 0) + 1,
        ...sealAssessment(this.cipher, matter.organizationId, id, structured, {
          reasons: [...score.reasons],
          pathways: [...score.pathways],
          urgency: score.urgency,
          advisories: [...score.advisories],
        }),
        evidenceSealed: sealed,
        level: score.level,
        urgent: score.urgency.urgent,
        createdBy: principal.userId,
        signedOffBy: null,
        signedOffAt: null,
      }),
    );
    await this.audit.record({
      action: 'record.created',
      recordType: 'risk_assessment',
      recordId: saved.id,
      details: {
        caseId: auditId(caseId),
        version: saved.version,
        level: auditCode(saved.level),
      },
    });
    return this.response(saved, previous);
  }

  /** Newest first, each with what changed since the version before it; every version read is audited. */
  async history(principal: Principal, caseId: string): Promise<RiskAssessmentResponse[]> {
    await this.access.requireCase(principal, caseId, 'read');
    const rows = await this.transactions.manager.find(RiskAssessmentEntity, {
      where: { caseId },
      order: { version: 'DESC' },
    });
    const opened = rows.map((row) => ({
      row: openAssessment(row, this.cipher),
      evidence: this.open(row),
    }));
    for (const row of rows)
      await this.audit.record({
        action: 'record.read',
        recordType: 'risk_assessment',
        recordId: row.id,
      });
    return opened.map((version, i) =>
      toAssessmentResponse(version.row, version.evidence, opened[i + 1]),
    );
  }

  /** An attorney of the case's team signs a version off, once. */
  async signOff(principal: Principal, id: string): Promise<RiskAssessmentResponse> {
    const manager = this.transactions.manager;
    const { record: row } = await this.access.requireCaseRecord(
      principal,
      RiskAssessmentEntity,
      id,
      'write',
      assessmentNotFound,
    );
    if (row.signedOffAt) throw alreadySignedOff(row.signedOffAt);
    row.signedOffBy = principal.userId;
    row.signedOffAt = new Date();
    const saved = await manager.save(row);
    await this.audit.record({
      action: 'record.updated',
      recordType: 'risk_assessment',
      recordId: saved.id,
      details: { signedOff: true, version: saved.version },
    });
    const previous = await manager.findOneBy(RiskAssessmentEntity, {
      caseId: saved.caseId,
      version: saved.version - 1,
    });
    return this.response(saved, previous);
  }

  /** A version as the API answers it, with the change from the one before it. */
  private response(
    row: RiskAssessmentEntity,
    previous: RiskAssessmentEntity | null,
  ): RiskAssessmentResponse {
    return toAssessmentResponse(
      openAssessment(row, this.cipher),
      this.open(row),
      previous
        ? { row: openAssessment(previous, this.cipher), evidence: this.open(previous) }
        : undefined,
    );
  }

  private open(row: RiskAssessmentEntity): OpenedEvidence {
    if (row.evidenceSealed === null) return NO_EVIDENCE;
    return JSON.parse(
      this.cipher.decrypt(row.organizationId, RISK_EVIDENCE.name, row.evidenceSealed, {
        rowId: row.id,
      }),
    ) as OpenedEvidence;
  }
}

/** The body's destination fills the answer when absent and must agree with it when present. */
function checkedAnswers(input: CreateRiskAssessmentDto): ScreeningAnswers {
  const destination = input.destination.toUpperCase();
  const answered = input.answers[SCREENING_QUESTION_IDS.destinationCountry];
  if (typeof answered === 'string' && answered !== destination)
    throw destinationMismatch(destination, answered);
  return assertValidScreeningAnswers(
    SCREENING_INSTRUMENT,
    input.instrumentVersion ?? SCREENING_INSTRUMENT_VERSION,
    { ...input.answers, [SCREENING_QUESTION_IDS.destinationCountry]: answered ?? destination },
    { today: new Date().toISOString().slice(0, 10) },
  );
}

/** Free-text answers go to the evidence (with the notes); the rest are the structured answers. */
function splitFreeText(answers: ScreeningAnswers): {
  structured: Record<string, ScreeningAnswerValue>;
  texts: Record<string, string>;
} {
  const structured: Record<string, ScreeningAnswerValue> = {};
  const texts: Record<string, string> = {};
  for (const [id, value] of Object.entries(answers)) {
    if (QUESTIONS.get(id)?.type === AnswerType.Text && typeof value === 'string') texts[id] = value;
    else structured[id] = value;
  }
  return { structured, texts };
}
