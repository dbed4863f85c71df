// One truth about time (issue 22): a deadline keeps whose act it asks for, the office's
// (defense) or an authority's (the end of a PASEE, a police report, an INM detention), so every
// screen, count and sweep tells the office's misses from an authority's passed limit (an opening:
// the detention may now be unlawful). Rows computed before this column are filled from the rules
// that oblige an authority in the packs of this release; recomputation writes it from the pack.
// Notifications gain the kind that tells the case's team, and for a detained person the
// supervisors too, that an authority's limit has passed.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const AUTHORITY_PASSED = 'deadline.authority-passed';

/** The rules of the shipped packs whose `party` is 'authority' when this migration was written. */
const AUTHORITY_RULES = [
  'pe.pasee.decision',
  'pe.pasee.police-report',
  'mx.comar.decision',
  'mx.detention.36-hours',
  'mx.detention.art-111',
  'us.credible-fear-review',
  'us.reasonable-fear.asylum-officer',
  'us.reasonable-fear.ij-review',
  'us.third-country.earliest-removal',
  'us.third-country.fear-screening',
];

/** The kinds the notifications CHECK allows now, read from the constraint itself. */
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

export class DeadlineParty1763900100000 implements MigrationInterface {
  name = 'DeadlineParty1763900100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE case_deadlines ADD COLUMN party text NOT NULL DEFAULT 'defense'
         CHECK (party IN ('defense', 'authority'))`,
    );
    // The owner is held by FORCE row-level security too: lift it for the backfill only.
    await db.query(`ALTER TABLE case_deadlines NO FORCE ROW LEVEL SECURITY`);
    await db.query(`UPDATE case_deadlines SET party = 'authority' WHERE rule_id = ANY($1)`, [
      AUTHORITY_RULES,
    ]);
    // A limit that passed was stored as the office's miss before: it is open again (an opening).
    await db.query(
      `UPDATE case_deadlines SET status = CASE WHEN override_due_at IS NULL THEN 'open' ELSE 'overridden' END
        WHERE party = 'authority' AND status = 'missed' AND completed_at IS NULL AND waived_at IS NULL`,
    );
    await db.query(`ALTER TABLE case_deadlines FORCE ROW LEVEL SECURITY`);
    await allowKinds(db, [...(await allowedKinds(db)), AUTHORITY_PASSED]);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifications NO FORCE ROW LEVEL SECURITY`);
    await db.query(`DELETE FROM notifications WHERE kind = $1`, [AUTHORITY_PASSED]);
    await db.query(`ALTER TABLE notifications FORCE ROW LEVEL SECURITY`);
    await allowKinds(
      db,
      (await allowedKinds(db)).filter((kind) => kind !== AUTHORITY_PASSED),
    );
    await db.query(`ALTER TABLE case_deadlines DROP COLUMN party`);
  }
}
