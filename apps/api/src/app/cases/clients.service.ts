// Intake of people: a possible duplicate in the office (same A-number, or same name and date of
// birth) is shown before anything is saved; reads of a client are audited.
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type {
  ClientResponse,
  ClientSearchResult,
  CreateClientDto,
  DuplicateCheckDto,
  DuplicateMatch,
  UpdateClientDto,
} from '@amparo/contracts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  foldForSearch,
  searchableNames,
  type ErrorDetail,
} from '@amparo/domain';
import { AuditService } from '../audit/audit.service';
import { auditCode, auditDigest } from '../audit/audit-details';
import { FieldCipher, normalizeForIndex } from '../crypto/field.cipher';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { CaseAccess } from './case-access.service';
import { toClientResponse } from './case.mapper';
import { clientNotFound, clientReadOnly, invalidField, staleRecord } from './cases.errors';
import {
  openClientCategories,
  sealClientCategories,
  storedGender,
} from './client-categories.codec';
import { ClientEntity } from './client.entity';
import { CLIENT_CONTACT } from './sealed-columns';

@Injectable()
export class ClientsService {
  /** People inserted by each transaction, so its next steps need not read them back. */
  private readonly createdInTransaction = new WeakMap<EntityManager, Map<string, ClientEntity>>();

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: FieldCipher,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
  ) {}

  /**
   * People of the office who may be the one being taken in. Only those the member may already
   * read are named (with their id); for anyone else the member learns that a match exists and
   * whom to ask, nothing more. The search is audited with its terms as a keyed hash.
   */
  async findDuplicates(principal: Principal, input: DuplicateCheckDto): Promise<DuplicateMatch[]> {
    const found = await this.searchDuplicates(input);
    const answers: DuplicateMatch[] = [];
    for (const [row, reason] of found) {
      answers.push(
        (await this.access.mayRead(principal, row.id))
          ? readableMatch(row, reason)
          : { access: 'restricted', reason },
      );
    }
    await this.audit.record({
      action: 'record.searched',
      recordType: 'client',
      details: {
        purpose: auditCode('duplicate_check'),
        terms: auditDigest(this.searchDigest(input)),
        matches: answers.length,
        shown: answers.filter((answer) => answer.access === 'readable').length,
      },
    });
    return answers;
  }

  /**
   * People whose names or aliases contain the words typed, as the member may read them (need to
   * know: someone else's client is not listed, not even as a match). Audited like any search.
   */
  async search(principal: Principal, q: string): Promise<ClientSearchResult[]> {
    const words = foldForSearch(q).split(' ').filter(Boolean);
    const query = this.transactions.manager
      .createQueryBuilder(ClientEntity, 'c')
      .orderBy('c.search_names', 'ASC')
      .limit(SEARCH_CANDIDATES);
    words.forEach((word, index) =>
      query.andWhere(`c.search_names LIKE :w${index}`, {
        [`w${index}`]: `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      }),
    );
    const found: ClientSearchResult[] = [];
    for (const row of await query.getMany()) {
      if (found.length >= SEARCH_RESULTS) break;
      if (await this.access.mayRead(principal, row.id))
        found.push({
          clientId: row.id,
          givenNames: row.givenNames,
          familyNames: row.familyNames,
          birthDate: row.birthDate ? String(row.birthDate).slice(0, 10) : null,
        });
    }
    const organizationId = this.transactions.current.organizationId ?? '';
    await this.audit.record({
      action: 'record.searched',
      recordType: 'client',
      details: {
        purpose: auditCode('name_search'),
        terms: auditDigest(this.cipher.blindIndex(organizationId, 'audit-search', words.join(' '))),
        matches: found.length,
        shown: found.length,
      },
    });
    return found;
  }

  /** The office's people with the same A-number, or the same name and date of birth. */
  private async searchDuplicates(
    input: DuplicateCheckDto,
  ): Promise<Map<DuplicateRow, DuplicateMatch['reason']>> {
    const { manager, organizationId } = this.transactions.current;
    const matches = new Map<string, [DuplicateRow, DuplicateMatch['reason']]>();
    if (input.givenNames && input.birthDate) {
      const name = foldForSearch(`${input.givenNames} ${input.familyNames ?? ''}`);
      const rows: ClientEntity[] = await manager
        .createQueryBuilder(ClientEntity, 'c')
        .where('c.birth_date = :birthDate', { birthDate: input.birthDate })
        .andWhere(`split_part(c.search_names, ' | ', 1) = :name`, { name })
        .getMany();
      for (const row of rows) matches.set(row.id, [row, 'same_name_and_birth_date']);
    }
    if (input.aNumber && organizationId) {
      const candidates = this.cipher.blindIndexCandidates(
        organizationId,
        'a-number',
        input.aNumber,
      );
      const rows: DuplicateRow[] = await manager.query(
        `SELECT DISTINCT cl.id, cl.given_names AS "givenNames", cl.family_names AS "familyNames", cl.birth_date AS "birthDate"
           FROM cases c JOIN clients cl ON cl.id = c.client_id WHERE c.a_number_index = ANY($1)`,
        [candidates],
      );
      for (const row of rows) matches.set(row.id, [row, 'same_a_number']);
    }
    return new Map([...matches.values()]);
  }

  /** The terms of a duplicate search as a keyed hash: the trail can prove a search, not show it. */
  private searchDigest(input: DuplicateCheckDto): string {
    const organizationId = this.transactions.current.organizationId ?? '';
    const terms = JSON.stringify([
      foldForSearch(`${input.givenNames ?? ''} ${input.familyNames ?? ''}`),
      input.birthDate ?? '',
      input.aNumber ? normalizeForIndex(input.aNumber) : '',
    ]);
    return this.cipher.blindIndex(organizationId, 'audit-search', terms);
  }

  async create(principal: Principal, input: CreateClientDto): Promise<ClientResponse> {
    const { manager, organizationId } = this.transactions.current;
    if (!organizationId) throw new Error('no organization in scope');
    assertPlausibleBirthDate(input.birthDate);
    if (!input.acknowledgeDuplicates) {
      const duplicates = await this.findDuplicates(principal, input);
      if (duplicates.length > 0) {
        throw new ConflictError(
          'CLIENT_POSSIBLE_DUPLICATE',
          `${duplicates.length} person(s) in your office may be the same; review them, then confirm to save`,
          duplicates.map(
            (duplicate) => ({ message: duplicate.reason, match: duplicate }) as ErrorDetail,
          ),
        );
      }
    }
    const id = randomUUID();
    const familyNames = input.familyNames?.trim() ?? '';
    const aliases = input.aliases?.map((alias) => alias.trim()) ?? [];
    const contact =
      input.contact && Object.values(input.contact).some(Boolean) ? input.contact : undefined;
    const client = manager.create(ClientEntity, {
      id,
      organizationId,
      givenNames: input.givenNames.trim(),
      familyNames,
      aliases,
      searchNames: searchableNames(input.givenNames, familyNames, aliases),
      birthDate: input.birthDate ?? null,
      birthDatePrecision: input.birthDate ? (input.birthDatePrecision ?? 'day') : 'unknown',
      nationalities: input.nationalities ?? [],
      languages: input.languages ?? [],
      interpreterNeeded: input.interpreterNeeded ?? false,
      ...sealClientCategories(this.cipher, organizationId, id, {
        gender: storedGender(input),
        vulnerabilities: input.vulnerabilities ?? [],
      }),
      contactSealed: contact
        ? this.cipher.encrypt(organizationId, CLIENT_CONTACT.name, JSON.stringify(contact), {
            rowId: id,
          })
        : null,
      createdBy: principal.userId,
    });
    await manager.insert(ClientEntity, client); // a new id: save's look-up first is wasted
    this.createdIn(manager).set(id, client);
    const saved = client;
    await this.audit.record({ action: 'record.created', recordType: 'client', recordId: saved.id });
    return toClientResponse(saved, this.cipher);
  }

  async get(principal: Principal, clientId: string): Promise<ClientResponse> {
    const client = await this.access.requireClient(principal, clientId);
    await this.audit.record({ action: 'record.read', recordType: 'client', recordId: client.id });
    return toClientResponse(client, this.cipher);
  }

  /** Changes by the team of one of the client's cases; a stale version is refused. */
  async update(
    principal: Principal,
    clientId: string,
    input: UpdateClientDto,
  ): Promise<ClientResponse> {
    const client = await this.access.requireClient(principal, clientId, 'write');
    if (client.version !== input.version)
      throw staleRecord('client', toClientResponse(client, this.cipher));
    const { manager } = this.transactions.current;
    const changed: string[] = [];
    for (const field of [
      'givenNames',
      'familyNames',
      'aliases',
      'nationalities',
      'languages',
      'interpreterNeeded',
    ] as const) {
      if (input[field] !== undefined) {
        Object.assign(client, { [field]: input[field] });
        changed.push(field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));
      }
    }
    // Sealed again on every change, so a row still in clear from before sealing leaves it too.
    const categories = openClientCategories(client, this.cipher);
    if (input.vulnerabilities !== undefined) changed.push('vulnerabilities');
    Object.assign(
      client,
      sealClientCategories(this.cipher, client.organizationId, client.id, {
        ...categories,
        vulnerabilities: input.vulnerabilities ?? categories.vulnerabilities,
      }),
    );
    if (input.contact !== undefined) {
      client.contactSealed = this.cipher.encrypt(
        client.organizationId,
        CLIENT_CONTACT.name,
        JSON.stringify(input.contact),
        {
          rowId: client.id,
        },
      );
      changed.push('contact');
    }
    client.searchNames = searchableNames(client.givenNames, client.familyNames, client.aliases);
    const saved = await manager.save(client);
    await this.audit.record({
      action: 'record.updated',
      recordType: 'client',
      recordId: saved.id,
      details: { fields: changed.map(auditCode) },
    });
    return toClientResponse(saved, this.cipher);
  }

  /**
   * A data-subject request: the person and everything about them (cases, events, notes, team)
   * are deleted; foreign keys cascade so no orphan row remains. The audit trail keeps the fact
   * and the ids, never the content.
   */
  async erase(clientId: string): Promise<{ erasedCases: number }> {
    const { manager } = this.transactions.current;
    const client = await manager.findOneBy(ClientEntity, { id: clientId });
    if (!client) throw clientNotFound();
    const [{ n }] = await manager.query(
      `SELECT count(*)::int AS n FROM cases WHERE client_id = $1`,
      [clientId],
    );
    await manager.delete(ClientEntity, { id: clientId });
    await this.audit.record({
      action: 'record.deleted',
      recordType: 'client',
      recordId: clientId,
      details: { cases: n },
    });
    return { erasedCases: n };
  }

  /**
   * The person a case is opened for, or linked to one as a derivative family member: only someone
   * the member may change (on one of their cases, or taken in by them and on none yet). Anyone
   * else answers as if unknown, so the id of a stranger opens nothing; someone the member may
   * only read is refused with a reason.
   */
  async requireForCase(principal: Principal, clientId: string): Promise<ClientEntity> {
    // A person taken in by this very transaction (an intake's next step) needs no look-up.
    const created = this.createdIn(this.transactions.manager).get(clientId);
    if (created) return created;
    try {
      return await this.access.requireClient(principal, clientId, 'write');
    } catch (error) {
      if (error instanceof NotFoundError)
        throw invalidField(
          'CASE_CLIENT_UNKNOWN',
          'clientId',
          'No client with this id in your office',
        );
      if (error instanceof ForbiddenError) throw clientReadOnly();
      throw error;
    }
  }

  private createdIn(manager: EntityManager): Map<string, ClientEntity> {
    let created = this.createdInTransaction.get(manager);
    if (!created) {
      created = new Map();
      this.createdInTransaction.set(manager, created);
    }
    return created;
  }
}

/** Rows read to find the ones the member may see, and how many of those are listed. */
const SEARCH_CANDIDATES = 200;
const SEARCH_RESULTS = 10;

type DuplicateRow = Pick<ClientEntity, 'id' | 'givenNames' | 'familyNames' | 'birthDate'>;

function readableMatch(row: DuplicateRow, reason: DuplicateMatch['reason']): DuplicateMatch {
  return {
    access: 'readable',
    clientId: row.id,
    givenNames: row.givenNames,
    familyNames: row.familyNames,
    birthDate: row.birthDate ? String(row.birthDate).slice(0, 10) : null,
    reason,
  };
}

/** Born in the future, or more than 120 years ago, is a typing mistake. */
function assertPlausibleBirthDate(birthDate: string | undefined): void {
  if (!birthDate) return;
  const born = Date.parse(`${birthDate}T00:00:00Z`);
  const now = Date.now();
  if (born > now)
    throw invalidField('CLIENT_BORN_IN_FUTURE', 'birthDate', 'birthDate is in the future');
  if (born < now - 120 * 365.25 * 86_400_000) {
    throw invalidField(
      'CLIENT_BIRTH_DATE_IMPLAUSIBLE',
      'birthDate',
      'birthDate is more than 120 years ago',
    );
  }
}
