// Shows which deadlines an event would start, counted on the office's calendars (national
// holidays plus the closure days its supervisors recorded). Engines are kept warm per set of
// closure days, which are re-read on every request so that several API instances agree.
import { Injectable } from '@nestjs/common';
import type { DeadlinePreviewDto, DeadlinePreviewResponse } from '@amparo/contracts';
import {
  type ClosureDay,
  type ComputedDeadline,
  DeadlineEngine,
  HolidayCalendarProvider,
} from '@amparo/domain';
import { CalendarClosuresService } from './calendar-closures.service';

/** Distinct closure sets kept warm; past this the oldest is dropped. */
const ENGINE_CACHE_LIMIT = 64;

@Injectable()
export class DeadlinePreviewService {
  private readonly engines = new Map<string, DeadlineEngine>();

  constructor(private readonly closures: CalendarClosuresService) {}

  async preview(input: DeadlinePreviewDto): Promise<DeadlinePreviewResponse[]> {
    const engine = this.engineFor(await this.closures.closureDays());
    return engine
      .compute({
        jurisdiction: input.jurisdiction,
        procedure: input.procedure,
        eventType: input.eventType,
        occurredAt: input.occurredAt,
        timeZone: input.timeZone,
      })
      .map(toPreviewResponse);
  }

  /** The engine counting on the office's calendars as they stand now (cases use it too). */
  async officeEngine(): Promise<DeadlineEngine> {
    return this.engineFor(await this.closures.closureDays());
  }

  private engineFor(closureDays: readonly ClosureDay[]): DeadlineEngine {
    const key = closureDays.map((c) => `${c.forum}|${c.date}|${c.reason.en}`).join('\n');
    let engine = this.engines.get(key);
    if (engine) {
      // Most recently used last, so the oldest is dropped first.
      this.engines.delete(key);
    } else {
      engine = new DeadlineEngine({ calendars: new HolidayCalendarProvider(closureDays) });
      if (this.engines.size >= ENGINE_CACHE_LIMIT) {
        const oldest = this.engines.keys().next().value;
        if (oldest !== undefined) this.engines.delete(oldest);
      }
    }
    this.engines.set(key, engine);
    return engine;
  }
}

function toPreviewResponse(deadline: ComputedDeadline): DeadlinePreviewResponse {
  return {
    ruleId: deadline.ruleId,
    packVersion: deadline.packVersion,
    title: deadline.title,
    kind: deadline.kind,
    triggerAt: deadline.triggerAt,
    dueAt: deadline.dueAt,
    dueAtLocal: deadline.dueAtLocal,
    dueDate: deadline.dueDate,
    latestDueAt: deadline.latestDueAt,
    latestDueAtLocal: deadline.latestDueAtLocal,
    latestDueDate: deadline.latestDueDate,
    timeZone: deadline.timeZone,
    basis: deadline.basis,
    citation: deadline.citation,
    source: deadline.source,
    status: deadline.status,
    notes: deadline.notes,
    urgent: deadline.urgent,
    party: deadline.party,
    completionRecords: deadline.completionRecords,
  };
}
