// The urgency trigger of 1763900110000 (cases_urgency_sync) joined the cases a statement touched
// last: the planner, without statistics yet for a new office's tables (or a large import still in
// its transaction), scanned every case of the office and worked out each one's escalation window
// before keeping the touched ones. Every row of a CSV intake paid for all the rows before it: an
// import of 1,000 people on a fresh database reached 600 in two minutes. The touched cases are
// now taken first, as an array, and only they are read and recomputed, whatever the statistics
// say. Same columns, same values; `down` restores the earlier body.
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the derived columns of case `k` are now (the same expressions as before). */
const DERIVED = `
        SELECT k.id,
               coalesce((SELECT min(coalesce(d.override_due_at, d.due_at)) FROM case_deadlines d
                          WHERE d.case_id = k.id AND d.status IN ('open', 'overridden')),
                        'infinity') AS next_due,
               coalesce((SELECT min(coalesce(d.override_due_at, d.due_at)) FROM case_deadlines d
                          WHERE d.case_id = k.id AND d.status IN ('open', 'overridden')
                            AND d.kind = 'due' AND d.urgent),
                        'infinity') AS clock_due,
               (SELECT r.level FROM risk_assessments r WHERE r.case_id = k.id
                 ORDER BY r.version DESC LIMIT 1) AS risk_level,
               case_escalation_window(k.id, k.jurisdiction, k.procedure, k.archived_at, now())
                 AS escalation`;

const BY_CASE = `
  CREATE OR REPLACE FUNCTION cases_urgency_sync() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    touched uuid[];
  BEGIN
    SELECT array_agg(DISTINCT case_id) INTO touched FROM changed;
    IF touched IS NULL THEN
      RETURN NULL;
    END IF;
    UPDATE cases c
       SET next_due_at = n.next_due, clock_due_at = n.clock_due, risk_level = n.risk_level,
           escalation = n.escalation
      FROM (${DERIVED}
          FROM cases k WHERE k.id = ANY (touched)
      ) n
     WHERE c.id = n.id AND c.id = ANY (touched)
       AND (c.next_due_at, c.clock_due_at, c.risk_level, c.escalation)
           IS DISTINCT FROM (n.next_due, n.clock_due, n.risk_level, n.escalation);
    RETURN NULL;
  END $$`;

const EARLIER = `
  CREATE OR REPLACE FUNCTION cases_urgency_sync() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    UPDATE cases c
       SET next_due_at = n.next_due, clock_due_at = n.clock_due, risk_level = n.risk_level,
           escalation = n.escalation
      FROM (${DERIVED}
          FROM cases k WHERE k.id IN (SELECT case_id FROM changed)
      ) n
     WHERE c.id = n.id
       AND (c.next_due_at, c.clock_due_at, c.risk_level, c.escalation)
           IS DISTINCT FROM (n.next_due, n.clock_due, n.risk_level, n.escalation);
    RETURN NULL;
  END $$`;

export class UrgencySyncByCase1763900150000 implements MigrationInterface {
  name = 'UrgencySyncByCase1763900150000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(BY_CASE);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(EARLIER);
  }
}
