// The 10,000-case caseload for the client bench, in two steps:
//  1. template cases through the real API (as the demo paralegal, led by the demo attorney): the
//     same code paths as intake, so each template has real deadlines computed by the rule engine,
//     sealed fields and audit entries;
//  2. after the app stops, copies of the templates in SQL straight into the embedded database
//     (fresh ids, numbered names and references, the deadlines shifted a little per copy), so
//     10,000 cases take seconds instead of the minutes 30,000 API calls would. Copies carry no
//     sealed fields (those are bound to their row and could not be decrypted elsewhere) and no
//     audit entries: they are benchmark data, never demo data.
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { join } from 'node:path';

const PASSWORD = 'amparo-demo-password';

async function session(url, email) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!login.ok) throw new Error(`login of ${email}: ${login.status}`);
  const { accessToken, user } = await login.json();
  return {
    userId: user.id,
    async call(method, path, body) {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${accessToken}`,
          ...(body ? { 'Content-Type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return text ? JSON.parse(text) : undefined;
    },
  };
}

const FAMILY = ['Rojas', 'Pérez', 'Gómez', 'Díaz', 'Castillo', 'Mendoza', 'Torres', 'Vargas'];
const GIVEN = ['Yorgelis', 'Wilmer', 'Daniela', 'José', 'María', 'Luis', 'Andreína', 'Carlos'];
const CUSTODY = ['detained', 'detained', 'released', 'at_liberty', 'unknown'];

/**
 * Step 1: `count` template PASEE cases in Lima through the API, retained between 1 and 70 hours
 * ago (running, close and missed clocks). Returns the template case ids.
 */
export async function createTemplateCases(url, count) {
  const paralegal = await session(url, 'paralegal@lima.example');
  const attorney = await session(url, 'attorney@lima.example');
  const ids = [];
  for (let index = 0; index < count; index += 1) {
    const client = await paralegal.call('POST', '/api/clients', {
      givenNames: GIVEN[index % GIVEN.length],
      familyNames: `${FAMILY[index % FAMILY.length]} Bench (demo)`,
      nationalities: ['VE'],
      acknowledgeDuplicates: true,
    });
    const opened = await paralegal.call('POST', '/api/cases', {
      clientId: client.id,
      jurisdiction: 'PE',
      procedure: 'pasee-expulsion',
      leadAttorneyId: attorney.userId,
      custodyStatus: CUSTODY[index % CUSTODY.length],
    });
    const hoursAgo = 1 + ((index * 37) % 70);
    const at = new Date(Date.now() - hoursAgo * 3_600_000);
    at.setUTCSeconds(0, 0);
    await paralegal.call('POST', `/api/cases/${opened.id}/events`, {
      eventType: 'police-retention',
      occurredAt: at.toISOString(),
    });
    ids.push(opened.id);
  }
  return ids;
}

/** The columns of a table, in order, with whether they accept NULL. */
async function columns(db, table) {
  const { rows } = await db.query(
    `SELECT column_name, is_nullable FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  if (rows.length === 0) throw new Error(`no table ${table}`);
  return rows;
}

/**
 * Copies every row of `table` matched by `where` (alias t) once per k in 1..copies, each column
 * as is unless `overrides` says otherwise; nullable sealed columns become NULL.
 */
async function copyRows(db, table, where, copies, overrides) {
  const list = await columns(db, table);
  const select = list.map(({ column_name: name, is_nullable: nullable }) => {
    if (name in overrides) return overrides[name];
    if ((name.endsWith('_sealed') || name === 'a_number_index') && nullable === 'YES')
      return 'NULL';
    return `t.${name}`;
  });
  const sql = `INSERT INTO ${table} (${list.map((c) => c.column_name).join(', ')})
    SELECT ${select.join(', ')} FROM ${table} t, generate_series(1, ${copies}) AS k WHERE ${where}`;
  const result = await db.query(sql);
  return result.affectedRows ?? 0;
}

/** A copy's id: a stable UUID from the template's id and the copy number. */
const copyId = (column) => `md5(${column}::text || ':' || k)::uuid`;

/**
 * Step 2 (the app stopped): copies the templates until the office's caseload has `target` cases.
 * Each copy's deadlines move by up to ±36 hours, so the clocks spread out.
 */
export async function copyTemplateCases(dataDir, templateIds, target) {
  const copies = Math.ceil((target - templateIds.length) / templateIds.length);
  const db = await PGlite.create({
    dataDir: join(dataDir, 'pgdata'),
    extensions: { pg_trgm, btree_gin },
  });
  try {
    const ids = `ARRAY[${templateIds.map((id) => `'${id}'::uuid`).join(', ')}]`;
    const shift = `make_interval(mins => ((k * 7919) % 4320) - 2160)`;
    await db.exec('BEGIN');
    await copyRows(
      db,
      'clients',
      `t.id IN (SELECT client_id FROM cases WHERE id = ANY(${ids}))`,
      copies,
      {
        id: copyId('t.id'),
        family_names: `t.family_names || ' ' || k`,
        search_names: `t.search_names || ' ' || k`,
      },
    );
    await copyRows(db, 'cases', `t.id = ANY(${ids})`, copies, {
      id: copyId('t.id'),
      client_id: copyId('t.client_id'),
      reference: `t.reference || '-' || k`,
    });
    await copyRows(db, 'case_members', `t.case_id = ANY(${ids})`, copies, {
      ...((await columns(db, 'case_members')).some((c) => c.column_name === 'id')
        ? { id: copyId('t.id') }
        : {}),
      case_id: copyId('t.case_id'),
    });
    await copyRows(db, 'case_events', `t.case_id = ANY(${ids})`, copies, {
      id: copyId('t.id'),
      case_id: copyId('t.case_id'),
    });
    await copyRows(db, 'case_deadlines', `t.case_id = ANY(${ids})`, copies, {
      id: copyId('t.id'),
      case_id: copyId('t.case_id'),
      event_id: copyId('t.event_id'),
      due_at: `t.due_at + ${shift}`,
      latest_due_at: `t.latest_due_at + ${shift}`,
    });
    await db.exec('COMMIT');
    await db.exec('ANALYZE');
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM cases WHERE organization_id = (SELECT organization_id FROM cases WHERE id = $1)`,
      [templateIds[0]],
    );
    return rows[0].n;
  } finally {
    await db.close();
  }
}
