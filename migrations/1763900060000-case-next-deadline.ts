// The caseload's "next deadline" kept on the case itself, counting a deadline a judge's order
// moved ('overridden') as pending, as the escalation rule, reminders and calendar feed do. Sorting an attorney's cases by their
// soonest open deadline used to look that deadline up once per candidate case (hundreds per page
// at a million cases); now the date is a column the caseload filters and sorts on directly, and
// the per-row lookup is left for the page's fifty rows. Statement-level triggers on
// case_deadlines keep it true whichever path writes deadlines (API, CSV intake, the missed sweep,
// the bench seed), once per statement rather than once per row. Measured with
// `npm run bench:caseload` (docs/performance.md).
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The soonest pending deadline of case `c` by its effective date: open, or moved by a judge's
 * order ('overridden', whose override date wins).
 */
const NEXT_DUE_OF = (c: string) => `coalesce((
  SELECT min(coalesce(d.override_due_at, d.due_at)) FROM case_deadlines d
   WHERE d.case_id = ${c} AND d.status IN ('open', 'overridden')), 'infinity')`;

export class CaseNextDeadline1763900060000 implements MigrationInterface {
  name = 'CaseNextDeadline1763900060000';

  async up(db: QueryRunner): Promise<void> {
    // 'infinity' when none: never NULL, so (next_due_at, id) is a plain keyset an index follows.
    await db.query(
      `ALTER TABLE cases ADD COLUMN next_due_at timestamptz NOT NULL DEFAULT 'infinity'`,
    );
    await db.query(
      `COMMENT ON COLUMN cases.next_due_at IS 'Soonest pending deadline (open or overridden; an override date wins), infinity when none; kept by case_deadlines triggers'`,
    );
    // `changed` is the transition table of whichever statement fired: the cases it touched.
    // SECURITY INVOKER (the default): the update runs under the caller's office policy.
    await db.query(`
      CREATE FUNCTION cases_next_due_sync() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE cases c SET next_due_at = n.due
            FROM (SELECT x.case_id, ${NEXT_DUE_OF('x.case_id')} AS due
                    FROM (SELECT DISTINCT case_id FROM changed) x) n
           WHERE c.id = n.case_id AND c.next_due_at <> n.due;
          RETURN NULL;
        END $$`);
    await db.query(`
      CREATE TRIGGER case_deadlines_next_due_insert AFTER INSERT ON case_deadlines
        REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION cases_next_due_sync()`);
    await db.query(`
      CREATE TRIGGER case_deadlines_next_due_update AFTER UPDATE ON case_deadlines
        REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION cases_next_due_sync()`);
    await db.query(`
      CREATE TRIGGER case_deadlines_next_due_delete AFTER DELETE ON case_deadlines
        REFERENCING OLD TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION cases_next_due_sync()`);
    // Existing cases: the owner is held by FORCE too, so lift it for the copy, inside this
    // migration's transaction.
    await db.query(`ALTER TABLE cases NO FORCE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE case_deadlines NO FORCE ROW LEVEL SECURITY`);
    await db.query(`
      UPDATE cases c SET next_due_at = n.due
        FROM (SELECT d.case_id, min(coalesce(d.override_due_at, d.due_at)) AS due
                FROM case_deadlines d
               WHERE d.status IN ('open', 'overridden') AND coalesce(d.override_due_at, d.due_at) IS NOT NULL
               GROUP BY d.case_id) n
       WHERE c.id = n.case_id`);
    await db.query(`ALTER TABLE cases FORCE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE case_deadlines FORCE ROW LEVEL SECURITY`);
    // The caseload by next deadline, page by page in index order: one attorney's cases at one
    // stage, or at every stage; the whole office (supervisors).
    await db.query(
      `CREATE INDEX cases_lead_stage_next_due_idx ON cases (organization_id, lead_attorney_id, stage, next_due_at, id)
         WHERE archived_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX cases_lead_next_due_idx ON cases (organization_id, lead_attorney_id, next_due_at, id)
         WHERE archived_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX cases_next_due_idx ON cases (organization_id, next_due_at, id) WHERE archived_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX cases_next_due_idx`);
    await db.query(`DROP INDEX cases_lead_next_due_idx`);
    await db.query(`DROP INDEX cases_lead_stage_next_due_idx`);
    await db.query(`DROP TRIGGER case_deadlines_next_due_delete ON case_deadlines`);
    await db.query(`DROP TRIGGER case_deadlines_next_due_update ON case_deadlines`);
    await db.query(`DROP TRIGGER case_deadlines_next_due_insert ON case_deadlines`);
    await db.query(`DROP FUNCTION cases_next_due_sync()`);
    await db.query(`ALTER TABLE cases DROP COLUMN next_due_at`);
  }
}
