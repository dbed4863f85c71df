/** English strings of the notifications menu (kept apart so other features' rebases stay easy). */
export const notificationsEn = {
  'notifications.button': 'Notifications, {count} unread',
  'notifications.title': 'Notifications',
  'notifications.empty': 'No notifications yet.',
  'notifications.loading': 'Loading notifications…',
  'notifications.markAllRead': 'Mark all read',
  'notifications.unread': 'Unread',
} as const;
