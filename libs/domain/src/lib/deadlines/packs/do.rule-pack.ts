// Dominican Republic: the refugee claim before the ONR (Santo Domingo).
import { DAYS_ROLL_FORWARD } from '../counting.conventions';
import { RulePack } from '../rule-pack.types';
import { publicHolidayLibraryCalendar } from './public-holidays.calendar';
import { RULE_PACK_REVIEW_2026_12 } from './rule-pack.review';

const CLAIM = 'refugee-claim';
const SOURCE = 'Decreto 2330 (1984) art. 7; UNHCR help page';

export const DO_RULE_PACK: RulePack = {
  jurisdiction: 'DO',
  version: '1.1.0',
  review: RULE_PACK_REVIEW_2026_12,
  name: { en: 'Dominican Republic', es: 'República Dominicana' },
  defaultTimeZone: 'America/Santo_Domingo',
  singleTimeZone: true,
  calendars: [
    publicHolidayLibraryCalendar('do', {
      en: 'the Dominican Republic',
      es: 'la República Dominicana',
    }),
  ],
  procedures: [
    { id: CLAIM, title: { en: 'Refugee claim (ONR)', es: 'Solicitud de refugio (ONR)' } },
    { id: 'deportation', title: { en: 'Deportation (DGM)', es: 'Deportación (DGM)' } },
  ],
  eventTypes: [
    {
      id: 'entry-into-country',
      label: { en: 'Entry into the Dominican Republic', es: 'Ingreso a la República Dominicana' },
    },
    {
      id: 'refugee-application-filed',
      label: {
        en: 'Refugee application filed (constancia issued)',
        es: 'Solicitud de refugio presentada (constancia emitida)',
      },
    },
    {
      id: 'constancia-renewed',
      label: { en: 'Applicant constancia renewed', es: 'Constancia de solicitante renovada' },
    },
  ],
  rules: [
    {
      id: 'do.refugee.application',
      title: { en: 'Refugee application (ONR)', es: 'Solicitud de refugio (ONR)' },
      procedures: [CLAIM],
      triggers: ['entry-into-country'],
      party: 'defense',
      period: { amount: 15, unit: 'calendarDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: { country: 'DO', nonWorkingDays: 'do.public-holidays' },
      citation: 'Decreto 2330 (1984) art. 7',
      source: SOURCE,
      status: 'secondary',
      notes: {
        en: 'Filed with the ONR in Santo Domingo.',
        es: 'Se presenta ante la ONR en Santo Domingo.',
      },
      completionRecords: 'refugee-application-filed',
    },
    {
      id: 'do.refugee.constancia-renewal',
      title: {
        en: 'Renewal of the applicant constancia',
        es: 'Renovación de la constancia de solicitante',
      },
      procedures: [CLAIM],
      triggers: ['refugee-application-filed', 'constancia-renewed'],
      party: 'defense',
      period: { amount: 30, unit: 'calendarDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: { country: 'DO', nonWorkingDays: 'do.public-holidays' },
      citation: 'Decreto 2330 (1984); UNHCR help page',
      source: SOURCE,
      status: 'secondary',
      notes: {
        en: 'Renewed every 30 days; each renewal starts the next clock.',
        es: 'Se renueva cada 30 días; cada renovación inicia el siguiente plazo.',
      },
      completionRecords: 'constancia-renewed',
    },
  ],
  gaps: [
    {
      id: 'do.deportation.remedies',
      title: {
        en: 'Remedies against a deportation order (DGM)',
        es: 'Recursos contra una orden de deportación (DGM)',
      },
      procedures: ['deportation'],
      reason: {
        en: 'No period found. Ley General de Migración 285-04 and its regulation (Decreto 631-11) were not found in the material searched; the general administrative remedies (Ley 107-13) and an amparo are the likely routes, with periods unconfirmed. File at once where removal is imminent.',
        es: 'No se encontró plazo. La Ley General de Migración 285-04 y su reglamento (Decreto 631-11) no figuraban en el material consultado; los recursos administrativos generales (Ley 107-13) y el amparo son las vías probables, con plazos sin confirmar. Presente de inmediato si la expulsión es inminente.',
      },
      source: 'research for issue 16: not found',
    },
  ],
  protections: [],
};
