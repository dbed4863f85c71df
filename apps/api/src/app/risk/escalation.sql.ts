// The escalation rule of risk-escalations.service.ts and removal-clock.ts as one SQL expression,
// so the caseload can pin escalated cases above its ranking without a request per case, and the
// escalation queue (and the minute sweep that notifies new escalations) reads only the escalated
// cases' records instead of every grave screening's. Both must say the same thing:
// test/integration/caseload-escalation.integration-spec.ts compares them.
import { IMMINENT_REMOVAL_HOURS } from '@amparo/domain';
import { PASEE_WINDOW_HOURS } from './removal-clock';

/**
 * True when the case `c` (a `cases` row) has a latest assessment `latest` (with `id`, `level`,
 * `hours_until_removal` and `created_at`) of high or extreme risk, a removal clock running (an open hour-counted
 * deadline due within 72 hours, a PASEE retention without stored deadlines, expedited removal, the
 * answered removal time), and no supervisor's acknowledgement of that assessment made after the
 * case's events or deadline overrides last changed. `now` is the SQL for the moment asked about:
 * `now()` (the transaction's start) or a parameter such as `$1::timestamptz`.
 */
export function escalatedSql(c: string, latest: string, now = 'now()'): string {
  if (!/^(now\(\)|\$\d+::timestamptz)$/.test(now)) throw new Error('unexpected moment');
  // The answered hours have a clear column of their own: the other answers are sealed.
  const hours = `${latest}.hours_until_removal`;
  return `coalesce(${latest}.level IN ('high', 'extreme') AND ${c}.archived_at IS NULL AND (
      EXISTS (
        SELECT 1 FROM case_deadlines d
         WHERE d.case_id = ${c}.id AND d.kind = 'due' AND d.urgent
           AND d.status IN ('open', 'overridden')
           AND coalesce(d.override_due_at, d.due_at) <= ${now} + interval '${IMMINENT_REMOVAL_HOURS} hours'
           AND coalesce(d.override_due_at, d.latest_due_at, d.due_at) > ${now})
      OR (${c}.jurisdiction = 'PE' AND ${c}.procedure = 'pasee-expulsion' AND EXISTS (
        SELECT 1 FROM case_events e
         WHERE e.case_id = ${c}.id AND e.event_type = 'police-retention'
           AND e.occurred_at > ${now} - interval '${PASEE_WINDOW_HOURS} hours'
           AND NOT EXISTS (SELECT 1 FROM case_deadlines d WHERE d.event_id = e.id)))
      OR (${c}.jurisdiction = 'US' AND ${c}.procedure = 'expedited-removal')
      OR (${hours} <= ${IMMINENT_REMOVAL_HOURS}
          AND ${latest}.created_at + ${hours} * interval '1 hour' > ${now})
    ) AND NOT EXISTS (
      SELECT 1 FROM risk_escalation_acks a
       WHERE a.case_id = ${c}.id AND a.assessment_id = ${latest}.id
         AND a.acknowledged_at >= coalesce(greatest(
           (SELECT max(e.updated_at) FROM case_events e WHERE e.case_id = ${c}.id),
           (SELECT max(d.overridden_at) FROM case_deadlines d WHERE d.case_id = ${c}.id)),
           '-infinity')
    ), false)`;
}
