import type { notificationsEn } from './notifications.messages.en';

/** Spanish strings of the notifications menu. */
export const notificationsEs: Readonly<Record<keyof typeof notificationsEn, string>> = {
  'notifications.button': 'Notificaciones, {count} sin leer',
  'notifications.title': 'Notificaciones',
  'notifications.empty': 'Aún no hay notificaciones.',
  'notifications.loading': 'Cargando notificaciones…',
  'notifications.markAllRead': 'Marcar todas como leídas',
  'notifications.unread': 'Sin leer',
};
