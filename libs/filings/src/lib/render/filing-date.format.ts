// Prints dates the way a court reads them, in the filing's language and the forum's time zone.
import { itemAt } from '@amparo/domain';
import { FilingError, FilingErrorCode } from '../errors/filing.error';
import type { FilingInstant } from '../model/filing-data.model';
import type { FilingLocale } from './filing-locale';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const formats = new Map<string, Intl.DateTimeFormat>();

/** Building a formatter is costly (it loads zone data): one per zone for the process. */
function numericFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** Only the numeric parts come from Intl (stable across ICU versions); words are ours. */
function zonedParts(instant: FilingInstant): {
  y: number;
  m: number;
  d: number;
  hh: string;
  mm: string;
} {
  const date = new Date(instant.at);
  if (Number.isNaN(date.getTime())) {
    throw new FilingError(FilingErrorCode.TemplateDefect, `Invalid instant: ${instant.at}`);
  }
  const parts = numericFormat(instant.timeZone).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return {
    y: Number(part('year')),
    m: Number(part('month')),
    d: Number(part('day')),
    hh: part('hour').padStart(2, '0'),
    mm: part('minute').padStart(2, '0'),
  };
}

/** The month's name (1-12) in the filing's language. */
const monthName = (locale: FilingLocale, month: number): string =>
  itemAt(locale.months, month - 1, 'month');

export function formatDate(iso: string, locale: FilingLocale): string {
  const match = ISO_DATE.exec(iso);
  if (!match) {
    throw new FilingError(FilingErrorCode.TemplateDefect, `Invalid date: ${iso}`);
  }
  const [, y, m, d] = match;
  return locale.date(Number(d), monthName(locale, Number(m)), Number(y));
}

export function formatInstantDate(instant: FilingInstant, locale: FilingLocale): string {
  const p = zonedParts(instant);
  return locale.date(p.d, monthName(locale, p.m), p.y);
}

export function formatInstant(instant: FilingInstant, locale: FilingLocale): string {
  const p = zonedParts(instant);
  return `${locale.date(p.d, monthName(locale, p.m), p.y)}, ${locale.time(p.hh, p.mm, instant.timeZone)}`;
}
