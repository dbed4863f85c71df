// The first administrator of a new office on a real server (no demo data there).
import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { TenantTransactions } from '../database/tenant-transactions';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../identity/password.hasher';
import { assertAcceptablePassword } from '../identity/password.policy';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../organizations/user.entity';

export interface AdminRequest {
  organization: string;
  slug?: string;
  email: string;
  name: string;
}

export async function createAdmin(
  app: INestApplicationContext,
  request: AdminRequest,
): Promise<string> {
  const password = process.env['AMPARO_ADMIN_PASSWORD'] ?? (await askPassword());
  assertAcceptablePassword(password, { email: request.email });
  const email = request.email.trim().toLowerCase();
  const slug = request.slug ?? slugify(request.organization);
  const organizationId = randomUUID();
  const passwordHash = await hashPassword(password);
  await app.get(TenantTransactions).run(organizationId, async ({ manager }) => {
    await manager.insert(OrganizationEntity, {
      id: organizationId,
      name: request.organization,
      slug,
      caseVisibility: 'assigned',
      settings: {},
    });
    const [admin] = (
      await manager.insert(UserEntity, {
        organizationId,
        email,
        name: request.name,
        roles: ['admin'],
        passwordHash,
      })
    ).identifiers as { id: string }[];
    // The office's audit trail starts with its own creation, by the system (operator's CLI).
    const audit = app.get(AuditService);
    await audit.record({
      action: 'record.created',
      recordType: 'organization',
      recordId: organizationId,
    });
    await audit.record({ action: 'user.invited', recordType: 'user', recordId: admin.id });
  });
  return `Created organization "${request.organization}" (${organizationId}) with admin ${email}`;
}

function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY)
    throw new Error('Set AMPARO_ADMIN_PASSWORD or run in a terminal to be asked');
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await prompt.question('Password for the new admin (12+ characters): ');
  } finally {
    prompt.close();
  }
}
