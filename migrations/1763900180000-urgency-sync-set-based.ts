// The urgency trigger (1763900150000, 1763900170000) still worked out each touched case with its
// own subqueries: a statement that writes thousands of cases at once (copying a caseload, a bulk
// load, a large import's events) ran three subqueries and the escalation window per case, each
// planned without statistics for rows written in the same transaction. The columns are now read
// set-wise: one grouped pass over the touched cases' deadlines, one over their screenings, and
// the escalation window only for a case whose latest screening is high or extreme and that is not
// archived (for any other case that window is empty by its own definition, 1763900110000). Same
// columns, same values; `down` restores the per-case body of 1763900170000.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const FIRST = 'coalesce(d.override_due_at, d.due_at)';
const LAST = 'coalesce(d.override_due_at, d.latest_due_at, d.due_at)';
/** An hour-counted deadline still a clock as readDeadline reads it (as in 1763900170000). */
const LIVE = `d.status IN ('open', 'overridden', 'missed') AND d.kind = 'due' AND d.urgent
              AND ${FIRST} IS NOT NULL AND ${LAST} >= d.created_at`;

/** The trigger function: `derived` selects each touched case's columns as `n`. */
const syncFunction = (derived: string) => `
  CREATE OR REPLACE FUNCTION cases_urgency_sync() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    touched uuid[];
  BEGIN
    SELECT array_agg(DISTINCT case_id) INTO touched FROM changed;
    IF touched IS NULL THEN
      RETURN NULL;
    END IF;
    UPDATE cases c
       SET next_due_at = n.next_due, clock_due_at = n.clock_due, clock_end_at = n.clock_end,
           risk_level = n.risk_level, escalation = n.escalation
      FROM (${derived}) n
     WHERE c.id = n.id AND c.id = ANY (touched)
       AND (c.next_due_at, c.clock_due_at, c.clock_end_at, c.risk_level, c.escalation)
           IS DISTINCT FROM (n.next_due, n.clock_due, n.clock_end, n.risk_level, n.escalation);
    RETURN NULL;
  END $$`;

const SET_BASED = syncFunction(`
        SELECT k.id,
               coalesce(dl.next_due, 'infinity') AS next_due,
               coalesce(dl.clock_due, 'infinity') AS clock_due,
               coalesce(dl.clock_end, 'infinity') AS clock_end,
               rl.level AS risk_level,
               CASE WHEN rl.level IN ('high', 'extreme') AND k.archived_at IS NULL
                    THEN case_escalation_window(k.id, k.jurisdiction, k.procedure, k.archived_at,
                                                now())
                    ELSE 'empty'::tstzrange END AS escalation
          FROM cases k
          LEFT JOIN (
            SELECT d.case_id,
                   min(${FIRST}) FILTER (WHERE d.status IN ('open', 'overridden')) AS next_due,
                   min(${FIRST}) FILTER (WHERE ${LIVE}) AS clock_due,
                   min(${LAST}) FILTER (WHERE ${LIVE}) AS clock_end
              FROM case_deadlines d
             WHERE d.case_id = ANY (touched)
             GROUP BY d.case_id
          ) dl ON dl.case_id = k.id
          LEFT JOIN (
            SELECT DISTINCT ON (r.case_id) r.case_id, r.level
              FROM risk_assessments r
             WHERE r.case_id = ANY (touched)
             ORDER BY r.case_id, r.version DESC
          ) rl ON rl.case_id = k.id
         WHERE k.id = ANY (touched)`);

/** 1763900170000's body: each case's columns by its own subqueries. */
const PER_CASE_CLOCK = `d.case_id = k.id AND ${LIVE}`;
const PER_CASE = syncFunction(`
        SELECT k.id,
               coalesce((SELECT min(${FIRST}) FROM case_deadlines d
                          WHERE d.case_id = k.id AND d.status IN ('open', 'overridden')),
                        'infinity') AS next_due,
               coalesce((SELECT min(${FIRST}) FROM case_deadlines d WHERE ${PER_CASE_CLOCK}),
                        'infinity') AS clock_due,
               coalesce((SELECT min(${LAST}) FROM case_deadlines d WHERE ${PER_CASE_CLOCK}),
                        'infinity') AS clock_end,
               (SELECT r.level FROM risk_assessments r WHERE r.case_id = k.id
                 ORDER BY r.version DESC LIMIT 1) AS risk_level,
               case_escalation_window(k.id, k.jurisdiction, k.procedure, k.archived_at, now())
                 AS escalation
          FROM cases k WHERE k.id = ANY (touched)`);

export class UrgencySyncSetBased1763900180000 implements MigrationInterface {
  name = 'UrgencySyncSetBased1763900180000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(SET_BASED);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(PER_CASE);
  }
}
