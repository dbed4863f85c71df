// Sign-in: sessions behind short-lived tokens, MFA columns, and the one cross-tenant lookup
// login needs (which organization an e-mail belongs to), kept out of the app role's reach.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1763900002000 implements MigrationInterface {
  name = 'Identity1763900002000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users
        ADD COLUMN totp_secret text,
        ADD COLUMN totp_enabled_at timestamptz,
        ADD COLUMN totp_last_step bigint,
        ADD COLUMN password_changed_at timestamptz`);
    await db.query(`
      ALTER TABLE organizations
        ADD COLUMN mfa_required_roles text[] NOT NULL DEFAULT '{}'
          CHECK (mfa_required_roles <@ ARRAY['admin', 'supervisor', 'attorney', 'paralegal'])`);

    // Login starts from an e-mail alone, before any organization is known. This directory maps
    // e-mail → organization for that one step. It has no row-level security and the app role has
    // no privilege on it: only the SECURITY DEFINER function below reads it, one address at a time.
    await db.query(`
      CREATE TABLE user_directory (
        email text PRIMARY KEY,
        user_id uuid NOT NULL UNIQUE,
        organization_id uuid NOT NULL
      )`);
    await db.query(`REVOKE ALL ON user_directory FROM PUBLIC`);
    await db.query(`
      CREATE FUNCTION user_directory_sync() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          DELETE FROM user_directory WHERE user_id = OLD.id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO user_directory (email, user_id, organization_id)
            VALUES (NEW.email, NEW.id, NEW.organization_id);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER users_directory_sync
        AFTER INSERT OR DELETE OR UPDATE OF email, organization_id ON users
        FOR EACH ROW EXECUTE FUNCTION user_directory_sync()`);
    await db.query(`
      INSERT INTO user_directory (email, user_id, organization_id)
        SELECT email, id, organization_id FROM users`);
    await db.query(`
      CREATE FUNCTION auth_organization_of(address text) RETURNS uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
        AS $$ SELECT organization_id FROM user_directory WHERE email = lower(address) $$`);
    await db.query(`REVOKE ALL ON FUNCTION auth_organization_of(text) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION auth_organization_of(text) TO amparo_app`);

    // A signed-in browser or API client. Tokens are kept only as SHA-256 hashes.
    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        access_hash bytea NOT NULL,
        access_expires_at timestamptz NOT NULL,
        refresh_hash bytea NOT NULL,
        csrf_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text,
        ip text,
        user_agent text
      )`);
    await db.query(
      `CREATE INDEX sessions_user_idx ON sessions (organization_id, user_id) WHERE revoked_at IS NULL`,
    );
    await db.query(`ALTER TABLE sessions ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE sessions FORCE ROW LEVEL SECURITY`);
    await db.query(`
      CREATE POLICY tenant_isolation ON sessions
        USING (organization_id = app_current_organization())
        WITH CHECK (organization_id = app_current_organization())`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON sessions TO amparo_app`);

    // One-time links an admin hands a new or locked-out member to choose a password; and the
    // hashed single-use MFA recovery codes.
    for (const table of ['password_setup_tokens', 'mfa_recovery_codes']) {
      const specific =
        table === 'password_setup_tokens'
          ? `token_hash bytea NOT NULL, expires_at timestamptz NOT NULL, used_at timestamptz`
          : `code_hash bytea NOT NULL, used_at timestamptz`;
      await db.query(`
        CREATE TABLE ${table} (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
          user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
          ${specific},
          created_at timestamptz NOT NULL DEFAULT now()
        )`);
      await db.query(`CREATE INDEX ${table}_user_idx ON ${table} (organization_id, user_id)`);
      await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await db.query(`
        CREATE POLICY tenant_isolation ON ${table}
          USING (organization_id = app_current_organization())
          WITH CHECK (organization_id = app_current_organization())`);
      await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO amparo_app`);
    }

    // Failed sign-in counters, keyed by hashes of (account, address), address and account. Not
    // tenant data (no organization is known for an unknown e-mail), so no row-level security.
    await db.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        last_failure_at timestamptz NOT NULL,
        blocked_until timestamptz
      )`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON login_throttle TO amparo_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE login_throttle`);
    await db.query(`DROP TABLE mfa_recovery_codes`);
    await db.query(`DROP TABLE password_setup_tokens`);
    await db.query(`DROP TABLE sessions`);
    await db.query(`DROP FUNCTION auth_organization_of(text)`);
    await db.query(`DROP TRIGGER users_directory_sync ON users`);
    await db.query(`DROP FUNCTION user_directory_sync()`);
    await db.query(`DROP TABLE user_directory`);
    await db.query(`ALTER TABLE organizations DROP COLUMN mfa_required_roles`);
    await db.query(`
      ALTER TABLE users
        DROP COLUMN totp_secret,
        DROP COLUMN totp_enabled_at,
        DROP COLUMN totp_last_step,
        DROP COLUMN password_changed_at`);
  }
}
