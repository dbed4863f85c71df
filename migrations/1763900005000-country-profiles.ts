// Each office's own edits of the shipped country profiles; no row (or a null profile) means the
// office reads the reference shipped with Amparo.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CountryProfiles1763900005000 implements MigrationInterface {
  name = 'CountryProfiles1763900005000';

  async up(db: QueryRunner): Promise<void> {
    // A revert keeps the row with a null profile, so the version never goes back and a stale
    // editor is still refused after a revert and a new edit.
    await db.query(`
      CREATE TABLE country_profiles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        country_code text NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
        profile jsonb CHECK (profile IS NULL OR jsonb_typeof(profile) = 'object'),
        version integer NOT NULL DEFAULT 1,
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT country_profiles_office_country UNIQUE (organization_id, country_code)
      )`);
    await db.query(`ALTER TABLE country_profiles ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE country_profiles FORCE ROW LEVEL SECURITY`);
    await db.query(`
      CREATE POLICY tenant_isolation ON country_profiles
        USING (organization_id = app_current_organization())
        WITH CHECK (organization_id = app_current_organization())`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON country_profiles TO amparo_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE country_profiles`);
  }
}
