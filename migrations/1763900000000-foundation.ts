// Organizations and their users, the application role, and the row-level security every tenant
// table follows: a row is visible only inside a transaction that set its organization.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(db: QueryRunner): Promise<void> {
    // Roles belong to the whole server: create the app role only where an operator has not.
    await db.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'amparo_app') THEN
          CREATE ROLE amparo_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
        END IF;
      END $$`);
    await db.query(`GRANT USAGE ON SCHEMA public TO amparo_app`);

    // The organization of the transaction in progress; NULL (no tenant rows) when none is set.
    await db.query(`
      CREATE FUNCTION app_current_organization() RETURNS uuid
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT nullif(current_setting('app.organization_id', true), '')::uuid $$`);

    await db.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
        case_visibility text NOT NULL DEFAULT 'assigned' CHECK (case_visibility IN ('assigned', 'organization')),
        settings jsonb NOT NULL DEFAULT '{}'::jsonb,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        email text NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254 AND email = lower(email)),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        roles text[] NOT NULL CHECK (
          cardinality(roles) >= 1 AND roles <@ ARRAY['admin', 'supervisor', 'attorney', 'paralegal']
        ),
        password_hash text,
        disabled_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One account per e-mail across the installation: login finds the organization by it.
    await db.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
    await db.query(`CREATE INDEX users_organization_idx ON users (organization_id)`);

    await db.query(`ALTER TABLE organizations ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE organizations FORCE ROW LEVEL SECURITY`);
    await db.query(`
      CREATE POLICY tenant_isolation ON organizations
        USING (id = app_current_organization())
        WITH CHECK (id = app_current_organization())`);
    await db.query(`ALTER TABLE users ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE users FORCE ROW LEVEL SECURITY`);
    await db.query(`
      CREATE POLICY tenant_isolation ON users
        USING (organization_id = app_current_organization())
        WITH CHECK (organization_id = app_current_organization())`);

    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON organizations, users TO amparo_app`);
    await db.query(`GRANT EXECUTE ON FUNCTION app_current_organization() TO amparo_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE users`);
    await db.query(`DROP TABLE organizations`);
    await db.query(`DROP FUNCTION app_current_organization()`);
    await db.query(`REVOKE USAGE ON SCHEMA public FROM amparo_app`);
  }
}
