// Rule-change notices (issue 16, the review trail): when a rule pack's new version changes the
// rule behind a deadline, the deadline is recomputed (or flagged where it cannot be) and this
// table keeps what happened, the dates before and after and the reason, until an attorney of the
// case acknowledges it. One row per deadline and version reached, so recomputing twice (two
// instances starting at once) records it once. Notifications gain the kind that tells them.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const RULE_CHANGED = 'deadline.rule-changed';

/**
 * The kinds the notifications CHECK allows now, read from the constraint itself: other changes
 * (account notices, corrections) may have added kinds this migration must keep, whatever the
 * order the branches landed in.
 */
async function allowedKinds(db: QueryRunner): Promise<string[]> {
  const rows: { definition: string }[] = await db.query(
    `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint
      WHERE conname = 'notifications_kind_check' AND conrelid = 'notifications'::regclass`,
  );
  const definition = rows[0]?.definition ?? '';
  return [...definition.matchAll(/'([^']+)'/g)].map((match) => match[1]);
}

async function allowKinds(db: QueryRunner, kinds: readonly string[]): Promise<void> {
  const listed = [...new Set(kinds)].map((kind) => `'${kind.replace(/'/g, "''")}'`).join(', ');
  await db.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
  await db.query(
    `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${listed}))`,
  );
}

export class DeadlineRuleChanges1763900081000 implements MigrationInterface {
  name = 'DeadlineRuleChanges1763900081000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE deadline_rule_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        deadline_id uuid NOT NULL REFERENCES case_deadlines(id) ON DELETE CASCADE,
        rule_id text NOT NULL CHECK (char_length(rule_id) BETWEEN 1 AND 120),
        -- null for a clock the new version starts from an event already recorded
        from_version text CHECK (char_length(from_version) BETWEEN 1 AND 40),
        to_version text NOT NULL CHECK (char_length(to_version) BETWEEN 1 AND 40),
        outcome text NOT NULL
          CHECK (outcome IN ('moved', 'unchanged', 'starts', 'no-longer-started')),
        due_before timestamptz,
        latest_before timestamptz,
        due_after timestamptz,
        latest_after timestamptz,
        override_due_at timestamptz,
        time_zone text NOT NULL,
        reason jsonb NOT NULL,
        aspects text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        acknowledged_by uuid REFERENCES users(id) ON DELETE SET NULL,
        acknowledged_at timestamptz,
        acknowledgement_note text CHECK (char_length(acknowledgement_note) <= 500),
        CONSTRAINT deadline_rule_changes_once UNIQUE (deadline_id, to_version)
      )`);
    // The supervisors' list: the office's notices no attorney has acknowledged yet.
    await db.query(
      `CREATE INDEX deadline_rule_changes_pending
         ON deadline_rule_changes (organization_id, created_at) WHERE acknowledged_at IS NULL`,
    );
    await db.query(`CREATE INDEX deadline_rule_changes_case ON deadline_rule_changes (case_id)`);
    await db.query(`ALTER TABLE deadline_rule_changes ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE deadline_rule_changes FORCE ROW LEVEL SECURITY`);
    await db.query(`
      CREATE POLICY tenant_isolation ON deadline_rule_changes
        USING (organization_id = app_current_organization())
        WITH CHECK (organization_id = app_current_organization())`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON deadline_rule_changes TO amparo_app`);
    // The recomputation looks for deadlines computed under an older version of their pack.
    await db.query(
      `CREATE INDEX case_deadlines_pack_version ON case_deadlines (organization_id, pack_version)
         WHERE status IN ('open', 'overridden', 'missed')`,
    );
    await allowKinds(db, [...(await allowedKinds(db)), RULE_CHANGED]);
  }

  async down(db: QueryRunner): Promise<void> {
    // The owner is held by FORCE too: lift it for the clean-up, inside this transaction.
    await db.query(`ALTER TABLE notifications NO FORCE ROW LEVEL SECURITY`);
    await db.query(`DELETE FROM notifications WHERE kind = $1`, [RULE_CHANGED]);
    await db.query(`ALTER TABLE notifications FORCE ROW LEVEL SECURITY`);
    await allowKinds(
      db,
      (await allowedKinds(db)).filter((kind) => kind !== RULE_CHANGED),
    );
    await db.query(`DROP INDEX case_deadlines_pack_version`);
    await db.query(`DROP TABLE deadline_rule_changes`);
  }
}
