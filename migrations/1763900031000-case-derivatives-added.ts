// Derivative family members on a case: when and by whom each was added (the derivatives API).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseDerivativesAdded1763900031000 implements MigrationInterface {
  name = 'CaseDerivativesAdded1763900031000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE case_derivatives
        ADD COLUMN added_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN added_by uuid REFERENCES users(id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE case_derivatives DROP COLUMN added_by, DROP COLUMN added_at`);
  }
}
