// The queue of filing batches (one template for many cases). A batch of 500 takes well under a
// minute; a worker killed mid-batch leaves the job active until it expires (5 minutes), then
// another worker re-runs it and skips the cases already done. Two retries after a crash.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export const FILING_BATCH_QUEUE = 'filings.batch';

export class FilingBatchQueue1763900041000 implements MigrationInterface {
  name = 'FilingBatchQueue1763900041000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`SELECT pgboss.create_queue($1, $2)`, [
      FILING_BATCH_QUEUE,
      JSON.stringify({ policy: 'standard', retryLimit: 2, retryDelay: 5, expireInSeconds: 300 }),
    ]);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`SELECT pgboss.delete_queue($1)`, [FILING_BATCH_QUEUE]);
  }
}
