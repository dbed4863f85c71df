// Generated filings of a case: every generation is a new numbered version, never overwritten, with
// its hash and the sealed PDF itself (it names the person), moving from draft to filed to served.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Filings1763900009000 implements MigrationInterface {
  name = 'Filings1763900009000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE filings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        template_id text NOT NULL CHECK (char_length(template_id) BETWEEN 1 AND 120),
        template_version text NOT NULL CHECK (char_length(template_version) BETWEEN 1 AND 40),
        language text NOT NULL CHECK (language IN ('es', 'en')),
        filing_version integer NOT NULL CHECK (filing_version >= 1),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 300),
        page_count integer NOT NULL CHECK (page_count >= 1),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        byte_size integer NOT NULL CHECK (byte_size > 0),
        pdf_sealed text NOT NULL,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'filed', 'served')),
        filed_at timestamptz,
        filed_by uuid,
        filed_event_id uuid REFERENCES case_events(id) ON DELETE SET NULL,
        served_at timestamptz,
        served_by uuid,
        created_by uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT filings_one_number_per_template
          UNIQUE (organization_id, case_id, template_id, filing_version),
        CONSTRAINT filings_filed_recorded
          CHECK (status = 'draft' OR (filed_at IS NOT NULL AND filed_by IS NOT NULL)),
        CONSTRAINT filings_served_recorded
          CHECK (status <> 'served' OR (served_at IS NOT NULL AND served_by IS NOT NULL))
      )`);
    await db.query(
      `CREATE INDEX filings_case_idx ON filings (organization_id, case_id, created_at)`,
    );
    await db.query(`ALTER TABLE filings ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE filings FORCE ROW LEVEL SECURITY`);
    await db.query(`
      CREATE POLICY tenant_isolation ON filings
        USING (organization_id = app_current_organization())
        WITH CHECK (organization_id = app_current_organization())`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON filings TO amparo_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE filings`);
  }
}
