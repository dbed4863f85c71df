// Sends the e-mail of notifications queued as pending, a small batch at a time. Rows are claimed
// with FOR UPDATE SKIP LOCKED, so two instances never send the same message; a failure is retried
// on the next sweep, up to MAX_ATTEMPTS, and then left marked failed (the in-app notice stays).
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app.config';
import { APP_CONFIG } from '../config/app-config.token';
import { TenantTransactions } from '../database/tenant-transactions';
import { Clock } from './clock';
import { Mailer } from './mailer';
import { notificationEmail } from './notification-email';
import type { NotificationEntity } from './notification.entity';

export const MAX_EMAIL_ATTEMPTS = 5;
const BATCH = 25;

interface PendingRow {
  id: string;
  email: string;
  disabled: boolean;
  attempts: number;
}

export interface OutboxReport {
  sent: number;
  failed: number;
}

@Injectable()
export class EmailOutboxService {
  private readonly logger = new Logger(EmailOutboxService.name);

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly mailer: Mailer,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends one batch of the organization's pending e-mails. */
  async deliver(organizationId: string): Promise<OutboxReport> {
    const report: OutboxReport = { sent: 0, failed: 0 };
    if (!this.mailer.enabled) return report;
    await this.transactions.run(organizationId, async ({ manager }) => {
      const pending: PendingRow[] = await manager.query(
        `SELECT n.id, u.email, (u.disabled_at IS NOT NULL) AS disabled, n.email_attempts AS attempts
           FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE n.email_status = 'pending'
          ORDER BY n.created_at
          LIMIT ${BATCH}
            FOR UPDATE OF n SKIP LOCKED`,
      );
      for (const row of pending) {
        if (row.disabled) {
          await this.mark(row.id, 'none', row.attempts, 'recipient disabled');
          continue;
        }
        const [notice] = (await manager.query(`SELECT * FROM notifications WHERE id = $1`, [
          row.id,
        ])) as Record<string, unknown>[];
        try {
          await this.mailer.send({
            to: row.email,
            ...notificationEmail(fromRow(notice), this.config.AMPARO_PUBLIC_URL),
          });
          await this.mark(row.id, 'sent', row.attempts + 1, null);
          report.sent += 1;
        } catch (error) {
          const attempts = row.attempts + 1;
          const message = error instanceof Error ? error.message : String(error);
          // The code, not the server's sentence: it may quote the address it refused.
          this.logger.warn(
            `Notification e-mail failed (attempt ${attempts}): ${describeMailError(error)}`,
          );
          await this.mark(
            row.id,
            attempts >= MAX_EMAIL_ATTEMPTS ? 'failed' : 'pending',
            attempts,
            message.slice(0, 300),
          );
          report.failed += 1;
        }
      }
    });
    return report;
  }

  private async mark(
    id: string,
    status: 'sent' | 'pending' | 'failed' | 'none',
    attempts: number,
    error: string | null,
  ): Promise<void> {
    await this.transactions.manager.query(
      `UPDATE notifications SET email_status = $2, email_attempts = $3, email_error = $4,
         emailed_at = CASE WHEN $2 = 'sent' THEN $5::timestamptz ELSE emailed_at END
       WHERE id = $1`,
      [id, status, attempts, error, this.clock.now()],
    );
  }
}

function fromRow(
  row: Record<string, unknown>,
): Pick<NotificationEntity, 'kind' | 'title' | 'body' | 'caseId' | 'data'> {
  return {
    kind: row['kind'] as NotificationEntity['kind'],
    title: row['title'] as NotificationEntity['title'],
    body: row['body'] as NotificationEntity['body'],
    caseId: (row['case_id'] as string | null) ?? null,
    data: row['data'] as NotificationEntity['data'],
  };
}

/** nodemailer's code and the SMTP reply code, e.g. "EENVELOPE 550", or the error's class. */
function describeMailError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  return [typeof code === 'string' ? code : error.name, responseCode].filter(Boolean).join(' ');
}
