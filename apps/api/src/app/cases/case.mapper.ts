// Cases, clients and events as the API shows them: sealed fields opened, entities never leaked.
import type {
  CaseEventResponse,
  CaseResponse,
  ClientResponse,
  EventCorrectionResponse,
} from '@amparo/contracts';
import type { FieldCipher } from '../crypto/field.cipher';
import type { CaseEntity } from './case.entity';
import type { CaseEventEntity, CaseEventRevisionEntity } from './case-event.entity';
import {
  grammaticalGender,
  openClientCategories,
  openClientGender,
} from './client-categories.codec';
import type { ClientEntity } from './client.entity';
import type { EventCorrectionRequestEntity } from './event-correction-request.entity';
import { CASE_A_NUMBER, CLIENT_CONTACT, EVENT_NOTE } from './sealed-columns';

export function toClientResponse(client: ClientEntity, cipher: FieldCipher): ClientResponse {
  const { gender, vulnerabilities } = openClientCategories(client, cipher);
  return {
    id: client.id,
    givenNames: client.givenNames,
    familyNames: client.familyNames,
    aliases: [...client.aliases],
    birthDate: client.birthDate,
    birthDatePrecision: client.birthDatePrecision,
    nationalities: [...client.nationalities],
    languages: [...client.languages],
    interpreterNeeded: client.interpreterNeeded,
    gender,
    contact: client.contactSealed
      ? (JSON.parse(
          cipher.decrypt(client.organizationId, CLIENT_CONTACT.name, client.contactSealed, {
            rowId: client.id,
          }),
        ) as ClientResponse['contact'])
      : null,
    vulnerabilities: [...vulnerabilities],
    version: client.version,
    createdAt: client.createdAt.toISOString(),
  };
}

export function toCaseResponse(
  matter: CaseEntity,
  client: Pick<
    ClientEntity,
    'id' | 'organizationId' | 'givenNames' | 'familyNames' | 'genderSealed' | 'clearGender'
  >,
  paralegalIds: string[],
  cipher: FieldCipher,
): CaseResponse {
  return {
    id: matter.id,
    reference: matter.reference,
    clientId: matter.clientId,
    clientName: `${client.givenNames} ${client.familyNames}`.trim(),
    clientGender: grammaticalGender(openClientGender(client, cipher)),
    jurisdiction: matter.jurisdiction,
    procedure: matter.procedure,
    forum: matter.forum,
    timeZone: matter.timeZone,
    aNumber: matter.aNumberSealed
      ? cipher.decrypt(matter.organizationId, CASE_A_NUMBER.name, matter.aNumberSealed, {
          rowId: matter.id,
        })
      : null,
    expediente: matter.expediente,
    custodyStatus: matter.custodyStatus,
    stage: matter.stage,
    outcome: matter.outcome,
    priority: matter.priority,
    leadAttorneyId: matter.leadAttorneyId,
    paralegalIds,
    archivedAt: matter.archivedAt ? matter.archivedAt.toISOString() : null,
    version: matter.version,
    createdAt: matter.createdAt.toISOString(),
    updatedAt: matter.updatedAt.toISOString(),
  };
}

export function toEventResponse(
  event: CaseEventEntity,
  revisions: CaseEventRevisionEntity[],
  cipher: FieldCipher,
  pending?: EventCorrectionRequestEntity,
): CaseEventResponse {
  return {
    id: event.id,
    caseId: event.caseId,
    eventType: event.eventType,
    occurredAt: event.occurredAt.toISOString(),
    timeZone: event.timeZone,
    source: event.source,
    note: event.noteSealed
      ? cipher.decrypt(event.organizationId, EVENT_NOTE.name, event.noteSealed, { rowId: event.id })
      : null,
    version: event.version,
    revisions: revisions.map((revision) => ({
      version: revision.version,
      occurredAt: revision.occurredAt.toISOString(),
      timeZone: revision.timeZone,
      reason: revision.reason,
      changedAt: revision.changedAt.toISOString(),
    })),
    pendingCorrection: pending ? toCorrectionResponse(pending) : null,
  };
}

export function toCorrectionResponse(
  request: EventCorrectionRequestEntity,
): EventCorrectionResponse {
  return {
    id: request.id,
    caseId: request.caseId,
    eventId: request.eventId,
    eventVersion: request.eventVersion,
    occurredAt: request.occurredAt.toISOString(),
    timeZone: request.timeZone,
    reason: request.reason,
    moves: request.moves,
    status: request.status,
    requestedBy: request.requestedBy,
    requestedAt: request.requestedAt.toISOString(),
    decidedBy: request.decidedBy,
    decidedAt: request.decidedAt?.toISOString() ?? null,
    decisionNote: request.decisionNote,
    version: request.version,
  };
}
