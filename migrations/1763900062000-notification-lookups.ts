// Notifications found by their case or deadline. The minute sweep asks which reminders and
// escalation notices already went out before building any (at a million cases an office has
// hundreds of deadlines inside the reminder window, each seen again every minute), and deleting a
// deadline or a case cascades to its notifications: without these indexes both read the whole
// table.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationLookups1763900062000 implements MigrationInterface {
  name = 'NotificationLookups1763900062000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX notifications_deadline_idx
        ON notifications (deadline_id, dedupe_key) WHERE deadline_id IS NOT NULL`);
    await db.query(`
      CREATE INDEX notifications_case_idx
        ON notifications (case_id, dedupe_key) WHERE case_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX notifications_case_idx`);
    await db.query(`DROP INDEX notifications_deadline_idx`);
  }
}
