// A correction of an event's time that would move, reopen or start a case's clocks, asked for by
// a member who may not make it alone (a paralegal): kept here until an attorney of the case
// confirms or declines it, so nothing a court counts on moves on one person's word. Notifications
// gain the kinds that tell the attorney and, afterwards, the member who asked.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = `'deadline.reminder', 'deadline.missed', 'risk.escalated'`;
const KINDS_AFTER = `${KINDS_BEFORE}, 'event.correction-requested', 'event.correction-decided'`;

export class EventCorrectionRequests1763900070000 implements MigrationInterface {
  name = 'EventCorrectionRequests1763900070000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE case_event_correction_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES case_events(id) ON DELETE CASCADE,
        event_version integer NOT NULL CHECK (event_version >= 1),
        occurred_at timestamptz NOT NULL,
        time_zone text NOT NULL,
        reason text NOT NULL,
        -- what the correction would do to the clocks when asked (ids, rule titles, instants)
        moves jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'confirmed', 'declined', 'superseded')),
        requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        decision_note text,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
      )`);
    // One request waits per event at a time; a newer one supersedes it.
    await db.query(
      `CREATE UNIQUE INDEX case_event_correction_requests_one_pending
         ON case_event_correction_requests (event_id) WHERE status = 'pending'`,
    );
    await db.query(
      `CREATE INDEX case_event_correction_requests_case ON case_event_correction_requests (case_id)`,
    );
    await db.query(`ALTER TABLE case_event_correction_requests ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE case_event_correction_requests FORCE ROW LEVEL SECURITY`);
    await db.query(`
      CREATE POLICY tenant_isolation ON case_event_correction_requests
        USING (organization_id = app_current_organization())
        WITH CHECK (organization_id = app_current_organization())`);
    await db.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON case_event_correction_requests TO amparo_app`,
    );
    await db.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await db.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${KINDS_AFTER}))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    // The owner is held by FORCE too: lift it for the clean-up, inside this transaction.
    await db.query(`ALTER TABLE notifications NO FORCE ROW LEVEL SECURITY`);
    await db.query(`DELETE FROM notifications WHERE kind NOT IN (${KINDS_BEFORE})`);
    await db.query(`ALTER TABLE notifications FORCE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await db.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${KINDS_BEFORE}))`,
    );
    await db.query(`DROP TABLE case_event_correction_requests`);
  }
}
