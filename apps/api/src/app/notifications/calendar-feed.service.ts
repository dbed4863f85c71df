// Each member's secret, revocable iCalendar address and the feed it serves: the open deadlines of
// the cases they lead or are assigned to. The address carries `<office>.<feed>.<secret>`; only a
// SHA-256 of the secret is stored, and a revoked or replaced address answers 404.
import { Inject, Injectable } from '@nestjs/common';
import type {
  CalendarFeedCreatedResponse,
  CalendarFeedResponse,
  CreateCalendarFeedDto,
} from '@amparo/contracts';
import {
  deadlineCalendarEntry,
  effectiveDueOf,
  isClockRunning,
  readDeadline,
} from '@amparo/domain';
import ical from 'ical-generator';
import { IsNull } from 'typeorm';
import { auditCode, auditId } from '../audit/audit-details';
import { AuditService } from '../audit/audit.service';
import type { AppConfig } from '../config/app.config';
import { APP_CONFIG } from '../config/app-config.token';
import { CaseDeadlineEntity } from '../cases/case-deadline.entity';
import { factsOf } from '../cases/deadline-facts';
import { TenantTransactions } from '../database/tenant-transactions';
import {
  formatToken,
  hashSecret,
  newSecret,
  parseToken,
  secretMatches,
} from '../identity/session-token';
import type { Principal } from '../identity/principal';
import { UserEntity } from '../organizations/user.entity';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { Clock } from './clock';
import { calendarFeedNotFound } from './notifications.errors';
import { ruleClock } from './rule-clock';

/** Why a member's feed was ended with their account's change (recorded in the audit trail). */
export type FeedRevocation = 'password_reset' | 'password_changed' | 'roles_changed' | 'disabled';

/** How often calendar apps are asked to come back for changes. */
const REFRESH_MINUTES = 15;

interface FeedRow {
  id: string;
  reference: string;
  clientName: string;
}

@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(principal: Principal): Promise<CalendarFeedResponse> {
    return toFeedResponse(await this.live(principal.userId));
  }

  /** A new secret address (the old one stops working); shown in this answer only. */
  async create(
    principal: Principal,
    input: CreateCalendarFeedDto,
  ): Promise<CalendarFeedCreatedResponse> {
    const manager = this.transactions.manager;
    await this.revokeLive(principal.userId);
    const secret = newSecret();
    const feed = await manager.save(
      manager.create(CalendarFeedEntity, {
        organizationId: principal.organizationId,
        userId: principal.userId,
        tokenHash: hashSecret(secret),
        includeClientNames: input.includeClientNames ?? false,
        language: input.language ?? 'en',
        createdAt: this.clock.now(),
        lastReadAt: null,
        revokedAt: null,
      }),
    );
    await this.audit.record({
      action: 'record.created',
      recordType: 'calendar_feed',
      recordId: feed.id,
      details: { withClients: feed.includeClientNames },
    });
    const path = `/api/calendar/${formatToken(principal.organizationId, feed.id, secret)}.ics`;
    const base = this.config.AMPARO_PUBLIC_URL?.replace(/\/$/, '');
    return { ...toFeedResponse(feed), path, url: base ? `${base}${path}` : null };
  }

  /** Stops the member's address from working; harmless when there is none. */
  async revoke(principal: Principal): Promise<void> {
    await this.revokeLive(principal.userId);
  }

  /**
   * Ends a member's address when their account changes hands or reach: a password reset or
   * change, a role change, disabling. A calendar app keeps polling with the old address for
   * months; it must not outlive the trust the address was given under.
   */
  async revokeAllOf(userId: string, reason: FeedRevocation): Promise<void> {
    const manager = this.transactions.manager;
    // An UPDATE answers [rows, count] through TypeORM's query().
    const [revoked]: [{ id: string }[], number] = await manager.query(
      `UPDATE calendar_feeds SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL
       RETURNING id`,
      [userId, this.clock.now()],
    );
    for (const feed of revoked) {
      await this.audit.record({
        action: 'record.deleted',
        recordType: 'calendar_feed',
        recordId: feed.id,
        details: { userId: auditId(userId), reason: auditCode(reason) },
      });
    }
  }

  /** The feed behind a secret address, or 404 for anything else (revoked, replaced, made up). */
  async render(token: string): Promise<string> {
    const parsed = parseToken(token);
    if (!parsed) throw calendarFeedNotFound();
    return this.transactions.run(parsed.organizationId, async ({ manager }) => {
      const feed = await manager.findOneBy(CalendarFeedEntity, {
        id: parsed.sessionId,
        revokedAt: IsNull(),
      });
      if (!feed || !secretMatches(parsed.secret, feed.tokenHash)) throw calendarFeedNotFound();
      const user = await manager.findOneBy(UserEntity, { id: feed.userId });
      if (!user || user.disabledAt) throw calendarFeedNotFound();
      const now = this.clock.now();
      const cases: FeedRow[] = await manager.query(
        `SELECT c.id, c.reference, trim(cl.given_names || ' ' || cl.family_names) AS "clientName"
           FROM cases c JOIN clients cl ON cl.id = c.client_id
          WHERE c.archived_at IS NULL
            AND (c.lead_attorney_id = $1
                 OR EXISTS (SELECT 1 FROM case_members m WHERE m.case_id = c.id AND m.user_id = $1))`,
        [feed.userId],
      );
      const byCase = new Map(cases.map((row) => [row.id, row]));
      const deadlines = byCase.size
        ? await manager
            .createQueryBuilder(CaseDeadlineEntity, 'd')
            .where('d.case_id IN (:...ids)', { ids: [...byCase.keys()] })
            .andWhere(`d.kind = 'due' AND d.status IN ('open', 'overridden')`)
            .orderBy('d.due_at', 'ASC')
            .getMany()
        : [];
      const calendar = ical({
        name: feed.language === 'es' ? 'Amparo: plazos' : 'Amparo: deadlines',
        prodId: { company: 'Amparo', product: 'deadlines', language: feed.language.toUpperCase() },
        ttl: REFRESH_MINUTES * 60,
      });
      const uidDomain = this.uidDomain();
      let listed = 0;
      for (const deadline of deadlines) {
        const due = effectiveDueOf(deadline);
        const matter = byCase.get(deadline.caseId);
        // Only clocks still running (readDeadline): a miss, an opening or history is no date
        // to keep in a calendar.
        if (!due || !matter || !isClockRunning(readDeadline(factsOf(deadline), now).state))
          continue;
        const entry = deadlineCalendarEntry(
          {
            id: deadline.id,
            ruleId: deadline.ruleId,
            title: deadline.title,
            caseReference: matter.reference,
            clientName: feed.includeClientNames ? matter.clientName : undefined,
            dueAtMs: due.getTime(),
            latestDueAtMs: deadline.latestDueAt?.getTime(),
            overridden: deadline.overrideDueAt !== null,
            clock: ruleClock(deadline.ruleId, deadline.urgent),
            timeZone: deadline.timeZone,
            basis: deadline.basis,
            citation: deadline.citation,
            ruleStatus: deadline.statusOfRule,
          },
          feed.language,
          uidDomain,
        );
        calendar.createEvent({
          id: entry.uid,
          sequence: deadline.version,
          stamp: deadline.updatedAt,
          start: entry.time.allDay ? entry.time.date : new Date(entry.time.atMs),
          allDay: entry.time.allDay,
          summary: entry.summary,
          description: entry.description,
        });
        listed += 1;
      }
      await manager.update(CalendarFeedEntity, { id: feed.id }, { lastReadAt: now });
      // The caller is anonymous (a calendar app); the feed id says whose address was used.
      await this.audit.record({
        action: 'record.read',
        recordType: 'calendar_feed',
        recordId: feed.id,
        details: { count: listed, withClients: feed.includeClientNames },
      });
      return calendar.toString();
    });
  }

  private async live(userId: string): Promise<CalendarFeedEntity | null> {
    return this.transactions.manager.findOneBy(CalendarFeedEntity, {
      userId,
      revokedAt: IsNull(),
    });
  }

  private async revokeLive(userId: string): Promise<void> {
    const live = await this.live(userId);
    if (!live) return;
    await this.transactions.manager.update(
      CalendarFeedEntity,
      { id: live.id },
      { revokedAt: this.clock.now() },
    );
    await this.audit.record({
      action: 'record.deleted',
      recordType: 'calendar_feed',
      recordId: live.id,
      details: { userId: auditId(userId) },
    });
  }

  private uidDomain(): string {
    const url = this.config.AMPARO_PUBLIC_URL;
    return url ? new URL(url).hostname : 'amparo.local';
  }
}

function toFeedResponse(feed: CalendarFeedEntity | null): CalendarFeedResponse {
  return {
    active: feed !== null,
    createdAt: feed?.createdAt.toISOString() ?? null,
    lastReadAt: feed?.lastReadAt?.toISOString() ?? null,
    includeClientNames: feed?.includeClientNames ?? false,
    language: feed?.language ?? 'en',
  };
}
