// An idempotency key is the member's own: the same key from another member of the office is
// another job, not theirs. Before, it handed back the other member's job (its kind, progress and
// result) and kept the second member's work from running at all.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyPerMember1763900080000 implements MigrationInterface {
  name = 'IdempotencyPerMember1763900080000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE background_jobs DROP CONSTRAINT background_jobs_one_per_key`);
    await db.query(
      `ALTER TABLE background_jobs ADD CONSTRAINT background_jobs_one_per_member_key
         UNIQUE (organization_id, created_by, kind, idempotency_key)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    // Keys two members used alike: the earliest job keeps it, the others lose theirs (a key only
    // deduplicates submissions; the jobs themselves stay). The owner is held by FORCE too.
    await db.query(`ALTER TABLE background_jobs NO FORCE ROW LEVEL SECURITY`);
    await db.query(`
      UPDATE background_jobs j SET idempotency_key = NULL
        FROM (SELECT id, row_number() OVER (
                PARTITION BY organization_id, kind, idempotency_key ORDER BY created_at, id) AS n
                FROM background_jobs WHERE idempotency_key IS NOT NULL) ranked
       WHERE j.id = ranked.id AND ranked.n > 1`);
    await db.query(`ALTER TABLE background_jobs FORCE ROW LEVEL SECURITY`);
    await db.query(
      `ALTER TABLE background_jobs DROP CONSTRAINT background_jobs_one_per_member_key`,
    );
    await db.query(
      `ALTER TABLE background_jobs ADD CONSTRAINT background_jobs_one_per_key
         UNIQUE (organization_id, kind, idempotency_key)`,
    );
  }
}
