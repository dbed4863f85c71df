// Corrections of an event's time. Whoever works the case may correct it, and the deadlines the
// event started are recomputed with the previous dates kept in history. But a correction that
// would move, reopen or start a clock a court counts on is an attorney's decision: asked for by a
// paralegal, it waits (the event and its deadlines untouched) until an attorney of the case
// confirms or declines it, and both sides are told.
import { Injectable } from '@nestjs/common';
import type {
  CaseEventResponse,
  CorrectCaseEventDto,
  DecideEventCorrectionDto,
  DeadlineMoveResponse,
} from '@amparo/contracts';
import {
  can,
  ConflictError,
  NotFoundError,
  correctionDecidedNotice,
  correctionRequestedNotice,
} from '@amparo/domain';
import { AuditService } from '../audit/audit.service';
import { auditCode, auditId } from '../audit/audit-details';
import { FieldCipher } from '../crypto/field.cipher';
import { FOR_CHANGE } from '../database/row-lock';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { NotificationsService } from '../notifications/notifications.service';
import { CaseAccess } from './case-access.service';
import type { CaseEntity } from './case.entity';
import { CaseEventEntity, CaseEventRevisionEntity } from './case-event.entity';
import { toCorrectionResponse, toEventResponse } from './case.mapper';
import { eventNotFound, staleRecord } from './cases.errors';
import { DeadlinesOnCases } from './deadlines-on-cases.service';
import { EventCorrectionRequestEntity } from './event-correction-request.entity';
import { eventInstant, eventZone } from './event-time';

interface CorrectedTime {
  occurredAt: Date;
  timeZone: string;
}

const correctionNotFound = () =>
  new NotFoundError('Event correction', 'EVENT_CORRECTION_NOT_FOUND');

@Injectable()
export class EventCorrectionsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: FieldCipher,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesOnCases,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Corrects the event's time, or, when the member may not move clocks alone and this correction
   * would, keeps it as a request for an attorney (the answer then carries `pendingCorrection`).
   */
  async correct(
    principal: Principal,
    caseId: string,
    eventId: string,
    input: CorrectCaseEventDto,
  ): Promise<CaseEventResponse> {
    const matter = await this.access.requireCase(principal, caseId, 'write');
    const event = await this.lockedEvent(caseId, eventId);
    if (event.version !== input.version) throw await this.staleEvent(event);
    const corrected: CorrectedTime = {
      occurredAt: eventInstant(input.occurredAt),
      timeZone: eventZone(matter, input.timeZone ?? event.timeZone),
    };
    if (!can(principal.roles, 'events.confirm-correction')) {
      const moves = await this.deadlines.movesOf(matter, event, corrected);
      if (moves.length > 0) return this.request(principal, matter, event, corrected, input, moves);
    }
    await this.supersedePending(event.id);
    return this.respond(await this.apply(principal, matter, event, corrected, input.reason));
  }

  /** An attorney of the case applies a waiting correction, as asked, at the version they saw. */
  async confirm(
    principal: Principal,
    requestId: string,
    input: DecideEventCorrectionDto,
  ): Promise<CaseEventResponse> {
    const { matter, request, event } = await this.decidable(principal, requestId, input);
    if (event.version !== request.eventVersion)
      throw new ConflictError(
        'EVENT_CORRECTION_STALE',
        'The event changed after this correction was asked for: ask for it again on the current time',
      );
    const saved = await this.apply(principal, matter, event, request, request.reason);
    await this.decide(principal, matter, request, 'confirmed', input.note);
    return this.respond(saved);
  }

  /** An attorney of the case declines a waiting correction; the event stays as it is. */
  async decline(
    principal: Principal,
    requestId: string,
    input: DecideEventCorrectionDto,
  ): Promise<CaseEventResponse> {
    const { matter, request, event } = await this.decidable(principal, requestId, input);
    await this.decide(principal, matter, request, 'declined', input.note);
    return this.respond(event);
  }

  private async request(
    principal: Principal,
    matter: CaseEntity,
    event: CaseEventEntity,
    corrected: CorrectedTime,
    input: CorrectCaseEventDto,
    moves: DeadlineMoveResponse[],
  ): Promise<CaseEventResponse> {
    const manager = this.transactions.manager;
    await this.supersedePending(event.id);
    const request = manager.create(EventCorrectionRequestEntity, {
      organizationId: matter.organizationId,
      caseId: matter.id,
      eventId: event.id,
      eventVersion: event.version,
      occurredAt: corrected.occurredAt,
      timeZone: corrected.timeZone,
      reason: input.reason.trim(),
      moves,
      status: 'pending',
      requestedBy: principal.userId,
      requestedAt: new Date(),
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
    });
    const saved = await manager.save(request);
    await this.audit.record({
      action: 'record.created',
      recordType: 'event_correction',
      recordId: saved.id,
      details: { caseId: auditId(matter.id), eventId: auditId(event.id), clocks: moves.length },
    });
    await this.notifications.notify(await this.attorneysOf(matter), {
      kind: 'event.correction-requested',
      caseId: matter.id,
      deadlineId: null,
      ...correctionRequestedNotice({
        caseReference: matter.reference,
        clocks: moves.map((move) => move.title),
      }),
      data: { caseReference: matter.reference, eventId: event.id, requestId: saved.id },
      dedupeKey: `correction-requested:${saved.id}`,
    });
    return this.respond(event, saved);
  }

  /** The request and its case and event, locked in the one order (case, records), still open. */
  private async decidable(
    principal: Principal,
    requestId: string,
    input: DecideEventCorrectionDto,
  ) {
    const { matter, record: request } = await this.access.requireCaseRecord(
      principal,
      EventCorrectionRequestEntity,
      requestId,
      'write',
      correctionNotFound,
    );
    if (request.version !== input.version)
      throw staleRecord('event_correction', toCorrectionResponse(request));
    if (request.status !== 'pending')
      throw new ConflictError(
        'EVENT_CORRECTION_DECIDED',
        `This correction is already ${request.status}`,
      );
    const event = await this.lockedEvent(matter.id, request.eventId);
    return { matter, request, event };
  }

  private async decide(
    principal: Principal,
    matter: CaseEntity,
    request: EventCorrectionRequestEntity,
    status: 'confirmed' | 'declined',
    note: string | undefined,
  ): Promise<void> {
    request.status = status;
    request.decidedBy = principal.userId;
    request.decidedAt = new Date();
    request.decisionNote = note?.trim() || null;
    await this.transactions.manager.save(request);
    await this.audit.record({
      action: 'record.updated',
      recordType: 'event_correction',
      recordId: request.id,
      details: { decision: auditCode(status), caseId: auditId(request.caseId) },
    });
    if (request.requestedBy)
      await this.notifications.notify([request.requestedBy], {
        kind: 'event.correction-decided',
        caseId: request.caseId,
        deadlineId: null,
        ...correctionDecidedNotice({
          caseReference: matter.reference,
          clocks: request.moves.map((move) => move.title),
          confirmed: status === 'confirmed',
        }),
        data: { caseReference: matter.reference, eventId: request.eventId, requestId: request.id },
        dedupeKey: `correction-decided:${request.id}`,
      });
  }

  /** Sets the event's new time, keeps the old one in a revision, and recomputes its deadlines. */
  private async apply(
    principal: Principal,
    matter: CaseEntity,
    event: CaseEventEntity,
    corrected: CorrectedTime,
    reason: string,
  ): Promise<CaseEventEntity> {
    const manager = this.transactions.manager;
    await manager.insert(CaseEventRevisionEntity, {
      organizationId: event.organizationId,
      eventId: event.id,
      version: event.version,
      occurredAt: event.occurredAt,
      timeZone: event.timeZone,
      reason,
      changedBy: principal.userId,
    });
    event.occurredAt = corrected.occurredAt;
    event.timeZone = corrected.timeZone;
    const saved = await manager.save(event);
    await this.audit.record({
      action: 'record.updated',
      recordType: 'case_event',
      recordId: event.id,
    });
    await this.deadlines.recomputed(principal, matter, saved, reason);
    return saved;
  }

  /** A correction applied (or asked for again) makes the one waiting for this event moot. */
  private async supersedePending(eventId: string): Promise<void> {
    await this.transactions.manager.update(
      EventCorrectionRequestEntity,
      { eventId, status: 'pending' },
      { status: 'superseded' },
    );
  }

  private async lockedEvent(caseId: string, eventId: string): Promise<CaseEventEntity> {
    const event = await this.transactions.manager.findOne(CaseEventEntity, {
      where: { id: eventId, caseId },
      lock: FOR_CHANGE,
    });
    if (!event) throw eventNotFound();
    return event;
  }

  private async staleEvent(event: CaseEventEntity) {
    return staleRecord('event', await this.respond(event));
  }

  private async respond(
    event: CaseEventEntity,
    pending?: EventCorrectionRequestEntity,
  ): Promise<CaseEventResponse> {
    const manager = this.transactions.manager;
    const revisions = await manager.find(CaseEventRevisionEntity, {
      where: { eventId: event.id },
      order: { version: 'ASC' },
    });
    const waiting =
      pending ??
      (await manager.findOneBy(EventCorrectionRequestEntity, {
        eventId: event.id,
        status: 'pending',
      })) ??
      undefined;
    return toEventResponse(event, revisions, this.cipher, waiting);
  }

  /** The attorneys of the case's team (its lead and any attorney assigned), still active. */
  private async attorneysOf(matter: CaseEntity): Promise<string[]> {
    const rows: { id: string }[] = await this.transactions.manager.query(
      `SELECT u.id FROM users u
        WHERE u.disabled_at IS NULL AND 'attorney' = ANY(u.roles)
          AND (u.id = $2 OR u.id IN (SELECT user_id FROM case_members WHERE case_id = $1))
        ORDER BY u.id`,
      [matter.id, matter.leadAttorneyId],
    );
    return rows.map((row) => row.id);
  }
}
