// The recurring notification sweep: its pg-boss queue (and pg-boss's own cron queue), and the one cross-office read it needs,
// the list of organization ids, through a SECURITY DEFINER function (ids only: no names, no
// settings), so the application role stays confined to one office for everything else.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationSweep1763900021000 implements MigrationInterface {
  name = 'NotificationSweep1763900021000';

  async up(db: QueryRunner): Promise<void> {
    // Runs as the migrating role, which the key-rotation policy lets read every organization.
    await db.query(`
      CREATE FUNCTION sweep_organization_ids() RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
        AS $$ SELECT id FROM organizations ORDER BY id $$`);
    await db.query(`REVOKE ALL ON FUNCTION sweep_organization_ids() FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION sweep_organization_ids() TO amparo_app`);
    // stately: at most one sweep waiting and one running, so a slow sweep never piles up; no
    // retries (the next minute's sweep does the same work, idempotently).
    // pg-boss turns due cron schedules into jobs through its own queue, which it would create on
    // start if it could; amparo_app may not create tables, so it is created here (if absent).
    await db.query(`SELECT pgboss.create_queue('__pgboss__send-it', '{"policy":"standard"}')`);
    await db.query(
      `SELECT pgboss.create_queue('notifications.sweep', '{"policy":"stately","retryLimit":0,"retryDelay":0,"expireInSeconds":600}')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM pgboss.schedule WHERE name = 'notifications.sweep'`);
    await db.query(`SELECT pgboss.delete_queue('notifications.sweep')`);
    await db.query(`SELECT pgboss.delete_queue('__pgboss__send-it')`);
    await db.query(`DROP FUNCTION sweep_organization_ids()`);
  }
}
