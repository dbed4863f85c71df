// What a case's filings were last given on the filing form (place of signature, the decision
// contested, the detaining authority, grounds, exhibits…), kept per case (issue 17, item 6) so a
// second version, or another template, needs no retyping. Sealed: grounds are the attorney's words.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseFilingDetails1763900130003 implements MigrationInterface {
  name = 'CaseFilingDetails1763900130003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE case_filing_details (
        case_id uuid PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        -- sealed JSON of FilingDetailsDto
        details_sealed text NOT NULL,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`ALTER TABLE case_filing_details ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE case_filing_details FORCE ROW LEVEL SECURITY`);
    await db.query(`
      CREATE POLICY tenant_isolation ON case_filing_details
        USING (organization_id = app_current_organization())
        WITH CHECK (organization_id = app_current_organization())`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON case_filing_details TO amparo_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE case_filing_details`);
  }
}
