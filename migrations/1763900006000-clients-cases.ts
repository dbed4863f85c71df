// The people an office defends and their matters: clients, cases with their team, the timeline
// of dated events that start deadlines, and privileged notes. Sensitive text is stored sealed by
// the application (field cipher); every table is scoped to its office by row-level security.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = [
  'clients',
  'cases',
  'case_members',
  'case_derivatives',
  'case_events',
  'case_event_revisions',
  'case_notes',
];

export class ClientsCases1763900006000 implements MigrationInterface {
  name = 'ClientsCases1763900006000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE clients (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        given_names text NOT NULL CHECK (char_length(given_names) BETWEEN 1 AND 200),
        family_names text NOT NULL DEFAULT '' CHECK (char_length(family_names) <= 200),
        aliases text[] NOT NULL DEFAULT '{}',
        -- names and aliases folded (lower case, no accents) by the application, for search
        search_names text NOT NULL,
        birth_date date,
        birth_date_precision text NOT NULL DEFAULT 'unknown'
          CHECK (birth_date_precision IN ('day', 'month', 'year', 'unknown')),
        nationalities text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        interpreter_needed boolean NOT NULL DEFAULT false,
        gender text CHECK (char_length(gender) <= 60),
        -- sealed JSON: phone numbers, e-mail, address, current location or detention facility
        contact_sealed text,
        vulnerabilities text[] NOT NULL DEFAULT '{}',
        archived_at timestamptz,
        erased_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX clients_organization_idx ON clients (organization_id, family_names, given_names)`,
    );
    await db.query(`CREATE INDEX clients_birth_idx ON clients (organization_id, birth_date)`);

    await db.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        client_id uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        reference text NOT NULL CHECK (char_length(reference) BETWEEN 1 AND 40),
        jurisdiction text NOT NULL CHECK (jurisdiction ~ '^[A-Z]{2}$'),
        procedure text NOT NULL CHECK (char_length(procedure) BETWEEN 1 AND 80),
        forum text CHECK (char_length(forum) <= 200),
        time_zone text NOT NULL,
        -- A-number (or other registration number): sealed, with a keyed hash for exact lookups
        a_number_sealed text,
        a_number_index text,
        expediente text CHECK (char_length(expediente) <= 80),
        custody_status text NOT NULL DEFAULT 'unknown'
          CHECK (custody_status IN ('detained', 'released', 'at_liberty', 'unknown')),
        stage text NOT NULL DEFAULT 'intake'
          CHECK (stage IN ('intake', 'active', 'decision', 'appeal', 'closed')),
        outcome text CHECK (char_length(outcome) <= 200),
        priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('normal', 'high', 'urgent')),
        lead_attorney_id uuid REFERENCES users(id),
        archived_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organization_id, reference)
      )`);
    await db.query(`CREATE INDEX cases_client_idx ON cases (organization_id, client_id)`);
    await db.query(
      `CREATE INDEX cases_lead_idx ON cases (organization_id, lead_attorney_id, stage)`,
    );
    await db.query(`CREATE INDEX cases_a_number_idx ON cases (organization_id, a_number_index)`);

    await db.query(`
      CREATE TABLE case_members (
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, user_id)
      )`);
    await db.query(`CREATE INDEX case_members_user_idx ON case_members (organization_id, user_id)`);
    await db.query(`
      CREATE TABLE case_derivatives (
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        client_id uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        relationship text NOT NULL CHECK (relationship IN ('spouse', 'child', 'parent', 'sibling', 'other')),
        PRIMARY KEY (case_id, client_id)
      )`);

    await db.query(`
      CREATE TABLE case_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        event_type text NOT NULL CHECK (char_length(event_type) BETWEEN 1 AND 80),
        occurred_at timestamptz NOT NULL,
        time_zone text NOT NULL,
        source text CHECK (char_length(source) <= 200),
        note_sealed text,
        version integer NOT NULL DEFAULT 1,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX case_events_case_idx ON case_events (organization_id, case_id, occurred_at)`,
    );
    // Corrections keep what the event said before, who changed it and why.
    await db.query(`
      CREATE TABLE case_event_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES case_events(id) ON DELETE CASCADE,
        version integer NOT NULL,
        occurred_at timestamptz NOT NULL,
        time_zone text NOT NULL,
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
        changed_by uuid,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE case_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        body_sealed text NOT NULL,
        author_id uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX case_notes_case_idx ON case_notes (organization_id, case_id, created_at)`,
    );

    for (const table of TENANT_TABLES) {
      await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await db.query(`
        CREATE POLICY tenant_isolation ON ${table}
          USING (organization_id = app_current_organization())
          WITH CHECK (organization_id = app_current_organization())`);
      await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO amparo_app`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [...TENANT_TABLES].reverse()) await db.query(`DROP TABLE ${table}`);
  }
}
