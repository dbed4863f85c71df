// The background side of deadlines, for one organization at a time: the office's deadlines whose
// time has passed become `missed` (persisted, audited as the system, their team and supervisors
// told); an authority's limit that passed is an opening, told to the team (and, for a detained
// person, to the supervisors too) but never marked missed; one that had passed before it was
// recorded is history and tells no one. Reminders go out at the offsets that suit the rule. Everything is idempotent: run it twice, or
// on two instances at once, and each deadline is marked once and each reminder sent once.
import { Inject, Injectable } from '@nestjs/common';
import {
  authorityPassedNotice,
  dueReminder,
  effectiveDueOf,
  missedNotice,
  readDeadline,
  recordedStatusAt,
  reminderHorizonMs,
  reminderNotice,
} from '@amparo/domain';
import { auditCode } from '../audit/audit-details';
import { AuditService } from '../audit/audit.service';
import { CaseEntity } from '../cases/case.entity';
import { CaseDeadlineEntity } from '../cases/case-deadline.entity';
import { factsOf } from '../cases/deadline-facts';
import { FOR_CHANGE } from '../database/row-lock';
import { TenantTransactions } from '../database/tenant-transactions';
import { Clock } from './clock';
import { NotificationsService } from './notifications.service';
import { caseTeam, supervisors } from './recipients';
import { ruleClock } from './rule-clock';

export interface DeadlineSweepReport {
  /** Deadlines this run persisted as missed. */
  missed: number;
  /** Reminder notifications this run created (one per recipient). */
  reminders: number;
  /** Notifications this run created for authorities' limits that passed (one per recipient). */
  openings: number;
}

/** Deadlines per transaction of the missed pass (each one missed is written, audited, told). */
const SWEEP_BATCH = 50;
/**
 * Deadlines per transaction of the reminder pass: most were reminded at their current offset by
 * an earlier minute's sweep, which one look-up per batch finds.
 */
const REMINDER_BATCH = 250;

/** What one batch did, and where the next starts. */
interface Batch {
  done: number;
  after?: string;
  more: boolean;
}

/** What a notice says of a deadline: its case, its rule, the instant it speaks of. */
function noticeOf(matter: CaseEntity, deadline: CaseDeadlineEntity, at: Date) {
  return {
    caseReference: matter.reference,
    ruleTitle: deadline.title,
    dueAtMs: at.getTime(),
    timeZone: deadline.timeZone,
    ruleStatus: deadline.statusOfRule,
    citation: deadline.citation,
  };
}

function batchOf(rows: readonly CaseDeadlineEntity[], done: number, size = SWEEP_BATCH): Batch {
  return { done, after: rows[rows.length - 1]?.id, more: rows.length === size };
}

@Injectable()
export class DeadlineSweepService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /**
   * Works through the office in batches, each its own short transaction: a backlog (a server
   * that was down, a large import) never holds the office's audit chain, its deadlines or the
   * embedded database's single connection for long, so requests go on between batches.
   */
  async sweep(organizationId: string): Promise<DeadlineSweepReport> {
    const now = this.clock.now();
    const report: DeadlineSweepReport = { missed: 0, reminders: 0, openings: 0 };
    for (let after: string | undefined, more = true; more;) {
      const batch = await this.transactions.run(organizationId, () =>
        this.persistMissed(organizationId, now, after),
      );
      report.missed += batch.done;
      ({ after, more } = batch);
    }
    for (let after: string | undefined, more = true; more;) {
      const batch = await this.transactions.run(organizationId, () =>
        this.tellOpenings(now, after),
      );
      report.openings += batch.done;
      ({ after, more } = batch);
    }
    for (let after: string | undefined, more = true; more;) {
      const batch = await this.transactions.run(organizationId, () =>
        this.sendReminders(now, after),
      );
      report.reminders += batch.done;
      ({ after, more } = batch);
    }
    return report;
  }

  /**
   * The next batch (by id, after `after`) of open or overridden deadlines past their last
   * possible moment, locked with their cases so no one races us: another instance skips them,
   * and so does a case a member is changing right now (it is marked on the next minute). Taking
   * the case with the deadline, and never waiting for either, keeps the one lock order of every
   * writer (the case, then its records), so the sweep never deadlocks with a request.
   */
  private async persistMissed(
    organizationId: string,
    now: Date,
    after: string | undefined,
  ): Promise<Batch> {
    const manager = this.transactions.manager;
    const candidates = await manager
      .createQueryBuilder(CaseDeadlineEntity, 'd')
      .innerJoin(CaseEntity, 'c', 'c.id = d.case_id')
      .where(`d.status IN ('open', 'overridden')`)
      .andWhere(`d.party = 'defense'`)
      .andWhere(`COALESCE(d.override_due_at, d.latest_due_at, d.due_at) < :now`, { now })
      // Ended before it was recorded: history (readDeadline), never a miss.
      .andWhere(`COALESCE(d.override_due_at, d.latest_due_at, d.due_at) >= d.created_at`)
      .andWhere(after ? 'd.id > :after' : 'true', { after })
      .orderBy('d.id', 'ASC')
      .limit(SWEEP_BATCH)
      .setLock(FOR_CHANGE.mode, undefined, ['d', 'c'])
      .setOnLocked('skip_locked')
      .getMany();
    let marked = 0;
    const leadersOf = new Map<string, CaseEntity | null>();
    const office = await supervisors(manager);
    for (const deadline of candidates) {
      if (recordedStatusAt(factsOf(deadline), now) !== 'missed') continue;
      deadline.history = [
        ...deadline.history,
        {
          change: 'missed',
          at: now.toISOString(),
          by: null,
          dueAt: deadline.dueAt?.toISOString() ?? null,
          latestDueAt: deadline.latestDueAt?.toISOString() ?? null,
          overrideDueAt: deadline.overrideDueAt?.toISOString() ?? null,
          status: deadline.status,
        },
      ];
      deadline.status = 'missed';
      await manager.save(deadline);
      await this.audit.record(
        {
          action: 'record.updated',
          recordType: 'case_deadline',
          recordId: deadline.id,
          details: { change: auditCode('missed'), rule: auditCode(deadline.ruleId) },
        },
        { organizationId },
      );
      marked += 1;
      if (!leadersOf.has(deadline.caseId))
        leadersOf.set(
          deadline.caseId,
          await manager.findOneBy(CaseEntity, { id: deadline.caseId }),
        );
      const matter = leadersOf.get(deadline.caseId);
      const due = effectiveDueOf(deadline);
      if (!matter || !due) continue;
      const end = deadline.overrideDueAt ?? deadline.latestDueAt ?? due;
      await this.notifications.notify([...(await caseTeam(manager, matter.id)), ...office], {
        kind: 'deadline.missed',
        caseId: matter.id,
        deadlineId: deadline.id,
        ...missedNotice(noticeOf(matter, deadline, end)),
        data: {
          caseReference: matter.reference,
          ruleId: deadline.ruleId,
          dueAt: end.toISOString(),
          timeZone: deadline.timeZone,
        },
        dedupeKey: `missed:${deadline.id}:${end.toISOString()}`,
      });
    }
    return batchOf(candidates, marked);
  }

  /** Which of the notices owed went out already (by their deadline and dedupe key). */
  private sentOf(
    owed: readonly { deadline: CaseDeadlineEntity; dedupeKey: string }[],
  ): Promise<Set<string>> {
    return this.notifications.sentKeys(
      'deadline',
      owed.map((item) => item.deadline.id),
      owed.map((item) => item.dedupeKey),
    );
  }

  /**
   * Authorities' limits that passed after they were recorded (readDeadline's `opening`): the
   * case's team hears once per deadline and end; for a person recorded as detained the office's
   * supervisors too, whatever the risk level, since the detention may now be unlawful. Nothing
   * is written to the deadline: it is not the office's miss.
   */
  private async tellOpenings(now: Date, after: string | undefined): Promise<Batch> {
    const manager = this.transactions.manager;
    const rows = await manager
      .createQueryBuilder(CaseDeadlineEntity, 'd')
      .innerJoin(CaseEntity, 'c', 'c.id = d.case_id AND c.archived_at IS NULL')
      .where(`d.status IN ('open', 'overridden') AND d.party = 'authority'`)
      .andWhere(`COALESCE(d.override_due_at, d.latest_due_at, d.due_at) < :now`, { now })
      .andWhere(`COALESCE(d.override_due_at, d.latest_due_at, d.due_at) >= d.created_at`)
      .andWhere(after ? 'd.id > :after' : 'true', { after })
      .orderBy('d.id', 'ASC')
      .limit(REMINDER_BATCH)
      .getMany();
    const custody = new Map<string, string>(
      rows.length === 0
        ? []
        : (
            (await manager.query(
              `SELECT id, custody_status AS custody FROM cases WHERE id = ANY($1)`,
              [[...new Set(rows.map((row) => row.caseId))]],
            )) as { id: string; custody: string }[]
          ).map((row) => [row.id, row.custody]),
    );
    const owed = rows.flatMap((deadline) => {
      const reading = readDeadline(factsOf(deadline), now);
      if (reading.state !== 'opening' || reading.countsToMs === null) return [];
      const end = new Date(reading.countsToMs);
      const detained = custody.get(deadline.caseId) === 'detained';
      // A person found detained later still brings the supervisors in: custody is in the key.
      const dedupeKey = `opening:${deadline.id}:${end.toISOString()}:${detained ? 'detained' : 'free'}`;
      return [{ deadline, end, detained, dedupeKey }];
    });
    const sent = await this.sentOf(owed);
    let created = 0;
    const office = await supervisors(manager);
    for (const { deadline, end, detained, dedupeKey } of owed) {
      if (sent.has(dedupeKey)) continue;
      const matter = await manager.findOneBy(CaseEntity, { id: deadline.caseId });
      if (!matter) continue;
      const team = await caseTeam(manager, matter.id);
      created += await this.notifications.notify(detained ? [...team, ...office] : team, {
        kind: 'deadline.authority-passed',
        caseId: matter.id,
        deadlineId: deadline.id,
        ...authorityPassedNotice(noticeOf(matter, deadline, end), detained),
        data: {
          caseReference: matter.reference,
          ruleId: deadline.ruleId,
          dueAt: end.toISOString(),
          timeZone: deadline.timeZone,
          detained,
        },
        dedupeKey,
      });
    }
    return batchOf(rows, created, REMINDER_BATCH);
  }

  /**
   * For each open deadline of a live case due within the farthest offset, the reminder due now
   * (if any), keyed by deadline, due instant and offset: an override that moves the date starts
   * its reminders afresh; a reminder already sent is never sent again.
   */
  private async sendReminders(now: Date, after: string | undefined): Promise<Batch> {
    const manager = this.transactions.manager;
    const horizon = new Date(now.getTime() + reminderHorizonMs('days'));
    const rows = await manager
      .createQueryBuilder(CaseDeadlineEntity, 'd')
      .innerJoin(CaseEntity, 'c', 'c.id = d.case_id AND c.archived_at IS NULL')
      .where(`d.status IN ('open', 'overridden')`)
      .andWhere(`d.kind = 'due'`)
      .andWhere(`COALESCE(d.override_due_at, d.due_at) > :now`, { now })
      .andWhere(`COALESCE(d.override_due_at, d.due_at) <= :horizon`, { horizon })
      .andWhere(after ? 'd.id > :after' : 'true', { after })
      .orderBy('d.id', 'ASC')
      .limit(REMINDER_BATCH)
      .getMany();
    const owed = rows.flatMap((deadline) => {
      const dueAt = effectiveDueOf(deadline);
      const reminder =
        dueAt &&
        dueReminder(ruleClock(deadline.ruleId, deadline.urgent), dueAt.getTime(), now.getTime());
      if (!dueAt || !reminder) return [];
      const dedupeKey = `reminder:${deadline.id}:${dueAt.toISOString()}:${reminder.offsetHours}h`;
      return [{ deadline, dueAt, reminder, dedupeKey }];
    });
    // A reminder that went out is not built again (a member who joined the team since gets the
    // next one).
    const sent = await this.sentOf(owed);
    let created = 0;
    const cases = new Map<string, CaseEntity | null>();
    for (const { deadline, dueAt: due, reminder, dedupeKey } of owed) {
      if (sent.has(dedupeKey)) continue;
      if (!cases.has(deadline.caseId))
        cases.set(deadline.caseId, await manager.findOneBy(CaseEntity, { id: deadline.caseId }));
      const matter = cases.get(deadline.caseId);
      if (!matter) continue;
      created += await this.notifications.notify(await caseTeam(manager, matter.id), {
        kind: 'deadline.reminder',
        caseId: matter.id,
        deadlineId: deadline.id,
        ...reminderNotice(noticeOf(matter, deadline, due), reminder.offsetHours),
        data: {
          caseReference: matter.reference,
          ruleId: deadline.ruleId,
          dueAt: due.toISOString(),
          timeZone: deadline.timeZone,
          offsetHours: reminder.offsetHours,
          ruleStatus: deadline.statusOfRule,
        },
        dedupeKey,
      });
    }
    return batchOf(rows, created, REMINDER_BATCH);
  }
}
