// Peru: the PASEE of Legislative Decree 1582 (a 24-hour expulsion procedure), the refugee claim and
// the constitutional remedies against an expulsion.
import { DAYS_ROLL_FORWARD, ON_THE_CLOCK } from '../counting.conventions';
import { RulePack } from '../rule-pack.types';
import { RULE_PACK_REVIEW_2026_12 } from './rule-pack.review';

const PASEE = 'pasee-expulsion';
const REFUGEE = 'refugee-claim';
const PRESS_2023 = 'peru21.pe, eldiarionica.com, diarioconstitucional.cl (Nov 2023)';
const PUBLIC_HOLIDAYS = 'pe.public-holidays';
// Días hábiles of an administrative procedure skip national holidays, the public-sector
// non-working days the government decrees (closures of the calendar "PE", every forum) and the
// days the office itself is closed (closures of "PE-MIGRACIONES"): supervisors enter both.
const MIGRACIONES_CALENDAR = {
  country: 'PE',
  nonWorkingDays: PUBLIC_HOLIDAYS,
  forum: 'PE-MIGRACIONES',
} as const;
const PE_CALENDAR = { country: 'PE', nonWorkingDays: PUBLIC_HOLIDAYS } as const;
const JUDICIARY_CALENDAR = {
  country: 'PE',
  nonWorkingDays: PUBLIC_HOLIDAYS,
  forum: 'PE-PJ',
} as const;

export const PE_RULE_PACK: RulePack = {
  jurisdiction: 'PE',
  version: '1.1.0',
  review: RULE_PACK_REVIEW_2026_12,
  name: { en: 'Peru', es: 'Perú' },
  defaultTimeZone: 'America/Lima',
  singleTimeZone: true,
  calendars: [
    {
      id: PUBLIC_HOLIDAYS,
      title: {
        en: "Peru's national public holidays (holiday library), plus the public-sector non-working days and office closures supervisors enter",
        es: 'Feriados nacionales del Perú (biblioteca de feriados), más los días no laborables del sector público y los cierres de oficina que registra la supervisión',
      },
      citation:
        'TUO Ley 27444 art. 145 (días hábiles exclude the service\u2019s non-working days and national or regional holidays; not read here)',
      status: 'secondary',
      holidays: { kind: 'publicHolidayLibrary' },
      holidayWord: { en: 'public holiday', es: 'feriado' },
    },
  ],
  procedures: [
    {
      id: PASEE,
      title: {
        en: 'PASEE expulsion (DL 1582, special exceptional sanctioning procedure)',
        es: 'Expulsión en PASEE (DL 1582, procedimiento administrativo sancionador especial excepcional)',
      },
    },
    {
      id: REFUGEE,
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
      id: 'appeal-filed',
      label: { en: 'Recurso de apelación filed', es: 'Recurso de apelación presentado' },
    },
    {
      id: 'habeas-corpus-filed',
      label: { en: 'Hábeas corpus filed', es: 'Hábeas corpus presentado' },
    },
    {
      id: 'rights-affected-known',
      label: {
        en: 'The person learned of the act affecting their rights (amparo)',
        es: 'La persona conoció el acto que afecta sus derechos (amparo)',
      },
    },
    { id: 'amparo-filed', label: { en: 'Amparo filed', es: 'Demanda de amparo presentada' } },
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
      calendar: PE_CALENDAR,
      latest: {
        period: { amount: 48, unit: 'hours' },
        counting: ON_THE_CLOCK,
        reading: {
          en: "the press's own arithmetic, not the decree's words: retention up to 24 h plus PASEE up to 24 h",
          es: 'aritmética de la prensa, no palabras del decreto: retención de hasta 24 h más PASEE de hasta 24 h',
        },
        source: 'peru21.pe; JRS statement (press arithmetic)',
      },
      citation:
        'DL 1582 (amending DL 1350): "no puede exceder las veinticuatro (24) horas contabilizadas desde la retención administrativa"',
      source: PRESS_2023,
      status: 'secondary',
      notes: {
        en: "Every hour counts: expulsion can be executed immediately after the single hearing. Plan for 24 h, the decree's words as the press quotes them. The 48 h latest end is the press's arithmetic, not the decree's.",
        es: 'Cada hora cuenta: la expulsión puede ejecutarse inmediatamente después de la audiencia única. Planifique con 24 h, las palabras del decreto según las cita la prensa. El límite de 48 h es aritmética de la prensa, no del decreto.',
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
      calendar: PE_CALENDAR,
      citation: "Migraciones' description of PASEE operations (not in the decree text as quoted)",
      source:
        'informativotoluca.com citing Migraciones: a weak source (a foreign news site and a minister\u2019s remark)',
      status: 'unverified',
      notes: {
        en: 'Weak source: a foreign news site and a minister\u2019s remark; the 12 hours are not in the decree text as quoted. A watch time on the police, not on the client: ask for the report once it is due.',
        es: 'Fuente débil: un sitio de noticias extranjero y una declaración de un ministro; las 12 horas no figuran en el texto del decreto citado. Plazo de la policía, no del cliente: solicite el informe cuando venza.',
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
      calendar: MIGRACIONES_CALENDAR,
      citation: 'DL 1582 (PASEE), as quoted by the press',
      source: 'peru21.pe quoting the decree',
      status: 'secondary',
      notes: {
        en: 'Filing does NOT suspend the expulsion: file the hábeas corpus and any refugee claim at once as well. Días hábiles skip national holidays, public-sector non-working days and Migraciones closure days.',
        es: 'La interposición NO suspende la expulsión: presente también de inmediato el hábeas corpus y la solicitud de refugio. Los días hábiles excluyen feriados, días no laborables del sector público y días de cierre de Migraciones.',
      },
      completionRecords: 'reconsideration-filed',
    },
    {
      id: 'pe.pasee.appeal',
      title: { en: 'Recurso de apelación in the PASEE', es: 'Recurso de apelación en el PASEE' },
      procedures: [PASEE],
      triggers: ['sanction-notification'],
      party: 'defense',
      period: { amount: 15, unit: 'businessDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: MIGRACIONES_CALENDAR,
      citation: 'TUO Ley 27444 arts. 218.2 and 145 (general rule; no PASEE-specific period found)',
      source: 'legal reference: the general 15 días perentorios, a flagged default; not read here',
      status: 'unverified',
      notes: {
        en: 'A flagged default: no PASEE-specific appeal period was found, so the general 15 días hábiles of the administrative procedure law apply unless DL 1582 excludes the appeal. Check the decree before relying on it; the hábeas corpus does not wait for it.',
        es: 'Un valor por defecto señalado: no se halló plazo de apelación propio del PASEE, así que rige el general de 15 días hábiles de la ley de procedimiento administrativo, salvo que el DL 1582 excluya la apelación. Verifíquelo antes de confiar en él; el hábeas corpus no lo espera.',
      },
      completionRecords: 'appeal-filed',
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
        'Nuevo Código Procesal Constitucional (Ley 31307) art. 7 inc. 7 (no filing period for hábeas corpus); Constitutional Tribunal 01504-2019-PHC/TC and 00404-2015-PHC/TC (expulsions annulled for lack of due process and reasons; not read here)',
      source: 'NCPC art. 7 as quoted by lpderecho.pe; TC case numbers from the legal reference',
      sourceUrl: 'https://lpderecho.pe/plazo-de-prescripcion-de-la-demanda',
      excerpt:
        'No proceden los procesos constitucionales cuando: 7. Ha vencido el plazo para interponer la demanda, con excepción del proceso de hábeas corpus.',
      status: 'verified',
      notes: {
        en: 'No period by law. 02744-2015-PA/TC, cited here before, is an amparo about salida obligatoria, not an annulled expulsion: it is no longer cited.',
        es: 'La ley no fija plazo. La 02744-2015-PA/TC, citada antes aquí, es un amparo sobre salida obligatoria, no una expulsión anulada: ya no se cita.',
      },
      completionRecords: 'habeas-corpus-filed',
    },
    {
      id: 'pe.amparo',
      title: { en: 'Demanda de amparo', es: 'Demanda de amparo' },
      procedures: [PASEE, REFUGEE],
      triggers: ['rights-affected-known'],
      party: 'defense',
      period: { amount: 60, unit: 'businessDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: JUDICIARY_CALENDAR,
      citation: 'Nuevo Código Procesal Constitucional (Ley 31307) art. 45',
      source: 'NCPC art. 45 as quoted by lpderecho.pe',
      sourceUrl: 'https://lpderecho.pe/plazo-de-prescripcion-de-la-demanda',
      excerpt:
        'El plazo para interponer la demanda de amparo prescribe a los sesenta días hábiles de producida la afectación, siempre que el afectado hubiese tenido conocimiento del acto lesivo y se hubiese hallado en posibilidad de interponer la demanda.',
      status: 'verified',
      notes: {
        en: 'For a person who is not detained; a detained person files hábeas corpus, which has no period. If the person could not file, the period runs from when the impediment ended. Court closure days are closures of PE-PJ.',
        es: 'Para una persona no detenida; una persona detenida interpone hábeas corpus, que no tiene plazo. Si la persona no pudo presentar, el plazo corre desde que cesó el impedimento. Los días de cierre del Poder Judicial son cierres de PE-PJ.',
      },
      completionRecords: 'amparo-filed',
    },
  ],
  gaps: [
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
      procedures: [REFUGEE],
      reason: {
        en: 'No application deadline found under Ley 27891.',
        es: 'No se encontró plazo de solicitud en la Ley 27891.',
      },
      source: 'legal reference: not found',
    },
  ],
  protections: [],
};
