// Intake of many people at once from a CSV file: check every row first (nothing saved), then take
// in all rows or only the valid ones as one background job that either saves every person, case
// and event of the file or, on any failure, nothing at all. The same file twice is one import.
import { createHash } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import {
  CreateCaseDto,
  CreateCaseEventDto,
  CreateClientDto,
  type IntakeImportMode,
  type IntakeImportResponse,
  type IntakeImportResult,
  type IntakePreviewRow,
  type IntakeProblemResponse,
  type IntakeReportResponse,
} from '@amparo/contracts';
import {
  foldForSearch,
  INTAKE_DELIMITER,
  intakeAllowedValueRows,
  intakeColumnLabel,
  type IntakeLanguage,
  type IntakeOfficeDefaults,
  intakeTemplateRows,
  InvalidInputError,
  readIntakeRow,
  toCsvText,
  type IntakeRow,
} from '@amparo/domain';
import { AuditService } from '../audit/audit.service';
import { TEXT_PROBLEM_MESSAGES, textProblem } from '../common/http/request-input.checks';
import { auditCode, auditDigest } from '../audit/audit-details';
import { CasesService } from '../cases/cases.service';
import { CaseEventsService } from '../cases/case-events.service';
import { ClientsService } from '../cases/clients.service';
import { FieldCipher } from '../crypto/field.cipher';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { JobFailedError } from '../jobs/jobs.errors';
import { JobRunner, type RunningJob } from '../jobs/job-runner';
import { JobsService } from '../jobs/jobs.service';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../organizations/user.entity';
import { parseIntakeCsv } from './intake-csv.parser';

export const INTAKE_JOB = 'intake.csv';

interface IntakeRowToImport {
  readonly row: IntakeRow;
  readonly leadAttorneyId?: string;
}

interface IntakePayload {
  readonly rows: readonly IntakeRowToImport[];
}

/** A message in the language of the file's headers. */
type Say = (en: string, es: string) => string;
const sayIn =
  (language: IntakeLanguage): Say =>
  (en, es) =>
    language === 'es' ? es : en;

interface CheckedFile {
  readonly report: IntakeReportResponse;
  readonly valid: readonly IntakeRowToImport[];
}

/** Which CSV column a DTO property comes from, for messages that point at the sheet. */
const COLUMN_OF: Record<string, string> = {
  givenNames: 'given_names',
  familyNames: 'family_names',
  aliases: 'aliases',
  birthDate: 'birth_date',
  birthDatePrecision: 'birth_date',
  nationalities: 'nationalities',
  languages: 'languages',
  interpreterNeeded: 'interpreter_needed',
  gender: 'gender',
  genderDescription: 'gender',
  'contact.phone': 'phone',
  'contact.location': 'location',
  phone: 'phone',
  location: 'location',
  vulnerabilities: 'vulnerabilities',
  jurisdiction: 'jurisdiction',
  procedure: 'procedure',
  forum: 'forum',
  forumId: 'forum',
  timeZone: 'forum',
  custodyStatus: 'custody_status',
  aNumber: 'a_number',
  expediente: 'expediente',
  source: 'event_source',
  occurredAt: 'event_occurred_at',
  eventType: 'event_type',
};

const REQUIRED_KEYS = ['given_names', 'jurisdiction', 'procedure'] as const;
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';
const REPORT_EVERY = 25;

@Injectable()
export class IntakeService implements OnModuleInit {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly clients: ClientsService,
    private readonly cases: CasesService,
    private readonly events: CaseEventsService,
    private readonly cipher: FieldCipher,
    private readonly jobs: JobsService,
    private readonly runner: JobRunner,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.runner.register<IntakePayload>(INTAKE_JOB, (job) => this.importRows(job));
  }

  /** The template: the header row and three example people who import as they are. */
  template(language: IntakeLanguage): string {
    return toCsvText(intakeTemplateRows(language, Date.now()), INTAKE_DELIMITER[language]);
  }

  /** What each column takes and every value a list column accepts, in both languages. */
  allowedValues(language: IntakeLanguage): string {
    return toCsvText(intakeAllowedValueRows(language), INTAKE_DELIMITER[language]);
  }

  async check(principal: Principal, text: string | undefined): Promise<IntakeReportResponse> {
    return (await this.checkFile(principal, text)).report;
  }

  async startImport(
    principal: Principal,
    text: string | undefined,
    mode: IntakeImportMode,
  ): Promise<IntakeImportResponse> {
    const { report, valid } = await this.checkFile(principal, text);
    if (mode === 'all' && report.invalidRows > 0)
      throw new InvalidInputError(
        'INTAKE_HAS_PROBLEMS',
        `${report.invalidRows} of ${report.rows} rows have problems: fix them, or import only the valid rows`,
        report.problems.map((p) => ({ field: `line ${p.line}: ${p.column}`, ...p })),
      );
    if (valid.length === 0)
      throw new InvalidInputError('INTAKE_NOTHING_VALID', 'No row of the file can be imported');
    const { job, created } = await this.jobs.submit<IntakePayload>(principal, {
      kind: INTAKE_JOB,
      payload: { rows: valid },
      idempotencyKey: `${report.fileHash}:${mode}`,
      total: valid.length,
    });
    return { report, job, created };
  }

  private async checkFile(principal: Principal, text: string | undefined): Promise<CheckedFile> {
    const file = parseIntakeCsv(text);
    const { language } = file;
    const now = Date.now();
    const office = await this.officeDefaults();
    const problems: IntakeProblemResponse[] = [];
    const rows: { row: IntakeRow; ok: boolean }[] = [];
    for (const record of file.records) {
      // Every problem of a row at once: text rules, values, the forms' field rules, the attorney.
      const textProblems = cellTextProblems(record.line, record.cells, language);
      const result = readIntakeRow(record.cells, record.line, now, { language, office });
      const valueProblems = [...textProblems, ...(result.ok ? [] : result.problems)];
      const rowProblems = [
        ...valueProblems,
        // A row that could not be read has empty required values: only its other fields count.
        ...this.fieldProblems(result.row, language).filter(
          (p) =>
            !valueProblems.some((v) => v.column === p.column) &&
            (result.ok ||
              !REQUIRED_KEYS.some((key) => intakeColumnLabel(key, language) === p.column)),
        ),
      ];
      problems.push(...rowProblems);
      rows.push({ row: result.row, ok: rowProblems.length === 0 });
    }

    const attorneys = await this.attorneysByEmail(rows.map(({ row }) => row));
    const valid: IntakeRowToImport[] = [];
    for (const { row, ok } of rows) {
      const lead = this.leadAttorney(principal, row, attorneys, language);
      if ('problem' in lead) problems.push(lead.problem);
      else if (ok) valid.push({ row, leadAttorneyId: lead.id });
    }
    const sameInFile = this.repeatedInFile(
      valid.map(({ row }) => row),
      language,
    );
    problems.push(...sameInFile);
    const invalid = new Set(problems.map((p) => p.line));
    const importable = valid.filter(({ row }) => !invalid.has(row.line));

    problems.sort((a, b) => a.line - b.line);
    const invalidLines = new Set(problems.map((p) => p.line));
    const fileHash = createHash('sha256')
      .update(text ?? '')
      .digest('hex');
    const warnings = await this.alreadyInOffice(
      importable.map(({ row }) => row),
      language,
    );
    await this.auditSearch(fileHash, importable.length, warnings.length);
    return {
      valid: importable,
      report: {
        fileHash,
        delimiter: file.delimiter,
        language,
        rows: file.records.length,
        validRows: importable.length,
        invalidRows: invalidLines.size,
        problems,
        warnings,
        preview: importable.map(({ row }) => preview(row)),
      },
    };
  }

  /** The office's country and zone: a row that leaves them out is read with them. */
  private async officeDefaults(): Promise<IntakeOfficeDefaults> {
    const { manager, organizationId } = this.transactions.current;
    const office = organizationId
      ? await manager.findOneBy(OrganizationEntity, { id: organizationId })
      : null;
    return { jurisdiction: office?.defaultJurisdiction, timeZone: office?.defaultTimeZone };
  }

  /**
   * The forms' own field rules (lengths, control characters), by column, with the column's name in
   * place of the form's field name: a message never names "custodyStatus".
   */
  private fieldProblems(row: IntakeRow, language: IntakeLanguage): IntakeProblemResponse[] {
    const checks: [object, object][] = [
      [CreateClientDto, { ...row.client, acknowledgeDuplicates: true }],
      [CreateCaseDto, { ...row.case, clientId: PLACEHOLDER_ID }],
      ...row.events.map((event): [object, object] => [CreateCaseEventDto, event]),
    ];
    const problems: IntakeProblemResponse[] = [];
    for (const [dto, value] of checks) {
      const instance = plainToInstance(dto as new () => object, value);
      for (const error of flatten(validateSync(instance, { whitelist: true }))) {
        const column = intakeColumnLabel(COLUMN_OF[error.path] ?? error.path, language);
        const field = error.path.split('.').pop() ?? error.path;
        problems.push({
          line: row.line,
          column,
          message: error.message.replace(new RegExp(`\\b${field}\\b`, 'g'), column),
        });
      }
    }
    return problems;
  }

  private async attorneysByEmail(rows: IntakeRow[]): Promise<Map<string, UserEntity>> {
    const emails = [...new Set(rows.map((row) => row.leadAttorneyEmail).filter(Boolean))];
    if (emails.length === 0) return new Map();
    const users = await this.transactions.manager
      .createQueryBuilder(UserEntity, 'u')
      .where('lower(u.email) IN (:...emails)', { emails })
      .getMany();
    return new Map(users.map((user) => [user.email.toLowerCase(), user]));
  }

  private leadAttorney(
    principal: Principal,
    row: IntakeRow,
    attorneys: Map<string, UserEntity>,
    language: IntakeLanguage,
  ): { id?: string } | { problem: IntakeProblemResponse } {
    const email = row.leadAttorneyEmail;
    if (!email) return {};
    const say = sayIn(language);
    const column = intakeColumnLabel('lead_attorney_email', language);
    const problem = (message: string) => ({ problem: { line: row.line, column, message } });
    const user = attorneys.get(email);
    if (!user || user.disabledAt || !user.roles.includes('attorney'))
      return problem(
        say(
          `${email} is not an active attorney of your office`,
          `${email} no es un abogado o abogada activa de su oficina`,
        ),
      );
    // An attorney who takes people in leads their cases: naming another would lock them out.
    if (!principal.roles.includes('paralegal') && user.id !== principal.userId)
      return problem(
        say(
          `an attorney’s intake makes them the lead attorney: leave ${column} empty, or ask a supervisor to reassign the case afterwards`,
          `quien ingresa como abogado o abogada queda a cargo del caso: deje ${column} vacío, o pida a una supervisora que reasigne el caso después`,
        ),
      );
    return { id: user.id };
  }

  private repeatedInFile(rows: IntakeRow[], language: IntakeLanguage): IntakeProblemResponse[] {
    const say = sayIn(language);
    const seen = new Map<string, number>();
    const problems: IntakeProblemResponse[] = [];
    for (const row of rows) {
      const keys = [
        row.case.aNumber ? `a:${row.case.aNumber.replace(/[\s-]/g, '').toUpperCase()}` : '',
        row.client.birthDate
          ? `p:${foldForSearch(`${row.client.givenNames} ${row.client.familyNames ?? ''}`)}:${row.client.birthDate}`
          : '',
      ].filter(Boolean);
      const first = keys.map((key) => seen.get(key)).find((line) => line !== undefined);
      if (first !== undefined)
        problems.push({
          line: row.line,
          column: intakeColumnLabel(
            keys[0]?.startsWith('a:') ? 'a_number' : 'given_names',
            language,
          ),
          message: say(
            `the same person as line ${first}: keep one row per person`,
            `la misma persona que la línea ${first}: deje una fila por persona`,
          ),
        });
      else for (const key of keys) seen.set(key, row.line);
    }
    return problems;
  }

  /**
   * Checking a file searches the office for its people: audited, the file (hence its terms) named
   * only by a keyed hash of its SHA-256, which proves which file it was without holding a name.
   */
  private async auditSearch(fileHash: string, rows: number, matches: number): Promise<void> {
    const organizationId = this.transactions.current.organizationId ?? '';
    await this.audit.record({
      action: 'record.searched',
      recordType: 'client',
      details: {
        purpose: auditCode('intake_check'),
        terms: auditDigest(this.cipher.blindIndex(organizationId, 'audit-search', fileHash)),
        rows,
        matches,
      },
    });
  }

  /** People the office may already have: warnings to review, not errors. */
  private async alreadyInOffice(
    rows: IntakeRow[],
    language: IntakeLanguage,
  ): Promise<IntakeProblemResponse[]> {
    const say = sayIn(language);
    const { manager, organizationId } = this.transactions.current;
    if (!organizationId || rows.length === 0) return [];
    const warnings: IntakeProblemResponse[] = [];
    const births = [...new Set(rows.map((row) => row.client.birthDate).filter(Boolean))];
    const byNameAndBirth = new Set<string>();
    if (births.length > 0) {
      const existing: { name: string; birth: string }[] = await manager.query(
        `SELECT split_part(search_names, ' | ', 1) AS name, to_char(birth_date, 'YYYY-MM-DD') AS birth
           FROM clients WHERE birth_date = ANY($1::date[])`,
        [births],
      );
      for (const { name, birth } of existing) byNameAndBirth.add(`${name}:${birth}`);
    }
    const indexes = new Map<string, IntakeRow>();
    for (const row of rows)
      if (row.case.aNumber)
        for (const index of this.cipher.blindIndexCandidates(
          organizationId,
          'a-number',
          row.case.aNumber,
        ))
          indexes.set(index, row);
    const knownIndexes = new Set<string>();
    if (indexes.size > 0) {
      const found: { index: string }[] = await manager.query(
        `SELECT DISTINCT a_number_index AS index FROM cases WHERE a_number_index = ANY($1)`,
        [[...indexes.keys()]],
      );
      for (const { index } of found) knownIndexes.add(index);
    }
    for (const row of rows) {
      const name = foldForSearch(`${row.client.givenNames} ${row.client.familyNames ?? ''}`);
      if (row.client.birthDate && byNameAndBirth.has(`${name}:${row.client.birthDate}`))
        warnings.push({
          line: row.line,
          column: intakeColumnLabel('given_names', language),
          message: say(
            'someone with this name and birth date is already in your office',
            'alguien con este nombre y fecha de nacimiento ya está en su oficina',
          ),
        });
      const aNumberKnown = [...indexes.entries()].some(
        ([index, owner]) => owner === row && knownIndexes.has(index),
      );
      if (aNumberKnown)
        warnings.push({
          line: row.line,
          column: intakeColumnLabel('a_number', language),
          message: say(
            'a case of your office already has this A-number',
            'un caso de su oficina ya tiene este número A',
          ),
        });
    }
    return warnings;
  }

  /**
   * The job: every row in one transaction, so the file is taken in whole or not at all, and once
   * (`job.once`): an attempt after one that committed (and was stopped before saying so) takes in
   * nobody again.
   */
  private async importRows(job: RunningJob<IntakePayload>): Promise<IntakeImportResult> {
    const principal = await this.principalOf(job);
    const total = job.payload.rows.length;
    job.report(0, total);
    return job.once(async () => {
      const ids: string[] = [];
      for (const [index, { row, leadAttorneyId }] of job.payload.rows.entries()) {
        const client = await this.clients.create(principal, {
          ...row.client,
          acknowledgeDuplicates: true,
        } as CreateClientDto);
        const opened = await this.cases.open(principal, {
          ...row.case,
          clientId: client.id,
          leadAttorneyId,
        } as CreateCaseDto);
        for (const event of row.events)
          await this.events.record(principal, opened.id, event as CreateCaseEventDto);
        ids.push(opened.id);
        if ((index + 1) % REPORT_EVERY === 0) job.report(index + 1, total);
      }
      return { imported: ids.length, caseIds: ids };
    });
  }

  /** The member who started the import, as they are now (a disabled account imports nothing). */
  private async principalOf(job: RunningJob<IntakePayload>): Promise<Principal> {
    const user = job.actorId
      ? await this.transactions.run(job.organizationId, ({ manager }) =>
          manager.findOne(UserEntity, { where: { id: job.actorId ?? undefined } }),
        )
      : null;
    if (!user || user.disabledAt || !user.roles.some((r) => r === 'paralegal' || r === 'attorney'))
      throw new JobFailedError(
        'INTAKE_ACTOR_INACTIVE',
        'The member who started this import can no longer take people in; start it again from an active account',
      );
    return {
      userId: user.id,
      organizationId: user.organizationId,
      sessionId: `job:${job.id}`,
      email: user.email,
      name: user.name,
      roles: user.roles,
      mfaEnabled: Boolean(user.totpEnabledAt),
      mfaEnrolmentRequired: false,
      sessionExpiresAt: new Date(Date.now() + 60 * 60_000),
      via: 'bearer',
    };
  }
}

function preview(row: IntakeRow): IntakePreviewRow {
  return {
    line: row.line,
    name: [row.client.givenNames, row.client.familyNames].filter(Boolean).join(' '),
    jurisdiction: row.case.jurisdiction,
    procedure: row.case.procedure,
    events: row.events.map(({ eventType, occurredAt }) => ({ eventType, occurredAt })),
  };
}

function flatten(errors: ValidationError[], prefix = ''): { path: string; message: string }[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    return [
      ...Object.values(error.constraints ?? {}).map((message) => ({ path, message })),
      ...flatten(error.children ?? [], path),
    ];
  });
}

/**
 * Cells with text no field of ours takes (control characters, bidirectional overrides), by the
 * rules every JSON request is held to: a file is not a way around them.
 */
function cellTextProblems(
  line: number,
  cells: Readonly<Record<string, string>>,
  language: IntakeLanguage,
): IntakeProblemResponse[] {
  return Object.entries(cells).flatMap(([key, text]) => {
    const problem = textProblem(text);
    const column = intakeColumnLabel(key, language);
    return problem
      ? [{ line, column, message: `${column} ${TEXT_PROBLEM_MESSAGES[problem]}` }]
      : [];
  });
}
