// Who is calling, in one statement. Every API request resolves its bearer token or cookie to a
// live session and its user; inside a tenant transaction that took four round trips (begin, the
// office setting, the look-up, commit). This function sets the office the token names for the
// rest of the statement only (set_config(..., true) outside a transaction block ends with the
// statement) and reads the session, its user and the office's rules under row-level security as
// the calling role (SECURITY INVOKER): a token naming another office finds nothing.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionCaller1763900061000 implements MigrationInterface {
  name = 'SessionCaller1763900061000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION app_session_caller(office uuid, session uuid)
        RETURNS TABLE (
          id uuid, organization_id uuid, access_hash bytea, csrf_hash bytea,
          access_expires_at timestamptz, last_seen_at timestamptz, expires_at timestamptz,
          revoked_at timestamptz, user_id uuid, email text, name text, roles text[],
          disabled_at timestamptz, totp_enabled_at timestamptz, mfa_required_roles text[])
        LANGUAGE plpgsql VOLATILE SECURITY INVOKER
        AS $$
        BEGIN
          PERFORM set_config('app.organization_id', office::text, true);
          RETURN QUERY
            SELECT s.id, s.organization_id, s.access_hash, s.csrf_hash, s.access_expires_at,
                   s.last_seen_at, s.expires_at, s.revoked_at, u.id, u.email, u.name, u.roles,
                   u.disabled_at, u.totp_enabled_at, o.mfa_required_roles
              FROM sessions s
              LEFT JOIN users u ON u.id = s.user_id
              LEFT JOIN organizations o ON o.id = u.organization_id
             WHERE s.id = session;
        END $$`);
    await db.query(`REVOKE ALL ON FUNCTION app_session_caller(uuid, uuid) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION app_session_caller(uuid, uuid) TO amparo_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION app_session_caller(uuid, uuid)`);
  }
}
