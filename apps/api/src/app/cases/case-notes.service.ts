// Privileged notes: sealed at rest, written by the case's team, every read audited.
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { CaseNoteResponse, CreateCaseNoteDto } from '@amparo/contracts';
import { AuditService } from '../audit/audit.service';
import { FieldCipher } from '../crypto/field.cipher';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { CaseAccess } from './case-access.service';
import { CaseNoteEntity } from './case-note.entity';
import { NOTE_BODY } from './sealed-columns';

@Injectable()
export class CaseNotesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: FieldCipher,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, caseId: string): Promise<CaseNoteResponse[]> {
    await this.access.requireCase(principal, caseId, 'read');
    const notes = await this.transactions.manager.find(CaseNoteEntity, {
      where: { caseId },
      order: { createdAt: 'ASC' },
    });
    for (const note of notes)
      await this.audit.record({ action: 'record.read', recordType: 'note', recordId: note.id });
    return notes.map((note) => this.toResponse(note));
  }

  async write(
    principal: Principal,
    caseId: string,
    input: CreateCaseNoteDto,
  ): Promise<CaseNoteResponse> {
    const matter = await this.access.requireCase(principal, caseId, 'write');
    const id = randomUUID();
    const note = await this.transactions.manager.save(
      this.transactions.manager.create(CaseNoteEntity, {
        id,
        organizationId: matter.organizationId,
        caseId,
        bodySealed: this.cipher.encrypt(matter.organizationId, NOTE_BODY.name, input.body, {
          rowId: id,
        }),
        authorId: principal.userId,
      }),
    );
    await this.audit.record({ action: 'record.created', recordType: 'note', recordId: note.id });
    return this.toResponse(note);
  }

  private toResponse(note: CaseNoteEntity): CaseNoteResponse {
    return {
      id: note.id,
      caseId: note.caseId,
      body: this.cipher.decrypt(note.organizationId, NOTE_BODY.name, note.bodySealed, {
        rowId: note.id,
      }),
      authorId: note.authorId,
      createdAt: note.createdAt.toISOString(),
    };
  }
}
