// The timeline: dated facts in the zone they happened in, each with the corrections of its time
// (event-corrections.service.ts) and any correction still waiting for an attorney.
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import type { CaseEventResponse, CreateCaseEventDto } from '@amparo/contracts';
import { shippedRulePacks } from '@amparo/domain';
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
import { invalidField } from './cases.errors';
import { EventCorrectionRequestEntity } from './event-correction-request.entity';
import { eventInstant, eventZone } from './event-time';
import { EVENT_NOTE } from './sealed-columns';

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
    const pending =
      events.length === 0
        ? []
        : await manager.findBy(EventCorrectionRequestEntity, { caseId, status: 'pending' });
    return events.map((event) =>
      toEventResponse(
        event,
        revisions.filter((r) => r.eventId === event.id),
        this.cipher,
        pending.find((request) => request.eventId === event.id),
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
    const timeZone = eventZone(matter, input.timeZone);
    const occurredAt = eventInstant(input.occurredAt);
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
}
