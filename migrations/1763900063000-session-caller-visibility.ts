// The caller's office case visibility with the session, in the same statement. Every route that
// checks access to a case read it again inside its transaction (one more query per request, and
// TypeORM building it); the session look-up already joins the office for its MFA rule.
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** app_session_caller, with or without the office's case_visibility column. */
function sessionCaller(withVisibility: boolean): string {
  return `
    CREATE FUNCTION app_session_caller(office uuid, session uuid)
      RETURNS TABLE (
        id uuid, organization_id uuid, access_hash bytea, csrf_hash bytea,
        access_expires_at timestamptz, last_seen_at timestamptz, expires_at timestamptz,
        revoked_at timestamptz, user_id uuid, email text, name text, roles text[],
        disabled_at timestamptz, totp_enabled_at timestamptz, mfa_required_roles text[]
        ${withVisibility ? ', case_visibility text' : ''})
      LANGUAGE plpgsql VOLATILE SECURITY INVOKER
      AS $$
      BEGIN
        PERFORM set_config('app.organization_id', office::text, true);
        RETURN QUERY
          SELECT s.id, s.organization_id, s.access_hash, s.csrf_hash, s.access_expires_at,
                 s.last_seen_at, s.expires_at, s.revoked_at, u.id, u.email, u.name, u.roles,
                 u.disabled_at, u.totp_enabled_at, o.mfa_required_roles
                 ${withVisibility ? ', o.case_visibility' : ''}
            FROM sessions s
            LEFT JOIN users u ON u.id = s.user_id
            LEFT JOIN organizations o ON o.id = u.organization_id
           WHERE s.id = session;
      END $$`;
}

async function replace(db: QueryRunner, withVisibility: boolean): Promise<void> {
  // The result type changes, so the function is dropped and made again (one transaction).
  await db.query(`DROP FUNCTION app_session_caller(uuid, uuid)`);
  await db.query(sessionCaller(withVisibility));
  await db.query(`REVOKE ALL ON FUNCTION app_session_caller(uuid, uuid) FROM PUBLIC`);
  await db.query(`GRANT EXECUTE ON FUNCTION app_session_caller(uuid, uuid) TO amparo_app`);
}

export class SessionCallerVisibility1763900063000 implements MigrationInterface {
  name = 'SessionCallerVisibility1763900063000';

  async up(db: QueryRunner): Promise<void> {
    await replace(db, true);
  }

  async down(db: QueryRunner): Promise<void> {
    await replace(db, false);
  }
}
