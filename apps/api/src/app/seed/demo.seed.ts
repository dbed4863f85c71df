// Creates the demo offices once, through the same tenant transactions as every request, so the
// seed itself proves that each organization's rows are written under its own scope. Lima's demo
// caseload is seedDemoCases (demo-cases.seed.ts), run after this by main.ts and the CLI only when
// the offices are new; tests that need the offices alone call this.
import type { INestApplicationContext } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { TenantTransactions } from '../database/tenant-transactions';
import { hashPassword } from '../identity/password.hasher';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../organizations/user.entity';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD } from './demo-data';

/** Returns true when it created anything; safe to run on every start. */
export async function seedDemoIfFirstStart(app: INestApplicationContext): Promise<boolean> {
  const transactions = app.get(TenantTransactions);
  let created = false;
  for (const demo of DEMO_ORGANIZATIONS) {
    created =
      (await transactions.run(demo.id, async ({ manager }) => {
        if (await manager.existsBy(OrganizationEntity, { id: demo.id })) return false;
        await manager.insert(OrganizationEntity, {
          id: demo.id,
          name: demo.name,
          slug: demo.slug,
          caseVisibility: 'assigned',
          defaultJurisdiction: demo.defaults.jurisdiction,
          defaultTimeZone: demo.defaults.timeZone,
          defaultLanguage: demo.defaults.language,
          settings: { address: demo.address },
        });
        const users = await Promise.all(
          demo.staff.map(async (member) => ({
            organizationId: demo.id,
            email: `${member.role}@${demo.domain}`,
            name: member.name,
            roles: [member.role],
            barNumber: member.profile?.barNumber ?? null,
            eoirId: member.profile?.eoirId ?? null,
            gender: member.profile?.gender ?? null,
            passwordHash: await hashPassword(DEMO_PASSWORD),
          })),
        );
        const inserted = (await manager.insert(UserEntity, users)).identifiers as { id: string }[];
        const audit = app.get(AuditService);
        await audit.record({
          action: 'record.created',
          recordType: 'organization',
          recordId: demo.id,
        });
        for (const { id } of inserted)
          await audit.record({ action: 'user.invited', recordType: 'user', recordId: id });
        return true;
      })) || created;
  }
  return created;
}
