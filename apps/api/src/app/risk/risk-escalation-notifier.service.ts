// Tells the lead attorney and the office's supervisors when a case becomes escalated, once per
// escalation: a new assessment version or a changed clock is a new escalation; the same one seen
// by the next sweep (or by another instance at the same moment) is not.
import { Inject, Injectable } from '@nestjs/common';
import { escalationNotice } from '@amparo/domain';
import type { EntityManager } from 'typeorm';
import { TenantTransactions } from '../database/tenant-transactions';
import { Clock } from '../notifications/clock';
import { NotificationsService } from '../notifications/notifications.service';
import { supervisors } from '../notifications/recipients';
import { RiskEscalationsService } from './risk-escalations.service';

@Injectable()
export class RiskEscalationNotifier {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly escalations: RiskEscalationsService,
    private readonly notifications: NotificationsService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Notifies every escalation in force that has not been notified yet; answers notices created. */
  async notifyNew(organizationId: string): Promise<number> {
    const now = this.clock.now();
    return this.transactions.run(organizationId, async ({ manager }) => {
      await refreshLapsedEscalations(manager, now);
      const office = await supervisors(manager);
      const active = (await this.escalations.active(now)).map((item) => ({
        ...item,
        dedupeKey: `escalation:${item.escalation.caseId}:${item.escalation.assessmentId}:${item.clockChangedAt.toISOString()}`,
      }));
      // Escalations already announced (every minute's sweep sees them again) are not built again.
      const sent = await this.notifications.sentKeys(
        'case',
        active.map((item) => item.escalation.caseId),
        active.map((item) => item.dedupeKey),
      );
      let created = 0;
      for (const { escalation, dedupeKey } of active) {
        if (sent.has(dedupeKey)) continue;
        const lead: { id: string }[] = escalation.leadAttorneyId
          ? await manager.query(`SELECT id FROM users WHERE id = $1 AND disabled_at IS NULL`, [
              escalation.leadAttorneyId,
            ])
          : [];
        const level = escalation.level === 'extreme' ? 'extreme' : 'high';
        created += await this.notifications.notify([...lead.map((u) => u.id), ...office], {
          kind: 'risk.escalated',
          caseId: escalation.caseId,
          deadlineId: null,
          ...escalationNotice({
            caseReference: escalation.caseReference,
            level,
            clocks: escalation.clocks.map((clock) => clock.text),
          }),
          data: {
            caseReference: escalation.caseReference,
            level,
            assessmentId: escalation.assessmentId,
            version: escalation.version,
          },
          dedupeKey,
        });
      }
      return created;
    });
  }
}

/**
 * A case keeps the span in which its escalation holds (cases.escalation, migration
 * 1763900110000), the one in force or the next. Once that span has ended, a later one (a second
 * clock further out) is looked for here, every minute; writes to the case's records do the same
 * at once.
 */
export async function refreshLapsedEscalations(manager: EntityManager, now: Date): Promise<void> {
  await manager.query(
    `UPDATE cases c
        SET escalation = case_escalation_window(c.id, c.jurisdiction, c.procedure, c.archived_at, $1)
      WHERE NOT isempty(c.escalation) AND upper(c.escalation) <= $1`,
    [now],
  );
}
