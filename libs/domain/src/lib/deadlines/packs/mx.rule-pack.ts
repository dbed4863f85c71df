// Mexico: the refugee claim before COMAR, the INM's detention and deportation procedure, and the
// amparo against acts of migration authorities.
import { DAYS_ROLL_FORWARD, ON_THE_CLOCK } from '../counting.conventions';
import { FixedNonWorkingDate, RulePack } from '../rule-pack.types';
import { RULE_PACK_REVIEW_2026_12 } from './rule-pack.review';

const COMAR_CLAIM = 'comar-refugee-claim';
const AMPARO = 'amparo';
const INM = 'inm-procedure';
const PUBLIC_HOLIDAYS = 'mx.public-holidays';
const AMPARO_DAYS = 'mx.ley-de-amparo-art-19';
// COMAR publishes its own días inhábiles: they are closure days of this forum's calendar.
const COMAR_CALENDAR = {
  country: 'MX',
  nonWorkingDays: PUBLIC_HOLIDAYS,
  forum: 'MX-COMAR',
} as const;
// Art. 19 adds the days the federal court does not sit: the CJF's published días inhábiles.
const AMPARO_CALENDAR = { country: 'MX', nonWorkingDays: AMPARO_DAYS, forum: 'MX-PJF' } as const;
const INM_CALENDAR = { country: 'MX', nonWorkingDays: PUBLIC_HOLIDAYS, forum: 'MX-INM' } as const;
const TFJA_CALENDAR = { country: 'MX', nonWorkingDays: PUBLIC_HOLIDAYS, forum: 'MX-TFJA' } as const;

const fixed = (month: number, day: number, es: string, en: string): FixedNonWorkingDate => ({
  month,
  day,
  name: { en, es },
});

/** Ley de Amparo art. 19: fixed dates, never the labour law's Mondays. */
const ART_19_DATES: readonly FixedNonWorkingDate[] = [
  fixed(1, 1, 'uno de enero', "New Year's Day"),
  fixed(2, 5, 'cinco de febrero', 'Constitution Day (5 February)'),
  fixed(3, 21, 'veintiuno de marzo', "Benito Juárez's birthday (21 March)"),
  fixed(5, 1, 'uno de mayo', 'Labour Day'),
  fixed(5, 5, 'cinco de mayo', 'Battle of Puebla (5 May)'),
  fixed(9, 14, 'catorce de septiembre', '14 September'),
  fixed(9, 16, 'dieciséis de septiembre', 'Independence Day (16 September)'),
  fixed(10, 12, 'doce de octubre', '12 October'),
  fixed(11, 20, 'veinte de noviembre', 'Revolution Day (20 November)'),
  fixed(12, 25, 'veinticinco de diciembre', 'Christmas Day'),
];

const LRPCAP_18_URL =
  'https://sauzaricoabogados.com/limites-del-derecho-a-solicitar-y-recibir-asilo-en-mexico';
const COMAR_URL =
  'https://www.gob.mx/comar/acciones-y-programas/procedimiento-para-ser-reconocido-como-refugiado-en-mexico';

export const MX_RULE_PACK: RulePack = {
  jurisdiction: 'MX',
  version: '1.1.0',
  review: RULE_PACK_REVIEW_2026_12,
  name: { en: 'Mexico', es: 'México' },
  // A fallback only: Mexico has several zones; cases take their office's zone (mx-offices).
  defaultTimeZone: 'America/Mexico_City',
  singleTimeZone: false,
  calendars: [
    {
      id: PUBLIC_HOLIDAYS,
      title: {
        en: "Mexico's public holidays as the holiday library lists them (the labour law's Monday holidays)",
        es: 'Feriados de México según la biblioteca de feriados (los lunes de la Ley Federal del Trabajo)',
      },
      citation:
        'Ley Federal del Trabajo art. 74 (as listed by the library); the LFPA art. 28 list for administrative procedures was not verified',
      status: 'unverified',
      holidays: { kind: 'publicHolidayLibrary' },
      holidayWord: { en: 'public holiday', es: 'feriado' },
    },
    {
      id: AMPARO_DAYS,
      title: {
        en: 'Non-working days of the Ley de Amparo (art. 19): fixed dates, plus days the court does not sit',
        es: 'Días inhábiles de la Ley de Amparo (art. 19): fechas fijas, más los días en que no labora el órgano',
      },
      citation:
        "Ley de Amparo art. 19 (the current text was not read here: the list is the legal reference's; the repealed law's art. 23 had the same fixed dates plus the labour-law Mondays)",
      status: 'secondary',
      holidays: { kind: 'fixedDates', dates: ART_19_DATES },
      holidayWord: {
        en: 'non-working day under Ley de Amparo art. 19',
        es: 'día inhábil (Ley de Amparo art. 19)',
      },
      sourceUrl:
        'https://rrs-law.medium.com/c%C3%B3mputo-del-plazo-para-presentaci%C3%B3n-del-amparo-directo-7cc288409253',
      excerpt:
        'el artículo 19 de la Ley de Amparo establece una excepción en favor del promovente, al disponer que se omitan en el cómputo del plazo mencionado los días en los que se suspendan las labores en el órgano jurisdiccional ante el cual se tramite el juicio de amparo',
    },
  ],
  procedures: [
    {
      id: COMAR_CLAIM,
      title: { en: 'Refugee claim before COMAR', es: 'Solicitud de refugio ante la COMAR' },
    },
    { id: AMPARO, title: { en: 'Amparo', es: 'Juicio de amparo' } },
    {
      id: INM,
      title: {
        en: 'INM migration procedure (detention, deportation)',
        es: 'Procedimiento migratorio ante el INM (detención, deportación)',
      },
    },
  ],
  eventTypes: [
    { id: 'entry-into-country', label: { en: 'Entry into Mexico', es: 'Ingreso a México' } },
    {
      id: 'learned-of-sur-place-facts',
      label: {
        en: 'Learned of facts arising after arrival (LRPCAP art. 13-III)',
        es: 'Conocimiento de hechos surgidos tras el ingreso (LRPCAP art. 13-III)',
      },
    },
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
      label: {
        en: 'Notification of the act challenged takes effect (or the person learns of the act)',
        es: 'Surte efectos la notificación del acto reclamado (o la persona lo conoce)',
      },
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
    {
      id: 'nulidad-filed',
      label: {
        en: 'Nulidad suit filed with the TFJA',
        es: 'Juicio de nulidad presentado ante el TFJA',
      },
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
          en: 'the statute: 30 días hábiles counted from the business day after entry (LRPCAP art. 18)',
          es: 'la ley: 30 días hábiles contados a partir del día hábil siguiente al ingreso (LRPCAP art. 18)',
        },
        source: 'LRPCAP art. 18, as quoted by Sauza & Rico Abogados',
        sourceUrl: LRPCAP_18_URL,
        excerpt:
          'deberá presentar por escrito su solicitud ante la Secretaría dentro del término de 30 días hábiles contados a partir del día hábil siguiente al que haya ingresado al país o, en su caso, a aquél en que le haya sido materialmente posible presentarla',
      },
      citation: "LRPCAP art. 18 (30 días hábiles); COMAR's own summary (30 days)",
      source: "COMAR's own page (gob.mx/comar) for the calendar-day lower bound",
      sourceUrl: COMAR_URL,
      excerpt:
        'Toda persona extranjera en territorio nacional tiene derecho a solicitar la condición de refugiado, misma que deberá presentar ante la COMAR o el Instituto Nacional de Migración, dentro de los 30 días siguientes a su ingreso a territorio nacional.',
      status: 'verified',
      notes: {
        en: 'The statute (LRPCAP art. 18) counts 30 días hábiles from the business day after entry: that is the latest reading. The earlier, calendar-day date comes only from COMAR\'s own web summary ("dentro de los 30 días siguientes"): plan for it. Late filing is still possible with a written justification (Reglamento art. 19, read flexibly by the Supreme Court). Claims whose facts arose after arrival have their own clock (mx.comar.application-sur-place).',
        es: 'La ley (LRPCAP art. 18) cuenta 30 días hábiles desde el día hábil siguiente al ingreso: es la lectura más tardía. La fecha más temprana, en días naturales, sale solo del resumen de la propia COMAR ("dentro de los 30 días siguientes"): planifique con ella. Aún es posible presentar fuera de plazo con un escrito de justificación (Reglamento art. 19, interpretado con flexibilidad por la Suprema Corte). Las solicitudes por hechos posteriores al ingreso tienen su propio plazo (mx.comar.application-sur-place).',
      },
      completionRecords: 'comar-application',
    },
    {
      id: 'mx.comar.application-sur-place',
      title: {
        en: 'Refugee application to COMAR for facts arising after arrival (sur place)',
        es: 'Solicitud de refugio ante la COMAR por hechos posteriores al ingreso',
      },
      procedures: [COMAR_CLAIM],
      triggers: ['learned-of-sur-place-facts'],
      party: 'defense',
      period: { amount: 30, unit: 'businessDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: COMAR_CALENDAR,
      citation: 'LRPCAP arts. 13-III and 18, second paragraph',
      source: 'LRPCAP art. 18, as quoted by Sauza & Rico Abogados',
      sourceUrl: LRPCAP_18_URL,
      excerpt:
        'En el supuesto previsto en el artículo 13, fracción III, el plazo para presentar la solicitud correrá a partir del día siguiente al que tenga conocimiento de los hechos a los que alude dicha disposición.',
      status: 'verified',
      notes: {
        en: 'The 30 días hábiles of art. 18 run from the day after the person learned of the facts. Record that day as the event, with what the person learned and how.',
        es: 'Los 30 días hábiles del art. 18 corren desde el día siguiente a aquel en que la persona conoció los hechos. Registre ese día como el hecho, con qué supo y cómo.',
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
      citation: "LRPCAP art. 24 (text not read here); COMAR's own page",
      source: "COMAR's own page (gob.mx/comar)",
      sourceUrl: COMAR_URL,
      excerpt: 'El procedimiento tiene una duración de 45 días hábiles',
      status: 'verified',
      notes: {
        en: "A watch date on the agency, not on the client. The period is stated on COMAR's own page; art. 24, which the law is said to set it in, was not read here.",
        es: 'Plazo de la autoridad, no del solicitante. El plazo figura en la página de la propia COMAR; no se leyó aquí el art. 24, que lo fijaría en la ley.',
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
      period: { amount: 15, unit: 'businessDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: AMPARO_CALENDAR,
      citation: 'Ley de Amparo arts. 17, 18 and 19',
      source:
        'Ley de Amparo art. 17 (reproduced by tuabogadoenvivo.org); arts. 18 and 19 from the legal reference, not read here',
      sourceUrl: 'https://tuabogadoenvivo.org/articulos-17-a-23-de-la-ley-de-amparo/',
      excerpt:
        'Artículo 17. El plazo para presentar la demanda de amparo es de quince días, salvo: …',
      status: 'secondary',
      notes: {
        en: "Secondary: the 15 days were read in art. 17; that they are días hábiles on art. 19's list was not read here. 15 días hábiles counted from the day after the notification takes effect under the law of the act, or the person learns of the act (art. 18), on art. 19's own non-working days (fixed dates, not the labour law's Mondays) plus the days the federal court does not sit: supervisors enter those as closures of MX-PJF. Against deportation, expulsion, danger to life or incommunicado detention there is no period (see the urgent rule).",
        es: 'Secundario: los 15 días se leyeron en el art. 17; que sean hábiles según la lista del art. 19 no se leyó aquí. Quince días hábiles contados desde el día siguiente a aquel en que surta efectos la notificación conforme a la ley del acto, o en que la persona conozca el acto (art. 18), con los días inhábiles del propio art. 19 (fechas fijas, no los lunes de la Ley Federal del Trabajo) más los días en que no labore el órgano jurisdiccional: la supervisión los registra como cierres de MX-PJF. Contra deportación, expulsión, peligro para la vida o incomunicación no hay plazo (ver la regla urgente).',
      },
      completionRecords: 'amparo-filed',
    },
    {
      id: 'mx.amparo.deportation',
      title: {
        en: 'Amparo against deportation, expulsion, danger to life or incommunicado detention',
        es: 'Amparo contra deportación, expulsión, peligro para la vida o incomunicación',
      },
      procedures: [AMPARO, COMAR_CLAIM, INM],
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
      citation: 'Ley de Amparo art. 17 fr. IV',
      source: 'Ley de Amparo art. 17 (reproduced by tuabogadoenvivo.org)',
      sourceUrl: 'https://tuabogadoenvivo.org/articulos-17-a-23-de-la-ley-de-amparo/',
      excerpt:
        'IV. Cuando el acto reclamado implique peligro de privación de la vida, ataques a la libertad personal fuera de procedimiento, incomunicación, deportación o expulsión, … en que podrá presentarse en cualquier tiempo.',
      status: 'verified',
      notes: {
        en: 'The law sets no period; the removal does. Detention inside an INM procedure may not count as "outside a procedure": also file within the 15 días hábiles of mx.amparo where it applies.',
        es: 'La ley no fija plazo; la expulsión sí. La detención dentro de un procedimiento del INM puede no considerarse "fuera de procedimiento": presente también dentro de los 15 días hábiles de mx.amparo cuando corresponda.',
      },
      completionRecords: 'amparo-filed',
    },
    {
      id: 'mx.detention.36-hours',
      title: {
        en: 'Immigration detention: 36-hour maximum',
        es: 'Detención migratoria: máximo de 36 horas',
      },
      procedures: [INM, COMAR_CLAIM, AMPARO],
      triggers: ['migration-detention'],
      party: 'authority',
      period: { amount: 36, unit: 'hours' },
      counting: ON_THE_CLOCK,
      calendar: INM_CALENDAR,
      citation:
        'SCJN, Primera Sala, amparo en revisión 388/2022 (15 March 2023); Constitución art. 21',
      source:
        'legal reference (secondary); the ruling text read here confirms only the case and the art. 111 portions struck',
      sourceUrl: 'https://vlex.com.mx/vid/voto-concurrente-num-388-951149119',
      excerpt:
        'conceder la protección constitucional en contra de los artículos 97, 98, 99 y 111, en sus porciones normativas "quince días hábiles" y "sesenta días hábiles", de la Ley de Migración',
      status: 'secondary',
      notes: {
        en: 'A watch time on the INM: past 36 hours the detention may be unlawful and the procedure should continue in liberty. The 36-hour figure was not read in the ruling itself here. An amparo against the detention needs no period (mx.amparo.deportation).',
        es: 'Plazo del INM: pasadas 36 horas la detención puede ser ilegal y el procedimiento debe seguir en libertad. La cifra de 36 horas no se leyó aquí en la sentencia misma. El amparo contra la detención no tiene plazo (mx.amparo.deportation).',
      },
    },
    {
      id: 'mx.detention.art-111',
      title: {
        en: 'Ley de Migración art. 111: end of the stay in the estación migratoria',
        es: 'Ley de Migración art. 111: fin del alojamiento en la estación migratoria',
      },
      procedures: [INM, COMAR_CLAIM, AMPARO],
      triggers: ['migration-detention'],
      party: 'authority',
      period: { amount: 15, unit: 'businessDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: INM_CALENDAR,
      latest: {
        period: { amount: 60, unit: 'businessDays' },
        counting: DAYS_ROLL_FORWARD,
        reading: {
          en: 'the extended stay of art. 111 (60 días hábiles)',
          es: 'el alojamiento prorrogado del art. 111 (60 días hábiles)',
        },
        source: 'Ley de Migración art. 111 (per the SCJN ruling that struck these words)',
      },
      citation: 'Ley de Migración art. 111; SCJN AR 388/2022',
      source: 'SCJN AR 388/2022 (concurring vote) names the "15" and "60 días hábiles" portions',
      sourceUrl: 'https://vlex.com.mx/vid/voto-concurrente-num-388-951149119',
      excerpt:
        'conceder la protección constitucional en contra de los artículos 97, 98, 99 y 111, en sus porciones normativas "quince días hábiles" y "sesenta días hábiles", de la Ley de Migración',
      status: 'unverified',
      notes: {
        en: 'Only a watch date: the Supreme Court held these portions unconstitutional (for the people in that case), the 36-hour limit comes first, and the law was reportedly amended in January 2026: the article itself was not read here.',
        es: 'Solo un plazo de vigilancia: la Suprema Corte declaró inconstitucionales estas porciones (para las personas de ese caso), el límite de 36 horas llega antes y la ley se habría reformado en enero de 2026: no se leyó aquí el artículo.',
      },
    },
    {
      id: 'mx.inm.revision',
      title: {
        en: 'Recurso de revisión against an INM deportation order',
        es: 'Recurso de revisión contra una orden de deportación del INM',
      },
      procedures: [INM],
      triggers: ['deportation-order-notification'],
      party: 'defense',
      period: { amount: 15, unit: 'businessDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: INM_CALENDAR,
      citation: 'Ley Federal de Procedimiento Administrativo art. 85',
      source: 'legal reference (usual reading); LFPA art. 85 not read here',
      status: 'unverified',
      notes: {
        en: 'Unverified: the usual reading of LFPA art. 85. The amparo against deportation (no period) is the remedy that stops a removal: file it at once as well.',
        es: 'No verificado: lectura usual del art. 85 de la LFPA. El amparo contra la deportación (sin plazo) es el recurso que detiene la expulsión: preséntelo también de inmediato.',
      },
      completionRecords: 'revision-filed',
    },
    {
      id: 'mx.inm.nulidad',
      title: {
        en: 'Juicio de nulidad before the TFJA against an INM deportation order',
        es: 'Juicio de nulidad ante el TFJA contra una orden de deportación del INM',
      },
      procedures: [INM],
      triggers: ['deportation-order-notification'],
      party: 'defense',
      period: { amount: 30, unit: 'businessDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: TFJA_CALENDAR,
      citation: 'Ley Federal de Procedimiento Contencioso Administrativo art. 13',
      source: 'legal reference (usual reading); LFPCA art. 13 not read here',
      status: 'unverified',
      notes: {
        en: "Unverified: the usual reading of LFPCA art. 13. The TFJA's own días inhábiles are closures of MX-TFJA.",
        es: 'No verificado: lectura usual del art. 13 de la LFPCA. Los días inhábiles del TFJA son cierres de MX-TFJA.',
      },
      completionRecords: 'nulidad-filed',
    },
  ],
  gaps: [],
  protections: [],
};
