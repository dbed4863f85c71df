// A member's notifications and calendar feed as the API returns them.
import type { Bilingual } from '@amparo/domain';
import type { FEED_LANGUAGES, NotificationKind } from './notification.dto';

export interface NotificationResponse {
  id: string;
  kind: NotificationKind;
  caseId: string | null;
  deadlineId: string | null;
  title: Bilingual;
  body: Bilingual;
  /** Facts for the client to link and format: caseReference, dueAt, timeZone, offsetHours, level. */
  data: Record<string, string | number | boolean | null>;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  /** Unread first, then newest first. */
  items: NotificationResponse[];
  unreadCount: number;
  nextCursor: string | null;
}

export interface CalendarFeedResponse {
  /** False when the member has no feed (never made one, or revoked it). */
  active: boolean;
  createdAt: string | null;
  lastReadAt: string | null;
  includeClientNames: boolean;
  language: (typeof FEED_LANGUAGES)[number];
}

/** Answer to creating a feed: the only time the secret address is shown. */
export interface CalendarFeedCreatedResponse extends CalendarFeedResponse {
  /** `/api/calendar/<token>.ics`, relative to the API's origin. */
  path: string;
  /** The absolute address when AMPARO_PUBLIC_URL is configured, else null. */
  url: string | null;
}
