// Costa Rica: remedies against migration decisions and the protection of pending refugee claims.
import { DAYS_ROLL_FORWARD } from '../counting.conventions';
import { RulePack } from '../rule-pack.types';

export const CR_RULE_PACK: RulePack = {
  jurisdiction: 'CR',
  version: '1.0.0',
  name: { en: 'Costa Rica', es: 'Costa Rica' },
  defaultTimeZone: 'America/Costa_Rica',
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
      calendar: { country: 'CR' },
      citation: 'Ley General de Migración y Extranjería 8764 art. 221',
      source: 'LGME 8764 art. 221 (secondary reading)',
      status: 'unverified',
      notes: {
        en: 'Unverified: a secondary reading. Check before relying on it.',
        es: 'No verificado: lectura secundaria. Verifíquelo antes de confiar en él.',
      },
      completionRecords: 'remedy-filed',
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
