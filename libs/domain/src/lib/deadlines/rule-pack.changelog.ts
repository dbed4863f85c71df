// Why each rule changed between versions of its pack, in words an attorney can act on. Deadlines
// computed under an older version are recomputed under the current one, and the rule-change
// notice quotes these reasons; docs/deadlines-changelog.md is generated from them.
import type { Bilingual, JurisdictionCode } from './rule-pack.types';

/**
 * What about a rule changed. `period`, `calendar`, `trigger`, `latest-reading` and `procedures`
 * can move or start a date; `calendar-named` only names the calendar the rule already counted on.
 */
export type RuleAspect =
  | 'period'
  | 'calendar'
  | 'calendar-named'
  | 'trigger'
  | 'latest-reading'
  | 'procedures'
  | 'status'
  | 'citation'
  | 'source'
  | 'notes'
  | 'title';

export const DATE_ASPECTS: readonly RuleAspect[] = [
  'period',
  'calendar',
  'trigger',
  'latest-reading',
  'procedures',
];

export type RuleChangeKind = 'changed' | 'added' | 'removed';

export interface RuleChange {
  readonly ruleId: string;
  readonly kind: RuleChangeKind;
  readonly aspects: readonly RuleAspect[];
  readonly reason: Bilingual;
}

export interface RulePackRelease {
  readonly jurisdiction: JurisdictionCode;
  readonly version: string;
  /** The version this one replaced; null for a first release. */
  readonly previous: string | null;
  /** The day it shipped (YYYY-MM-DD). */
  readonly date: string;
  readonly summary: Bilingual;
  readonly changes: readonly RuleChange[];
}

const FIRST_RELEASE: Bilingual = {
  en: 'First release: the rules of the legal reference of November 2026.',
  es: 'Primera versión: las reglas de la referencia jurídica de noviembre de 2026.',
};

const ISSUE_16: Bilingual = {
  en: 'Issue 16, the legal review: each law counts on its own non-working days, corrected triggers, citations and statuses (verified only where the text was read), new rules and gaps.',
  es: 'Issue 16, la revisión jurídica: cada ley cuenta con sus propios días inhábiles; disparadores, citas y estados corregidos (verificado solo donde se leyó el texto); nuevas reglas y vacíos.',
};

const NAMED_CALENDAR: Bilingual = {
  en: "The rule now names the calendar it counts on: the country's public holidays, as before, plus country-wide closure days, as before. The days counted are the same.",
  es: 'La regla nombra ahora el calendario con que cuenta: los feriados del país, como antes, más los días de cierre de alcance nacional, como antes. Los días contados son los mismos.',
};

const named = (ruleId: string): RuleChange => ({
  ruleId,
  kind: 'changed',
  aspects: ['calendar-named'],
  reason: NAMED_CALENDAR,
});

const added = (ruleId: string, en: string, es: string): RuleChange => ({
  ruleId,
  kind: 'added',
  aspects: [],
  reason: { en, es },
});

export const RULE_PACK_CHANGELOG: readonly RulePackRelease[] = [
  ...(['PE', 'US', 'MX', 'DO', 'PA', 'CR'] as const).map((jurisdiction): RulePackRelease => ({
    jurisdiction,
    version: '1.0.0',
    previous: null,
    date: '2026-11-23',
    summary: FIRST_RELEASE,
    changes: [],
  })),
  {
    jurisdiction: 'PE',
    version: '1.1.0',
    previous: '1.0.0',
    date: '2026-12-07',
    summary: ISSUE_16,
    changes: [
      {
        ruleId: 'pe.pasee.decision',
        kind: 'changed',
        aspects: ['source', 'notes', 'calendar-named'],
        reason: {
          en: "The 48-hour latest end is labelled as the press's own arithmetic, not the decree's words. The 24 and 48 hours are unchanged.",
          es: 'El extremo de 48 horas se rotula como aritmética de la prensa, no palabras del decreto. Las 24 y 48 horas no cambian.',
        },
      },
      {
        ruleId: 'pe.pasee.police-report',
        kind: 'changed',
        aspects: ['status', 'citation', 'source', 'notes', 'calendar-named'],
        reason: {
          en: 'Now unverified (was secondary): the 12 hours rest on a weak source (a foreign news site and a minister’s remark) and are not in the decree text as quoted.',
          es: 'Ahora sin verificar (antes secundaria): las 12 horas se apoyan en una fuente débil (un sitio de noticias extranjero y una declaración de un ministro) y no están en el texto del decreto citado.',
        },
      },
      {
        ruleId: 'pe.pasee.reconsideration',
        kind: 'changed',
        aspects: ['calendar', 'notes'],
        reason: {
          en: 'The 3 días hábiles now also skip the closure days of Migraciones (PE-MIGRACIONES), besides public holidays and public-sector non-working days: where your office recorded such a closure, the date moves later.',
          es: 'Los 3 días hábiles saltan ahora también los días de cierre de Migraciones (PE-MIGRACIONES), además de los feriados y los días no laborables del sector público: donde su oficina registró tal cierre, la fecha se corre.',
        },
      },
      {
        ruleId: 'pe.habeas-corpus',
        kind: 'changed',
        aspects: ['citation', 'source', 'notes'],
        reason: {
          en: 'Citations corrected: 02744-2015-PA/TC is an amparo about salida obligatoria, not an annulled expulsion, and is no longer cited; "no period" rests on the Nuevo Código Procesal Constitucional art. 7.',
          es: 'Citas corregidas: 02744-2015-PA/TC es un amparo sobre salida obligatoria, no una expulsión anulada, y ya no se cita; "sin plazo" se apoya en el art. 7 del Nuevo Código Procesal Constitucional.',
        },
      },
      added(
        'pe.pasee.appeal',
        'The appeal gap filled with the general 15 días hábiles (TUO Ley 27444 art. 218.2), as a flagged default.',
        'El vacío de la apelación se cubre con los 15 días hábiles generales (TUO Ley 27444 art. 218.2), como valor por defecto señalado.',
      ),
      added('pe.amparo', 'The amparo period.', 'El plazo del amparo.'),
    ],
  },
  {
    jurisdiction: 'US',
    version: '1.1.0',
    previous: '1.0.0',
    date: '2026-12-07',
    summary: ISSUE_16,
    changes: [
      named('us.bia-appeal'),
      named('us.eoir-29-appeal'),
      {
        ruleId: 'us.motion-to-reconsider',
        kind: 'changed',
        aspects: ['citation', 'source', 'notes', 'calendar-named'],
        reason: {
          en: 'Also cites 8 CFR 1003.2(b)(2): the motion goes to the body that ruled last (the immigration judge or the BIA). The 30 days are unchanged.',
          es: 'Cita también el 8 CFR 1003.2(b)(2): la moción se presenta ante el órgano que resolvió en último lugar (el juez de inmigración o la BIA). Los 30 días no cambian.',
        },
      },
      {
        ruleId: 'us.motion-to-reopen',
        kind: 'changed',
        aspects: ['citation', 'source', 'notes', 'calendar-named'],
        reason: {
          en: 'Also cites 8 CFR 1003.2(c)(2) (before the BIA); a motion based on changed country conditions has no deadline (its own rule). The 90 days are unchanged.',
          es: 'Cita también el 8 CFR 1003.2(c)(2) (ante la BIA); la moción basada en un cambio de las condiciones del país no tiene plazo (regla propia). Los 90 días no cambian.',
        },
      },
      {
        ruleId: 'us.motion-to-reopen-in-absentia',
        kind: 'changed',
        aspects: ['notes', 'calendar-named'],
        reason: {
          en: 'Notes that filing it stays removal until the judge rules. The 180 days are unchanged.',
          es: 'Indica que presentarla suspende la expulsión hasta que el juez resuelva. Los 180 días no cambian.',
        },
      },
      {
        ruleId: 'us.petition-for-review',
        kind: 'changed',
        aspects: ['citation', 'source', 'notes', 'calendar-named'],
        reason: {
          en: 'Since Riley v. Bondi (June 2025) the 30 days are a mandatory claim-processing rule, not jurisdictional: still treat the date as firm. The 30 days are unchanged.',
          es: 'Desde Riley v. Bondi (junio de 2025) los 30 días son una regla procesal obligatoria, no jurisdiccional: la fecha sigue siendo firme. Los 30 días no cambian.',
        },
      },
      {
        ruleId: 'us.asylum-one-year',
        kind: 'changed',
        aspects: ['citation', 'source', 'notes', 'calendar-named'],
        reason: {
          en: 'Adds the unaccompanied-children exemption (INA 208(a)(2)(E)). The one year is unchanged.',
          es: 'Añade la exención de niños no acompañados (INA 208(a)(2)(E)). El año no cambia.',
        },
      },
      {
        ruleId: 'us.judge-imposed-i589',
        kind: 'changed',
        aspects: ['citation', 'source', 'notes'],
        reason: {
          en: 'The authority is 8 CFR 1003.31(c), not an issue thread: missing the judge’s date waives the application.',
          es: 'La autoridad es el 8 CFR 1003.31(c), no un hilo de incidencias: no cumplir la fecha del juez supone renunciar a la solicitud.',
        },
      },
      {
        ruleId: 'us.change-of-address',
        kind: 'changed',
        aspects: ['status', 'citation', 'source', 'notes', 'calendar-named'],
        reason: {
          en: 'Now verified (was secondary): 8 CFR 1003.15(d)(2) and EOIR’s own Policy Manual state the 5 days.',
          es: 'Ahora verificada (antes secundaria): el 8 CFR 1003.15(d)(2) y el manual de políticas de la EOIR establecen los 5 días.',
        },
      },
      {
        ruleId: 'us.credible-fear-review',
        kind: 'changed',
        aspects: ['trigger', 'citation', 'source', 'notes', 'calendar-named'],
        reason: {
          en: "Runs from the supervisory asylum officer's approval of the negative finding (8 CFR 1003.42(e); INA 235(b)(1)(B)(iii)(III)), not from the request for review: counting from the request gave later, unsafe dates. Record the approval to get the right date.",
          es: 'Corre desde la aprobación del supervisor del hallazgo negativo (8 CFR 1003.42(e); INA 235(b)(1)(B)(iii)(III)), no desde la solicitud de revisión: contar desde la solicitud daba fechas posteriores, inseguras. Registre la aprobación para obtener la fecha correcta.',
        },
      },
      added(
        'us.motion-to-reopen.changed-country-conditions',
        'No deadline for a motion to reopen based on changed country conditions.',
        'Sin plazo para la moción de reapertura basada en un cambio de las condiciones del país.',
      ),
      added(
        'us.petition-for-review.faro',
        'Withholding-only cases: the period runs from the final administrative removal order.',
        'Casos de solo withholding: el plazo corre desde la orden administrativa final de expulsión.',
      ),
      added(
        'us.petition-for-review.reinstatement',
        'Withholding-only cases: the period runs from the reinstatement.',
        'Casos de solo withholding: el plazo corre desde la reinstauración.',
      ),
      added(
        'us.change-of-address.dhs-ar11',
        'DHS change of address (AR-11), 10 days.',
        'Cambio de domicilio ante DHS (AR-11), 10 días.',
      ),
      added(
        'us.reasonable-fear.asylum-officer',
        'Reasonable fear: the asylum officer’s decision (8 CFR 208.31(b)).',
        'Miedo razonable: la decisión del oficial de asilo (8 CFR 208.31(b)).',
      ),
      added(
        'us.reasonable-fear.ij-review',
        'Reasonable fear: the judge’s review (8 CFR 1208.31(g)).',
        'Miedo razonable: la revisión del juez (8 CFR 1208.31(g)).',
      ),
      added(
        'us.voluntary-departure.bond',
        'Voluntary departure bond, due in 5 business days.',
        'Fianza de salida voluntaria, en 5 días hábiles.',
      ),
      added(
        'us.voluntary-departure.depart-by',
        'Voluntary departure: the date set, ended by a motion or petition.',
        'Salida voluntaria: la fecha fijada, que termina con una moción o petición.',
      ),
      added('us.bia-briefing', 'BIA briefing, 21 days.', 'Alegatos ante la BIA, 21 días.'),
      added(
        'us.third-country.earliest-removal',
        'Removal to a third country: the notice period (24 h, or 6 h in exigent cases).',
        'Expulsión a un tercer país: el plazo de aviso (24 h, o 6 h en casos urgentes).',
      ),
      added(
        'us.third-country.habeas',
        'Removal to a third country: a habeas petition under 28 U.S.C. 2241 at once.',
        'Expulsión a un tercer país: hábeas corpus (28 U.S.C. 2241) de inmediato.',
      ),
      added(
        'us.third-country.fear-screening',
        'Removal to a third country: the fear screening.',
        'Expulsión a un tercer país: la evaluación del miedo.',
      ),
    ],
  },
  {
    jurisdiction: 'US',
    version: '1.2.0',
    previous: '1.1.0',
    date: '2026-12-07',
    summary: {
      en: 'Statuses kept honest: a rule is verified only where the text itself was read.',
      es: 'Estados honestos: una regla es verificada solo donde se leyó el texto mismo.',
    },
    changes: ['us.motion-to-reopen-in-absentia', 'us.motion-to-reopen-in-absentia-no-notice'].map(
      (ruleId): RuleChange => ({
        ruleId,
        kind: 'changed',
        aspects: ['status', 'notes'],
        reason: {
          en: 'Now secondary, not verified: the regulation (8 CFR 1003.23(b)(4)(ii)) and the statute (INA 240(b)(5)(C)) were read only through practitioners’ summaries and the EOIR Practice Manual. The period and the date are unchanged.',
          es: 'Ahora secundaria, no verificada: el reglamento (8 CFR 1003.23(b)(4)(ii)) y la ley (INA 240(b)(5)(C)) solo se leyeron en resúmenes de abogados y en el Manual de Práctica de la EOIR. El plazo y la fecha no cambian.',
        },
      }),
    ),
  },
  {
    jurisdiction: 'MX',
    version: '1.1.0',
    previous: '1.0.0',
    date: '2026-12-07',
    summary: ISSUE_16,
    changes: [
      {
        ruleId: 'mx.comar.application',
        kind: 'changed',
        aspects: ['status', 'citation', 'source', 'notes', 'calendar-named'],
        reason: {
          en: "The latest reading is the statute's (LRPCAP art. 18: 30 días hábiles from the business day after entry); the earlier, calendar-day date comes only from COMAR's summary. Status verified on the statute. The dates are unchanged.",
          es: 'La lectura más tardía es la de la ley (LRPCAP art. 18: 30 días hábiles desde el día hábil siguiente al ingreso); la fecha anterior, en días naturales, viene solo del resumen de la COMAR. Estado verificado según la ley. Las fechas no cambian.',
        },
      },
      {
        ruleId: 'mx.comar.decision',
        kind: 'changed',
        aspects: ['status', 'citation', 'source', 'notes', 'calendar-named'],
        reason: {
          en: "Cites LRPCAP art. 24 (not read) and COMAR's own page, on which the status is now verified. The 45 días hábiles are unchanged.",
          es: 'Cita el art. 24 de la LRPCAP (no leído) y la página de la propia COMAR, con la que el estado pasa a verificado. Los 45 días hábiles no cambian.',
        },
      },
      named('mx.comar.revision'),
      {
        ruleId: 'mx.amparo',
        kind: 'changed',
        aspects: ['period', 'calendar', 'status', 'citation', 'source', 'notes'],
        reason: {
          en: "15 días hábiles on the Ley de Amparo's own non-working days (art. 19: fixed dates, not the labour law's Mondays) plus the federal court's closures (MX-PJF), not 15 calendar days: the date moves later. A client told the amparo was late may still be in time. Now secondary: art. 17 was read, arts. 18-19 were not.",
          es: '15 días hábiles según los días inhábiles de la propia Ley de Amparo (art. 19: fechas fijas, no los lunes de la ley laboral) más los cierres del tribunal federal (MX-PJF), no 15 días naturales: la fecha se corre. Un amparo que se creyó tardío puede estar en plazo. Ahora secundaria: se leyó el art. 17, no los arts. 18-19.',
        },
      },
      {
        ruleId: 'mx.amparo.deportation',
        kind: 'changed',
        aspects: ['procedures', 'citation', 'source', 'notes'],
        reason: {
          en: 'Also applies in INM procedures (detention, deportation); cites art. 17 fr. IV.',
          es: 'Se aplica también en los procedimientos del INM (detención, deportación); cita el art. 17 fr. IV.',
        },
      },
      added(
        'mx.comar.application-sur-place',
        'Claims whose facts arose after arrival get their own trigger.',
        'Las solicitudes por hechos posteriores a la llegada tienen su propio disparador.',
      ),
      added(
        'mx.detention.36-hours',
        'Immigration detention: the 36-hour maximum (SCJN, AR 388/2022).',
        'Detención migratoria: el máximo de 36 horas (SCJN, AR 388/2022).',
      ),
      added(
        'mx.detention.art-111',
        'Ley de Migración art. 111 periods, as a watch date.',
        'Plazos del art. 111 de la Ley de Migración, como fecha de vigilancia.',
      ),
      added(
        'mx.inm.revision',
        'Recurso de revisión against an INM deportation order.',
        'Recurso de revisión contra una orden de deportación del INM.',
      ),
      added(
        'mx.inm.nulidad',
        'Juicio de nulidad before the TFJA against an INM deportation order.',
        'Juicio de nulidad ante el TFJA contra una orden de deportación del INM.',
      ),
    ],
  },
  {
    jurisdiction: 'DO',
    version: '1.1.0',
    previous: '1.0.0',
    date: '2026-12-07',
    summary: ISSUE_16,
    changes: [named('do.refugee.application'), named('do.refugee.constancia-renewal')],
  },
  {
    jurisdiction: 'PA',
    version: '1.1.0',
    previous: '1.0.0',
    date: '2026-12-07',
    summary: ISSUE_16,
    changes: [named('pa.refugee.application')],
  },
  {
    jurisdiction: 'CR',
    version: '1.1.0',
    previous: '1.0.0',
    date: '2026-12-07',
    summary: ISSUE_16,
    changes: [
      named('cr.migration.revocatoria-apelacion'),
      added(
        'cr.refugee.application',
        'The one-month filing rule for refugee claims (as amended), flagged.',
        'La regla de un mes para solicitar refugio (reformada), señalada.',
      ),
    ],
  },
];

function semverParts(version: string): [number, number, number] {
  const [major = 0, minor = 0, patch = 0] = version.split(/[.-]/).slice(0, 3).map(Number);
  return [major, minor, patch];
}

function newer(a: string, b: string): boolean {
  const x = semverParts(a);
  const y = semverParts(b);
  for (const i of [0, 1, 2] as const) if (x[i] !== y[i]) return x[i] > y[i];
  return false;
}

export interface RuleChangeStep extends RuleChange {
  readonly from: string;
  readonly to: string;
  readonly date: string;
}

/**
 * Every change to one rule after `fromVersion` up to the current release of its pack, oldest
 * first: what a deadline computed under `fromVersion` must be told about.
 */
export function ruleChangesSince(
  jurisdiction: string,
  ruleId: string,
  fromVersion: string,
  changelog: readonly RulePackRelease[] = RULE_PACK_CHANGELOG,
): RuleChangeStep[] {
  return changelog
    .filter((r) => r.jurisdiction === jurisdiction && r.previous && newer(r.version, fromVersion))
    .sort((a, b) => (newer(a.version, b.version) ? 1 : -1))
    .flatMap((release) =>
      release.changes
        .filter((change) => change.ruleId === ruleId)
        .map((change) => ({
          ...change,
          from: release.previous ?? fromVersion,
          to: release.version,
          date: release.date,
        })),
    );
}

/** Whether a change can move or start a date (rather than only re-document the rule). */
export const movesDates = (change: Pick<RuleChange, 'kind' | 'aspects'>): boolean =>
  change.kind !== 'changed' || change.aspects.some((aspect) => DATE_ASPECTS.includes(aspect));

/** What recomputing a deadline under a newer pack did to it. */
export type RuleChangeOutcome =
  /** Its due instant or latest reading moved. */
  | 'moved'
  /** Same dates; the rule's status, citation or wording changed. */
  | 'unchanged'
  /** A rule new in this version starts a clock from an event already recorded. */
  | 'starts'
  /** The rule no longer runs from this event (its trigger changed): the old date is kept, flagged. */
  | 'no-longer-started';

/** The reasons for one deadline's rule, step by step ("1.0.0 → 1.1.0: …"), in both languages. */
export function describeRuleChanges(
  steps: readonly RuleChangeStep[],
  fromVersion: string | null,
  toVersion: string,
): Bilingual {
  if (steps.length === 0)
    return fromVersion === null
      ? {
          en: `A rule new in pack ${toVersion}.`,
          es: `Una regla nueva en el paquete ${toVersion}.`,
        }
      : {
          en: `The pack moved from ${fromVersion} to ${toVersion}; this rule did not change.`,
          es: `El paquete pasó de ${fromVersion} a ${toVersion}; esta regla no cambió.`,
        };
  return {
    en: steps.map((s) => `${s.from} → ${s.to}: ${s.reason.en}`).join(' '),
    es: steps.map((s) => `${s.from} → ${s.to}: ${s.reason.es}`).join(' '),
  };
}

/**
 * Whether the deadline's attorneys must be told. A moved, new or orphaned date always; the same
 * date when the rule itself changed (a status, a citation); not when only its calendar's name did.
 */
export function ruleChangeNeedsNotice(
  outcome: RuleChangeOutcome,
  steps: readonly Pick<RuleChange, 'aspects'>[],
): boolean {
  return (
    outcome !== 'unchanged' ||
    steps.some((s) => s.aspects.some((aspect) => aspect !== 'calendar-named'))
  );
}
