// What can go wrong with a member's notifications and calendar feed, each with a stable code.
import { InvalidInputError, NotFoundError } from '@amparo/domain';

export const notificationNotFound = () =>
  new NotFoundError('Notification', 'NOTIFICATION_NOT_FOUND');

/** A revoked, replaced or made-up feed address: the same answer as one that never existed. */
export const calendarFeedNotFound = () =>
  new NotFoundError('Calendar feed', 'CALENDAR_FEED_NOT_FOUND');

export const badNotificationCursor = () =>
  new InvalidInputError(
    'NOTIFICATION_CURSOR_INVALID',
    'cursor is not one this API gave out; start from the first page',
    [{ field: 'cursor', message: 'cursor is not one this API gave out' }],
  );
