// Background work: pg-boss's queue tables (owned by the migrating role, used by amparo_app), and
// the office-scoped record of each job a person started (what, by whom, how far, with what result).
// Queues are created here and in later migrations, never by the running app: creating a queue
// creates a table, and the app role may not create tables.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PGBOSS_V24_CONSTRUCTION } from './pgboss-v24.sql';

export class JobQueue1763900010000 implements MigrationInterface {
  name = 'JobQueue1763900010000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(PGBOSS_V24_CONSTRUCTION);
    await db.query(`GRANT USAGE ON SCHEMA pgboss TO amparo_app`);
    await db.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO amparo_app`,
    );
    // Each queue created by a later migration is a new partition table: the app may use it too.
    await db.query(`
      ALTER DEFAULT PRIVILEGES IN SCHEMA pgboss
        GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO amparo_app`);

    await db.query(`
      CREATE TABLE background_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9.-]{0,79}$'),
        idempotency_key text CHECK (char_length(idempotency_key) BETWEEN 1 AND 200),
        status text NOT NULL DEFAULT 'queued'
          CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
        progress_done integer NOT NULL DEFAULT 0 CHECK (progress_done >= 0),
        progress_total integer CHECK (progress_total >= 0),
        payload_sealed text NOT NULL,
        result jsonb,
        error_code text,
        error_message text CHECK (char_length(error_message) <= 2000),
        error_details jsonb,
        attempts integer NOT NULL DEFAULT 0,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT background_jobs_one_per_key UNIQUE (organization_id, kind, idempotency_key),
        CONSTRAINT background_jobs_failure_explained
          CHECK (status <> 'failed' OR error_code IS NOT NULL)
      )`);
    await db.query(
      `CREATE INDEX background_jobs_creator_idx ON background_jobs (organization_id, created_by, created_at)`,
    );
    await db.query(`ALTER TABLE background_jobs ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE background_jobs FORCE ROW LEVEL SECURITY`);
    await db.query(`
      CREATE POLICY tenant_isolation ON background_jobs
        USING (organization_id = app_current_organization())
        WITH CHECK (organization_id = app_current_organization())`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON background_jobs TO amparo_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE background_jobs`);
    await db.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA pgboss REVOKE ALL ON TABLES FROM amparo_app`,
    );
    await db.query(`DROP SCHEMA pgboss CASCADE`);
  }
}
