// What the minute notification sweep reads, by index. At a million cases a sweep of 100 offices
// took minutes, so reminders and missed marks ran late and a core stayed busy:
// - the missed pass looks for pending deadlines whose last possible moment has passed, in id
//   order: PostgreSQL walked the primary key through every office's deadlines to find one office's
//   (4-7 s per office); now it reads the office's pending deadlines only (about 30 ms). Under
//   row-level security the date comparison on a coalesce() cannot go into the index condition
//   (see docs/performance.md on leakproof operators), so the index holds what narrows: the office
//   and the pending status;
// - the reminder pass looks for pending deadlines that count down to a due date;
// - both ask which notices already went out before building any (most of what a sweep sees was
//   announced a minute earlier), and deleting a deadline or a case cascades to its notifications:
//   without an index by deadline and by case, each read the whole notifications table.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SweepIndexes1763900062000 implements MigrationInterface {
  name = 'SweepIndexes1763900062000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX case_deadlines_pending_idx
        ON case_deadlines (organization_id, id) WHERE status IN ('open', 'overridden')`);
    await db.query(`
      CREATE INDEX case_deadlines_pending_due_idx
        ON case_deadlines (organization_id, id) WHERE status IN ('open', 'overridden') AND kind = 'due'`);
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
    await db.query(`DROP INDEX case_deadlines_pending_due_idx`);
    await db.query(`DROP INDEX case_deadlines_pending_idx`);
  }
}
