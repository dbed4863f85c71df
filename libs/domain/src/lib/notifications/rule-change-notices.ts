// The words of a rule-change notice: a pack's new version changed the rule behind a deadline.
// The case by its reference, the date before and after on the forum's clock, and why: a date
// never moves without its attorneys being told.
import type { RuleChangeOutcome } from '../deadlines/rule-pack.changelog';
import type { Bilingual } from '../deadlines/rule-pack.types';
import { forumTimeText, type NoticeText } from './deadline-notices';

/** A deadline's readings: the due instant and, for a possible range, its latest end. */
export interface NoticeReadings {
  readonly dueAtMs: number | null;
  readonly latestDueAtMs: number | null;
}

export interface RuleChangeNoticeInput {
  readonly caseReference: string;
  readonly ruleTitle: Bilingual;
  readonly outcome: RuleChangeOutcome;
  /** Null for a clock the new version starts. */
  readonly fromVersion: string | null;
  readonly toVersion: string;
  readonly before: NoticeReadings | null;
  readonly after: NoticeReadings | null;
  /** A judge's date, which stays the date worked to whatever the rule says. */
  readonly overrideDueAtMs: number | null;
  readonly timeZone: string;
  readonly reason: Bilingual;
}

function readings(value: NoticeReadings | null, zone: string, lang: keyof Bilingual): string {
  if (!value || value.dueAtMs === null) return lang === 'en' ? 'no fixed date' : 'sin fecha fija';
  const due = forumTimeText(value.dueAtMs, zone);
  if (value.latestDueAtMs === null || value.latestDueAtMs === value.dueAtMs) return due;
  const latest = forumTimeText(value.latestDueAtMs, zone);
  return lang === 'en'
    ? `${due} (possibly until ${latest})`
    : `${due} (posiblemente hasta ${latest})`;
}

export function ruleChangeNotice(input: RuleChangeNoticeInput): NoticeText {
  const { caseReference: ref, ruleTitle: title, timeZone: zone } = input;
  const step = input.fromVersion
    ? `${input.fromVersion} → ${input.toVersion}`
    : `${input.toVersion}`;
  const override =
    input.overrideDueAtMs === null
      ? { en: '', es: '' }
      : {
          en: ` The judge's date, ${forumTimeText(input.overrideDueAtMs, zone)}, still governs.`,
          es: ` La fecha fijada por el juez, ${forumTimeText(input.overrideDueAtMs, zone)}, sigue rigiendo.`,
        };
  const before = (lang: keyof Bilingual) => readings(input.before, zone, lang);
  const after = (lang: keyof Bilingual) => readings(input.after, zone, lang);
  const what: Record<RuleChangeOutcome, Bilingual> = {
    moved: {
      en: `the date moved. Before: ${before('en')}. Now: ${after('en')}.`,
      es: `la fecha cambió. Antes: ${before('es')}. Ahora: ${after('es')}.`,
    },
    unchanged: {
      en: `the date stays ${after('en')}, but the rule changed.`,
      es: `la fecha sigue siendo ${after('es')}, pero la regla cambió.`,
    },
    starts: {
      en: `a new clock runs from an event already recorded: ${after('en')}.`,
      es: `corre un plazo nuevo desde un hecho ya registrado: ${after('es')}.`,
    },
    'no-longer-started': {
      en: `the rule no longer runs from this event. The date kept, ${before('en')}, may be wrong: record the event it now runs from.`,
      es: `la regla ya no corre desde este hecho. La fecha que se conserva, ${before('es')}, puede ser errónea: registre el hecho desde el que corre ahora.`,
    },
  };
  const headline: Record<RuleChangeOutcome, Bilingual> = {
    moved: { en: 'Date moved by a rule change', es: 'Fecha cambiada por un cambio de regla' },
    unchanged: { en: 'Rule changed', es: 'Regla cambiada' },
    starts: { en: 'New deadline from a rule change', es: 'Plazo nuevo por un cambio de regla' },
    'no-longer-started': {
      en: 'Rule no longer runs from this event',
      es: 'La regla ya no corre desde este hecho',
    },
  };
  return {
    title: {
      en: `${headline[input.outcome].en}: ${title.en} (${ref})`,
      es: `${headline[input.outcome].es}: ${title.es} (${ref})`,
    },
    body: {
      en: `Case ${ref}: with rule pack ${step}, "${title.en}": ${what[input.outcome].en}${override.en} Why: ${input.reason.en} Review the case and acknowledge this notice.`,
      es: `Caso ${ref}: con el paquete de reglas ${step}, «${title.es}»: ${what[input.outcome].es}${override.es} Motivo: ${input.reason.es} Revise el caso y confirme este aviso.`,
    },
  };
}
