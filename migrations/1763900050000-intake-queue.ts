// The queue of CSV intake jobs. One attempt plus two retries; an import runs in one transaction,
// so a retry starts from nothing saved. A job a stopped instance left active is offered again
// after 15 minutes.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IntakeQueue1763900050000 implements MigrationInterface {
  name = 'IntakeQueue1763900050000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`SELECT pgboss.create_queue('intake.csv', $1)`, [
      JSON.stringify({ policy: 'standard', retryLimit: 2, retryDelay: 5, expireInSeconds: 900 }),
    ]);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM pgboss.job WHERE name = 'intake.csv'`);
    await db.query(`SELECT pgboss.delete_queue('intake.csv')`);
  }
}
