// On every start, values an older version stored in clear are sealed in the background: an
// upgraded installation (embedded ones have no operator) seals itself while the API already
// serves, and readers take a clear value as the current one until it is sealed. Nothing to do
// costs one index look-up per office and column.
import type { INestApplicationContext } from '@nestjs/common';
import type { Logger } from 'pino';
import { ClearValueSealing } from './clear-value-sealing.service';

export async function sealClearValuesOnStart(
  app: INestApplicationContext,
  organizationIds: readonly string[],
  logger: Logger,
): Promise<void> {
  try {
    const report = await app.get(ClearValueSealing).seal({ organizationIds });
    const sealed = report.columns.filter((column) => column.sealed > 0);
    if (sealed.length > 0)
      logger.info(
        { sealed: Object.fromEntries(sealed.map((column) => [column.column, column.sealed])) },
        'values stored in clear by an older version are now sealed',
      );
  } catch (error) {
    // The error's class only: a database message may quote a value.
    logger.warn(
      { error: error instanceof Error ? error.name : typeof error },
      'sealing values stored in clear stopped; it resumes at the next start, or run npm run keys:rotate',
    );
  }
}
