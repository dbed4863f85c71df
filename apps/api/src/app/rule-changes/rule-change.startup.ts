// On every start, deadlines computed under an older rule pack are recomputed in the background,
// office by office: an upgraded installation (embedded ones have no operator) brings its dates to
// the rules it now ships, telling each case's attorneys, while the API already serves. Nothing to
// do costs one indexed count per office.
import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from 'pino';
import { RuleChangeRecomputation } from './rule-change-recompute.service';

export async function recomputeRuleChangesOnStart(
  app: INestApplicationContext,
  organizationIds: readonly string[],
  logger: Logger,
): Promise<void> {
  const recomputation = app.get(RuleChangeRecomputation);
  for (const organizationId of organizationIds) {
    try {
      const report = await recomputation.recompute(organizationId);
      if (report.recomputed + report.started + report.flagged > 0 || report.leftForNextStart > 0)
        logger.info(
          { organizationId, ...report },
          'deadlines recomputed under the current rule packs; their attorneys were told',
        );
    } catch (error) {
      // The error's class only: a database message may quote a value. The next start resumes.
      logger.warn(
        { organizationId, error: error instanceof Error ? error.name : typeof error },
        'recomputing deadlines under the current rule packs stopped for this office; the next start resumes it',
      );
    }
  }
}
