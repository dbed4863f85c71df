// Deadlines of a case, each computed by one rule from one event and kept with its history:
// recomputations after a corrected event, a judge's override, completion, waiver.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseDeadlines1763900007000 implements MigrationInterface {
  name = 'CaseDeadlines1763900007000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE case_deadlines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES case_events(id) ON DELETE CASCADE,
        rule_id text NOT NULL CHECK (char_length(rule_id) BETWEEN 1 AND 120),
        pack_version text NOT NULL CHECK (char_length(pack_version) BETWEEN 1 AND 40),
        kind text NOT NULL,
        title jsonb NOT NULL,
        due_at timestamptz,
        latest_due_at timestamptz,
        time_zone text NOT NULL,
        basis jsonb NOT NULL,
        citation text NOT NULL,
        status_of_rule text NOT NULL CHECK (status_of_rule IN ('verified', 'secondary', 'unverified')),
        urgent boolean NOT NULL DEFAULT false,
        completion_records text,
        status text NOT NULL DEFAULT 'open'
          CHECK (status IN ('open', 'met', 'missed', 'waived', 'overridden')),
        override_due_at timestamptz,
        override_reason text CHECK (char_length(override_reason) <= 500),
        overridden_by uuid,
        overridden_at timestamptz,
        waived_reason text CHECK (char_length(waived_reason) <= 500),
        waived_by uuid,
        waived_at timestamptz,
        completed_by uuid,
        completed_at timestamptz,
        completion_note text CHECK (char_length(completion_note) <= 500),
        history jsonb NOT NULL DEFAULT '[]'::jsonb,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT case_deadlines_one_per_rule UNIQUE (organization_id, event_id, rule_id),
        CONSTRAINT case_deadlines_override_reasoned
          CHECK (override_due_at IS NULL OR override_reason IS NOT NULL),
        CONSTRAINT case_deadlines_waiver_reasoned
          CHECK (status <> 'waived' OR waived_reason IS NOT NULL)
      )`);
    await db.query(
      `CREATE INDEX case_deadlines_case_idx ON case_deadlines (organization_id, case_id, due_at)`,
    );
    await db.query(
      `CREATE INDEX case_deadlines_due_idx ON case_deadlines (organization_id, status, due_at)`,
    );
    await db.query(`ALTER TABLE case_deadlines ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE case_deadlines FORCE ROW LEVEL SECURITY`);
    await db.query(`
      CREATE POLICY tenant_isolation ON case_deadlines
        USING (organization_id = app_current_organization())
        WITH CHECK (organization_id = app_current_organization())`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON case_deadlines TO amparo_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE case_deadlines`);
  }
}
