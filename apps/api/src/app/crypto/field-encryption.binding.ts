// Connects the encrypted-column transformers to this application's cipher and tenant
// transactions for as long as the application runs.
import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { TenantTransactions } from '../database/tenant-transactions';
import { bindFieldEncryption } from './encrypted-column.transformer';
import { FieldCipher } from './field.cipher';

@Injectable()
export class FieldEncryptionBinding implements OnModuleInit, OnApplicationShutdown {
  private unbind: (() => void) | undefined;

  constructor(
    private readonly cipher: FieldCipher,
    private readonly transactions: TenantTransactions,
  ) {}

  onModuleInit(): void {
    this.unbind = bindFieldEncryption({
      cipher: this.cipher,
      currentOrganizationId: () => this.transactions.current.organizationId,
    });
  }

  onApplicationShutdown(): void {
    this.unbind?.();
    this.unbind = undefined;
  }
}
