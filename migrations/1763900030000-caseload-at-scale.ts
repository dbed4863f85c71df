// Indexes for the caseload at a million cases: free-text search over names and aliases as a
// trigram index per office (pg_trgm, with btree_gin so the office narrows the same index scan),
// the soonest open deadline of a case, and the cases a member works. Measured with
// `npm run bench:caseload` on `npm run seed:bench` data (docs/performance.md).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseloadAtScale1763900030000 implements MigrationInterface {
  name = 'CaseloadAtScale1763900030000';

  async up(db: QueryRunner): Promise<void> {
    // Both are trusted extensions: the database owner may create them without a superuser.
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    // search_names is already folded (lower case, no accents) by the application, so LIKE on it
    // needs no unaccent or lower() in the index expression.
    await db.query(
      `CREATE INDEX clients_search_trgm_idx ON clients USING gin (organization_id, search_names gin_trgm_ops)`,
    );
    // The caseload's "next deadline": the first open one by its effective date (an override wins).
    await db.query(
      `CREATE INDEX case_deadlines_next_open_idx ON case_deadlines (case_id, (coalesce(override_due_at, due_at)))
         WHERE status = 'open'`,
    );
    // "Cases this member works" as a semi-join, read from the index alone.
    await db.query(
      `CREATE INDEX case_members_user_case_idx ON case_members (organization_id, user_id, case_id)`,
    );
    await db.query(`DROP INDEX case_members_user_idx`);
    // Cases where a person is a derivative family member (and erasing that person).
    await db.query(
      `CREATE INDEX case_derivatives_client_idx ON case_derivatives (organization_id, client_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX case_derivatives_client_idx`);
    await db.query(`CREATE INDEX case_members_user_idx ON case_members (organization_id, user_id)`);
    await db.query(`DROP INDEX case_members_user_case_idx`);
    await db.query(`DROP INDEX case_deadlines_next_open_idx`);
    await db.query(`DROP INDEX clients_search_trgm_idx`);
    await db.query(`DROP EXTENSION btree_gin`);
    await db.query(`DROP EXTENSION pg_trgm`);
  }
}
