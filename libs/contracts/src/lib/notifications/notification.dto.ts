// What a member sends to page through their notifications or to set up their calendar feed.
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { OneLine } from '../text/one-line.decorator';

export const NOTIFICATION_KINDS = [
  'deadline.reminder',
  'deadline.missed',
  'risk.escalated',
  'event.correction-requested',
  'event.correction-decided',
  'account.roles_changed',
  'account.password_reset',
  'account.invited',
  'deadline.rule-changed',
  'deadline.authority-passed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_PAGE_DEFAULT = 20;
export const NOTIFICATION_PAGE_MAX = 100;

export class NotificationQueryDto {
  /** `true`: only the ones not yet read. */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'unread must be true or false' })
  unread?: 'true' | 'false';

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: `limit must be a whole number from 1 to ${NOTIFICATION_PAGE_MAX}` })
  @Min(1, { message: `limit must be a whole number from 1 to ${NOTIFICATION_PAGE_MAX}` })
  @Max(NOTIFICATION_PAGE_MAX, {
    message: `limit must be a whole number from 1 to ${NOTIFICATION_PAGE_MAX}`,
  })
  limit?: number;

  /** The `nextCursor` of the previous page. */
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @OneLine()
  cursor?: string;
}

export const FEED_LANGUAGES = ['en', 'es'] as const;

export class CreateCalendarFeedDto {
  /** Show client names next to case references (off by default: a feed travels to other apps). */
  @IsOptional()
  @IsBoolean({ message: 'includeClientNames must be true or false' })
  includeClientNames?: boolean;

  /** Language of the entries' text; English by default. */
  @IsOptional()
  @IsIn(FEED_LANGUAGES, { message: 'language must be en or es' })
  language?: (typeof FEED_LANGUAGES)[number];
}
