// The caseload's "overdue" read dates alone (issue 22): a clock was overdue once the earliest
// reading of the soonest one had passed. The one status rule (readDeadline in libs/domain) says
// otherwise, and what a caseload row shows and where it sorts must agree:
//   - a possible range is overdue only once its latest reading passed (before that it counts to
//     the latest: "earliest reading passed; n h left on the latest");
//   - a deadline that ended before it was recorded is history: no clock at all;
//   - a passed authority's limit is an opening and still holds its place (overdue first); so does
//     the office's own miss, whether or not the sweep has written `missed` yet.
// The live clocks of a case are now its hour-counted deadlines still asking something (open, set
// by an order, or missed), without history. The trigger keeps two columns of them:
//   - clock_due_at: the soonest earliest end (first reading; a judge's order replaces both);
//   - clock_end_at (new): the soonest latest end. Overdue at a moment = clock_end_at before it.
// The caseload reads time left as readDeadline does: to clock_due_at while it is ahead, to the
// soonest latest end of the clocks once past (caseload.query.ts). Reversible: `down` restores the
// trigger of 1763900150000, the index of 1763900110000 and the earlier clock_due_at.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const FIRST = 'coalesce(d.override_due_at, d.due_at)';
const LAST = 'coalesce(d.override_due_at, d.latest_due_at, d.due_at)';
/** An hour-counted deadline of case `k` that is still a clock as readDeadline reads it. */
const LIVE_CLOCK = `d.case_id = k.id AND d.status IN ('open', 'overridden', 'missed')
                            AND d.kind = 'due' AND d.urgent AND ${FIRST} IS NOT NULL
                            AND ${LAST} >= d.created_at`;
/** The earlier definition (1763900110000): open or overridden, by its earliest end only. */
const EARLIER_CLOCK = `d.case_id = k.id AND d.status IN ('open', 'overridden')
                            AND d.kind = 'due' AND d.urgent`;

const derived = (clock: string, withEnd: boolean) => `
        SELECT k.id,
               coalesce((SELECT min(coalesce(d.override_due_at, d.due_at)) FROM case_deadlines d
                          WHERE d.case_id = k.id AND d.status IN ('open', 'overridden')),
                        'infinity') AS next_due,
               coalesce((SELECT min(${FIRST}) FROM case_deadlines d WHERE ${clock}),
                        'infinity') AS clock_due,
               ${withEnd ? `coalesce((SELECT min(${LAST}) FROM case_deadlines d WHERE ${clock}), 'infinity') AS clock_end,` : ''}
               (SELECT r.level FROM risk_assessments r WHERE r.case_id = k.id
                 ORDER BY r.version DESC LIMIT 1) AS risk_level,
               case_escalation_window(k.id, k.jurisdiction, k.procedure, k.archived_at, now())
                 AS escalation`;

const sync = (withEnd: boolean) => {
  const columns = withEnd
    ? ['next_due_at', 'clock_due_at', 'clock_end_at', 'risk_level', 'escalation']
    : ['next_due_at', 'clock_due_at', 'risk_level', 'escalation'];
  const values = withEnd
    ? ['next_due', 'clock_due', 'clock_end', 'risk_level', 'escalation']
    : ['next_due', 'clock_due', 'risk_level', 'escalation'];
  return `
  CREATE OR REPLACE FUNCTION cases_urgency_sync() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    touched uuid[];
  BEGIN
    SELECT array_agg(DISTINCT case_id) INTO touched FROM changed;
    IF touched IS NULL THEN
      RETURN NULL;
    END IF;
    UPDATE cases c
       SET ${columns.map((column, i) => `${column} = n.${values[i]}`).join(', ')}
      FROM (${derived(withEnd ? LIVE_CLOCK : EARLIER_CLOCK, withEnd)}
          FROM cases k WHERE k.id = ANY (touched)
      ) n
     WHERE c.id = n.id AND c.id = ANY (touched)
       AND (${columns.map((column) => `c.${column}`).join(', ')})
           IS DISTINCT FROM (${values.map((value) => `n.${value}`).join(', ')});
    RETURN NULL;
  END $$`;
};

const urgencyIndex = (include: string) => `
  CREATE INDEX cases_urgency_idx ON cases (organization_id, lead_attorney_id, stage)
    INCLUDE (${include}) WHERE archived_at IS NULL`;

/** Every case's clocks recomputed by `clock`, as the owner (FORCE lifted inside this transaction). */
async function recompute(db: QueryRunner, clock: string, withEnd: boolean): Promise<void> {
  await db.query(`ALTER TABLE cases NO FORCE ROW LEVEL SECURITY`);
  await db.query(`ALTER TABLE case_deadlines NO FORCE ROW LEVEL SECURITY`);
  await db.query(`
    UPDATE cases k
       SET clock_due_at = coalesce((SELECT min(${FIRST}) FROM case_deadlines d WHERE ${clock}),
                                   'infinity')
           ${withEnd ? `, clock_end_at = coalesce((SELECT min(${LAST}) FROM case_deadlines d WHERE ${clock}), 'infinity')` : ''}`);
  await db.query(`ALTER TABLE case_deadlines FORCE ROW LEVEL SECURITY`);
  await db.query(`ALTER TABLE cases FORCE ROW LEVEL SECURITY`);
}

export class UrgencyClockReading1763900170000 implements MigrationInterface {
  name = 'UrgencyClockReading1763900170000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE cases ADD COLUMN clock_end_at timestamptz NOT NULL DEFAULT 'infinity'`,
    );
    await db.query(
      `COMMENT ON COLUMN cases.clock_end_at IS 'Soonest latest end of a live removal or detention clock (overdue once passed), infinity when none; kept by triggers'`,
    );
    await db.query(
      `COMMENT ON COLUMN cases.clock_due_at IS 'Soonest earliest end of a live removal or detention clock (hour-counted, open, overridden or missed, not history), infinity when none; kept by triggers'`,
    );
    await db.query(sync(true));
    await recompute(db, LIVE_CLOCK, true);
    await db.query(`DROP INDEX cases_urgency_idx`);
    await db.query(
      urgencyIndex(
        'id, escalation, clock_due_at, clock_end_at, custody_status, risk_level, next_due_at',
      ),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX cases_urgency_idx`);
    await db.query(
      urgencyIndex('id, escalation, clock_due_at, custody_status, risk_level, next_due_at'),
    );
    await db.query(sync(false));
    await recompute(db, EARLIER_CLOCK, false);
    await db.query(`ALTER TABLE cases DROP COLUMN clock_end_at`);
    await db.query(
      `COMMENT ON COLUMN cases.clock_due_at IS 'Soonest pending hour-counted (removal or detention) deadline, infinity when none; kept by triggers'`,
    );
  }
}
