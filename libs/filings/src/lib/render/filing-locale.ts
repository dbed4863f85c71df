// Words the renderer itself prints (page numbers, dates, risk levels) in each filing language.
import type { FilingJurisdiction, RiskLevel } from '../model/filing-data.model';
import type { FilingLanguage } from '../model/filing-template.model';

export interface FilingLocale {
  readonly months: readonly string[];
  readonly pageOf: (page: number, total: number) => string;
  readonly date: (day: number, month: string, year: number) => string;
  readonly time: (hh: string, mm: string, zone: string) => string;
  readonly riskLevels: Readonly<Record<RiskLevel, string>>;
  readonly listSeparator: string;
}

/** America/Mexico_City → Mexico City. */
function cityOf(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

const ES_CITIES: Readonly<Record<string, string>> = {
  'America/Mexico_City': 'Ciudad de México',
  'America/New_York': 'Nueva York',
  'America/Panama': 'Panamá',
};

export const FILING_LOCALES: Readonly<Record<FilingLanguage, FilingLocale>> = {
  es: {
    months: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    pageOf: (page, total) => `Página ${page} de ${total}`,
    date: (day, month, year) => `${day} de ${month} de ${year}`,
    time: (hh, mm, zone) => `a las ${hh}:${mm} horas (hora de ${ES_CITIES[zone] ?? cityOf(zone)})`,
    riskLevels: { low: 'bajo', moderate: 'moderado', high: 'alto', extreme: 'extremo' },
    listSeparator: '; ',
  },
  en: {
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    pageOf: (page, total) => `Page ${page} of ${total}`,
    date: (day, month, year) => `${month} ${day}, ${year}`,
    time: (hh, mm, zone) => `at ${hh}:${mm} (${cityOf(zone)} time)`,
    riskLevels: { low: 'low', moderate: 'moderate', high: 'high', extreme: 'extreme' },
    listSeparator: '; ',
  },
};

/** The forum's zone, used to date the filing itself. */
export const JURISDICTION_TIME_ZONES: Readonly<Record<FilingJurisdiction, string>> = {
  PE: 'America/Lima',
  MX: 'America/Mexico_City',
  US: 'America/New_York',
};

/** BCP 47 tag written into the PDF catalogue (/Lang). */
export function languageTag(language: FilingLanguage, jurisdiction: FilingJurisdiction): string {
  return `${language}-${jurisdiction}`;
}
