// The audit trail: append-only, hash-chained per organization, readable only by its organization
// (and by the owning role, which `audit:verify` runs as). See docs/security-audit.md.
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Advisory-lock namespace of the audit chains (any constant; "AUDT" in ASCII). */
export const AUDIT_LOCK_NAMESPACE = 1096107092;

export class AuditTrail1763900001000 implements MigrationInterface {
  name = 'AuditTrail1763900001000';

  async up(db: QueryRunner): Promise<void> {
    // No foreign keys: the trail must outlive the users and organizations it names. A NULL
    // organization is the installation's "system" chain (e.g. a failed login for an unknown
    // e-mail, which belongs to no organization); no tenant can read it.
    await db.query(`
      CREATE TABLE audit_entries (
        id uuid PRIMARY KEY,
        organization_id uuid,
        seq bigint NOT NULL CHECK (seq >= 1),
        occurred_at timestamptz NOT NULL,
        actor_kind text NOT NULL CHECK (actor_kind IN ('user', 'anonymous', 'system')),
        actor_user_id uuid,
        actor_email_hash text CHECK (actor_email_hash ~ '^[A-Za-z0-9:_-]{32,160}$'),
        action text NOT NULL CHECK (action ~ '^[a-z]+(\\.[a-z_]+)+$' AND char_length(action) <= 64),
        outcome text NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
        record_type text CHECK (record_type ~ '^[a-z][a-z_]{0,39}$'),
        record_id text CHECK (record_id ~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$'),
        ip text CHECK (char_length(ip) <= 45),
        user_agent text CHECK (char_length(user_agent) <= 256),
        request_id text CHECK (request_id ~ '^[A-Za-z0-9._-]{1,64}$'),
        details jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(details) = 'object'),
        prev_hash text CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
        hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
        CHECK ((seq = 1) = (prev_hash IS NULL)),
        CHECK ((actor_kind = 'user') = (actor_user_id IS NOT NULL))
      )`);
    // One row per position in each chain: two writers can never fork a chain.
    await db.query(
      `CREATE UNIQUE INDEX audit_entries_chain_key ON audit_entries (organization_id, seq)`,
    );
    await db.query(
      `CREATE UNIQUE INDEX audit_entries_system_chain_key ON audit_entries (seq) WHERE organization_id IS NULL`,
    );
    await db.query(
      `CREATE INDEX audit_entries_actor_idx ON audit_entries (organization_id, actor_user_id, seq)`,
    );
    await db.query(
      `CREATE INDEX audit_entries_record_idx ON audit_entries (organization_id, record_type, record_id, seq)`,
    );
    await db.query(
      `CREATE INDEX audit_entries_action_idx ON audit_entries (organization_id, action, seq)`,
    );
    await db.query(
      `CREATE INDEX audit_entries_time_idx ON audit_entries (organization_id, occurred_at)`,
    );

    await db.query(`ALTER TABLE audit_entries ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE audit_entries FORCE ROW LEVEL SECURITY`);
    // A tenant reads its own chain only; the system chain (NULL) is never readable by the app.
    await db.query(`
      CREATE POLICY tenant_read ON audit_entries FOR SELECT
        USING (organization_id = app_current_organization())`);
    // A transaction appends to the chain of the organization it set, or to the system chain
    // when it set none.
    await db.query(`
      CREATE POLICY tenant_append ON audit_entries FOR INSERT
        WITH CHECK (organization_id IS NOT DISTINCT FROM app_current_organization())`);
    // The owning role (the one running this migration) reads every chain: `audit:verify` and the
    // chain functions below run as it. FORCE row-level security applies to owners too.
    await db.query(`
      DO $$ BEGIN
        EXECUTE format('CREATE POLICY owner_verify ON audit_entries FOR SELECT TO %I USING (true)', current_user);
      END $$`);

    // Append-only for everyone, owner included: any UPDATE, DELETE or TRUNCATE statement fails,
    // even one that matches no row. Statement-level, so row-level security cannot hide it.
    await db.query(`
      CREATE FUNCTION audit_entries_refuse_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'audit entries are append-only: % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
        END $$`);
    await db.query(`
      CREATE TRIGGER audit_entries_append_only
        BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entries
        FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_refuse_change()`);

    // The head of the current transaction's chain, taken under a per-chain transaction lock so
    // that concurrent writers of one organization append one after another. `clock` is the
    // database's time (one clock for every API instance), to the millisecond.
    await db.query(`
      CREATE FUNCTION audit_chain_head()
        RETURNS TABLE (head_seq bigint, head_hash text, clock timestamptz)
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        DECLARE
          chain uuid := app_current_organization();
          last_seq bigint;
          last_hash text;
        BEGIN
          PERFORM pg_advisory_xact_lock(${AUDIT_LOCK_NAMESPACE}, hashtext(coalesce(chain::text, 'system')));
          IF chain IS NULL THEN
            SELECT e.seq, e.hash INTO last_seq, last_hash FROM public.audit_entries e
             WHERE e.organization_id IS NULL ORDER BY e.seq DESC LIMIT 1;
          ELSE
            SELECT e.seq, e.hash INTO last_seq, last_hash FROM public.audit_entries e
             WHERE e.organization_id = chain ORDER BY e.seq DESC LIMIT 1;
          END IF;
          RETURN QUERY SELECT coalesce(last_seq, 0), last_hash,
            date_trunc('milliseconds', clock_timestamp());
        END $$`);
    // Second line of defence: whatever code inserts, a row must follow its chain's head.
    await db.query(`
      CREATE FUNCTION audit_entries_check_link() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        DECLARE
          last_seq bigint;
          last_hash text;
        BEGIN
          PERFORM pg_advisory_xact_lock(${AUDIT_LOCK_NAMESPACE}, hashtext(coalesce(NEW.organization_id::text, 'system')));
          IF NEW.organization_id IS NULL THEN
            SELECT e.seq, e.hash INTO last_seq, last_hash FROM public.audit_entries e
             WHERE e.organization_id IS NULL ORDER BY e.seq DESC LIMIT 1;
          ELSE
            SELECT e.seq, e.hash INTO last_seq, last_hash FROM public.audit_entries e
             WHERE e.organization_id = NEW.organization_id ORDER BY e.seq DESC LIMIT 1;
          END IF;
          IF NEW.seq IS DISTINCT FROM coalesce(last_seq, 0) + 1
             OR NEW.prev_hash IS DISTINCT FROM last_hash THEN
            RAISE EXCEPTION 'audit entry % does not follow the head (seq %) of its chain',
              NEW.seq, coalesce(last_seq, 0) USING ERRCODE = 'check_violation';
          END IF;
          RETURN NEW;
        END $$`);
    await db.query(`
      CREATE TRIGGER audit_entries_link
        BEFORE INSERT ON audit_entries
        FOR EACH ROW EXECUTE FUNCTION audit_entries_check_link()`);

    // Functions are executable by PUBLIC by default; these run as the owner, so only the app.
    await db.query(`REVOKE ALL ON FUNCTION audit_chain_head() FROM PUBLIC`);
    await db.query(`REVOKE ALL ON FUNCTION audit_entries_check_link() FROM PUBLIC`);
    await db.query(`REVOKE ALL ON FUNCTION audit_entries_refuse_change() FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION audit_chain_head() TO amparo_app`);
    await db.query(`GRANT SELECT, INSERT ON audit_entries TO amparo_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_entries`);
    await db.query(`DROP FUNCTION audit_chain_head()`);
    await db.query(`DROP FUNCTION audit_entries_check_link()`);
    await db.query(`DROP FUNCTION audit_entries_refuse_change()`);
  }
}
