// How old a country's guidance is, and whether it is due for review: guidance describes a country
// at a moment, and an attorney must see when that moment is long past or overtaken by events.
import type { LocalizedText } from '../risk/localized-text.model';
import type { CountryProfile } from './country-profile.model';

/** Guidance older than this many months is flagged for review. */
export const GUIDANCE_REVIEW_AFTER_MONTHS = 24;

export type GuidanceAgeFlag =
  /** The newest country guidance is older than two years. */
  | 'older-than-two-years'
  /** The newest country guidance predates an event that changed the country (a state of exception). */
  | 'predates-changed-circumstances';

export interface GuidanceAge {
  /** The newest country guidance's date as recorded (YYYY[-MM[-DD]]); null when none is cited. */
  readonly newestGuidanceDate: string | null;
  /** Whole months from the earliest day that date can mean to `today`; null without guidance. */
  readonly ageMonths: number | null;
  /** True when any flag is raised: someone must check for newer guidance. */
  readonly reviewDue: boolean;
  readonly flags: readonly GuidanceAgeFlag[];
  /** One sentence saying all of the above, for lists, documents and notices. */
  readonly text: LocalizedText;
}

const DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/**
 * The earliest day a partial date can mean (`2019` is 1 January 2019): the conservative reading,
 * under which guidance looks older, so a review is asked for sooner rather than later.
 */
export function earliestDayOf(date: string): { year: number; month: number; day: number } {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`"${date}" is not YYYY[-MM[-DD]]`);
  return {
    year: Number(match[1]),
    month: match[2] ? Number(match[2]) : 1,
    day: match[3] ? Number(match[3]) : 1,
  };
}

/** Whole calendar months from `from` to `to` (both YYYY[-MM[-DD]]); never negative. */
export function monthsBetween(from: string, to: string): number {
  const a = earliestDayOf(from);
  const b = earliestDayOf(to);
  const months = (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
  return Math.max(0, months);
}

function isBefore(a: string, b: string): boolean {
  const x = earliestDayOf(a);
  const y = earliestDayOf(b);
  return x.year * 10_000 + x.month * 100 + x.day < y.year * 10_000 + y.month * 100 + y.day;
}

function ageWords(months: number): LocalizedText {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const en: string[] = [];
  const es: string[] = [];
  if (years > 0) {
    en.push(`${years} ${years === 1 ? 'year' : 'years'}`);
    es.push(`${years} ${years === 1 ? 'año' : 'años'}`);
  }
  if (rest > 0 || years === 0) {
    en.push(`${rest} ${rest === 1 ? 'month' : 'months'}`);
    es.push(`${rest} ${rest === 1 ? 'mes' : 'meses'}`);
  }
  return { en: en.join(' '), es: es.join(' y ') };
}

/**
 * The age of a profile's newest country guidance on `today` (YYYY-MM-DD), and what is due about
 * it. Thematic guidance (the gang note) is not the country's and does not count.
 */
export function guidanceAge(profile: CountryProfile, today: string): GuidanceAge {
  const newest = profile.guidance
    .map((g) => g.date)
    .filter((d) => DATE.test(d))
    .sort((a, b) => (isBefore(a, b) ? 1 : isBefore(b, a) ? -1 : 0))[0];
  if (newest === undefined) {
    return {
      newestGuidanceDate: null,
      ageMonths: null,
      reviewDue: false,
      flags: [],
      text: {
        en: 'No country guidance is cited, so there is no date to age.',
        es: 'No se cita ninguna directriz de país, así que no hay fecha de antigüedad.',
      },
    };
  }
  const ageMonths = monthsBetween(newest, today);
  const flags: GuidanceAgeFlag[] = [];
  if (ageMonths >= GUIDANCE_REVIEW_AFTER_MONTHS) flags.push('older-than-two-years');
  const changed = profile.changedCircumstances;
  if (changed && DATE.test(changed.date) && isBefore(newest, changed.date))
    flags.push('predates-changed-circumstances');
  const age = ageWords(ageMonths);
  const en = [`Newest country guidance dated ${newest}, ${age.en} old.`];
  const es = [`La directriz de país más reciente es de ${newest}, con ${age.es} de antigüedad.`];
  if (flags.includes('older-than-two-years')) {
    en.push('Older than two years: review it and look for newer guidance.');
    es.push('Tiene más de dos años: revísela y busque directrices más recientes.');
  }
  if (changed && flags.includes('predates-changed-circumstances')) {
    en.push(`Stale: it predates ${changed.event.en} (${changed.date}).`);
    es.push(`Desactualizada: es anterior a ${changed.event.es} (${changed.date}).`);
  }
  return {
    newestGuidanceDate: newest,
    ageMonths,
    reviewDue: flags.length > 0,
    flags,
    text: { en: en.join(' '), es: es.join(' ') },
  };
}
