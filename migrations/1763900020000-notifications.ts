// In-app notifications (deadline reminders, missed deadlines, risk escalations) with their e-mail
// outbox state, and each member's secret iCalendar feed token (kept only as a SHA-256 hash).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1763900020000 implements MigrationInterface {
  name = 'Notifications1763900020000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('deadline.reminder', 'deadline.missed', 'risk.escalated')),
        case_id uuid REFERENCES cases(id) ON DELETE CASCADE,
        deadline_id uuid REFERENCES case_deadlines(id) ON DELETE CASCADE,
        title jsonb NOT NULL,
        body jsonb NOT NULL,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        dedupe_key text NOT NULL CHECK (char_length(dedupe_key) BETWEEN 1 AND 300),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        email_status text NOT NULL DEFAULT 'none'
          CHECK (email_status IN ('none', 'pending', 'sent', 'failed')),
        email_attempts integer NOT NULL DEFAULT 0,
        emailed_at timestamptz,
        email_error text CHECK (char_length(email_error) <= 300),
        CONSTRAINT notifications_once UNIQUE (organization_id, user_id, dedupe_key)
      )`);
    await db.query(`
      CREATE INDEX notifications_inbox_idx
        ON notifications (organization_id, user_id, (read_at IS NOT NULL), created_at DESC, id DESC)`);
    await db.query(`
      CREATE INDEX notifications_email_pending_idx
        ON notifications (organization_id, created_at) WHERE email_status = 'pending'`);

    await db.query(`
      CREATE TABLE calendar_feeds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL,
        include_client_names boolean NOT NULL DEFAULT false,
        language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es')),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_read_at timestamptz,
        revoked_at timestamptz
      )`);
    // At most one live feed per member: issuing a new one revokes the old.
    await db.query(`
      CREATE UNIQUE INDEX calendar_feeds_live_idx
        ON calendar_feeds (organization_id, user_id) WHERE revoked_at IS NULL`);

    for (const table of ['notifications', 'calendar_feeds']) {
      await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await db.query(`
        CREATE POLICY tenant_isolation ON ${table}
          USING (organization_id = app_current_organization())
          WITH CHECK (organization_id = app_current_organization())`);
      await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO amparo_app`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE calendar_feeds`);
    await db.query(`DROP TABLE notifications`);
  }
}
