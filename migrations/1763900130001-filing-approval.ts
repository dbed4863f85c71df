// An attorney approves a filing before anyone files it (issue 17, item 5): draft → approved →
// filed → served. The approval names who and when, and the filing keeps the risk assessment it
// was built from, so a filing resting on an assessment no attorney signed off cannot be approved.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FilingApproval1763900130001 implements MigrationInterface {
  name = 'FilingApproval1763900130001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE filings
        ADD COLUMN approved_at timestamptz,
        ADD COLUMN approved_by uuid,
        ADD COLUMN risk_assessment_id uuid REFERENCES risk_assessments(id) ON DELETE SET NULL,
        -- whether that assessment was signed off when the filing was generated (null: no risk text)
        ADD COLUMN risk_signed_off boolean`);
    await db.query(`ALTER TABLE filings DROP CONSTRAINT filings_status_check`);
    await db.query(`
      ALTER TABLE filings ADD CONSTRAINT filings_status_check
        CHECK (status IN ('draft', 'approved', 'filed', 'served'))`);
    await db.query(`ALTER TABLE filings DROP CONSTRAINT filings_filed_recorded`);
    await db.query(`
      ALTER TABLE filings ADD CONSTRAINT filings_filed_recorded
        CHECK (status IN ('draft', 'approved') OR (filed_at IS NOT NULL AND filed_by IS NOT NULL))`);
    // Filings filed before approvals existed keep their history: only an approved one must say who.
    await db.query(`
      ALTER TABLE filings ADD CONSTRAINT filings_approved_recorded
        CHECK (status <> 'approved' OR (approved_at IS NOT NULL AND approved_by IS NOT NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    // An approval the old schema cannot hold goes back to draft; nothing else changes.
    await db.query(`UPDATE filings SET status = 'draft' WHERE status = 'approved'`);
    await db.query(`ALTER TABLE filings DROP CONSTRAINT filings_approved_recorded`);
    await db.query(`ALTER TABLE filings DROP CONSTRAINT filings_filed_recorded`);
    await db.query(`
      ALTER TABLE filings ADD CONSTRAINT filings_filed_recorded
        CHECK (status = 'draft' OR (filed_at IS NOT NULL AND filed_by IS NOT NULL))`);
    await db.query(`ALTER TABLE filings DROP CONSTRAINT filings_status_check`);
    await db.query(`
      ALTER TABLE filings ADD CONSTRAINT filings_status_check
        CHECK (status IN ('draft', 'filed', 'served'))`);
    await db.query(`
      ALTER TABLE filings
        DROP COLUMN risk_signed_off,
        DROP COLUMN risk_assessment_id,
        DROP COLUMN approved_by,
        DROP COLUMN approved_at`);
  }
}
