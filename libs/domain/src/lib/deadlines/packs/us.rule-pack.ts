// United States: removal proceedings before EOIR, the BIA, the courts of appeals and asylum clocks.
import { DAYS_NO_ROLL, DAYS_ROLL_FORWARD, ON_THE_CLOCK } from '../counting.conventions';
import { LatestReading, RulePack } from '../rule-pack.types';
import { RULE_PACK_REVIEW_2026_12 } from './rule-pack.review';

const REMOVAL = 'removal-proceedings';
const EXPEDITED = 'expedited-removal';
const AFFIRMATIVE = 'affirmative-asylum';
const DHS_DECISION = 'dhs-decision';
const WITHHOLDING_ONLY = 'withholding-only';
const THIRD_COUNTRY = 'third-country-removal';
const FEDERAL_HOLIDAYS = 'us.federal-holidays';
const US_CALENDAR = { country: 'US', nonWorkingDays: FEDERAL_HOLIDAYS } as const;
/** The removal window after a third-country notice: 6 hours if "exigent", else 24 (ICE memo). */
const ORDINARY_THIRD_COUNTRY_NOTICE: LatestReading = {
  period: { amount: 24, unit: 'hours' },
  counting: ON_THE_CLOCK,
  reading: {
    en: 'the ordinary notice: at least 24 hours before removal',
    es: 'la notificación ordinaria: al menos 24 horas antes de la deportación',
  },
  source: 'ICE memo of 9 July 2025 as reported by Reuters',
};
// The BIA sits in Falls Church, Virginia: "received by the BIA" is on its clock.
const BIA_TIME_ZONE = 'America/New_York';

export const US_RULE_PACK: RulePack = {
  jurisdiction: 'US',
  version: '1.2.0',
  review: RULE_PACK_REVIEW_2026_12,
  name: { en: 'United States', es: 'Estados Unidos' },
  // A fallback only: cases take their immigration court's zone when opened (us-eoir-courts).
  defaultTimeZone: 'America/New_York',
  singleTimeZone: false,
  calendars: [
    {
      id: FEDERAL_HOLIDAYS,
      title: {
        en: 'US federal holidays, observed days included (holiday library, type public)',
        es: 'Feriados federales de EE. UU., con días observados (biblioteca de feriados, tipo public)',
      },
      citation: '5 U.S.C. 6103(a) (the holidays the library lists; not re-read here)',
      status: 'secondary',
      holidays: { kind: 'publicHolidayLibrary' },
      holidayWord: { en: 'federal holiday', es: 'feriado federal' },
    },
  ],
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
    {
      id: WITHHOLDING_ONLY,
      title: {
        en: 'Administrative removal or reinstatement: reasonable fear and withholding-only',
        es: 'Deportación administrativa o restablecimiento: miedo razonable y solo suspensión',
      },
    },
    {
      id: THIRD_COUNTRY,
      title: {
        en: 'Removal to a third country',
        es: 'Deportación a un tercer país',
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
      // Kept so that events recorded before the correction still read; it starts no clock.
      id: 'credible-fear-review-request',
      label: {
        en: 'Request for IJ review of a negative credible fear determination (starts no clock)',
        es: 'Solicitud de revisión por el juez de una determinación negativa de miedo creíble (no inicia plazo)',
      },
    },
    {
      id: 'negative-credible-fear-approved',
      label: {
        en: 'Supervisory asylum officer approved the negative credible fear determination',
        es: 'El supervisor aprobó la determinación negativa de miedo creíble',
      },
    },
    {
      id: 'final-administrative-removal-order',
      label: {
        en: 'Final administrative removal order issued by DHS (INA 238(b), FARO)',
        es: 'Orden administrativa final de deportación del DHS (INA 238(b), FARO)',
      },
    },
    {
      id: 'reinstatement-of-removal-order',
      label: {
        en: 'Prior removal order reinstated (INA 241(a)(5))',
        es: 'Orden de deportación anterior restablecida (INA 241(a)(5))',
      },
    },
    {
      id: 'reasonable-fear-referral',
      label: {
        en: 'Referred to an asylum officer for a reasonable fear determination',
        es: 'Remitido a un oficial de asilo para la determinación de miedo razonable',
      },
    },
    {
      id: 'reasonable-fear-ij-referral',
      label: {
        en: 'Negative reasonable fear decision referred to an IJ for review',
        es: 'Decisión negativa de miedo razonable remitida al juez para revisión',
      },
    },
    {
      id: 'voluntary-departure-granted',
      label: {
        en: 'Voluntary departure granted at the conclusion of proceedings (with bond)',
        es: 'Salida voluntaria concedida al concluir el procedimiento (con fianza)',
      },
    },
    {
      id: 'vd-bond-posted',
      label: {
        en: 'Voluntary departure bond posted',
        es: 'Fianza de salida voluntaria depositada',
      },
    },
    {
      id: 'bia-briefing-schedule',
      label: {
        en: 'BIA briefing schedule notice (date of the notice)',
        es: 'Aviso de calendario de alegatos de la BIA (fecha del aviso)',
      },
    },
    {
      id: 'bia-brief-filed',
      label: { en: 'BIA brief filed', es: 'Alegato ante la BIA presentado' },
    },
    {
      id: 'ar-11-filed',
      label: { en: 'AR-11 filed with DHS', es: 'AR-11 presentado ante el DHS' },
    },
    {
      id: 'third-country-removal-notice',
      label: {
        en: 'Written notice of removal to a third country served',
        es: 'Notificación escrita de deportación a un tercer país',
      },
    },
    {
      id: 'third-country-fear-expressed',
      label: {
        en: 'Fear of the third country expressed to ICE',
        es: 'Temor al tercer país manifestado ante ICE',
      },
    },
    {
      id: 'habeas-filed',
      label: {
        en: 'Habeas petition filed (28 U.S.C. 2241)',
        es: 'Hábeas corpus presentado (28 U.S.C. 2241)',
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
      sourceUrl: 'https://www.law.cornell.edu/cfr/text/8/1240.15',
      excerpt:
        'An appeal shall be filed within 30 calendar days after the mailing of a written decision, the stating of an oral decision, or the service of a summary decision. The filing date is defined as the date of receipt of the Notice of Appeal by the Board of Immigration Appeals.',
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
      sourceUrl: 'https://legalfix.com/CFR/2019/title-8/chapter-v/part-1003/section-1003.3',
      excerpt:
        'An appeal from a decision of a Service officer shall be taken by filing a Notice of Appeal … (Form EOIR-29) directly with the office of the Service having administrative control over the record of proceeding within 30 days of the service of the decision being appealed.',
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
      citation:
        '8 CFR 1003.23(b)(1) (before the immigration judge); 8 CFR 1003.2(b)(2) (before the BIA)',
      source: '8 CFR 1003.2(b)(2) (text read); 8 CFR 1003.23(b)(1)',
      sourceUrl:
        'https://old.govregs.com/regulations/title8_chapterV_part1003_subpartA_section1003.2',
      excerpt:
        '(2) A motion to reconsider a decision must be filed with the Board within 30 days after the mailing of the Board decision … A party may file only one motion to reconsider any given decision and may not seek reconsideration of a decision denying a previous motion to reconsider.',
      status: 'verified',
      notes: {
        en: 'One motion only, filed with the body that ruled last: the immigration judge (1003.23(b)(1)) or, where the BIA decided the case, the BIA (1003.2(b)(2)), whose 30 days run from the mailing of its decision. Counting from the date of the order is the earlier, safe date. Filing it while voluntary departure runs ends the voluntary departure grant.',
        es: 'Una sola moción, ante el órgano que resolvió en último lugar: el juez (1003.23(b)(1)) o, si resolvió la BIA, la BIA (1003.2(b)(2)), cuyos 30 días corren desde el envío de su decisión. Contar desde la fecha de la orden da la fecha más temprana y segura. Presentarla durante la salida voluntaria pone fin a esa concesión.',
      },
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
      citation:
        '8 CFR 1003.23(b)(1) (before the immigration judge); 8 CFR 1003.2(c)(2) (before the BIA); INA 240(c)(7)(C)(i)',
      source: '8 CFR 1003.2(c)(2) as quoted in He Yin Chen v. Holder, No. 12-60663 (5th Cir. 2013)',
      sourceUrl: 'http://print.casetext.com/case/he-yin-chen-v-holder',
      excerpt:
        'A petitioner may file only one motion to reopen "no later than 90 days after the date on which the final administrative decision was rendered", unless the motion is "based on changed circumstances arising in the country of nationality". 8 C.F.R. § 1003.2(c)(2), (c)(3)(ii).',
      status: 'verified',
      notes: {
        en: 'One motion only, filed with the body that ruled last (immigration judge or BIA). Based on changed country conditions there is no deadline: see us.motion-to-reopen.changed-country-conditions.',
        es: 'Una sola moción, ante el órgano que resolvió en último lugar (juez o BIA). Si se funda en un cambio de las condiciones del país no hay plazo: ver us.motion-to-reopen.changed-country-conditions.',
      },
      completionRecords: 'motion-filed',
    },
    {
      id: 'us.motion-to-reopen.changed-country-conditions',
      title: {
        en: 'Motion to reopen based on changed country conditions',
        es: 'Moción de reapertura por cambio de las condiciones del país',
      },
      procedures: [REMOVAL],
      triggers: ['final-order'],
      party: 'defense',
      noPeriod: {
        kind: 'anyTime',
        guidance: {
          en: 'No time or number limit when the motion applies for asylum, withholding or CAT protection on changed circumstances in the country of nationality or removal, with evidence that is material and was not available before.',
          es: 'Sin límite de tiempo ni de número cuando la moción solicita asilo, suspensión o protección CAT por un cambio de circunstancias en el país de nacionalidad o de deportación, con pruebas relevantes que antes no estaban disponibles.',
        },
      },
      urgent: false,
      citation: '8 CFR 1003.2(c)(3)(ii); 8 CFR 1003.23(b)(4)(i); INA 240(c)(7)(C)(ii)',
      source:
        '8 CFR 1003.2(c)(3)(ii) as quoted in Meng Hong Wang v. Gonzales (2d Cir. 2006); 1003.23(b)(4)(i) not read here',
      sourceUrl: 'https://cetient.com/case/8600664/meng-hong-wang-v-gonzales',
      excerpt:
        'A motion that does not comply with these limitations can only be brought where the alien can establish one of four limited exceptions … where the alien can establish "changed circumstances arising in the country of nationality." 8 U.S.C. § 1229a(c)(7)(C)(ii) (2005); 8 C.F.R. § 1003.2(c)(3)(ii) (2005).',
      status: 'verified',
      notes: {
        en: 'A change in personal circumstances (a child born in the US, a conversion here) is not a change in country conditions.',
        es: 'Un cambio de circunstancias personales (un hijo nacido en EE. UU., una conversión aquí) no es un cambio de las condiciones del país.',
      },
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
      sourceUrl: 'https://www.justice.gov/eoir/reference-materials/ic/chapter-5/9',
      excerpt:
        'in removal proceedings, an in absentia order may be rescinded only upon the granting of a motion to reopen. The Board of Immigration Appeals does not have jurisdiction to consider direct appeals of in absentia orders in removal proceedings.',
      status: 'secondary',
      notes: {
        en: 'Secondary: the 180 days (INA 240(b)(5)(C)(i)) were read in practitioners\u2019 summaries and the EOIR Practice Manual\u2019s chapter on these motions, not in the regulation\u2019s own text. For exceptional circumstances. Lack of notice has no period (see the companion rule). Filing it stays removal until the judge rules (see the protection us.in-absentia.automatic-stay).',
        es: 'Secundaria: los 180 días (INA 240(b)(5)(C)(i)) se leyeron en resúmenes de abogados y en el capítulo del Manual de Práctica de la EOIR sobre estas mociones, no en el texto mismo del reglamento. Por circunstancias excepcionales. La falta de notificación no tiene plazo (ver la regla asociada). Su presentación suspende la deportación hasta que el juez resuelva (ver la protección us.in-absentia.automatic-stay).',
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
      sourceUrl: 'https://www.justice.gov/eoir/reference-materials/ic/chapter-5/9',
      excerpt:
        'in removal proceedings, an in absentia order may be rescinded only upon the granting of a motion to reopen. The Board of Immigration Appeals does not have jurisdiction to consider direct appeals of in absentia orders in removal proceedings.',
      status: 'secondary',
      notes: {
        en: 'No due date is computed: the law gives none (INA 240(b)(5)(C)(ii), as summarised by practitioners; the regulation\u2019s own text was not read in this review, hence secondary).',
        es: 'No se calcula fecha: la norma no la fija (INA 240(b)(5)(C)(ii), según resúmenes de abogados; no se leyó el texto mismo del reglamento en esta revisión, de ahí «secundaria»).',
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
        '8 U.S.C. 1252(b)(1); Riley v. Bondi, 606 U.S. ___, No. 23-1270 (June 26, 2025); Nahatchevska v. Ashcroft, 317 F.3d 1226 (10th Cir. 2003); Lemos v. Holder, 636 F.3d 365 (7th Cir. 2011)',
      source:
        '8 U.S.C. 1252(b)(1) as quoted by Cornell LII (Riley v. Bondi preview); the holding as summarised by Cornell, wikimili and the Court\u2019s syllabus',
      sourceUrl: 'https://www.law.cornell.edu/supct/cert/23-1270',
      excerpt:
        'Under 8 U.S.C § 1252(b)(1), to review an order of removal, the \u201cpetition for review must be filed not later than 30 days after the date of the final order of removal.\u201d',
      status: 'verified',
      notes: {
        en: 'A mandatory claims-processing rule, not jurisdictional (Riley v. Bondi, 2025): the government may waive or forfeit it, but a court enforces it when it is raised, so treat the date as firm. Runs from the DATE OF THE ORDER, not its receipt; no mailing days are added. Filing it ends a voluntary departure grant.',
        es: 'Norma procesal obligatoria, no jurisdiccional (Riley v. Bondi, 2025): el gobierno puede renunciar a ella, pero el tribunal la aplica si se invoca, así que trate la fecha como firme. Corre desde la FECHA DE LA ORDEN, no desde su recepción; no se suman días por correo. Presentarla pone fin a la salida voluntaria.',
      },
      completionRecords: 'petition-for-review-filed',
    },
    {
      id: 'us.petition-for-review.faro',
      title: {
        en: 'Petition for review of a final administrative removal order (withholding-only cases)',
        es: 'Petición de revisión de una orden administrativa final (casos de solo suspensión)',
      },
      procedures: [WITHHOLDING_ONLY],
      triggers: ['final-administrative-removal-order'],
      party: 'defense',
      period: { amount: 30, unit: 'calendarDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: US_CALENDAR,
      citation: '8 U.S.C. 1252(b)(1); 8 U.S.C. 1228(b)(3); Riley v. Bondi, 606 U.S. ___ (2025)',
      source: 'Riley v. Bondi (U.S. 2025), syllabus',
      sourceUrl: 'https://nessalc.github.io/idissent/riley-v-bondi/syllabus.html',
      excerpt:
        'BIA orders denying deferral of removal in "withholding-only" proceedings are not "final order[s] of removal" under Section 1252(b)(1).',
      status: 'verified',
      notes: {
        en: 'The 30 days run from the FARO, NOT from the later BIA decision in the withholding-only proceeding: file the petition within 30 days of the FARO and ask the court of appeals to hold it until the withholding decision. A claims-processing rule, not jurisdictional.',
        es: 'Los 30 días corren desde la FARO, NO desde la decisión posterior de la BIA en el procedimiento de solo suspensión: presente la petición dentro de los 30 días de la FARO y pida al tribunal que la suspenda hasta la decisión sobre la suspensión. Norma procesal, no jurisdiccional.',
      },
      completionRecords: 'petition-for-review-filed',
    },
    {
      id: 'us.petition-for-review.reinstatement',
      title: {
        en: 'Petition for review of a reinstated removal order (withholding-only cases)',
        es: 'Petición de revisión de una orden de deportación restablecida (solo suspensión)',
      },
      procedures: [WITHHOLDING_ONLY],
      triggers: ['reinstatement-of-removal-order'],
      party: 'defense',
      period: { amount: 30, unit: 'calendarDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: US_CALENDAR,
      citation: '8 U.S.C. 1252(b)(1); Riley v. Bondi, 606 U.S. ___ (2025), by analogy',
      source:
        'Riley v. Bondi concerns a FARO; practitioners read it to cover reinstatement too (sabrinadamast.com, July 2025)',
      sourceUrl:
        'https://www.sabrinadamast.com/journal/2025/7/1/supreme-court-discusses-timing-for-pfr-in-withholding-only-cases',
      excerpt:
        'In cases involving administrative removal orders (and likely also reinstatement orders), the 30 day timeliness is measured from the issuance of the ICE order, rather than from any dismissal of withholding and CAT applications by the Board of Immigration Appeals.',
      status: 'secondary',
      notes: {
        en: 'Plan on 30 days from the reinstatement: the Supreme Court held this for a FARO, and the same reading is the safe one for a reinstated order.',
        es: 'Planifique 30 días desde el restablecimiento: la Corte Suprema lo resolvió para una FARO y la misma lectura es la segura para una orden restablecida.',
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
      citation: 'INA 208(a)(2)(B),(D),(E); 8 U.S.C. 1158(a)(2)(B); 8 CFR 1208.4(a)(2)',
      source: '8 U.S.C. 1158(a)(2)(B) (text read); (E) not read here',
      sourceUrl: 'http://codes.lp.findlaw.com/uscode/8/12/II/I/1158',
      excerpt:
        "(B) Time limit. Subject to subparagraph (D), paragraph (1) shall not apply to an alien unless the alien demonstrates by clear and convincing evidence that the application has been filed within 1 year after the date of the alien's arrival in the United States.",
      status: 'verified',
      notes: {
        en: 'Counted from the LAST arrival. Does NOT apply to an unaccompanied child (INA 208(a)(2)(E)): see the protection us.asylum.uac-exemption. Exceptions (changed or extraordinary circumstances) still require filing within a "reasonable period". A judge may set an earlier date.',
        es: 'Se cuenta desde la ÚLTIMA llegada. NO se aplica a un niño no acompañado (INA 208(a)(2)(E)): ver la protección us.asylum.uac-exemption. Las excepciones (circunstancias cambiadas o extraordinarias) exigen presentar en un "plazo razonable". El juez puede fijar una fecha anterior.',
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
      citation: '8 CFR 1003.31(c)',
      source: '8 CFR 1003.31(c)',
      sourceUrl: 'https://codes.findlaw.com/cfr/title-8-aliens-and-nationality/cfr-sect-8-1003-31/',
      excerpt:
        '(c) The Immigration Judge may set and extend time limits for the filing of applications and related documents and responses thereto, if any. If an application or document is not filed within the time set by the Immigration Judge, the opportunity to file that application or document shall be deemed waived.',
      status: 'verified',
      notes: {
        en: 'Missing the judge\u2019s date waives the application (1003.31(c)). The same page shows a later version of (c) opening "Subject to § 1208.4(d)": check which version is in force for the case.',
        es: 'No presentar en la fecha del juez hace perder la solicitud (1003.31(c)). La misma página muestra una versión posterior de (c) que empieza "Subject to § 1208.4(d)": verifique cuál rige para el caso.',
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
      citation: '8 CFR 1003.15(d)(2); 8 U.S.C. 1229(a)(1)(F)(ii)',
      source: 'EOIR Policy Manual, Appendix C (Deadlines), the agency\u2019s own page',
      sourceUrl: 'https://www.justice.gov/eoir/eoir-policy-manual/appendices-c',
      excerpt:
        'Changes of address or telephone number | Alien | 5 days after the alien\u2019s change of address or telephone number. | Part II, 2.2(c)-(d)',
      status: 'verified',
      notes: {
        en: 'Five days, counted here as calendar days (some guides say working days: the earlier reading is kept). Missing it risks hearing notices going to the old address and an in-absentia order.',
        es: 'Cinco días, contados aquí como naturales (algunas guías dicen hábiles: se mantiene la lectura más temprana). Omitirlo arriesga que las citaciones vayan al domicilio anterior y una orden en ausencia.',
      },
      completionRecords: 'eoir-33-filed',
    },
    {
      id: 'us.change-of-address.dhs-ar11',
      title: {
        en: 'Change of address to DHS (AR-11)',
        es: 'Cambio de domicilio ante el DHS (AR-11)',
      },
      procedures: [REMOVAL, AFFIRMATIVE, WITHHOLDING_ONLY],
      triggers: ['change-of-address'],
      party: 'defense',
      period: { amount: 10, unit: 'calendarDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: US_CALENDAR,
      citation: 'INA 265(a) (8 U.S.C. 1305(a)); 8 CFR 265.1',
      source: 'INA 265(a) as quoted by the University of Hawaii international office',
      sourceUrl: 'http://www.hawaii.edu/fsis/j-1/info/status/addressfaq.html',
      excerpt:
        '"Each alien required to be registered under this title who is within the United States shall notify the Attorney General in writing of each change of address and new address within ten days from the date of such change …"',
      status: 'verified',
      notes: {
        en: 'Separate from the EOIR-33 to the court: both are needed. The statute does not say whether a last day on a weekend rolls; here it rolls forward like the other day periods.',
        es: 'Distinto del EOIR-33 al tribunal: se necesitan ambos. La ley no dice si un último día en fin de semana se traslada; aquí se traslada como los demás plazos en días.',
      },
      completionRecords: 'ar-11-filed',
    },
    {
      id: 'us.credible-fear-review',
      title: {
        en: 'IJ review of a negative credible fear determination',
        es: 'Revisión por el juez de la determinación negativa de miedo creíble',
      },
      procedures: [EXPEDITED],
      triggers: ['negative-credible-fear-approved'],
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
      citation: '8 CFR 1003.42(e); INA 235(b)(1)(B)(iii)(III)',
      source: '8 CFR 1003.42(e) (mirror of the CFR text; the excerpt read ends mid-sentence)',
      sourceUrl: 'http://laws9.com/cfr/text/8/1003/42',
      excerpt:
        '(e) Timing. The Immigration Judge shall conclude the review to the maximum extent practicable within 24 hours, but in no case later than 7 days aft[er …]',
      status: 'secondary',
      notes: {
        en: 'A watch date on the court, counted from the supervisory asylum officer\u2019s approval of the negative finding (not from the request for review, which comes later and would give later, unsafe dates). The words naming the approval were not read in full here: the 24 hours and 7 days were. Removal may follow at once if the negative finding is upheld.',
        es: 'Plazo del tribunal, contado desde la aprobación por el supervisor de la determinación negativa (no desde la solicitud de revisión, que es posterior y daría fechas más tardías e inseguras). Las palabras que nombran la aprobación no se leyeron completas aquí: las 24 horas y los 7 días sí. La deportación puede seguir de inmediato si se confirma la determinación negativa.',
      },
    },
    {
      id: 'us.reasonable-fear.asylum-officer',
      title: {
        en: 'Reasonable fear determination by the asylum officer',
        es: 'Determinación de miedo razonable por el oficial de asilo',
      },
      procedures: [WITHHOLDING_ONLY],
      triggers: ['reasonable-fear-referral'],
      party: 'authority',
      period: { amount: 10, unit: 'calendarDays' },
      counting: DAYS_NO_ROLL,
      calendar: US_CALENDAR,
      citation: '8 CFR 208.31(b)',
      source: '8 CFR 208.31(b), CFR edition of 1 Jan 2010 (later editions not compared)',
      sourceUrl:
        'https://www.paperzz.com/doc/7855777/8-cfr-ch.-i--1%E2%80%931%E2%80%9310-edition--%C2%A7-208.31',
      excerpt:
        'Upon issuance of a Final Administrative Removal Order under § 238.1 of this chapter, or notice under § 241.8(b) of this chapter that an alien is subject to removal, an alien described in paragraph (a) of this section shall be referred to an asylum officer for a reasonable fear determination. In the absence of exceptional circumstances, this determination will be conducted within 10 days of the referral.',
      status: 'verified',
      notes: {
        en: 'A watch date on the agency ("in the absence of exceptional circumstances"), not on the client. Not rolled: an earlier check is the safe one.',
        es: 'Plazo de la autoridad ("salvo circunstancias excepcionales"), no del cliente. Sin traslado: revisar antes es lo seguro.',
      },
    },
    {
      id: 'us.reasonable-fear.ij-review',
      title: {
        en: 'IJ review of a negative reasonable fear decision',
        es: 'Revisión por el juez de una decisión negativa de miedo razonable',
      },
      procedures: [WITHHOLDING_ONLY],
      triggers: ['reasonable-fear-ij-referral'],
      party: 'authority',
      period: { amount: 10, unit: 'calendarDays' },
      counting: DAYS_NO_ROLL,
      calendar: US_CALENDAR,
      citation: '8 CFR 1208.31(g)',
      source:
        'legal reference (8 CFR 1208.31(g)); the text read stops before the period (customsmobile.com mirror)',
      sourceUrl: 'https://www.customsmobile.com/regulations/8/1208.31',
      excerpt:
        "(g) Review by immigration judge. The asylum officer's negative decision regarding reasonable fear shall be subject to de novo review by an immigration judge upon the noncitizen's request.",
      status: 'secondary',
      notes: {
        en: 'A watch date on the court: 10 days per the legal reference; the words stating the 10 days were not read here. The same mirror shows 1208.31(b)-(d) as [Reserved]: the asylum officer\u2019s 10 days are in DHS\u2019s 8 CFR 208.31(b).',
        es: 'Plazo del tribunal: 10 días según la referencia jurídica; no se leyó aquí el texto que los fija. El mismo sitio muestra 1208.31(b)-(d) como [Reserved]: los 10 días del oficial están en 8 CFR 208.31(b) del DHS.',
      },
    },
    {
      id: 'us.voluntary-departure.bond',
      title: {
        en: 'Voluntary departure bond (post-conclusion)',
        es: 'Fianza de salida voluntaria (al concluir el procedimiento)',
      },
      procedures: [REMOVAL],
      triggers: ['voluntary-departure-granted'],
      party: 'defense',
      period: { amount: 5, unit: 'businessDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: US_CALENDAR,
      citation: '8 CFR 1240.26(c)(3); INA 240B(b)(3)',
      source: 'folaform.com practice note on INA 240B (the regulation itself was not read here)',
      sourceUrl:
        'https://articles.folaform.com/articles/voluntary-departure-pre-vs-post-conclusion-240b',
      excerpt:
        'the bond-posting deadline under § 1240.26(c)(3) is five business days from the IJ\u2019s order, and failure to timely post the bond converts the VD order to an alternate order of removal.',
      status: 'secondary',
      notes: {
        en: 'Post the bond with DHS within 5 business days of the order; not posting it does not excuse departing on time. A motion to reopen or reconsider filed during the departure period, or a petition for review, ENDS the voluntary departure grant, without the penalties for not departing (1240.26(b)(3)(iii), (c)(3)(iii), (i), per EOIR\u2019s benchbook: justice.gov/eoir/vll/benchbook/alert_vdreg.htm): tell the client before filing.',
        es: 'Deposite la fianza ante el DHS dentro de 5 días hábiles de la orden; no depositarla no dispensa de salir a tiempo. Una moción de reapertura o reconsideración durante el plazo de salida, o una petición de revisión, PONE FIN a la salida voluntaria, sin las sanciones por no salir (1240.26(b)(3)(iii), (c)(3)(iii), (i), según el benchbook de la EOIR: justice.gov/eoir/vll/benchbook/alert_vdreg.htm): avise al cliente antes de presentar.',
      },
      completionRecords: 'vd-bond-posted',
    },
    {
      id: 'us.voluntary-departure.depart-by',
      title: {
        en: 'Depart by the date the judge set (voluntary departure)',
        es: 'Salir antes de la fecha fijada por el juez (salida voluntaria)',
      },
      procedures: [REMOVAL],
      triggers: ['voluntary-departure-granted'],
      party: 'defense',
      noPeriod: {
        kind: 'dateInOrder',
        guidance: {
          en: 'Enter the departure date in the order as an override (at most 60 days after a grant at the conclusion of proceedings).',
          es: 'Registre como ajuste manual la fecha de salida de la orden (como máximo 60 días tras una concesión al concluir el procedimiento).',
        },
      },
      urgent: false,
      citation: 'INA 240B(b)(2); 8 CFR 1240.26(e)',
      source: 'folaform.com practice note on INA 240B (statute not read here)',
      sourceUrl:
        'https://articles.folaform.com/articles/voluntary-departure-pre-vs-post-conclusion-240b',
      excerpt:
        'The post-conclusion track at § 240B(b) is available at the conclusion of proceedings; the maximum grant is 60 days, a bond of at least $500 is mandatory',
      status: 'secondary',
      notes: {
        en: 'Failing to depart in time bars most relief for ten years (1240.26(a)). A motion or petition for review ends the grant instead.',
        es: 'No salir a tiempo impide la mayoría de los beneficios durante diez años (1240.26(a)). Una moción o una petición de revisión pone fin a la concesión.',
      },
    },
    {
      id: 'us.bia-briefing',
      title: { en: 'BIA brief', es: 'Alegato ante la BIA' },
      procedures: [REMOVAL, DHS_DECISION],
      triggers: ['bia-briefing-schedule'],
      party: 'defense',
      period: { amount: 21, unit: 'calendarDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: US_CALENDAR,
      timeZone: BIA_TIME_ZONE,
      citation: '8 CFR 1003.3(c)(1); BIA Practice Manual 4.7(a)',
      source: 'BIA Practice Manual, chapter 4.7 (the agency\u2019s own page)',
      sourceUrl: 'https://justice.gov/eoir/reference-materials/bia/chapter-4/7',
      excerpt:
        'The appealing party is provided 21 days from the date of the briefing schedule notice to file an appeal brief, and the opposing party will have an additional 21 days (marked from the date the appealing party\u2019s brief was due) in which to file a response brief. 8 C.F.R. § 1003.3(c)(1)',
      status: 'verified',
      notes: {
        en: 'For the appealing party; in detained cases both parties have the same 21 days. Must be received by the BIA. A response brief (non-detained) is due 21 days after the appealing party\u2019s brief was due.',
        es: 'Para la parte apelante; en casos de personas detenidas ambas partes tienen los mismos 21 días. La BIA debe recibirlo. El alegato de respuesta (no detenidos) vence 21 días después del vencimiento del alegato del apelante.',
      },
      completionRecords: 'bia-brief-filed',
    },
    {
      id: 'us.third-country.earliest-removal',
      title: {
        en: 'Earliest removal to a third country after written notice',
        es: 'Deportación más temprana a un tercer país tras la notificación escrita',
      },
      procedures: [THIRD_COUNTRY, REMOVAL, WITHHOLDING_ONLY],
      triggers: ['third-country-removal-notice'],
      party: 'authority',
      period: { amount: 6, unit: 'hours' },
      counting: ON_THE_CLOCK,
      calendar: US_CALENDAR,
      latest: ORDINARY_THIRD_COUNTRY_NOTICE,
      citation: 'ICE memorandum, T. Lyons, 9 July 2025 (third-country removals); D.V.D. v. DHS',
      source: 'Press reports of the memo (Reuters, 2025-07-15); the memo itself was not read',
      sourceUrl: 'https://www.daily8.com/en/article/9f6cd7dfd1e246bab85bfb5f9c01bf31',
      excerpt:
        'U.S. Immigration and Customs Enforcement will generally wait at least 24 hours to deport someone after informing them of their removal to a so-called "third country" … ICE could remove them, however, to a so-called "third country" with as little as six hours\u2019 notice "in exigent circumstances"',
      status: 'secondary',
      notes: {
        en: 'Plan for 6 hours (exigent circumstances); 24 hours is the ordinary notice. With diplomatic assurances ICE claims no notice is needed at all: act on receipt of any notice. A watch time on ICE, and a removal clock: the case escalates while it runs.',
        es: 'Planifique con 6 horas (circunstancias urgentes); 24 horas es la notificación ordinaria. Con garantías diplomáticas ICE sostiene que no hace falta notificación: actúe al recibir cualquier aviso. Plazo de ICE y reloj de deportación: el caso se escala mientras corre.',
      },
    },
    {
      id: 'us.third-country.habeas',
      title: {
        en: 'Habeas petition (28 U.S.C. 2241) before removal to a third country',
        es: 'Hábeas corpus (28 U.S.C. 2241) antes de la deportación a un tercer país',
      },
      procedures: [THIRD_COUNTRY, REMOVAL, WITHHOLDING_ONLY],
      triggers: ['third-country-removal-notice'],
      party: 'defense',
      // Hours on the clock, like the PASEE: the escalation logic treats an open hour-counted
      // deadline as a removal clock. The hours are the removal window, not a period of 2241.
      period: { amount: 6, unit: 'hours' },
      counting: ON_THE_CLOCK,
      calendar: US_CALENDAR,
      latest: ORDINARY_THIRD_COUNTRY_NOTICE,
      citation: '28 U.S.C. 2241; D.V.D. v. DHS (D. Mass., 2025)',
      source: 'legal reference (secondary: press and litigation filings); 28 U.S.C. 2241 not read',
      status: 'secondary',
      notes: {
        en: 'File AT ONCE: 2241 sets no period, but removal can come 6 hours after the notice. These hours are the removal window, not a limit in the statute. Ask for a stay of removal with the petition.',
        es: 'Presente DE INMEDIATO: el 2241 no fija plazo, pero la deportación puede llegar 6 horas después del aviso. Estas horas son la ventana de deportación, no un límite legal. Pida la suspensión de la deportación con la demanda.',
      },
      completionRecords: 'habeas-filed',
    },
    {
      id: 'us.third-country.fear-screening',
      title: {
        en: 'Fear screening for the third country',
        es: 'Evaluación del temor al tercer país',
      },
      procedures: [THIRD_COUNTRY, REMOVAL, WITHHOLDING_ONLY],
      triggers: ['third-country-fear-expressed'],
      party: 'authority',
      period: { amount: 24, unit: 'hours' },
      counting: ON_THE_CLOCK,
      calendar: US_CALENDAR,
      citation: 'ICE memorandum, 9 July 2025; 8 U.S.C. 1231(b)(3); CAT art. 3',
      source: 'Press reports of the memo (particle.news, zhurist.com, July 2025)',
      sourceUrl:
        'https://particle.news/story/ice-enacts-six-hour-notice-policy-for-third-country-deportations',
      excerpt:
        'Migrants who voice fear of persecution must receive a screening within 24 hours under federal law and the Convention Against Torture.',
      status: 'secondary',
      notes: {
        en: 'Screening happens only if the person states a fear of the third country: make sure the fear is stated, in writing, as soon as the notice arrives.',
        es: 'La evaluación solo ocurre si la persona manifiesta temor al tercer país: asegúrese de que se manifieste, por escrito, en cuanto llegue el aviso.',
      },
    },
  ],
  gaps: [],
  protections: [
    {
      id: 'us.asylum.uac-exemption',
      title: {
        en: 'The one-year asylum deadline does not apply to unaccompanied children',
        es: 'El plazo de un año para el asilo no se aplica a niños no acompañados',
      },
      procedures: [REMOVAL, AFFIRMATIVE],
      citation: 'INA 208(a)(2)(E), 8 U.S.C. 1158(a)(2)(E) (TVPRA 2008)',
      status: 'secondary',
      notes: {
        en: 'Subparagraphs (A) and (B) of 208(a)(2) do not apply to an unaccompanied alien child. The text of (E) was not read here (only (A)-(C)): status secondary.',
        es: 'Los incisos (A) y (B) del 208(a)(2) no se aplican a un niño extranjero no acompañado. No se leyó aquí el texto de (E) (solo (A)-(C)): estado secundario.',
      },
    },
    {
      id: 'us.in-absentia.automatic-stay',
      title: {
        en: 'A motion to reopen an in-absentia order stays removal automatically',
        es: 'La moción de reapertura de una orden en ausencia suspende automáticamente la deportación',
      },
      procedures: [REMOVAL],
      citation: '8 CFR 1003.23(b)(4)(ii); INA 240(b)(5)(C)',
      status: 'verified',
      sourceUrl: 'https://www.usdoj.gov/eoir/reference-materials/bia/chapter-6/2',
      excerpt:
        'An immigration judge\u2019s removal order is stayed during the period between the filing of a motion to reopen removal proceedings conducted in absentia and the immigration judge\u2019s ruling on that motion. 8 C.F.R. § 1003.23(b)(4)(ii).',
      notes: {
        en: 'Filing the motion stays removal until the immigration judge rules on it (BIA Practice Manual 6.2(d), the agency\u2019s own page). File it before any removal date; other motions to reopen or reconsider do not stay removal without a stay order.',
        es: 'Presentar la moción suspende la deportación hasta que el juez la resuelva (Manual de práctica de la BIA 6.2(d), página de la propia agencia). Preséntela antes de cualquier fecha de deportación; las demás mociones de reapertura o reconsideración no la suspenden sin una orden de suspensión.',
      },
    },
  ],
};
