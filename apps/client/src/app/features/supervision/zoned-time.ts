import type { TranslationService } from '../../core/i18n';

/** The person's own zone, as the browser reports it. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "America/Lima" → "Lima": the city part people recognise. */
export function zoneCity(zone: string): string {
  const city = zone.split('/').pop() ?? zone;
  return city.replace(/_/g, ' ');
}

export interface ZonedTime {
  /** In the forum's zone, which is what the law counts in. */
  forum: string;
  /** In the person's own zone, only when it reads differently. */
  local: string | null;
}

const dateTime: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
};

/** An instant as the forum's clock shows it, with the person's clock alongside when it differs. */
export function zonedTime(
  i18n: TranslationService,
  iso: string,
  forumZone: string,
  ownZone = userTimeZone(),
): ZonedTime {
  const forumText = i18n.formatDate(iso, { ...dateTime, timeZone: forumZone });
  const ownText = i18n.formatDate(iso, { ...dateTime, timeZone: ownZone });
  return {
    forum: i18n.t('supervision.time.forum', { time: forumText, zone: zoneCity(forumZone) }),
    local: ownText === forumText ? null : i18n.t('supervision.time.yours', { time: ownText }),
  };
}

/** "in 13 h 42 min" / "2 h 5 min ago", from whole minutes. */
export function relativeHours(i18n: TranslationService, iso: string, now: number): string {
  const minutes = Math.round((Date.parse(iso) - now) / 60_000);
  const span = Math.abs(minutes);
  const text = i18n.t('supervision.time.span', {
    hours: Math.floor(span / 60),
    minutes: span % 60,
  });
  return i18n.t(minutes >= 0 ? 'supervision.time.in' : 'supervision.time.ago', { span: text });
}
