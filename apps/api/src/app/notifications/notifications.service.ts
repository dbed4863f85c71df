// A member's own notifications (unread first, then newest) and the one way notices are created:
// once per recipient and dedupe key, however many API instances run the same sweep.
import { Inject, Injectable } from '@nestjs/common';
import {
  NOTIFICATION_PAGE_DEFAULT,
  type NotificationKind,
  type NotificationPage,
  type NotificationQueryDto,
  type NotificationResponse,
} from '@amparo/contracts';
import type { Bilingual } from '@amparo/domain';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { Clock } from './clock';
import { Mailer } from './mailer';
import { NotificationEntity, type NotificationData } from './notification.entity';
import { toNotificationResponse } from './notification.mapper';
import { badNotificationCursor, notificationNotFound } from './notifications.errors';

/** One notice, to be delivered to each of `recipients` once per `dedupeKey`. */
export interface NoticeDraft {
  readonly kind: NotificationKind;
  readonly caseId: string | null;
  readonly deadlineId: string | null;
  readonly title: Bilingual;
  readonly body: Bilingual;
  readonly data: NotificationData;
  readonly dedupeKey: string;
}

interface Cursor {
  read: 0 | 1;
  at: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class NotificationsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly mailer: Mailer,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async list(principal: Principal, query: NotificationQueryDto): Promise<NotificationPage> {
    const manager = this.transactions.manager;
    const limit = query.limit ?? NOTIFICATION_PAGE_DEFAULT;
    const cursor = decodeCursor(query.cursor);
    const params: unknown[] = [principal.userId];
    let where = `user_id = $1`;
    if (query.unread === 'true') where += ` AND read_at IS NULL`;
    if (cursor) {
      params.push(cursor.read, cursor.at, cursor.id);
      where += ` AND ((read_at IS NOT NULL)::int > $2
                  OR ((read_at IS NOT NULL)::int = $2 AND (created_at, id) < ($3::timestamptz, $4::uuid)))`;
    }
    params.push(limit + 1);
    const ids: { id: string }[] = await manager.query(
      `SELECT id FROM notifications WHERE ${where}
        ORDER BY (read_at IS NOT NULL), created_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    const page = ids.slice(0, limit).map((r) => r.id);
    const rows = page.length
      ? await manager.createQueryBuilder(NotificationEntity, 'n').whereInIds(page).getMany()
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const items = page.flatMap((id) => {
      const row = byId.get(id);
      return row ? [row] : [];
    });
    const [{ count }]: { count: string }[] = await manager.query(
      `SELECT count(*) AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [principal.userId],
    );
    const last = items.at(-1);
    return {
      items: items.map(toNotificationResponse),
      unreadCount: Number(count),
      nextCursor:
        ids.length > limit && last
          ? encodeCursor({
              read: last.readAt ? 1 : 0,
              at: last.createdAt.toISOString(),
              id: last.id,
            })
          : null,
    };
  }

  /** Marks one of the caller's own notifications read (again is harmless); others' are not found. */
  async markRead(principal: Principal, id: string): Promise<NotificationResponse> {
    const manager = this.transactions.manager;
    const row = await manager.findOneBy(NotificationEntity, { id, userId: principal.userId });
    if (!row) throw notificationNotFound();
    if (!row.readAt) {
      row.readAt = this.clock.now();
      await manager.update(NotificationEntity, { id: row.id }, { readAt: row.readAt });
    }
    return toNotificationResponse(row);
  }

  /** Marks every unread notification of the caller read; answers how many changed. */
  async markAllRead(principal: Principal): Promise<{ marked: number }> {
    const result: [unknown[], number] = await this.transactions.manager.query(
      `UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL`,
      [principal.userId, this.clock.now()],
    );
    return { marked: result[1] };
  }

  /**
   * Records the notice for each recipient unless they already have one with the same key, in the
   * current tenant transaction. The unique (organization, user, key) constraint makes this safe
   * when two instances sweep at once: one insert wins, the other does nothing. Answers how many
   * notices were new. Those are queued for e-mail when SMTP is configured.
   */
  async notify(recipients: Iterable<string>, draft: NoticeDraft): Promise<number> {
    const { manager, organizationId } = this.transactions.current;
    if (!organizationId) throw new Error('notify needs an organization');
    let created = 0;
    for (const userId of new Set(recipients)) {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO notifications (organization_id, user_id, kind, case_id, deadline_id, title, body,
           data, dedupe_key, created_at, email_status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (organization_id, user_id, dedupe_key) DO NOTHING
         RETURNING id`,
        [
          organizationId,
          userId,
          draft.kind,
          draft.caseId,
          draft.deadlineId,
          JSON.stringify(draft.title),
          JSON.stringify(draft.body),
          JSON.stringify(draft.data),
          draft.dedupeKey,
          this.clock.now(),
          this.mailer.enabled ? 'pending' : 'none',
        ],
      );
      created += inserted.length;
    }
    return created;
  }

  /**
   * Which of these dedupe keys were already used for notices about these records (deadlines or
   * cases), so a sweep builds only the notices that are new: most of what it sees each minute
   * went out before.
   */
  async sentKeys(
    about: 'deadline' | 'case',
    recordIds: readonly string[],
    keys: readonly string[],
  ): Promise<Set<string>> {
    if (recordIds.length === 0 || keys.length === 0) return new Set();
    const column = about === 'deadline' ? 'deadline_id' : 'case_id';
    const rows: { key: string }[] = await this.transactions.current.manager.query(
      `SELECT DISTINCT dedupe_key AS key FROM notifications
        WHERE ${column} = ANY($1::uuid[]) AND dedupe_key = ANY($2::text[])`,
      [[...new Set(recordIds)], [...new Set(keys)]],
    );
    return new Set(rows.map((row) => row.key));
  }
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(text: string | undefined): Cursor | undefined {
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(text, 'base64url').toString()) as Partial<Cursor>;
    if (
      (parsed.read === 0 || parsed.read === 1) &&
      typeof parsed.at === 'string' &&
      !Number.isNaN(Date.parse(parsed.at)) &&
      typeof parsed.id === 'string' &&
      UUID.test(parsed.id)
    ) {
      return { read: parsed.read, at: parsed.at, id: parsed.id };
    }
  } catch {
    // fall through
  }
  throw badNotificationCursor();
}
