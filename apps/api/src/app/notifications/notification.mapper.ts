// A notification as its recipient sees it (the e-mail bookkeeping stays inside the API).
import type { NotificationResponse } from '@amparo/contracts';
import type { NotificationEntity } from './notification.entity';

export function toNotificationResponse(row: NotificationEntity): NotificationResponse {
  return {
    id: row.id,
    kind: row.kind,
    caseId: row.caseId,
    deadlineId: row.deadlineId,
    title: row.title,
    body: row.body,
    data: row.data,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}
