// Name search that row-level security can serve from an index. pg_trgm's LIKE operator is not
// LEAKPROOF (only a superuser could mark it so), so PostgreSQL never uses a trigram index under
// RLS: it must apply the office's policy first and scans the office's people. Text comparisons
// are leakproof, so every word of a person's folded names and aliases is kept as a row here and
// found by a btree prefix range; a trigger keeps the words in step with clients.search_names,
// whichever path writes the client (API, CSV intake, bench seed). The unused trigram index goes.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientSearchTerms1763900032000 implements MigrationInterface {
  name = 'ClientSearchTerms1763900032000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE client_search_terms (
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        client_id uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        term text COLLATE "C" NOT NULL,
        PRIMARY KEY (client_id, term)
      )`);
    await db.query(
      `CREATE INDEX client_search_terms_term_idx ON client_search_terms (organization_id, term, client_id)`,
    );
    await db.query(`ALTER TABLE client_search_terms ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE client_search_terms FORCE ROW LEVEL SECURITY`);
    await db.query(`
      CREATE POLICY tenant_isolation ON client_search_terms
        USING (organization_id = app_current_organization())
        WITH CHECK (organization_id = app_current_organization())`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON client_search_terms TO amparo_app`);
    // The words of search_names (already folded by the application): split on spaces, the
    // name/alias separator and hyphens, so "jean-louis" is found by "louis" too.
    await db.query(`
      CREATE FUNCTION client_search_terms_of(names text) RETURNS SETOF text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT DISTINCT w FROM regexp_split_to_table(names, '[[:space:]|]+') AS w WHERE w <> ''
              UNION SELECT DISTINCT p FROM regexp_split_to_table(names, '[[:space:]|-]+') AS p WHERE p <> '' $$`);
    await db.query(`
      CREATE FUNCTION client_search_terms_sync() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'UPDATE' THEN
            IF NEW.search_names IS NOT DISTINCT FROM OLD.search_names THEN RETURN NEW; END IF;
            DELETE FROM client_search_terms WHERE client_id = NEW.id;
          END IF;
          INSERT INTO client_search_terms (organization_id, client_id, term)
            SELECT NEW.organization_id, NEW.id, t FROM client_search_terms_of(NEW.search_names) AS t
            ON CONFLICT DO NOTHING;
          RETURN NEW;
        END $$`);
    await db.query(`
      CREATE TRIGGER clients_search_terms_sync
        AFTER INSERT OR UPDATE OF search_names ON clients
        FOR EACH ROW EXECUTE FUNCTION client_search_terms_sync()`);
    // Existing people: the owner is held by FORCE too, so lift it for the copy, inside this
    // migration's transaction.
    await db.query(`ALTER TABLE clients NO FORCE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE client_search_terms NO FORCE ROW LEVEL SECURITY`);
    await db.query(`
      INSERT INTO client_search_terms (organization_id, client_id, term)
        SELECT c.organization_id, c.id, t FROM clients c, client_search_terms_of(c.search_names) AS t
        ON CONFLICT DO NOTHING`);
    await db.query(`ALTER TABLE clients FORCE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE client_search_terms FORCE ROW LEVEL SECURITY`);
    await db.query(`DROP INDEX clients_search_trgm_idx`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX clients_search_trgm_idx ON clients USING gin (organization_id, search_names gin_trgm_ops)`,
    );
    await db.query(`DROP TRIGGER clients_search_terms_sync ON clients`);
    await db.query(`DROP FUNCTION client_search_terms_sync()`);
    await db.query(`DROP FUNCTION client_search_terms_of(text)`);
    await db.query(`DROP TABLE client_search_terms`);
  }
}
