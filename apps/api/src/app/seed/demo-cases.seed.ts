// Opens the Lima demo office's caseload (demo-cases.ts) the way its staff would: each step is the
// service behind the API route, called as the demo attorney or paralegal, with the request's DTO
// checked as the validation pipe checks it, in one tenant transaction. Sealed fields, deadlines
// from the rule packs, audit entries naming who acted, and row-level security are those of real
// work. Tijuana gets no cases: its staff try intake from an empty office.
import type { INestApplicationContext } from '@nestjs/common';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { EntityManager } from 'typeorm';
import {
  CaseFilingDetailsDto,
  CaseFilingFactsDto,
  CreateCaseDto,
  CreateCaseEventDto,
  CreateCaseNoteDto,
  CreateClientDto,
  CreateRiskAssessmentDto,
  UpdateCaseDto,
} from '@amparo/contracts';
import { AuditRequestContext } from '../audit/audit-request.context';
import { CaseEntity } from '../cases/case.entity';
import { CaseEventsService } from '../cases/case-events.service';
import { CaseNotesService } from '../cases/case-notes.service';
import { CasesService } from '../cases/cases.service';
import { ClientsService } from '../cases/clients.service';
import { TenantTransactions } from '../database/tenant-transactions';
import { CaseFilingDetailsService } from '../filings/case-filing-details.service';
import { CaseFilingFactsService } from '../filings/case-filing-facts.service';
import type { Principal } from '../identity/principal';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../organizations/user.entity';
import { RiskAssessmentsService } from '../risk/risk-assessments.service';
import { DEMO_CASES, type DemoActor, type DemoCase } from './demo-cases';
import { DEMO_ORGANIZATIONS } from './demo-data';

const LIMA = DEMO_ORGANIZATIONS[0];
const HOUR = 3_600_000;

type Staff = Record<DemoActor, Principal>;

/**
 * Opens the demo cases in the Lima demo office, with times counted back from `now`. Returns how
 * many it opened: none when the office does not exist or already has cases (so it runs once).
 */
export async function seedDemoCases(
  app: INestApplicationContext,
  now = new Date(),
): Promise<number> {
  return app.get(TenantTransactions).run(LIMA.id, async ({ manager }) => {
    // The office row is the lock: two seeds at once cannot both find it without cases.
    const office = await manager.findOne(OrganizationEntity, {
      where: { id: LIMA.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!office || (await manager.exists(CaseEntity))) return 0;
    const staff: Staff = {
      attorney: await principalOf(manager, 'attorney', now),
      paralegal: await principalOf(manager, 'paralegal', now),
    };
    for (const demo of DEMO_CASES) await openDemoCase(app, staff, demo, now);
    return DEMO_CASES.length;
  });
}

async function openDemoCase(
  app: INestApplicationContext,
  staff: Staff,
  demo: DemoCase,
  now: Date,
): Promise<void> {
  const opener = staff[demo.openedBy];
  const attorney = staff.attorney;
  // Audit entries name the member who acted, as their request would.
  const as = <T>(member: Principal, work: () => Promise<T>): Promise<T> =>
    app.get(AuditRequestContext).run(
      {
        user: { userId: member.userId, organizationId: member.organizationId },
        headers: {},
        id: 'seed-demo',
      },
      work,
    );

  const { caseId, timeZone } = await as(opener, async () => {
    const client = await app
      .get(ClientsService)
      .create(opener, checked(CreateClientDto, { ...demo.client, acknowledgeDuplicates: true }));
    const opened = await app.get(CasesService).open(
      opener,
      checked(CreateCaseDto, {
        ...demo.matter,
        clientId: client.id,
        leadAttorneyId: attorney.userId,
      }),
    );
    if (demo.stage)
      await app
        .get(CasesService)
        .update(
          opener,
          opened.id,
          checked(UpdateCaseDto, { stage: demo.stage, version: opened.version }),
        );
    for (const { hoursAgo, ...event } of demo.events)
      await app
        .get(CaseEventsService)
        .record(
          opener,
          opened.id,
          checked(CreateCaseEventDto, { ...event, occurredAt: instantBefore(now, hoursAgo) }),
        );
    return { caseId: opened.id, timeZone: opened.timeZone };
  });

  if (demo.risk) {
    const { by, signedOff, ...input } = demo.risk;
    const assessment = await as(staff[by], () =>
      app
        .get(RiskAssessmentsService)
        .create(staff[by], caseId, checked(CreateRiskAssessmentDto, input)),
    );
    if (signedOff)
      await as(attorney, () => app.get(RiskAssessmentsService).signOff(attorney, assessment.id));
  }
  // What the team entered for the case's filings: the lead attorney's, as on the filings tab.
  if (demo.filingFacts)
    await as(attorney, () =>
      app
        .get(CaseFilingFactsService)
        .replace(
          attorney,
          caseId,
          checked(CaseFilingFactsDto, { ...demo.filingFacts, version: 0 }),
        ),
    );
  if (demo.filingDetails) {
    const { decisionIssuedHoursAgo, ...details } = demo.filingDetails;
    const decisionIssuedOn =
      decisionIssuedHoursAgo === undefined
        ? undefined
        : new Intl.DateTimeFormat('en-CA', { timeZone }).format(
            new Date(now.getTime() - decisionIssuedHoursAgo * HOUR),
          );
    await as(attorney, () =>
      app.get(CaseFilingDetailsService).replace(
        attorney,
        caseId,
        checked(CaseFilingDetailsDto, {
          ...details,
          ...(decisionIssuedOn ? { decisionIssuedOn } : {}),
          version: 0,
        }),
      ),
    );
  }
  for (const body of demo.notes ?? [])
    await as(attorney, () =>
      app.get(CaseNotesService).write(attorney, caseId, checked(CreateCaseNoteDto, { body })),
    );
}

/** The demo member as the services see a signed-in user (the way a background job builds one). */
async function principalOf(manager: EntityManager, role: DemoActor, now: Date): Promise<Principal> {
  const email = `${role}@${LIMA.domain}`;
  const user = await manager.findOneBy(UserEntity, { email });
  if (!user || user.disabledAt || !user.roles.includes(role))
    throw new Error(`The demo ${role} ${email} is missing or disabled: no demo cases seeded`);
  return {
    userId: user.id,
    organizationId: user.organizationId,
    sessionId: 'seed:demo',
    email: user.email,
    name: user.name,
    roles: user.roles,
    mfaEnabled: false,
    mfaEnrolmentRequired: false,
    sessionExpiresAt: new Date(now.getTime() + HOUR),
    via: 'bearer',
  };
}

/** The request body as the API's validation pipe would accept it; demo data that drifts fails. */
function checked<T extends object>(type: ClassConstructor<T>, plain: object): T {
  const dto = plainToInstance(type, plain);
  const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0)
    throw new Error(`Demo data refused as ${type.name}: ${errors.map(String).join('; ')}`);
  return dto;
}

/** `hoursAgo` before `now`, on a whole minute, as ISO 8601 (UTC). */
function instantBefore(now: Date, hoursAgo: number): string {
  const at = new Date(now.getTime() - hoursAgo * HOUR);
  at.setUTCSeconds(0, 0);
  return at.toISOString();
}
