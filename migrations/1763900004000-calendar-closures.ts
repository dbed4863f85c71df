// Closure days of forums (COMAR's días inhábiles, a día no laborable decreed for Peru's public
// sector): supervisors record them and business-day deadlines skip them.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarClosures1763900004000 implements MigrationInterface {
  name = 'CalendarClosures1763900004000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE calendar_closures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        calendar_code text NOT NULL CHECK (calendar_code ~ '^[A-Z]{2}(-[A-Z0-9]{2,20})?$'),
        closed_on date NOT NULL,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT calendar_closures_unique_day UNIQUE (organization_id, calendar_code, closed_on)
      )`);
    await db.query(`ALTER TABLE calendar_closures ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE calendar_closures FORCE ROW LEVEL SECURITY`);
    await db.query(`
      CREATE POLICY tenant_isolation ON calendar_closures
        USING (organization_id = app_current_organization())
        WITH CHECK (organization_id = app_current_organization())`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON calendar_closures TO amparo_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE calendar_closures`);
  }
}
