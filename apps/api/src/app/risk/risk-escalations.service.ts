// Cases in grave danger (latest screening high or extreme) whose removal may happen within 72 hours,
// for supervisors; an acknowledgement with a reason holds until a new version or a new event.
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type {
  CaseRiskEscalationResponse,
  RiskEscalationAckResponse,
  RiskEscalationResponse,
} from '@amparo/contracts';
import { effectiveDueOf, riskLevelRank, isClockRunning, readDeadline } from '@amparo/domain';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { auditId } from '../audit/audit-details';
import { CaseAccess } from '../cases/case-access.service';
import { CaseEntity } from '../cases/case.entity';
import { CaseDeadlineEntity } from '../cases/case-deadline.entity';
import { factsOf } from '../cases/deadline-facts';
import { CaseEventEntity } from '../cases/case-event.entity';
import { FieldCipher } from '../crypto/field.cipher';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { escalatedSql } from './escalation.sql';
import { removalClocks, type OpenClock } from './removal-clock';
import { RiskAssessmentEntity } from './risk-assessment.entity';
import { escalationNotActive } from './risk-assessments.errors';
import { RiskEscalationAckEntity } from './risk-escalation-ack.entity';
import { openFindings } from './sealed-assessment.codec';

const ESCALATED_AT_PARAMETER = escalatedSql('c', 'latest', '$1::timestamptz');

/** An escalation and the moment its clock last changed (what makes it a new escalation). */
export interface ActiveEscalation {
  readonly escalation: RiskEscalationResponse;
  readonly clockChangedAt: Date;
}

@Injectable()
export class RiskEscalationsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
  ) {}

  /** Most urgent first: extreme before high, then the window that closes soonest. */
  async list(now = new Date()): Promise<RiskEscalationResponse[]> {
    return (await this.active(now)).map((active) => active.escalation);
  }

  /**
   * Every escalation in force at `now`, most urgent first. The rule's SQL form picks the
   * escalated cases (an office may have thousands of grave screenings, few with a clock running);
   * only theirs are read to explain each one.
   */
  async active(now: Date): Promise<ActiveEscalation[]> {
    const latest: { id: string }[] = await this.transactions.manager.query(
      `SELECT latest.id FROM (
         SELECT DISTINCT ON (case_id) id, case_id, level, hours_until_removal, created_at
           FROM risk_assessments ORDER BY case_id, version DESC
       ) latest JOIN cases c ON c.id = latest.case_id
        WHERE ${ESCALATED_AT_PARAMETER}`,
      [now],
    );
    if (latest.length === 0) return [];
    const rows = await this.transactions.manager.findBy(RiskAssessmentEntity, {
      id: In(latest.map((r) => r.id)),
    });
    const records = await this.recordsOf(rows.map((row) => row.caseId));
    const found = rows.flatMap(
      (row) => escalationOf(row, records(row.caseId), now, this.cipher) ?? [],
    );
    return found.sort(
      ({ escalation: a }, { escalation: b }) =>
        riskLevelRank(b.level) - riskLevelRank(a.level) ||
        closing(a).localeCompare(closing(b)) ||
        a.caseReference.localeCompare(b.caseReference),
    );
  }

  /** Whether this case is on the list now (same rule as the list); a case one may not read is a 404. */
  async forCase(principal: Principal, caseId: string): Promise<CaseRiskEscalationResponse> {
    await this.access.requireCase(principal, caseId, 'read');
    const latest = await this.transactions.manager.findOne(RiskAssessmentEntity, {
      where: { caseId },
      order: { version: 'DESC' },
    });
    const escalation =
      (latest &&
        escalationOf(latest, (await this.recordsOf([caseId]))(caseId), new Date(), this.cipher)
          ?.escalation) ||
      null;
    return { escalated: escalation !== null, escalation };
  }

  async acknowledge(
    principal: Principal,
    caseId: string,
    reason: string,
  ): Promise<RiskEscalationAckResponse> {
    await this.access.requireCase(principal, caseId, 'read');
    const manager = this.transactions.manager;
    const latest = await manager.findOne(RiskAssessmentEntity, {
      where: { caseId },
      order: { version: 'DESC' },
    });
    const escalation = latest
      ? escalationOf(latest, (await this.recordsOf([caseId]))(caseId), new Date(), this.cipher)
      : undefined;
    if (!latest || !escalation) throw escalationNotActive();
    const ack = await manager.save(
      manager.create(RiskEscalationAckEntity, {
        id: randomUUID(),
        organizationId: latest.organizationId,
        caseId,
        assessmentId: latest.id,
        acknowledgedBy: principal.userId,
        acknowledgedAt: new Date(),
        reason,
      }),
    );
    await this.audit.record({
      action: 'record.created',
      recordType: 'risk_escalation_ack',
      recordId: ack.id,
      details: { caseId: auditId(caseId), assessmentId: auditId(latest.id) },
    });
    return {
      id: ack.id,
      caseId,
      assessmentId: ack.assessmentId,
      acknowledgedBy: ack.acknowledgedBy,
      acknowledgedAt: ack.acknowledgedAt.toISOString(),
      reason: ack.reason,
    };
  }

  /** What deciding the escalation of these cases needs, read in four statements in all. */
  private async recordsOf(caseIds: readonly string[]): Promise<(caseId: string) => CaseRecords> {
    const manager = this.transactions.manager;
    const ids = [...new Set(caseIds)];
    if (ids.length === 0) return () => ({ matter: undefined, events: [], deadlines: [], acks: [] });
    // One after another: the transaction's connection runs one statement at a time.
    const cases = await manager.findBy(CaseEntity, { id: In(ids) });
    const events = await manager.findBy(CaseEventEntity, { caseId: In(ids) });
    const deadlines = await manager.findBy(CaseDeadlineEntity, { caseId: In(ids) });
    const acks = await manager.findBy(RiskEscalationAckEntity, { caseId: In(ids) });
    const byCase = <T extends { caseId: string }>(rows: T[]) => {
      const grouped = new Map<string, T[]>();
      for (const row of rows) {
        const list = grouped.get(row.caseId);
        if (list) list.push(row);
        else grouped.set(row.caseId, [row]);
      }
      return grouped;
    };
    const matters = new Map(cases.map((matter) => [matter.id, matter]));
    const [eventsOf, deadlinesOf, acksOf] = [byCase(events), byCase(deadlines), byCase(acks)];
    return (caseId) => ({
      matter: matters.get(caseId),
      events: eventsOf.get(caseId) ?? [],
      deadlines: deadlinesOf.get(caseId) ?? [],
      acks: acksOf.get(caseId) ?? [],
    });
  }
}

/** A case and what its escalation is decided from. */
interface CaseRecords {
  matter: CaseEntity | undefined;
  events: CaseEventEntity[];
  deadlines: CaseDeadlineEntity[];
  acks: RiskEscalationAckEntity[];
}

/**
 * The escalation of a case's latest assessment, unless low risk, no clock, or acknowledged since.
 * Decided from clear columns alone (level, hours until removal); only an escalation's reasons are
 * opened, to show them.
 */
function escalationOf(
  row: RiskAssessmentEntity,
  { matter, events, deadlines, acks }: CaseRecords,
  now: Date,
  cipher: FieldCipher,
): ActiveEscalation | undefined {
  if (riskLevelRank(row.level) < riskLevelRank('high')) return undefined;
  if (!matter || matter.archivedAt) return undefined;
  // Stored deadlines are the clocks; events from before deadlines were stored fall back on the
  // PASEE window read from the event itself.
  const withDeadlines = new Set(deadlines.map((d) => d.eventId));
  const clocks = removalClocks({
    jurisdiction: matter.jurisdiction,
    procedure: matter.procedure,
    deadlines: deadlines.flatMap((d) => openClock(d, now)),
    retentions: events
      .filter((e) => e.eventType === 'police-retention' && !withDeadlines.has(e.id))
      .map((e) => e.occurredAt),
    hoursUntilRemoval: row.hoursUntilRemoval,
    assessedAt: row.createdAt,
    now,
  });
  if (clocks.length === 0) return undefined;
  const acknowledged = Math.max(
    -Infinity,
    ...acks.filter((a) => a.assessmentId === row.id).map((a) => a.acknowledgedAt.getTime()),
  );
  // A new or corrected event, or a judge's new date, changes the clock: it reopens an
  // acknowledged escalation.
  const clockChanged = Math.max(
    0,
    ...events.map((e) => e.updatedAt.getTime()),
    ...deadlines.map((d) => d.overriddenAt?.getTime() ?? 0),
  );
  if (acknowledged >= clockChanged) return undefined;
  return {
    clockChangedAt: new Date(clockChanged),
    escalation: {
      caseId: matter.id,
      caseReference: matter.reference,
      clientId: matter.clientId,
      leadAttorneyId: matter.leadAttorneyId,
      assessmentId: row.id,
      version: row.version,
      level: row.level,
      reasons: openFindings(row, cipher).reasons,
      clocks,
      assessedAt: row.createdAt.toISOString(),
    },
  };
}

function openClock(deadline: CaseDeadlineEntity, now: Date): OpenClock[] {
  const dueAt = effectiveDueOf(deadline);
  if (
    !dueAt ||
    deadline.kind !== 'due' ||
    !isClockRunning(readDeadline(factsOf(deadline), now).state)
  )
    return [];
  return [
    {
      id: deadline.id,
      title: deadline.title,
      // Stored for hour-counted rules (kind `due`); escalation.sql.ts reads the same flag.
      hourRule: deadline.urgent,
      dueAt,
      endsAt: deadline.overrideDueAt ?? deadline.latestDueAt ?? dueAt,
    },
  ];
}

const closing = (e: RiskEscalationResponse) =>
  e.clocks
    .map((c) => c.until ?? '')
    .sort()
    .at(0) ?? '';
