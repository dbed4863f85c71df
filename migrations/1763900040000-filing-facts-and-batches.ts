// What filings need that no other record of the case holds: the client's sworn statements, the
// reasons a COMAR application is late and the persons authorized in an amparo, kept per case and
// sealed (they are the person's own account). Filings also remember the batch job that made them,
// so a batch that restarts skips the cases it already did and can never make a second one.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FilingFactsAndBatches1763900040000 implements MigrationInterface {
  name = 'FilingFactsAndBatches1763900040000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE case_filing_facts (
        case_id uuid PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        -- sealed JSON: declaration statements, declarant language, interpreter, late-filing
        -- reasons, authorized persons
        facts_sealed text NOT NULL,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        updated_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`ALTER TABLE case_filing_facts ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE case_filing_facts FORCE ROW LEVEL SECURITY`);
    await db.query(`
      CREATE POLICY tenant_isolation ON case_filing_facts
        USING (organization_id = app_current_organization())
        WITH CHECK (organization_id = app_current_organization())`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON case_filing_facts TO amparo_app`);

    await db.query(`ALTER TABLE filings ADD COLUMN batch_job_id uuid`);
    await db.query(
      `CREATE UNIQUE INDEX filings_one_per_case_and_batch ON filings (batch_job_id, case_id)
         WHERE batch_job_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX filings_one_per_case_and_batch`);
    await db.query(`ALTER TABLE filings DROP COLUMN batch_job_id`);
    await db.query(`DROP TABLE case_filing_facts`);
  }
}
