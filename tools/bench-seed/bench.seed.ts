// The benchmark data set (npm run seed:bench -- --orgs 100 --cases 1000000): fictional offices,
// their staff, people with names and aliases in several scripts, cases across the shipped
// jurisdictions, events whose deadlines come from the real deadline engine, team assignments,
// derivative family members and risk screenings scored by the real rules. Sealed fields are
// sealed exactly as the application seals them, with the configured master key, so the API reads
// them. Rows go in as multi-row INSERT ... SELECT FROM unnest(...) batches inside each office's
// tenant scope (row-level security stays on). It writes no audit entries: it is not a history.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Pool, type PoolClient } from 'pg';
import { VULNERABILITIES } from '@amparo/contracts';
import {
  type ComputedDeadline,
  DeadlineEngine,
  HolidayCalendarProvider,
  type RiskScore,
  SCREENING_QUESTION_IDS as Q,
  type ScreeningAnswers,
  scoreRiskWithProfiles,
  searchableNames,
  shippedRulePacks,
} from '@amparo/domain';
import type { AppConfig } from '../../apps/api/src/app/config/app.config';
import { FieldCipher } from '../../apps/api/src/app/crypto/field.cipher';
import { loadKeyring } from '../../apps/api/src/app/crypto/keyring.loader';
import type { DatabaseEndpoints } from '../../apps/api/src/app/database/database-endpoints';
import { migrateUp } from '../../apps/api/src/app/database/migrator';
import { hashPassword } from '../../apps/api/src/app/identity/password.hasher';
import {
  CASE_A_NUMBER,
  CLIENT_CONTACT,
  CLIENT_GENDER,
  CLIENT_VULNERABILITIES,
  EVENT_NOTE,
} from '../../apps/api/src/app/cases/sealed-columns';
import { sealJson } from '../../apps/api/src/app/crypto/sealed-json.codec';
import { removalHoursAnswer } from '../../apps/api/src/app/risk/removal-clock';
import {
  RISK_ANSWERS,
  RISK_EVIDENCE,
  RISK_FINDINGS,
} from '../../apps/api/src/app/risk/risk-sealed-columns';
import { FORUM_LANGUAGES, FORUMS, ORIGINS, ORIGINS_BY_FORUM, OUTCOMES } from './bench-people';
import { insertRows, type Table } from './bulk-insert';

/** Every bench user signs in with this password (the data is fictional). */
export const BENCH_PASSWORD = 'amparo-bench-password';
export const BENCH_STAFF = { admin: 1, supervisor: 2, attorney: 8, paralegal: 8 } as const;
const CHUNK = 2000;
const IN_FLIGHT = 3;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Offices by the country they work in, as weights. */
const HOME_FORUMS: ReadonlyArray<readonly [string, number]> = [
  ['PE', 25],
  ['US', 30],
  ['MX', 20],
  ['DO', 8],
  ['PA', 8],
  ['CR', 9],
];
const STAGES: ReadonlyArray<readonly [Stage, number]> = [
  ['intake', 15],
  ['active', 45],
  ['decision', 12],
  ['appeal', 10],
  ['closed', 18],
];
type Stage = 'intake' | 'active' | 'decision' | 'appeal' | 'closed';

export function benchSlug(index: number): string {
  return `bench-${String(index).padStart(3, '0')}`;
}
export function benchEmail(role: keyof typeof BENCH_STAFF, n: number, office: number): string {
  return `${role}${n}@${benchSlug(office)}.example`;
}

export async function seedBenchCommand(
  endpoints: DatabaseEndpoints,
  args: string[],
  config: AppConfig,
): Promise<string> {
  const { values } = parseArgs({
    args,
    options: { orgs: { type: 'string' }, cases: { type: 'string' } },
  });
  const orgs = Number(values.orgs ?? 100);
  const cases = Number(values.cases ?? 1_000_000);
  if (!Number.isInteger(orgs) || orgs < 1 || orgs > 999)
    throw new Error('--orgs takes a whole number from 1 to 999');
  if (!Number.isInteger(cases) || cases < orgs || cases > 50_000_000)
    throw new Error('--cases takes a whole number, at least --orgs and at most 50,000,000');
  if (endpoints.kind !== 'server')
    throw new Error(
      'seed:bench fills a PostgreSQL server: set DATABASE_URL (and AMPARO_MASTER_KEY)',
    );

  await migrateUp(endpoints);
  const cipher = new FieldCipher(loadKeyring(config).keyring);
  const pool = new Pool({ ...endpoints.owner, max: IN_FLIGHT });
  const started = Date.now();
  try {
    const generator = new BenchGenerator(cipher, Date.now());
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const offices: Office[] = [];
    for (let index = 1; index <= orgs; index += 1) {
      const office = generator.office(index, passwordHash);
      await inTenant(pool, office.id, async (db) => {
        await insertRows(db, ORGANIZATIONS, [office.row]);
        await insertRows(db, USERS, office.users);
      });
      offices.push(office);
    }
    log(`${orgs} offices with ${orgs * staffCount()} staff in ${seconds(started)}`);

    // Chunks of one office's cases, a few in flight: Node generates while PostgreSQL writes.
    const chunks: { office: Office; from: number; count: number }[] = [];
    offices.forEach((office, i) => {
      const share = Math.floor(cases / orgs) + (i < cases % orgs ? 1 : 0);
      for (let from = 0; from < share; from += CHUNK)
        chunks.push({ office, from, count: Math.min(CHUNK, share - from) });
    });
    const totals = { cases: 0, clients: 0, events: 0, deadlines: 0, risk: 0 };
    let next = 0;
    let lastLog = Date.now();
    const worker = async () => {
      while (next < chunks.length) {
        const { office, from, count } = chunks[next++];
        const batch = generator.cases(office, from, count);
        await inTenant(pool, office.id, async (db) => {
          await insertRows(db, CLIENTS, batch.clients);
          await insertRows(db, CASES, batch.cases);
          await insertRows(db, CASE_MEMBERS, batch.members);
          await insertRows(db, CASE_DERIVATIVES, batch.derivatives);
          await insertRows(db, CASE_EVENTS, batch.events);
          await insertRows(db, CASE_DEADLINES, batch.deadlines);
          await insertRows(db, RISK_ASSESSMENTS, batch.risks);
        });
        totals.cases += batch.cases.length;
        totals.clients += batch.clients.length;
        totals.events += batch.events.length;
        totals.deadlines += batch.deadlines.length;
        totals.risk += batch.risks.length;
        if (Date.now() - lastLog > 10_000 || totals.cases === cases) {
          lastLog = Date.now();
          const rate = totals.cases / ((Date.now() - started) / 1000);
          log(
            `${totals.cases.toLocaleString('en')} / ${cases.toLocaleString('en')} cases (${((100 * totals.cases) / cases).toFixed(1)} %), ` +
              `${seconds(started)}, ${Math.round(rate)} cases/s, about ${Math.round((cases - totals.cases) / rate)} s to go`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    // VACUUM as well as ANALYZE: the next-deadline triggers rewrite every case once its
    // deadlines go in, and until the visibility map is set an index-only scan of the caseload
    // reads the heap for each row (the first figures on a fresh seed were three times slower).
    const vacuuming = Date.now();
    await pool.query(
      `VACUUM (ANALYZE) organizations, users, clients, client_search_terms, cases, case_members, case_derivatives, case_events, case_deadlines, risk_assessments`,
    );
    log(`VACUUM (ANALYZE) in ${seconds(vacuuming)}`);
    return (
      `Bench data: ${orgs} offices, ${totals.cases.toLocaleString('en')} cases, ${totals.clients.toLocaleString('en')} people, ` +
      `${totals.events.toLocaleString('en')} events, ${totals.deadlines.toLocaleString('en')} deadlines, ` +
      `${totals.risk.toLocaleString('en')} risk assessments in ${seconds(started)}. ` +
      `Sign in as ${benchEmail('supervisor', 1, 1)} (or attorney1..${BENCH_STAFF.attorney}) with the password ${BENCH_PASSWORD}.`
    );
  } catch (error) {
    if ((error as { code?: string }).code === '23505')
      throw new Error('bench offices are already in this database: seed an empty one');
    throw error;
  } finally {
    await pool.end();
  }
}

const staffCount = () => Object.values(BENCH_STAFF).reduce((a, b) => a + b, 0);
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const log = (line: string) => process.stdout.write(`seed:bench ${line}\n`);

async function inTenant(
  pool: Pool,
  organizationId: string,
  work: (db: PoolClient) => Promise<void>,
): Promise<void> {
  const db = await pool.connect();
  try {
    await db.query('BEGIN');
    await db.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
    await work(db);
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    db.release();
  }
}

// ---- Tables, as written (column and SQL type).
const ORGANIZATIONS: Table = {
  name: 'organizations',
  columns: [
    ['id', 'uuid'],
    ['name', 'text'],
    ['slug', 'text'],
    ['case_visibility', 'text'],
  ],
};
const USERS: Table = {
  name: 'users',
  columns: [
    ['id', 'uuid'],
    ['organization_id', 'uuid'],
    ['email', 'text'],
    ['name', 'text'],
    ['roles', 'text[]'],
    ['password_hash', 'text'],
  ],
};
const CLIENTS: Table = {
  name: 'clients',
  columns: [
    ['id', 'uuid'],
    ['organization_id', 'uuid'],
    ['given_names', 'text'],
    ['family_names', 'text'],
    ['aliases', 'text[]'],
    ['search_names', 'text'],
    ['birth_date', 'date'],
    ['birth_date_precision', 'text'],
    ['nationalities', 'text[]'],
    ['languages', 'text[]'],
    ['interpreter_needed', 'boolean'],
    ['gender_sealed', 'text'],
    ['contact_sealed', 'text'],
    ['vulnerabilities_sealed', 'text'],
    ['created_by', 'uuid'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
};
const CASES: Table = {
  name: 'cases',
  columns: [
    ['id', 'uuid'],
    ['organization_id', 'uuid'],
    ['client_id', 'uuid'],
    ['reference', 'text'],
    ['jurisdiction', 'text'],
    ['procedure', 'text'],
    ['forum', 'text'],
    ['time_zone', 'text'],
    ['a_number_sealed', 'text'],
    ['a_number_index', 'text'],
    ['expediente', 'text'],
    ['custody_status', 'text'],
    ['stage', 'text'],
    ['outcome', 'text'],
    ['priority', 'text'],
    ['lead_attorney_id', 'uuid'],
    ['archived_at', 'timestamptz'],
    ['created_by', 'uuid'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
};
const CASE_MEMBERS: Table = {
  name: 'case_members',
  columns: [
    ['organization_id', 'uuid'],
    ['case_id', 'uuid'],
    ['user_id', 'uuid'],
    ['assigned_at', 'timestamptz'],
  ],
};
const CASE_DERIVATIVES: Table = {
  name: 'case_derivatives',
  columns: [
    ['organization_id', 'uuid'],
    ['case_id', 'uuid'],
    ['client_id', 'uuid'],
    ['relationship', 'text'],
  ],
};
const CASE_EVENTS: Table = {
  name: 'case_events',
  columns: [
    ['id', 'uuid'],
    ['organization_id', 'uuid'],
    ['case_id', 'uuid'],
    ['event_type', 'text'],
    ['occurred_at', 'timestamptz'],
    ['time_zone', 'text'],
    ['source', 'text'],
    ['note_sealed', 'text'],
    ['created_by', 'uuid'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
};
const CASE_DEADLINES: Table = {
  name: 'case_deadlines',
  columns: [
    ['organization_id', 'uuid'],
    ['case_id', 'uuid'],
    ['event_id', 'uuid'],
    ['rule_id', 'text'],
    ['pack_version', 'text'],
    ['kind', 'text'],
    ['title', 'jsonb'],
    ['due_at', 'timestamptz'],
    ['latest_due_at', 'timestamptz'],
    ['time_zone', 'text'],
    ['basis', 'jsonb'],
    ['citation', 'text'],
    ['status_of_rule', 'text'],
    ['urgent', 'boolean'],
    ['completion_records', 'text'],
    ['status', 'text'],
    ['waived_reason', 'text'],
    ['waived_by', 'uuid'],
    ['waived_at', 'timestamptz'],
    ['completed_by', 'uuid'],
    ['completed_at', 'timestamptz'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
};
const RISK_ASSESSMENTS: Table = {
  name: 'risk_assessments',
  columns: [
    ['id', 'uuid'],
    ['organization_id', 'uuid'],
    ['case_id', 'uuid'],
    ['client_id', 'uuid'],
    ['destination_country', 'text'],
    ['instrument_version', 'text'],
    ['rules_version', 'text'],
    ['version', 'integer'],
    ['answers_sealed', 'text'],
    ['hours_until_removal', 'float8'],
    ['evidence_sealed', 'text'],
    ['level', 'text'],
    ['findings_sealed', 'text'],
    ['urgent', 'boolean'],
    ['created_by', 'uuid'],
    ['created_at', 'timestamptz'],
    ['signed_off_by', 'uuid'],
    ['signed_off_at', 'timestamptz'],
  ],
};

type Row = unknown[];
interface Office {
  index: number;
  id: string;
  home: string;
  row: Row;
  users: Row[];
  attorneys: string[];
  paralegals: string[];
  supervisors: string[];
}
interface Batch {
  clients: Row[];
  cases: Row[];
  members: Row[];
  derivatives: Row[];
  events: Row[];
  deadlines: Row[];
  risks: Row[];
}
interface Trigger {
  eventType: string;
  /** What the event usually comes from, for the timeline's "source". */
  source: string;
}
interface Procedure {
  jurisdiction: string;
  id: string;
  timeZone: string;
  triggers: Trigger[];
}

/** Deterministic: the same arguments give the same people and cases (ids and keys aside). */
class BenchGenerator {
  private readonly engine = new DeadlineEngine({ calendars: new HolidayCalendarProvider([]) });
  private readonly procedures = new Map<string, Procedure[]>();
  private readonly scores = new Map<string, RiskScore>();

  constructor(
    private readonly cipher: FieldCipher,
    private readonly now: number,
  ) {
    // The events that start at least one deadline, per procedure, found by asking the engine.
    const probe = new Date(now - 30 * DAY).toISOString();
    for (const pack of shippedRulePacks().all()) {
      const list: Procedure[] = [];
      for (const procedure of pack.procedures) {
        const triggers = pack.eventTypes
          .filter(
            (event) =>
              this.engine.compute({
                jurisdiction: pack.jurisdiction,
                procedure: procedure.id,
                eventType: event.id,
                occurredAt: probe,
                timeZone: pack.defaultTimeZone,
              }).length > 0,
          )
          .map((event) => ({ eventType: event.id, source: event.label.es }));
        if (triggers.length > 0)
          list.push({
            jurisdiction: pack.jurisdiction,
            id: procedure.id,
            timeZone: pack.defaultTimeZone,
            triggers,
          });
      }
      this.procedures.set(pack.jurisdiction, list);
    }
  }

  office(index: number, passwordHash: string): Office {
    const random = rng(index * 7919);
    const id = randomUUID();
    const home = weighted(random, HOME_FORUMS);
    const users: Row[] = [];
    const staff: Record<string, string[]> = {
      admin: [],
      supervisor: [],
      attorney: [],
      paralegal: [],
    };
    const names = ORIGINS['VE'];
    for (const [role, count] of Object.entries(BENCH_STAFF)) {
      for (let n = 1; n <= count; n += 1) {
        const userId = randomUUID();
        staff[role].push(userId);
        users.push([
          userId,
          id,
          benchEmail(role as keyof typeof BENCH_STAFF, n, index),
          `${pick(random, names.given)} ${pick(random, names.family)} (bench)`,
          pgArray([role]),
          passwordHash,
        ]);
      }
    }
    return {
      index,
      id,
      home,
      row: [
        id,
        `Oficina de prueba ${index} (${home}, ficticia)`,
        benchSlug(index),
        index % 5 === 0 ? 'organization' : 'assigned',
      ],
      users,
      attorneys: staff['attorney'],
      paralegals: staff['paralegal'],
      supervisors: staff['supervisor'],
    };
  }

  cases(office: Office, from: number, count: number): Batch {
    const random = rng(office.index * 1_000_003 + from + 1);
    const batch: Batch = {
      clients: [],
      cases: [],
      members: [],
      derivatives: [],
      events: [],
      deadlines: [],
      risks: [],
    };
    const o = office.id;
    for (let i = from; i < from + count; i += 1) {
      const jurisdiction = random() < 0.9 ? office.home : weighted(random, HOME_FORUMS);
      const procedures = this.procedures.get(jurisdiction) ?? [];
      const procedure = pick(random, procedures);
      const origin = ORIGINS[weighted(random, ORIGINS_BY_FORUM[jurisdiction])];
      const stage = weighted(random, STAGES);
      const lead = random() < 0.92 ? pick(random, office.attorneys) : null;
      const opener = lead ?? pick(random, office.paralegals);
      const openedAt =
        this.now - (stage === 'closed' ? 200 + random() * 900 : random() * 700) * DAY;
      const iso = (ms: number) => new Date(ms).toISOString();

      // The person.
      const clientId = randomUUID();
      const given = pick(random, origin.given);
      const family = pick(random, origin.family);
      const aliases =
        origin.alias && random() < 0.8
          ? [origin.alias(given, family, (xs) => pick(random, xs))].filter(
              (alias) => alias !== `${given} ${family}`,
            )
          : [];
      const languages = [...origin.languages];
      const contact =
        random() < 0.7
          ? JSON.stringify({
              phone: `+${jurisdiction === 'US' ? '1' : '51'} ${900 + Math.floor(random() * 99)} ${100 + Math.floor(random() * 899)} ${100 + Math.floor(random() * 899)}`,
              location:
                stage !== 'closed' && random() < 0.3
                  ? pick(random, FORUMS[jurisdiction])
                  : undefined,
            })
          : null;
      batch.clients.push(
        this.client(
          o,
          clientId,
          given,
          family,
          aliases,
          origin.nationality,
          languages,
          jurisdiction,
          contact,
          random,
          opener,
          openedAt,
        ),
      );

      // The case.
      const caseId = randomUUID();
      const aNumber =
        jurisdiction === 'US' ? `A${200_000_000 + Math.floor(random() * 99_999_999)}` : null;
      const custody =
        procedure.id === 'pasee-expulsion' || procedure.id === 'expedited-removal'
          ? random() < 0.6
            ? 'detained'
            : 'released'
          : weighted(random, [
              ['detained', 20],
              ['released', 20],
              ['at_liberty', 50],
              ['unknown', 10],
            ] as const);
      batch.cases.push([
        caseId,
        o,
        clientId,
        `${jurisdiction}-${new Date(openedAt).getUTCFullYear()}-${String(i + 1).padStart(6, '0')}`,
        jurisdiction,
        procedure.id,
        random() < 0.8 ? pick(random, FORUMS[jurisdiction]) : null,
        procedure.timeZone,
        aNumber ? this.cipher.encrypt(o, CASE_A_NUMBER.name, aNumber, { rowId: caseId }) : null,
        aNumber ? this.cipher.blindIndex(o, 'a-number', aNumber) : null,
        jurisdiction !== 'US' && random() < 0.6
          ? `EXP-${new Date(openedAt).getUTCFullYear()}-${String(Math.floor(random() * 99999)).padStart(5, '0')}`
          : null,
        custody,
        stage,
        stage === 'closed' ? pick(random, OUTCOMES) : null,
        weighted(random, [
          ['normal', 75],
          ['high', 20],
          ['urgent', 5],
        ] as const),
        lead,
        stage === 'closed' && random() < 0.2 ? iso(this.now - random() * 100 * DAY) : null,
        opener,
        iso(openedAt),
        iso(openedAt + random() * (this.now - openedAt)),
      ]);
      if (random() < 0.75)
        batch.members.push([o, caseId, pick(random, office.paralegals), iso(openedAt)]);
      if (random() < 0.12) {
        const derivativeId = randomUUID();
        const relationship = weighted(random, [
          ['child', 55],
          ['spouse', 35],
          ['parent', 5],
          ['sibling', 5],
        ] as const);
        batch.clients.push(
          this.client(
            o,
            derivativeId,
            pick(random, origin.given),
            family,
            [],
            origin.nationality,
            languages,
            jurisdiction,
            null,
            random,
            opener,
            openedAt,
          ),
        );
        batch.derivatives.push([o, caseId, derivativeId, relationship]);
      }

      // Events and the deadlines the engine computes from them.
      const eventCount = stage === 'intake' ? 1 : 1 + Math.floor(random() * 3);
      const recent = stage !== 'closed' && random() < 0.6;
      const used = new Set<string>();
      for (let e = 0; e < eventCount; e += 1) {
        const trigger = pick(random, procedure.triggers);
        if (used.has(trigger.eventType)) continue;
        used.add(trigger.eventType);
        const pasee =
          trigger.eventType === 'police-retention' && stage !== 'closed' && random() < 0.08;
        const occurred =
          Math.floor(
            pasee
              ? this.now - random() * 60 * HOUR
              : recent
                ? this.now - random() * 90 * DAY
                : openedAt + random() * (this.now - openedAt),
          ) -
          Math.floor(random() * 60) * 60_000;
        const eventId = randomUUID();
        batch.events.push([
          eventId,
          o,
          caseId,
          trigger.eventType,
          iso(occurred),
          procedure.timeZone,
          trigger.source,
          random() < 0.15
            ? this.cipher.encrypt(o, EVENT_NOTE.name, 'Nota de la entrevista (bench, ficticia)', {
                rowId: eventId,
              })
            : null,
          opener,
          iso(occurred + HOUR),
          iso(occurred + HOUR),
        ]);
        const computed = this.engine.compute({
          jurisdiction,
          procedure: procedure.id,
          eventType: trigger.eventType,
          occurredAt: iso(occurred),
          timeZone: procedure.timeZone,
        });
        for (const deadline of computed)
          batch.deadlines.push(
            this.deadline(o, caseId, eventId, deadline, stage, lead, office, occurred, random),
          );
      }

      // Some screenings (more where removal is summary), a few with a second version.
      const summary = procedure.id === 'pasee-expulsion' || procedure.id === 'expedited-removal';
      if (stage !== 'closed' && random() < (summary ? 0.35 : 0.1)) {
        const versions = random() < 0.2 ? 2 : 1;
        for (let v = 1; v <= versions; v += 1)
          batch.risks.push(
            this.assessment(
              o,
              caseId,
              clientId,
              origin.nationality,
              jurisdiction,
              procedure.id,
              v,
              lead ?? opener,
              openedAt,
              random,
            ),
          );
      }
    }
    return batch;
  }

  private client(
    o: string,
    id: string,
    given: string,
    family: string,
    aliases: string[],
    nationality: string,
    languages: string[],
    jurisdiction: string,
    contact: string | null,
    random: () => number,
    createdBy: string,
    createdAt: number,
  ): Row {
    const age = 1 + Math.floor(random() * 70);
    const born = new Date(this.now - (age * 365.25 + random() * 365) * DAY)
      .toISOString()
      .slice(0, 10);
    const precision = weighted(random, [
      ['day', 70],
      ['year', 20],
      ['unknown', 10],
    ] as const);
    const vulnerabilities = random() < 0.3 ? [pick(random, VULNERABILITIES)] : [];
    return [
      id,
      o,
      given,
      family,
      pgArray(aliases),
      searchableNames(given, family, aliases),
      precision === 'unknown' ? null : precision === 'year' ? `${born.slice(0, 4)}-01-01` : born,
      precision,
      pgArray([nationality]),
      pgArray(languages),
      !languages.some((l) => FORUM_LANGUAGES[jurisdiction].includes(l)),
      sealJson(
        this.cipher,
        CLIENT_GENDER,
        o,
        id,
        pick(random, ['female', 'male', 'female', 'male', 'non-binary']),
      ),
      contact ? this.cipher.encrypt(o, CLIENT_CONTACT.name, contact, { rowId: id }) : null,
      sealJson(this.cipher, CLIENT_VULNERABILITIES, o, id, vulnerabilities),
      createdBy,
      new Date(createdAt).toISOString(),
      new Date(createdAt).toISOString(),
    ];
  }

  private deadline(
    o: string,
    caseId: string,
    eventId: string,
    d: ComputedDeadline,
    stage: Stage,
    lead: string | null,
    office: Office,
    occurred: number,
    random: () => number,
  ): Row {
    const due = d.dueAt ?? d.latestDueAt;
    const dueMs = due ? Date.parse(due) : undefined;
    let status = 'open';
    let waived: [string, string, string] | [null, null, null] = [null, null, null];
    let completed: [string | null, string | null] = [null, null];
    if (dueMs !== undefined && dueMs < this.now) {
      if (random() < 0.9) {
        status = 'met';
        completed = [lead, new Date(Math.max(occurred, dueMs - random() * 2 * DAY)).toISOString()];
      } else status = 'missed';
    } else if (stage === 'closed') {
      status = 'waived';
      waived = [
        'Caso cerrado (bench)',
        pick(random, office.supervisors),
        new Date(this.now - random() * 30 * DAY).toISOString(),
      ];
    }
    const created = new Date(occurred + HOUR).toISOString();
    return [
      o,
      caseId,
      eventId,
      d.ruleId,
      d.packVersion,
      d.kind,
      JSON.stringify(d.title),
      d.dueAt ?? null,
      d.latestDueAt ?? null,
      d.timeZone,
      JSON.stringify(d.basis),
      d.citation,
      d.status,
      d.urgent,
      d.completionRecords ?? null,
      status,
      ...waived,
      ...completed,
      created,
      created,
    ];
  }

  private assessment(
    o: string,
    caseId: string,
    clientId: string,
    nationality: string,
    forum: string,
    procedure: string,
    version: number,
    author: string,
    openedAt: number,
    random: () => number,
  ): Row {
    const severity = Math.floor(random() * 4);
    const removal =
      procedure === 'pasee-expulsion'
        ? 'pasee'
        : procedure === 'expedited-removal'
          ? 'expedited-removal'
          : 'ordinary';
    const answers: ScreeningAnswers = {
      [Q.nationality]: nationality,
      [Q.destinationCountry]: nationality,
      [Q.forumCountry]: forum,
      [Q.harmOrThreats]: severity > 0,
      ...(severity > 0 && {
        [Q.harmTypes]: severity > 1 ? ['extortion', 'death-threat'] : ['extortion'],
        [Q.actors]: ['gang-or-organized-crime'],
      }),
      ...(severity > 1 && { [Q.threatPersists]: true }),
      ...(severity > 2 && {
        [Q.stateProtection]: 'unavailable-or-ineffective',
        [Q.internalFlight]: 'no-safe-alternative',
        [Q.lifeRisk]: true,
      }),
      [Q.removalProcedure]: removal,
    };
    const key = `${nationality}|${forum}|${removal}|${severity}`;
    let score = this.scores.get(key);
    if (!score) {
      score = scoreRiskWithProfiles(answers);
      this.scores.set(key, score);
    }
    const id = randomUUID();
    const created = openedAt + (version * (this.now - openedAt)) / 3;
    const signed = random() < 0.6;
    return [
      id,
      o,
      caseId,
      clientId,
      score.destination,
      score.instrumentVersion,
      score.rulesVersion,
      version,
      sealJson(this.cipher, RISK_ANSWERS, o, id, answers),
      removalHoursAnswer(answers),
      random() < 0.4
        ? this.cipher.encrypt(
            o,
            RISK_EVIDENCE.name,
            JSON.stringify({
              texts: {},
              notes: 'Relato tomado en la entrevista (bench, ficticio)',
            }),
            { rowId: id },
          )
        : null,
      score.level,
      sealJson(this.cipher, RISK_FINDINGS, o, id, {
        reasons: score.reasons,
        pathways: score.pathways,
        urgency: score.urgency,
        advisories: score.advisories,
      }),
      score.urgency.urgent,
      author,
      new Date(created).toISOString(),
      signed ? author : null,
      signed ? new Date(created + DAY).toISOString() : null,
    ];
  }
}

/** xorshift32: small, fast and repeatable. */
function rng(seed: number): () => number {
  let state = (seed ^ 0x2545f491) >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}
function pick<T>(random: () => number, xs: readonly T[]): T {
  return xs[Math.floor(random() * xs.length)];
}
function weighted<T>(random: () => number, entries: ReadonlyArray<readonly [T, number]>): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let roll = random() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1][0];
}
/** A PostgreSQL array literal of strings. */
function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
