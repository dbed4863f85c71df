// Panama: the refugee application under Executive Decree 5 (2018).
import { RulePack } from '../rule-pack.types';
import { publicHolidayLibraryCalendar } from './public-holidays.calendar';
import { RULE_PACK_REVIEW_2026_12 } from './rule-pack.review';

export const PA_RULE_PACK: RulePack = {
  jurisdiction: 'PA',
  version: '1.1.0',
  review: RULE_PACK_REVIEW_2026_12,
  name: { en: 'Panama', es: 'Panamá' },
  defaultTimeZone: 'America/Panama',
  singleTimeZone: true,
  calendars: [publicHolidayLibraryCalendar('pa', { en: 'Panama', es: 'Panamá' })],
  procedures: [
    { id: 'refugee-claim', title: { en: 'Refugee claim', es: 'Solicitud de refugio' } },
    { id: 'deportation', title: { en: 'Deportation (SNM)', es: 'Deportación (SNM)' } },
  ],
  eventTypes: [
    { id: 'entry-into-country', label: { en: 'Entry into Panama', es: 'Ingreso a Panamá' } },
    {
      id: 'refugee-application-filed',
      label: { en: 'Refugee application filed', es: 'Solicitud de refugio presentada' },
    },
  ],
  rules: [
    {
      id: 'pa.refugee.application',
      title: { en: 'Refugee application', es: 'Solicitud de la condición de refugiado' },
      procedures: ['refugee-claim'],
      triggers: ['entry-into-country'],
      party: 'defense',
      period: { amount: 6, unit: 'months' },
      // "six months from the business day after entry": counting starts on that working day and
      // ends on the same date six months later, rolled forward if that is not a working day.
      counting: {
        excludeTriggerDay: true,
        rollForward: true,
        countFrom: 'nextWorkingDay',
        mailingDays: 0,
      },
      calendar: { country: 'PA', nonWorkingDays: 'pa.public-holidays' },
      citation: 'Decreto Ejecutivo 5 (2018) art. 30',
      source: 'Decreto Ejecutivo 5 (2018) art. 30',
      sourceUrl: 'http://www.mingob.gob.pa/onpar/tramite-de-solicitud-de-refugio/',
      excerpt:
        'Artículo 30. Presentación de la solicitud. La solicitud deberá presentarse dentro del termino de seis (6) meses contados a partir del día hábil siguiente al que se haya ingresado al país.',
      status: 'verified',
      notes: {
        en: 'Six months counted from the business day after entry.',
        es: 'Seis meses contados a partir del día hábil siguiente al ingreso.',
      },
      completionRecords: 'refugee-application-filed',
    },
  ],
  gaps: [
    {
      id: 'pa.deportation.remedies',
      title: {
        en: 'Remedies against a deportation order (Servicio Nacional de Migración)',
        es: 'Recursos contra una orden de deportación (Servicio Nacional de Migración)',
      },
      procedures: ['deportation'],
      reason: {
        en: 'No period found. Decreto Ley 3 of 2008 (migration) and its remedies (reconsideración, apelación) were not found in the material searched, nor a period for a hábeas corpus or amparo de garantías against the order. File at once where removal is imminent.',
        es: 'No se encontró plazo. El Decreto Ley 3 de 2008 (migración) y sus recursos (reconsideración, apelación) no figuraban en el material consultado, ni un plazo para hábeas corpus o amparo de garantías contra la orden. Presente de inmediato si la expulsión es inminente.',
      },
      source: 'research for issue 16: not found',
    },
  ],
  protections: [],
};
