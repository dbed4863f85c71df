// Key rotation must visit every organization, but row-level security (forced, even for the
// owner) hides them all: let the owning role, never the application role, read organizations.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KeyRotationSupport1763900003000 implements MigrationInterface {
  name = 'KeyRotationSupport1763900003000';

  async up(db: QueryRunner): Promise<void> {
    // The role running migrations owns the tables (and could lift row-level security anyway);
    // it never serves requests. amparo_app stays confined to its own organization.
    await db.query(`
      CREATE POLICY key_rotation_owner_read ON organizations
        FOR SELECT TO CURRENT_USER USING (true)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP POLICY key_rotation_owner_read ON organizations`);
  }
}
