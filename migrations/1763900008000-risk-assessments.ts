// Non-refoulement screenings on cases: every assessment is a new version (never overwritten),
// free text is sealed by the application, and supervisors' acknowledgements of escalations are
// kept with their reason. Both tables are scoped to their office by row-level security.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['risk_assessments', 'risk_escalation_acks'];

export class RiskAssessments1763900008000 implements MigrationInterface {
  name = 'RiskAssessments1763900008000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE risk_assessments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        client_id uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        destination_country text NOT NULL CHECK (destination_country ~ '^[A-Z]{2}$'),
        instrument_version text NOT NULL CHECK (char_length(instrument_version) BETWEEN 1 AND 60),
        rules_version text NOT NULL CHECK (char_length(rules_version) BETWEEN 1 AND 60),
        version integer NOT NULL CHECK (version >= 1),
        -- structured answers only: free-text answers live in evidence_sealed
        answers jsonb NOT NULL,
        -- sealed JSON: free-text answers by question id and the evidence notes
        evidence_sealed text,
        level text NOT NULL CHECK (level IN ('low', 'moderate', 'high', 'extreme')),
        reasons jsonb NOT NULL,
        pathways jsonb NOT NULL,
        urgency jsonb NOT NULL,
        advisories jsonb NOT NULL,
        urgent boolean NOT NULL,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        signed_off_by uuid REFERENCES users(id),
        signed_off_at timestamptz,
        UNIQUE (case_id, version),
        CHECK ((signed_off_by IS NULL) = (signed_off_at IS NULL))
      )`);
    await db.query(
      `CREATE INDEX risk_assessments_level_idx ON risk_assessments (organization_id, level, case_id)`,
    );
    await db.query(`
      CREATE TABLE risk_escalation_acks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        assessment_id uuid NOT NULL REFERENCES risk_assessments(id) ON DELETE CASCADE,
        acknowledged_by uuid REFERENCES users(id),
        acknowledged_at timestamptz NOT NULL DEFAULT now(),
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500)
      )`);
    await db.query(
      `CREATE INDEX risk_escalation_acks_case_idx ON risk_escalation_acks (organization_id, case_id, acknowledged_at)`,
    );

    for (const table of TENANT_TABLES) {
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
    for (const table of [...TENANT_TABLES].reverse()) await db.query(`DROP TABLE ${table}`);
  }
}
