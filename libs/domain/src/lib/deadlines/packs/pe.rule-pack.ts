// Peru: the PASEE of Legislative Decree 1582 (a 24-hour expulsion procedure) and the refugee claim.
import { DAYS_ROLL_FORWARD, ON_THE_CLOCK } from '../counting.conventions';
import { RulePack } from '../rule-pack.types';

const PASEE = 'pasee-expulsion';
const PRESS_2023 = 'peru21.pe, eldiarionica.com, diarioconstitucional.cl (Nov 2023)';

export const PE_RULE_PACK: RulePack = {
  jurisdiction: 'PE',
  version: '1.0.0',
  name: { en: 'Peru', es: 'Perú' },
  defaultTimeZone: 'America/Lima',
  procedures: [
    {
      id: PASEE,
      title: {
        en: 'PASEE expulsion (DL 1582, special exceptional sanctioning procedure)',
        es: 'Expulsión en PASEE (DL 1582, procedimiento administrativo sancionador especial excepcional)',
      },
    },
    {
      id: 'refugee-claim',
      title: { en: 'Refugee claim (Ley 27891)', es: 'Solicitud de refugio (Ley 27891)' },
    },
  ],
  eventTypes: [
    {
      id: 'police-retention',
      label: {
        en: 'Administrative retention by the police (PNP)',
        es: 'Retención administrativa por la PNP',
      },
    },
    {
      id: 'sanction-notification',
      label: {
        en: 'Notification of the sanction resolution',
        es: 'Notificación de la resolución de sanción',
      },
    },
    {
      id: 'reconsideration-filed',
      label: {
        en: 'Recurso de reconsideración filed',
        es: 'Recurso de reconsideración presentado',
      },
    },
    {
      id: 'habeas-corpus-filed',
      label: { en: 'Hábeas corpus filed', es: 'Hábeas corpus presentado' },
    },
    { id: 'entry-into-country', label: { en: 'Entry into Peru', es: 'Ingreso al Perú' } },
    {
      id: 'refugee-application-filed',
      label: { en: 'Refugee application filed', es: 'Solicitud de refugio presentada' },
    },
  ],
  rules: [
    {
      id: 'pe.pasee.decision',
      title: {
        en: 'PASEE must end (expulsion may be decided and executed)',
        es: 'Fin del PASEE (la expulsión puede decidirse y ejecutarse)',
      },
      procedures: [PASEE],
      triggers: ['police-retention'],
      party: 'authority',
      period: { amount: 24, unit: 'hours' },
      counting: ON_THE_CLOCK,
      calendar: { country: 'PE' },
      latest: {
        period: { amount: 48, unit: 'hours' },
        counting: ON_THE_CLOCK,
        reading: {
          en: 'retention up to 24 h plus PASEE up to 24 h: decision by 48 h',
          es: 'retención de hasta 24 h más PASEE de hasta 24 h: decisión a las 48 h',
        },
        source: 'peru21.pe; JRS statement',
      },
      citation:
        'DL 1582 (amending DL 1350): "no puede exceder las veinticuatro (24) horas contabilizadas desde la retención administrativa"',
      source: PRESS_2023,
      status: 'secondary',
      notes: {
        en: 'Every hour counts: expulsion can be executed immediately after the single hearing. Plan for 24 h; the 48 h reading is the latest end.',
        es: 'Cada hora cuenta: la expulsión puede ejecutarse inmediatamente después de la audiencia única. Planifique con 24 h; la lectura de 48 h es el límite más tardío.',
      },
    },
    {
      id: 'pe.pasee.police-report',
      title: { en: 'Police preliminary report', es: 'Informe preliminar policial' },
      procedures: [PASEE],
      triggers: ['police-retention'],
      party: 'authority',
      period: { amount: 12, unit: 'hours' },
      counting: ON_THE_CLOCK,
      calendar: { country: 'PE' },
      citation: "Migraciones' own description of PASEE operations",
      source: 'informativotoluca.com citing Migraciones',
      status: 'secondary',
      notes: {
        en: 'A watch time on the police, not on the client: ask for the report once it is due.',
        es: 'Plazo de la policía, no del cliente: solicite el informe cuando venza.',
      },
    },
    {
      id: 'pe.pasee.reconsideration',
      title: { en: 'Recurso de reconsideración', es: 'Recurso de reconsideración' },
      procedures: [PASEE],
      triggers: ['sanction-notification'],
      party: 'defense',
      period: { amount: 3, unit: 'businessDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: { country: 'PE' },
      citation: 'DL 1582 (PASEE), as quoted by the press',
      source: 'peru21.pe quoting the decree',
      status: 'secondary',
      notes: {
        en: 'Filing does NOT suspend the expulsion: file the hábeas corpus and any refugee claim at once as well.',
        es: 'La interposición NO suspende la expulsión: presente también de inmediato el hábeas corpus y la solicitud de refugio.',
      },
      completionRecords: 'reconsideration-filed',
    },
    {
      id: 'pe.habeas-corpus',
      title: { en: 'Demanda de hábeas corpus', es: 'Demanda de hábeas corpus' },
      procedures: [PASEE],
      triggers: ['police-retention', 'sanction-notification'],
      party: 'defense',
      noPeriod: {
        kind: 'immediate',
        guidance: {
          en: 'No period: file at once, before the expulsion is executed.',
          es: 'Sin plazo: presentar de inmediato, antes de que se ejecute la expulsión.',
        },
      },
      urgent: true,
      citation:
        'Constitutional Tribunal: 02744-2015-PA/TC, 01504-2019-PHC/TC, 00404-2015-PHC/TC (expulsions annulled for lack of due process and reasons)',
      source: 'tc.gob.pe',
      status: 'verified',
      notes: {
        en: 'Verified by case law, not by a statutory period.',
        es: 'Verificado por jurisprudencia, no por un plazo legal.',
      },
      completionRecords: 'habeas-corpus-filed',
    },
  ],
  gaps: [
    {
      id: 'pe.pasee.appeal',
      title: { en: 'Appeal (apelación) in the PASEE', es: 'Recurso de apelación en el PASEE' },
      procedures: [PASEE],
      reason: { en: 'No period found.', es: 'No se encontró plazo.' },
      source: 'legal reference: not found',
    },
    {
      id: 'pe.pasee.descargos',
      title: { en: 'Written reply to charges (descargos)', es: 'Descargos' },
      procedures: [PASEE],
      reason: {
        en: 'Given orally at the single hearing; no separate period found.',
        es: 'Se presentan oralmente en la audiencia única; no se encontró plazo separado.',
      },
      source: 'legal reference: not found',
    },
    {
      id: 'pe.refugee.application',
      title: {
        en: 'Refugee application deadline (Ley 27891, DS 119-2003-RE)',
        es: 'Plazo para solicitar refugio (Ley 27891, DS 119-2003-RE)',
      },
      procedures: ['refugee-claim'],
      reason: {
        en: 'No application deadline found under Ley 27891.',
        es: 'No se encontró plazo de solicitud en la Ley 27891.',
      },
      source: 'legal reference: not found',
    },
  ],
  protections: [],
};
