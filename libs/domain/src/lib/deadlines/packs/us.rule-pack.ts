// United States: removal proceedings before EOIR, the BIA, the courts of appeals and asylum clocks.
import { DAYS_NO_ROLL, DAYS_ROLL_FORWARD, ON_THE_CLOCK } from '../counting.conventions';
import { RulePack } from '../rule-pack.types';

const REMOVAL = 'removal-proceedings';
const EXPEDITED = 'expedited-removal';
const AFFIRMATIVE = 'affirmative-asylum';
const DHS_DECISION = 'dhs-decision';
const US_CALENDAR = { country: 'US' } as const;
// The BIA sits in Falls Church, Virginia: "received by the BIA" is on its clock.
const BIA_TIME_ZONE = 'America/New_York';

export const US_RULE_PACK: RulePack = {
  jurisdiction: 'US',
  version: '1.0.0',
  name: { en: 'United States', es: 'Estados Unidos' },
  defaultTimeZone: 'America/New_York',
  procedures: [
    {
      id: REMOVAL,
      title: {
        en: 'Removal proceedings / defensive asylum (EOIR)',
        es: 'Procedimiento de deportación / asilo defensivo (EOIR)',
      },
    },
    {
      id: EXPEDITED,
      title: {
        en: 'Expedited removal / credible fear',
        es: 'Deportación expedita / miedo creíble',
      },
    },
    { id: AFFIRMATIVE, title: { en: 'Affirmative asylum', es: 'Asilo afirmativo' } },
    {
      id: DHS_DECISION,
      title: {
        en: 'Appeal of a DHS officer decision to the BIA',
        es: 'Apelación ante la BIA de una decisión de un funcionario del DHS',
      },
    },
  ],
  eventTypes: [
    {
      id: 'ij-decision-oral',
      label: { en: 'IJ decision stated orally', es: 'Decisión oral del juez de inmigración' },
    },
    {
      id: 'ij-decision-written-served',
      label: {
        en: 'IJ written decision mailed or e-served',
        es: 'Decisión escrita del juez enviada por correo o notificada electrónicamente',
      },
    },
    {
      id: 'dhs-decision-served',
      label: { en: 'DHS officer decision served', es: 'Notificación de la decisión del DHS' },
    },
    {
      id: 'final-order',
      label: {
        en: 'Final administrative order (date of the order)',
        es: 'Orden administrativa final (fecha de la orden)',
      },
    },
    {
      id: 'in-absentia-order',
      label: { en: 'In-absentia removal order', es: 'Orden de deportación en ausencia' },
    },
    { id: 'last-arrival', label: { en: 'Last arrival in the US', es: 'Última llegada a EE. UU.' } },
    {
      id: 'order-setting-deadline',
      label: {
        en: 'Order setting a filing deadline (e.g. I-589)',
        es: 'Orden que fija un plazo de presentación (p. ej. I-589)',
      },
    },
    {
      id: 'change-of-address',
      label: { en: 'Change of address (move)', es: 'Cambio de domicilio' },
    },
    {
      id: 'credible-fear-review-request',
      label: {
        en: 'Request for IJ review of a negative credible fear determination',
        es: 'Solicitud de revisión por el juez de una determinación negativa de miedo creíble',
      },
    },
    {
      id: 'bia-appeal-filed',
      label: { en: 'BIA appeal filed (EOIR-26)', es: 'Apelación ante la BIA presentada (EOIR-26)' },
    },
    {
      id: 'eoir-29-filed',
      label: { en: 'EOIR-29 appeal filed', es: 'Apelación EOIR-29 presentada' },
    },
    { id: 'motion-filed', label: { en: 'Motion filed', es: 'Moción presentada' } },
    {
      id: 'petition-for-review-filed',
      label: { en: 'Petition for review filed', es: 'Petición de revisión presentada' },
    },
    { id: 'i589-filed', label: { en: 'I-589 filed', es: 'I-589 presentado' } },
    { id: 'eoir-33-filed', label: { en: 'EOIR-33 filed', es: 'EOIR-33 presentado' } },
  ],
  rules: [
    {
      id: 'us.bia-appeal',
      title: { en: 'BIA appeal (EOIR-26)', es: 'Apelación ante la BIA (EOIR-26)' },
      procedures: [REMOVAL],
      triggers: ['ij-decision-oral', 'ij-decision-written-served'],
      party: 'defense',
      period: { amount: 30, unit: 'calendarDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: US_CALENDAR,
      timeZone: BIA_TIME_ZONE,
      citation: '8 CFR 1003.38(b); 8 CFR 1240.15',
      source: '8 CFR 1003.38(b); 1240.15',
      status: 'verified',
      notes: {
        en: 'Jurisdictional. Must be RECEIVED by the BIA (not mailed) by the due date; a last day on a weekend or federal holiday rolls forward. Runs from the oral decision, or from the mailing/e-service of a written one.',
        es: 'Jurisdiccional. La BIA debe RECIBIRLA (no basta el envío) a más tardar en la fecha de vencimiento; si el último día cae en fin de semana o feriado federal, pasa al siguiente día hábil. Corre desde la decisión oral o desde el envío/notificación electrónica de la escrita.',
      },
      completionRecords: 'bia-appeal-filed',
    },
    {
      id: 'us.eoir-29-appeal',
      title: {
        en: 'Appeal of a DHS officer decision (EOIR-29)',
        es: 'Apelación de una decisión de un funcionario del DHS (EOIR-29)',
      },
      procedures: [DHS_DECISION],
      triggers: ['dhs-decision-served'],
      party: 'defense',
      period: { amount: 30, unit: 'calendarDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: US_CALENDAR,
      citation: '8 CFR 1003.3(a)(2)',
      source: '8 CFR 1003.3(a)(2)',
      status: 'verified',
      notes: {
        en: 'Filed with the DHS office that made the decision, within 30 days of service.',
        es: 'Se presenta ante la oficina del DHS que decidió, dentro de los 30 días de la notificación.',
      },
      completionRecords: 'eoir-29-filed',
    },
    {
      id: 'us.motion-to-reconsider',
      title: { en: 'Motion to reconsider', es: 'Moción de reconsideración' },
      procedures: [REMOVAL],
      triggers: ['final-order'],
      party: 'defense',
      period: { amount: 30, unit: 'calendarDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: US_CALENDAR,
      citation: '8 CFR 1003.23(b)(1)',
      source: '8 CFR 1003.23(b)(1)',
      status: 'verified',
      notes: { en: 'One motion only.', es: 'Una sola moción.' },
      completionRecords: 'motion-filed',
    },
    {
      id: 'us.motion-to-reopen',
      title: { en: 'Motion to reopen', es: 'Moción de reapertura' },
      procedures: [REMOVAL],
      triggers: ['final-order'],
      party: 'defense',
      period: { amount: 90, unit: 'calendarDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: US_CALENDAR,
      citation: '8 CFR 1003.23(b)(1)',
      source: '8 CFR 1003.23(b)(1)',
      status: 'verified',
      notes: { en: 'One motion only.', es: 'Una sola moción.' },
      completionRecords: 'motion-filed',
    },
    {
      id: 'us.motion-to-reopen-in-absentia',
      title: {
        en: 'Motion to reopen an in-absentia order (exceptional circumstances)',
        es: 'Moción de reapertura de una orden en ausencia (circunstancias excepcionales)',
      },
      procedures: [REMOVAL],
      triggers: ['in-absentia-order'],
      party: 'defense',
      period: { amount: 180, unit: 'calendarDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: US_CALENDAR,
      citation: '8 CFR 1003.23(b)(4)(ii)',
      source: '8 CFR 1003.23(b)(4)(ii)',
      status: 'verified',
      notes: {
        en: 'For exceptional circumstances. Lack of notice has no period (see the companion rule).',
        es: 'Por circunstancias excepcionales. La falta de notificación no tiene plazo (ver la regla asociada).',
      },
      completionRecords: 'motion-filed',
    },
    {
      id: 'us.motion-to-reopen-in-absentia-no-notice',
      title: {
        en: 'Motion to reopen an in-absentia order (lack of notice)',
        es: 'Moción de reapertura de una orden en ausencia (falta de notificación)',
      },
      procedures: [REMOVAL],
      triggers: ['in-absentia-order'],
      party: 'defense',
      noPeriod: {
        kind: 'anyTime',
        guidance: {
          en: 'May be filed at any time when the person did not receive notice.',
          es: 'Puede presentarse en cualquier momento si la persona no recibió la notificación.',
        },
      },
      urgent: false,
      citation: '8 CFR 1003.23(b)(4)(ii)',
      source: '8 CFR 1003.23(b)(4)(ii)',
      status: 'verified',
      notes: {
        en: 'No due date is computed: the law gives none.',
        es: 'No se calcula fecha: la norma no la fija.',
      },
      completionRecords: 'motion-filed',
    },
    {
      id: 'us.petition-for-review',
      title: {
        en: 'Petition for review (court of appeals)',
        es: 'Petición de revisión (tribunal de apelaciones)',
      },
      procedures: [REMOVAL],
      triggers: ['final-order'],
      party: 'defense',
      period: { amount: 30, unit: 'calendarDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: US_CALENDAR,
      citation:
        '8 U.S.C. 1252(b)(1); Nahatchevska v. Ashcroft, 317 F.3d 1226 (10th Cir. 2003); Lemos v. Holder, 636 F.3d 365 (7th Cir. 2011)',
      source: '8 U.S.C. 1252(b)(1); Nahatchevska v. Ashcroft; Lemos v. Holder',
      status: 'verified',
      notes: {
        en: 'Jurisdictional. Runs from the DATE OF THE ORDER, not its receipt; no mailing days are added.',
        es: 'Jurisdiccional. Corre desde la FECHA DE LA ORDEN, no desde su recepción; no se suman días por correo.',
      },
      completionRecords: 'petition-for-review-filed',
    },
    {
      id: 'us.asylum-one-year',
      title: { en: 'Asylum one-year filing deadline', es: 'Plazo de un año para solicitar asilo' },
      procedures: [REMOVAL, AFFIRMATIVE],
      triggers: ['last-arrival'],
      party: 'defense',
      period: { amount: 1, unit: 'years' },
      counting: DAYS_ROLL_FORWARD,
      calendar: US_CALENDAR,
      citation: 'INA 208(a)(2)(B),(D); 8 CFR 1208.4(a)(2)',
      source: 'INA 208(a)(2)(B),(D); 8 CFR 1208.4(a)(2)',
      status: 'verified',
      notes: {
        en: 'Counted from the LAST arrival. Exceptions (changed or extraordinary circumstances) still require filing within a "reasonable period". A judge may set an earlier date.',
        es: 'Se cuenta desde la ÚLTIMA llegada. Las excepciones (circunstancias cambiadas o extraordinarias) exigen presentar en un "plazo razonable". El juez puede fijar una fecha anterior.',
      },
      completionRecords: 'i589-filed',
    },
    {
      id: 'us.judge-imposed-i589',
      title: { en: 'Judge-imposed I-589 deadline', es: 'Plazo fijado por el juez para el I-589' },
      procedures: [REMOVAL],
      triggers: ['order-setting-deadline'],
      party: 'defense',
      noPeriod: {
        kind: 'dateInOrder',
        guidance: {
          en: 'Enter the date stated in the order as an override; it is often earlier than the one-year deadline.',
          es: 'Registre la fecha que indica la orden como ajuste manual; suele ser anterior al plazo de un año.',
        },
      },
      urgent: false,
      citation: 'Practice (immigration judge orders)',
      source: 'new_sanctuary_asylum issue #302',
      status: 'verified',
      notes: {
        en: 'Verified as practice. Failing to file by the judge\u2019s date can be treated as abandonment.',
        es: 'Verificado como práctica. No presentar en la fecha del juez puede tratarse como abandono.',
      },
      completionRecords: 'i589-filed',
    },
    {
      id: 'us.change-of-address',
      title: { en: 'Change of address (EOIR-33)', es: 'Cambio de domicilio (EOIR-33)' },
      procedures: [REMOVAL],
      triggers: ['change-of-address'],
      party: 'defense',
      period: { amount: 5, unit: 'calendarDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: US_CALENDAR,
      citation: '8 CFR 1003.15(d)(2)',
      source: '8 CFR 1003.15(d)(2)',
      status: 'secondary',
      notes: {
        en: 'Missing it risks hearing notices going to the old address and an in-absentia order.',
        es: 'Omitirlo arriesga que las citaciones vayan al domicilio anterior y una orden en ausencia.',
      },
      completionRecords: 'eoir-33-filed',
    },
    {
      id: 'us.credible-fear-review',
      title: {
        en: 'IJ review of a negative credible fear determination',
        es: 'Revisión por el juez de la determinación negativa de miedo creíble',
      },
      procedures: [EXPEDITED],
      triggers: ['credible-fear-review-request'],
      party: 'authority',
      period: { amount: 24, unit: 'hours' },
      counting: ON_THE_CLOCK,
      calendar: US_CALENDAR,
      latest: {
        period: { amount: 7, unit: 'calendarDays' },
        counting: DAYS_NO_ROLL,
        reading: {
          en: 'never later than 7 days (not extended: the text sets an outer limit)',
          es: 'nunca después de 7 días (sin prórroga: el texto fija un límite máximo)',
        },
        source: '8 CFR 1003.42(e)',
      },
      citation: '8 CFR 1003.42(e)',
      source: '8 CFR 1003.42(e)',
      status: 'secondary',
      notes: {
        en: 'A watch date on the court: 24 hours where practicable, never later than 7 days. Removal may follow at once if the negative finding is upheld.',
        es: 'Plazo del tribunal: 24 horas en lo posible, nunca más de 7 días. La deportación puede seguir de inmediato si se confirma la determinación negativa.',
      },
    },
  ],
  gaps: [],
  protections: [],
};
