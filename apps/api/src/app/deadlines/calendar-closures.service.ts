// Supervisors record the days their forums are closed; business-day deadlines then skip them.
// Every change is audited; another office's closure days are not found (row-level security).
import { Injectable } from '@nestjs/common';
import type {
  CalendarClosureQueryDto,
  CalendarClosureResponse,
  CreateCalendarClosureDto,
} from '@amparo/contracts';
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR, type ClosureDay } from '@amparo/domain';
import { Between, type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { auditCode } from '../audit/audit-details';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { CalendarClosureEntity } from './calendar-closure.entity';
import { toClosureDay, toClosureResponse } from './calendar-closure.mapper';
import { calendarCountries } from './calendar-codes';
import {
  closureExists,
  closureNotFound,
  closureOutOfRange,
  unknownCalendar,
} from './calendar.errors';

@Injectable()
export class CalendarClosuresService {
  /**
   * The office's closure days read once per transaction: an intake of a thousand people computes
   * deadlines for every one of them in one transaction, and the closures cannot change under it
   * except through this service, which forgets them when it does.
   */
  private readonly closuresOfTransaction = new WeakMap<EntityManager, Promise<ClosureDay[]>>();

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
  ) {}

  async list(query: CalendarClosureQueryDto): Promise<CalendarClosureResponse[]> {
    const closures = await this.transactions.manager.find(CalendarClosureEntity, {
      where: query.calendar ? { calendarCode: query.calendar } : {},
      order: { closedOn: 'ASC', calendarCode: 'ASC' },
    });
    return closures.map(toClosureResponse);
  }

  async add(
    supervisor: Principal,
    input: CreateCalendarClosureDto,
  ): Promise<CalendarClosureResponse> {
    const known = calendarCountries();
    if (!known.has(input.calendar)) throw unknownCalendar(input.calendar, [...known.keys()]);
    const year = Number(input.date.slice(0, 4));
    if (year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) throw closureOutOfRange(input.date);
    const { manager } = this.transactions.current;
    const existing = await manager.findOne(CalendarClosureEntity, {
      where: { calendarCode: input.calendar, closedOn: input.date },
    });
    if (existing) throw closureExists(input.calendar, input.date);
    this.closuresOfTransaction.delete(manager);
    const closure = await manager.save(
      manager.create(CalendarClosureEntity, {
        organizationId: supervisor.organizationId,
        calendarCode: input.calendar,
        closedOn: input.date,
        reason: input.reason.trim(),
        createdBy: supervisor.userId,
      }),
    );
    await this.audit.record({
      action: 'record.created',
      recordType: 'calendar_closure',
      recordId: closure.id,
      details: { calendar: auditCode(closure.calendarCode.toLowerCase()) },
    });
    return toClosureResponse(closure);
  }

  async remove(id: string): Promise<void> {
    const { manager } = this.transactions.current;
    const closure = await manager.findOne(CalendarClosureEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!closure) throw closureNotFound();
    this.closuresOfTransaction.delete(manager);
    await manager.delete(CalendarClosureEntity, { id: closure.id });
    await this.audit.record({
      action: 'record.deleted',
      recordType: 'calendar_closure',
      recordId: closure.id,
      details: { calendar: auditCode(closure.calendarCode.toLowerCase()) },
    });
  }

  /** Every closure day of the office, as the deadline engine's calendars take them. */
  closureDays(): Promise<ClosureDay[]> {
    const { manager } = this.transactions.current;
    let days = this.closuresOfTransaction.get(manager);
    if (!days) {
      days = manager
        .find(CalendarClosureEntity, { order: { closedOn: 'ASC', calendarCode: 'ASC' } })
        .then((closures) => closures.map(toClosureDay));
      this.closuresOfTransaction.set(manager, days);
    }
    return days;
  }

  /** The office's closures falling in one year on the given calendars. */
  async closuresIn(calendars: readonly string[], year: number): Promise<CalendarClosureEntity[]> {
    return this.transactions.manager.find(CalendarClosureEntity, {
      where: {
        calendarCode: In([...calendars]),
        closedOn: Between(`${year}-01-01`, `${year}-12-31`),
      },
      order: { closedOn: 'ASC', calendarCode: 'ASC' },
    });
  }
}
