// One pass of everything Amparo tells people by itself, for each organization: deadlines that
// passed become missed, reminders that are due go out, new escalations are announced, and the
// queued e-mails are sent. One organization's failure does not stop the others.
import { Injectable, Logger } from '@nestjs/common';
import { RiskEscalationNotifier } from '../risk/risk-escalation-notifier.service';
import { DeadlineSweepService } from './deadline-sweep.service';
import { EmailOutboxService } from './email-outbox.service';

export interface NotificationSweepReport {
  organizations: number;
  failedOrganizations: number;
  missed: number;
  reminders: number;
  /** Notices that an authority's limit passed (one per recipient). */
  openings: number;
  escalations: number;
  emailed: number;
  emailFailures: number;
  /** Offices left for the next run because the application began shutting down. */
  leftForNextRun: number;
}

@Injectable()
export class NotificationSweepService {
  private readonly logger = new Logger(NotificationSweepService.name);

  constructor(
    private readonly deadlines: DeadlineSweepService,
    private readonly escalations: RiskEscalationNotifier,
    private readonly outbox: EmailOutboxService,
  ) {}

  /**
   * One pass over these offices. `stop` is asked before each office: when it answers true (the
   * application is shutting down) the rest is left for the next run, which does the same work.
   */
  async run(
    organizationIds: readonly string[],
    stop: () => boolean = () => false,
  ): Promise<NotificationSweepReport> {
    const report: NotificationSweepReport = {
      organizations: organizationIds.length,
      failedOrganizations: 0,
      missed: 0,
      reminders: 0,
      openings: 0,
      escalations: 0,
      emailed: 0,
      emailFailures: 0,
      leftForNextRun: 0,
    };
    for (const [index, organizationId] of organizationIds.entries()) {
      if (stop()) {
        report.leftForNextRun = organizationIds.length - index;
        break;
      }
      try {
        const swept = await this.deadlines.sweep(organizationId);
        report.missed += swept.missed;
        report.reminders += swept.reminders;
        report.openings += swept.openings;
        report.escalations += await this.escalations.notifyNew(organizationId);
        const mailed = await this.outbox.deliver(organizationId);
        report.emailed += mailed.sent;
        report.emailFailures += mailed.failed;
      } catch (error) {
        report.failedOrganizations += 1;
        // The class and code only: a database message may quote a value.
        const code = (error as { code?: unknown } | null)?.code;
        this.logger.error(
          `Notification sweep failed for organization ${organizationId}: ${
            error instanceof Error ? error.name : typeof error
          }${typeof code === 'string' ? ` ${code}` : ''}`,
        );
      }
    }
    return report;
  }
}
