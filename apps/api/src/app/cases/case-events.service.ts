// The timeline: dated facts in the zone they happened in. A correction keeps what the event said
// before, who changed it and why; the deadlines the event started are recomputed with it.
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import type { CaseEventResponse, CorrectCaseEventDto, CreateCaseEventDto } from '@amparo/contracts';
import { isValidTimeZone, shippedRulePacks } from '@amparo/domain';
import { AuditService } from '../audit/audit.service';
import { auditId } from '../audit/audit-details';
import { FieldCipher } from '../crypto/field.cipher';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { CaseAccess } from './case-access.service';
import { DeadlinesOnCases } from './deadlines-on-cases.service';
import type { CaseEntity } from './case.entity';
import { CaseEventEntity, CaseEventRevisionEntity } from './case-event.entity';
import { toEventResponse } from './case.mapper';
import { eventNotFound, invalidField, staleRecord } from './cases.errors';
import { EVENT_NOTE } from './sealed-columns';

/** Events are facts, not plans: at most a day ahead (clock skew, time zones), never years. */
const FUTURE_TOLERANCE_MS = 24 * 3_600_000;

@Injectable()
export class CaseEventsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: FieldCipher,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlinesOnCases,
  ) {}

  async list(principal: Principal, caseId: string): Promise<CaseEventResponse[]> {
    await this.access.requireCase(principal, caseId, 'read');
    const manager = this.transactions.manager;
    const events = await manager.find(CaseEventEntity, {
      where: { caseId },
      order: { occurredAt: 'ASC' },
    });
    const revisions =
      events.length === 0
        ? []
        : await manager.find(CaseEventRevisionEntity, {
            where: { eventId: In(events.map((event) => event.id)) },
            order: { version: 'ASC' },
          });
    // A note is the person's own account, kept sealed: each one shown is an audited read.
    for (const event of events.filter((e) => e.noteSealed !== null))
      await this.audit.record({
        action: 'record.read',
        recordType: 'case_event',
        recordId: event.id,
        details: { caseId: auditId(caseId) },
      });
    return events.map((event) =>
      toEventResponse(
        event,
        revisions.filter((r) => r.eventId === event.id),
        this.cipher,
      ),
    );
  }

  async record(
    principal: Principal,
    caseId: string,
    input: CreateCaseEventDto,
  ): Promise<CaseEventResponse> {
    const matter = await this.access.requireCase(principal, caseId, 'write');
    this.assertKnownType(matter, input.eventType);
    const timeZone = this.zoneOf(matter, input.timeZone);
    const occurredAt = this.instant(input.occurredAt);
    const id = randomUUID();
    // insert, not save: the id is new, so save's look-up of it first is a wasted query.
    const event = this.transactions.manager.create(CaseEventEntity, {
      id,
      organizationId: matter.organizationId,
      caseId,
      eventType: input.eventType,
      occurredAt,
      timeZone,
      source: input.source ?? null,
      noteSealed: input.note
        ? this.cipher.encrypt(matter.organizationId, EVENT_NOTE.name, input.note, { rowId: id })
        : null,
      createdBy: principal.userId,
    });
    await this.transactions.manager.insert(CaseEventEntity, event);
    await this.audit.record({
      action: 'record.created',
      recordType: 'case_event',
      recordId: event.id,
    });
    await this.deadlines.started(matter, event);
    return toEventResponse(event, [], this.cipher);
  }

  async correct(
    principal: Principal,
    caseId: string,
    eventId: string,
    input: CorrectCaseEventDto,
  ): Promise<CaseEventResponse> {
    const matter = await this.access.requireCase(principal, caseId, 'write');
    const manager = this.transactions.manager;
    const event = await manager.findOne(CaseEventEntity, {
      where: { id: eventId, caseId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!event) throw eventNotFound();
    if (event.version !== input.version) {
      throw staleRecord(
        'event',
        toEventResponse(event, await this.revisionsOf(eventId), this.cipher),
      );
    }
    await manager.insert(CaseEventRevisionEntity, {
      organizationId: event.organizationId,
      eventId,
      version: event.version,
      occurredAt: event.occurredAt,
      timeZone: event.timeZone,
      reason: input.reason,
      changedBy: principal.userId,
    });
    event.occurredAt = this.instant(input.occurredAt);
    event.timeZone = this.zoneOf(matter, input.timeZone ?? event.timeZone);
    const saved = await manager.save(event);
    await this.audit.record({
      action: 'record.updated',
      recordType: 'case_event',
      recordId: eventId,
    });
    await this.deadlines.recomputed(principal, matter, saved, input.reason);
    return toEventResponse(saved, await this.revisionsOf(eventId), this.cipher);
  }

  private revisionsOf(eventId: string): Promise<CaseEventRevisionEntity[]> {
    return this.transactions.manager.find(CaseEventRevisionEntity, {
      where: { eventId },
      order: { version: 'ASC' },
    });
  }

  private assertKnownType(matter: CaseEntity, eventType: string): void {
    const pack = shippedRulePacks().get(matter.jurisdiction);
    if (!pack?.eventTypes.some((type) => type.id === eventType)) {
      const known = pack?.eventTypes.map((type) => type.id).join(', ') ?? 'none';
      throw invalidField(
        'EVENT_UNKNOWN_TYPE',
        'eventType',
        `Unknown event type for ${matter.jurisdiction}; known: ${known}`,
      );
    }
  }

  private zoneOf(matter: CaseEntity, timeZone: string | undefined): string {
    const zone = timeZone ?? matter.timeZone;
    if (!isValidTimeZone(zone)) {
      throw invalidField(
        'EVENT_INVALID_TIME_ZONE',
        'timeZone',
        `${zone} is not an IANA time zone such as America/Lima`,
      );
    }
    return zone;
  }

  private instant(occurredAt: string): Date {
    const instant = new Date(occurredAt);
    if (Number.isNaN(instant.getTime())) {
      throw invalidField(
        'EVENT_INVALID_INSTANT',
        'occurredAt',
        'occurredAt is not a real date and time',
      );
    }
    if (instant.getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
      throw invalidField(
        'EVENT_IN_FUTURE',
        'occurredAt',
        'occurredAt is in the future; events record what has happened',
      );
    }
    return instant;
  }
}
