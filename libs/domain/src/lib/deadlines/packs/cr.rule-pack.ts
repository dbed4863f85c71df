// Costa Rica: remedies against migration decisions and the protection of pending refugee claims.
import { DAYS_ROLL_FORWARD } from '../counting.conventions';
import { RulePack } from '../rule-pack.types';
import { publicHolidayLibraryCalendar } from './public-holidays.calendar';
import { RULE_PACK_REVIEW_2026_12 } from './rule-pack.review';

export const CR_RULE_PACK: RulePack = {
  jurisdiction: 'CR',
  version: '1.1.0',
  review: RULE_PACK_REVIEW_2026_12,
  name: { en: 'Costa Rica', es: 'Costa Rica' },
  defaultTimeZone: 'America/Costa_Rica',
  singleTimeZone: true,
  calendars: [publicHolidayLibraryCalendar('cr', { en: 'Costa Rica', es: 'Costa Rica' })],
  procedures: [
    {
      id: 'migration-decision',
      title: { en: 'Migration decision (DGME)', es: 'Resolución migratoria (DGME)' },
    },
    { id: 'refugee-claim', title: { en: 'Refugee claim', es: 'Solicitud de refugio' } },
  ],
  eventTypes: [
    {
      id: 'decision-notification',
      label: {
        en: 'Notification of a migration decision',
        es: 'Notificación de una resolución migratoria',
      },
    },
    { id: 'remedy-filed', label: { en: 'Remedy filed', es: 'Recurso presentado' } },
    {
      id: 'entry-into-country',
      label: { en: 'Entry into Costa Rica', es: 'Ingreso a Costa Rica' },
    },
    {
      id: 'refugee-application-filed',
      label: { en: 'Refugee application filed', es: 'Solicitud de refugio presentada' },
    },
  ],
  rules: [
    {
      id: 'cr.migration.revocatoria-apelacion',
      title: {
        en: 'Revocatoria and apelación against a migration decision',
        es: 'Recursos de revocatoria y apelación contra una resolución migratoria',
      },
      procedures: ['migration-decision'],
      triggers: ['decision-notification'],
      party: 'defense',
      period: { amount: 3, unit: 'businessDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: { country: 'CR', nonWorkingDays: 'cr.public-holidays' },
      citation: 'Ley General de Migración y Extranjería 8764 art. 221',
      source: 'LGME 8764 art. 221 (secondary reading)',
      status: 'unverified',
      notes: {
        en: 'Unverified: a secondary reading. Check before relying on it.',
        es: 'No verificado: lectura secundaria. Verifíquelo antes de confiar en él.',
      },
      completionRecords: 'remedy-filed',
    },
    {
      id: 'cr.refugee.application',
      title: {
        en: 'Refugee application within one month of entry',
        es: 'Solicitud de refugio dentro del mes siguiente al ingreso',
      },
      procedures: ['refugee-claim'],
      triggers: ['entry-into-country'],
      party: 'defense',
      period: { amount: 1, unit: 'months' },
      counting: DAYS_ROLL_FORWARD,
      calendar: { country: 'CR', nonWorkingDays: 'cr.public-holidays' },
      citation:
        'Reglamento de Personas Refugiadas 36831-G as amended by the decrees of November 2022 (decree text not read)',
      source: 'Press report of the President\u2019s announcement (Diario Libre, 30 Nov 2022)',
      sourceUrl:
        'https://diariolibre.digital/2022/11/30/nacionales/costa-rica-anuncia-nuevas-medidas-para-solicitantes-de-asilo-y-cambios-en-permisos-laborales/',
      excerpt:
        '\u201cDe ahora en adelante, si usted viene huyendo de su país, huyendo por razones legítimas, tiene un mes para solicitar el refugio\u201d, dijo Chaves',
      status: 'secondary',
      notes: {
        en: 'Flagged: the one-month rule is known from the press, not from the decree, and Decreto 44501-MGP (June 2024) amended the regulation again (arts. 14, 54, 59, 121, 122, 140): check whether the rule survives and how a late claim is treated before relying on it.',
        es: 'Señalado: la regla del mes se conoce por la prensa, no por el decreto, y el Decreto 44501-MGP (junio de 2024) reformó de nuevo el reglamento (arts. 14, 54, 59, 121, 122, 140): verifique si la regla subsiste y cómo se trata una solicitud tardía antes de confiar en ella.',
      },
      completionRecords: 'refugee-application-filed',
    },
  ],
  gaps: [],
  protections: [
    {
      id: 'cr.refugee.no-expulsion-pending',
      title: {
        en: 'No expulsion while a refugee claim is pending',
        es: 'No expulsión mientras la solicitud de refugio esté en trámite',
      },
      procedures: ['refugee-claim', 'migration-decision'],
      citation: 'Reglamento de Personas Refugiadas 36831-G art. 39',
      status: 'verified',
      notes: {
        en: 'A protection, not a period: invoke it against any expulsion measure.',
        es: 'Una protección, no un plazo: invóquela frente a cualquier medida de expulsión.',
      },
    },
  ],
};
