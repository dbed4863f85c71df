// Mexico: the refugee claim before COMAR and the amparo against acts of migration authorities.
import { DAYS_ROLL_FORWARD } from '../counting.conventions';
import { RulePack } from '../rule-pack.types';

const COMAR_CLAIM = 'comar-refugee-claim';
const AMPARO = 'amparo';
// COMAR publishes its own días inhábiles: they are closure days of this forum's calendar.
const COMAR_CALENDAR = { country: 'MX', forum: 'MX-COMAR' } as const;

export const MX_RULE_PACK: RulePack = {
  jurisdiction: 'MX',
  version: '1.0.0',
  name: { en: 'Mexico', es: 'México' },
  defaultTimeZone: 'America/Mexico_City',
  procedures: [
    {
      id: COMAR_CLAIM,
      title: { en: 'Refugee claim before COMAR', es: 'Solicitud de refugio ante la COMAR' },
    },
    { id: AMPARO, title: { en: 'Amparo', es: 'Juicio de amparo' } },
  ],
  eventTypes: [
    { id: 'entry-into-country', label: { en: 'Entry into Mexico', es: 'Ingreso a México' } },
    {
      id: 'comar-application',
      label: {
        en: 'Refugee application filed with COMAR',
        es: 'Solicitud presentada ante la COMAR',
      },
    },
    {
      id: 'comar-resolution-notification',
      label: {
        en: 'Notification of a COMAR denial',
        es: 'Notificación de la resolución negativa de la COMAR',
      },
    },
    {
      id: 'act-notification',
      label: { en: 'Notification of the act challenged', es: 'Notificación del acto reclamado' },
    },
    {
      id: 'migration-detention',
      label: {
        en: 'Migration detention (presentación ante el INM)',
        es: 'Detención migratoria (presentación ante el INM)',
      },
    },
    {
      id: 'deportation-order-notification',
      label: {
        en: 'Notification of a deportation or expulsion order',
        es: 'Notificación de una orden de deportación o expulsión',
      },
    },
    { id: 'amparo-filed', label: { en: 'Amparo filed', es: 'Demanda de amparo presentada' } },
    {
      id: 'revision-filed',
      label: { en: 'Recurso de revisión filed', es: 'Recurso de revisión presentado' },
    },
  ],
  rules: [
    {
      id: 'mx.comar.application',
      title: { en: 'Refugee application to COMAR', es: 'Solicitud de refugio ante la COMAR' },
      procedures: [COMAR_CLAIM],
      triggers: ['entry-into-country'],
      party: 'defense',
      period: { amount: 30, unit: 'calendarDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: COMAR_CALENDAR,
      latest: {
        period: { amount: 30, unit: 'businessDays' },
        counting: DAYS_ROLL_FORWARD,
        reading: {
          en: '30 días hábiles (NGO and UNHCR-linked guides)',
          es: '30 días hábiles (guías de ONG y vinculadas a ACNUR)',
        },
        source: 'NGO and UNHCR-linked guides',
      },
      citation: 'LRPCAP art. 18',
      source: 'gob.mx/comar; LRPCAP art. 18',
      status: 'secondary',
      notes: {
        en: "COMAR's page says 30 days; guides say 30 días hábiles. Late filing is still possible with a written justification (escrito de justificación de extemporaneidad).",
        es: 'La página de la COMAR dice 30 días; las guías dicen 30 días hábiles. Aún es posible presentar fuera de plazo con un escrito de justificación de extemporaneidad.',
      },
      completionRecords: 'comar-application',
    },
    {
      id: 'mx.comar.decision',
      title: { en: 'COMAR decision due', es: 'Plazo de la COMAR para resolver' },
      procedures: [COMAR_CLAIM],
      triggers: ['comar-application'],
      party: 'authority',
      period: { amount: 45, unit: 'businessDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: COMAR_CALENDAR,
      citation: "COMAR's published resolution period",
      source: 'gob.mx/comar',
      status: 'secondary',
      notes: {
        en: 'A watch date on the agency, not on the client.',
        es: 'Plazo de la autoridad, no del solicitante.',
      },
    },
    {
      id: 'mx.comar.revision',
      title: {
        en: 'Recurso de revisión against a COMAR denial',
        es: 'Recurso de revisión contra la negativa de la COMAR',
      },
      procedures: [COMAR_CLAIM],
      triggers: ['comar-resolution-notification'],
      party: 'defense',
      period: { amount: 15, unit: 'businessDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: COMAR_CALENDAR,
      citation: 'LFPA art. 85',
      source: 'LFPA art. 85 (usual reading)',
      status: 'unverified',
      notes: {
        en: "Unverified: a practitioner's usual reading. Check before relying on it.",
        es: 'No verificado: lectura usual de la práctica. Verifíquelo antes de confiar en él.',
      },
      completionRecords: 'revision-filed',
    },
    {
      id: 'mx.amparo',
      title: { en: 'Amparo (general period)', es: 'Demanda de amparo (plazo general)' },
      procedures: [AMPARO],
      triggers: ['act-notification'],
      party: 'defense',
      period: { amount: 15, unit: 'calendarDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: { country: 'MX' },
      citation: 'Ley de Amparo art. 17',
      source: 'Ley de Amparo art. 17',
      status: 'verified',
      notes: {
        en: 'Planned here as 15 calendar days, the earliest date. The Ley de Amparo counts its periods in días hábiles (arts. 18-19; not in the legal reference, verify), so the court may accept a later day. Against deportation, expulsion, danger to life or incommunicado detention there is no period (see the urgent rule).',
        es: 'Se planifica aquí con 15 días naturales, la fecha más temprana. La Ley de Amparo cuenta sus plazos en días hábiles (arts. 18-19; fuera de la referencia jurídica, verifíquelo), por lo que el juzgado puede admitir un día posterior. Contra deportación, expulsión, peligro para la vida o incomunicación no hay plazo (ver la regla urgente).',
      },
      completionRecords: 'amparo-filed',
    },
    {
      id: 'mx.amparo.deportation',
      title: {
        en: 'Amparo against deportation, expulsion, danger to life or incommunicado detention',
        es: 'Amparo contra deportación, expulsión, peligro para la vida o incomunicación',
      },
      procedures: [AMPARO, COMAR_CLAIM],
      triggers: ['migration-detention', 'deportation-order-notification'],
      party: 'defense',
      noPeriod: {
        kind: 'immediate',
        guidance: {
          en: 'Any time, no period: file at once to stop the removal.',
          es: 'En cualquier tiempo, sin plazo: presentar de inmediato para detener la expulsión.',
        },
      },
      urgent: true,
      citation: 'Ley de Amparo art. 17',
      source: 'Ley de Amparo art. 17',
      status: 'verified',
      notes: {
        en: 'The law sets no period; the removal does.',
        es: 'La ley no fija plazo; la expulsión sí.',
      },
      completionRecords: 'amparo-filed',
    },
  ],
  gaps: [],
  protections: [],
};
