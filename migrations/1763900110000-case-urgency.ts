// Urgency as "who may be removed soonest" (issue 22), read from the case itself. The caseload
// used to decide, for every candidate case, its latest screening and the whole escalation rule
// (several subqueries over deadlines, events and acknowledgements): 1.26 s per page for a
// 10,000-case attorney on the embedded database. Three columns now carry what the order needs:
//   - risk_level: the latest screening's level (NULL when never screened);
//   - clock_due_at: the soonest pending removal or detention clock (an hour-counted deadline,
//     open or moved by a judge's order, whose date wins), 'infinity' when none;
//   - escalation: the span of time in which the escalation rule of escalation.sql.ts holds (the
//     one in force, else the next one), 'empty' when none. The rule depends on the moment asked
//     about (a clock enters its last 72 hours, a window closes), so what is stored is the span, and
//     "escalated now" is `escalation @> now`: exact at any moment up to the span's end. A later
//     span (two clocks 100 hours apart) is taken up when the stored one has ended, by the
//     notification sweep (`refreshLapsedEscalations`), and by any write to the case's records.
// Statement-level triggers keep them true in the transaction of whatever writes the records (the
// API's services, the CSV intake, the sweeps, the bench seed, a test's SQL), as next_due_at is
// kept (1763900060000, whose triggers this migration folds into the same function). Reversible:
// `down` restores those triggers and drops the rest.
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The span of case `p_case` (with its jurisdiction, procedure and archive time) as of `p_at`. */
const ESCALATION_WINDOW = `
  CREATE FUNCTION case_escalation_window(
    p_case uuid, p_jurisdiction text, p_procedure text, p_archived timestamptz, p_at timestamptz)
  RETURNS tstzrange LANGUAGE sql STABLE AS $$
    WITH latest AS (
      SELECT r.id, r.level, r.hours_until_removal, r.created_at FROM risk_assessments r
       WHERE r.case_id = p_case ORDER BY r.version DESC LIMIT 1
    ), eligible AS (
      SELECT l.* FROM latest l
       WHERE l.level IN ('high', 'extreme') AND p_archived IS NULL
         AND NOT EXISTS (
           SELECT 1 FROM risk_escalation_acks a
            WHERE a.case_id = p_case AND a.assessment_id = l.id
              AND a.acknowledged_at >= coalesce(greatest(
                (SELECT max(e.updated_at) FROM case_events e WHERE e.case_id = p_case),
                (SELECT max(d.overridden_at) FROM case_deadlines d WHERE d.case_id = p_case)),
                '-infinity'))
    ), spans AS (
      -- An open hour-counted deadline: from 72 hours before it falls due until it closes.
      SELECT coalesce(d.override_due_at, d.due_at) - interval '72 hours' AS s,
             coalesce(d.override_due_at, d.latest_due_at, d.due_at) AS e
        FROM case_deadlines d
       WHERE d.case_id = p_case AND d.kind = 'due' AND d.urgent
         AND d.status IN ('open', 'overridden') AND coalesce(d.override_due_at, d.due_at) IS NOT NULL
      UNION ALL
      -- A PASEE retention recorded before deadlines were stored: 48 hours from the retention.
      SELECT '-infinity', e.occurred_at + interval '48 hours'
        FROM case_events e
       WHERE p_jurisdiction = 'PE' AND p_procedure = 'pasee-expulsion'
         AND e.case_id = p_case AND e.event_type = 'police-retention'
         AND NOT EXISTS (SELECT 1 FROM case_deadlines d WHERE d.event_id = e.id)
      UNION ALL
      SELECT '-infinity', 'infinity' WHERE p_jurisdiction = 'US' AND p_procedure = 'expedited-removal'
      UNION ALL
      -- The screening's answered hours until removal, counted from the screening.
      SELECT '-infinity', l.created_at + l.hours_until_removal * interval '1 hour'
        FROM latest l WHERE l.hours_until_removal <= 72
    ), live AS (
      SELECT s, e FROM spans WHERE e > p_at AND s < e AND EXISTS (SELECT 1 FROM eligible)
    ), marked AS (
      -- Overlapping spans make one: a span starts a new one only after all earlier ones ended.
      SELECT s, e, CASE WHEN s <= max(e) OVER (ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING
                                                 AND 1 PRECEDING) THEN 0 ELSE 1 END AS starts
        FROM live
    ), merged AS (
      SELECT s, e, sum(starts) OVER (ORDER BY s, e) AS span FROM marked
    )
    SELECT coalesce(
      (SELECT tstzrange(min(s), max(e)) FROM merged GROUP BY span ORDER BY min(s) LIMIT 1),
      'empty')
  $$`;

/** Every derived column of the cases a statement touched (transition table `changed`). */
const SYNC = `
  CREATE FUNCTION cases_urgency_sync() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    UPDATE cases c
       SET next_due_at = n.next_due, clock_due_at = n.clock_due, risk_level = n.risk_level,
           escalation = n.escalation
      FROM (
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
                 AS escalation
          FROM cases k WHERE k.id IN (SELECT case_id FROM changed)
      ) n
     WHERE c.id = n.id
       AND (c.next_due_at, c.clock_due_at, c.risk_level, c.escalation)
           IS DISTINCT FROM (n.next_due, n.clock_due, n.risk_level, n.escalation);
    RETURN NULL;
  END $$`;

/** Archiving a case or changing its procedure changes its escalation, in the same row write. */
const CASE_ROW = `
  CREATE FUNCTION cases_escalation_row() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    NEW.escalation := case_escalation_window(NEW.id, NEW.jurisdiction, NEW.procedure,
                                             NEW.archived_at, now());
    RETURN NEW;
  END $$`;

const SOURCES = ['case_deadlines', 'case_events', 'risk_assessments', 'risk_escalation_acks'];
const OPERATIONS = [
  ['insert', 'INSERT', 'NEW'],
  ['update', 'UPDATE', 'NEW'],
  ['delete', 'DELETE', 'OLD'],
] as const;

export class CaseUrgency1763900110000 implements MigrationInterface {
  name = 'CaseUrgency1763900110000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE cases
        ADD COLUMN risk_level text CHECK (risk_level IN ('low', 'moderate', 'high', 'extreme')),
        ADD COLUMN clock_due_at timestamptz NOT NULL DEFAULT 'infinity',
        ADD COLUMN escalation tstzrange NOT NULL DEFAULT 'empty'`);
    await db.query(
      `COMMENT ON COLUMN cases.risk_level IS 'Level of the latest risk screening, NULL when none; kept by triggers'`,
    );
    await db.query(
      `COMMENT ON COLUMN cases.clock_due_at IS 'Soonest pending hour-counted (removal or detention) deadline, infinity when none; kept by triggers'`,
    );
    await db.query(
      `COMMENT ON COLUMN cases.escalation IS 'Span in which the risk escalation holds (in force or next), empty when none; escalated now = escalation @> now(); kept by triggers and the notification sweep'`,
    );
    await db.query(ESCALATION_WINDOW);
    await db.query(SYNC);
    await db.query(CASE_ROW);
    for (const table of ['case_deadlines']) {
      for (const [name] of OPERATIONS)
        await db.query(`DROP TRIGGER ${table}_next_due_${name} ON ${table}`);
    }
    for (const table of SOURCES) {
      for (const [name, operation, transition] of OPERATIONS) {
        await db.query(`
          CREATE TRIGGER ${table}_urgency_${name} AFTER ${operation} ON ${table}
            REFERENCING ${transition} TABLE AS changed
            FOR EACH STATEMENT EXECUTE FUNCTION cases_urgency_sync()`);
      }
    }
    await db.query(`
      CREATE TRIGGER cases_escalation_row BEFORE UPDATE OF archived_at, jurisdiction, procedure
        ON cases FOR EACH ROW EXECUTE FUNCTION cases_escalation_row()`);

    // Existing cases, as the owner (held by FORCE too, so lifted inside this transaction).
    await db.query(`ALTER TABLE cases NO FORCE ROW LEVEL SECURITY`);
    for (const table of SOURCES) await db.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
    await db.query(`
      UPDATE cases c SET risk_level = r.level
        FROM (SELECT DISTINCT ON (case_id) case_id, level FROM risk_assessments
               ORDER BY case_id, version DESC) r
       WHERE c.id = r.case_id`);
    await db.query(`
      UPDATE cases c SET clock_due_at = n.due
        FROM (SELECT d.case_id, min(coalesce(d.override_due_at, d.due_at)) AS due
                FROM case_deadlines d
               WHERE d.status IN ('open', 'overridden') AND d.kind = 'due' AND d.urgent
                 AND coalesce(d.override_due_at, d.due_at) IS NOT NULL
               GROUP BY d.case_id) n
       WHERE c.id = n.case_id`);
    // Only a case whose latest screening is grave can be escalated.
    await db.query(`
      UPDATE cases c
         SET escalation = case_escalation_window(c.id, c.jurisdiction, c.procedure, c.archived_at, now())
       WHERE c.risk_level IN ('high', 'extreme') AND c.archived_at IS NULL`);
    await db.query(`ALTER TABLE cases FORCE ROW LEVEL SECURITY`);
    for (const table of SOURCES) await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);

    // The caseload by urgency reads its keys from one index (an attorney's cases, or at one
    // stage, or the whole office): no table row, no subquery per case.
    await db.query(`
      CREATE INDEX cases_urgency_idx ON cases (organization_id, lead_attorney_id, stage)
        INCLUDE (id, escalation, clock_due_at, custody_status, risk_level, next_due_at)
        WHERE archived_at IS NULL`);
    // Spans that ended, for the sweep to look for the next one.
    await db.query(`
      CREATE INDEX cases_escalation_end_idx ON cases (organization_id, upper(escalation))
        WHERE NOT isempty(escalation)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX cases_escalation_end_idx`);
    await db.query(`DROP INDEX cases_urgency_idx`);
    await db.query(`DROP TRIGGER cases_escalation_row ON cases`);
    for (const table of SOURCES) {
      for (const [name] of OPERATIONS)
        await db.query(`DROP TRIGGER ${table}_urgency_${name} ON ${table}`);
    }
    for (const [name, operation, transition] of OPERATIONS) {
      await db.query(`
        CREATE TRIGGER case_deadlines_next_due_${name} AFTER ${operation} ON case_deadlines
          REFERENCING ${transition} TABLE AS changed
          FOR EACH STATEMENT EXECUTE FUNCTION cases_next_due_sync()`);
    }
    await db.query(`DROP FUNCTION cases_escalation_row()`);
    await db.query(`DROP FUNCTION cases_urgency_sync()`);
    await db.query(
      `DROP FUNCTION case_escalation_window(uuid, text, text, timestamptz, timestamptz)`,
    );
    await db.query(
      `ALTER TABLE cases DROP COLUMN escalation, DROP COLUMN clock_due_at, DROP COLUMN risk_level`,
    );
  }
}
