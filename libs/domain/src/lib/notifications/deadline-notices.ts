// The words of notifications about deadlines and escalations, in English and Spanish: the case by
// its reference, the rule, the moment on the forum's clock, and whether the rule is verified.
import type { Bilingual, VerificationStatus } from '../deadlines/rule-pack.types';
import { ForumClock } from '../time/forum-clock';

export interface NoticeText {
  readonly title: Bilingual;
  readonly body: Bilingual;
}

export interface NoticeDeadline {
  readonly caseReference: string;
  readonly ruleTitle: Bilingual;
  readonly dueAtMs: number;
  readonly timeZone: string;
  readonly ruleStatus: VerificationStatus;
  readonly citation: string;
}

/** "2026-07-29 21:10 (UTC-05:00) America/Lima": the forum's wall clock, with its zone. */
export function forumTimeText(epochMs: number, timeZone: string): string {
  return `${ForumClock.of(timeZone).formatLocalWithOffset(epochMs)} ${timeZone}`;
}

function span(offsetHours: number): Bilingual {
  if (offsetHours % 24 === 0) {
    const days = offsetHours / 24;
    return days === 1 ? { en: '1 day', es: '1 día' } : { en: `${days} days`, es: `${days} días` };
  }
  return offsetHours === 1
    ? { en: '1 hour', es: '1 hora' }
    : { en: `${offsetHours} hours`, es: `${offsetHours} horas` };
}

const CAUTION: Record<VerificationStatus, Bilingual> = {
  verified: { en: '', es: '' },
  secondary: {
    en: ' The rule comes from a secondary source: check the primary source.',
    es: ' La regla proviene de una fuente secundaria: verifíquese la fuente primaria.',
  },
  unverified: {
    en: ' The rule is UNVERIFIED: confirm it before relying on it.',
    es: ' La regla está SIN VERIFICAR: confírmese antes de confiar en ella.',
  },
};

export function reminderNotice(deadline: NoticeDeadline, offsetHours: number): NoticeText {
  const within = span(offsetHours);
  const when = forumTimeText(deadline.dueAtMs, deadline.timeZone);
  const caution = CAUTION[deadline.ruleStatus];
  return {
    title: {
      en: `Due within ${within.en}: ${deadline.ruleTitle.en} (${deadline.caseReference})`,
      es: `Vence en ${within.es}: ${deadline.ruleTitle.es} (${deadline.caseReference})`,
    },
    body: {
      en: `Case ${deadline.caseReference}: "${deadline.ruleTitle.en}" falls due ${when} (${deadline.citation}).${caution.en}`,
      es: `Caso ${deadline.caseReference}: «${deadline.ruleTitle.es}» vence el ${when} (${deadline.citation}).${caution.es}`,
    },
  };
}

export function missedNotice(deadline: NoticeDeadline): NoticeText {
  const when = forumTimeText(deadline.dueAtMs, deadline.timeZone);
  return {
    title: {
      en: `Deadline missed: ${deadline.ruleTitle.en} (${deadline.caseReference})`,
      es: `Plazo vencido: ${deadline.ruleTitle.es} (${deadline.caseReference})`,
    },
    body: {
      en: `Case ${deadline.caseReference}: "${deadline.ruleTitle.en}" passed at ${when} without being met or waived (${deadline.citation}). Review the case now.`,
      es: `Caso ${deadline.caseReference}: «${deadline.ruleTitle.es}» venció el ${when} sin cumplirse ni dispensarse (${deadline.citation}). Revise el caso ahora.`,
    },
  };
}

/**
 * An authority's limit passed (the end of a PASEE, a police report, an INM detention): not the
 * office's miss but an opening. For a detained person the detention may now be unlawful.
 */
export function authorityPassedNotice(deadline: NoticeDeadline, detained: boolean): NoticeText {
  const when = forumTimeText(deadline.dueAtMs, deadline.timeZone);
  return {
    title: {
      en: `Authority's limit passed: ${deadline.ruleTitle.en} (${deadline.caseReference})`,
      es: `Venció el plazo de la autoridad: ${deadline.ruleTitle.es} (${deadline.caseReference})`,
    },
    body: detained
      ? {
          en: `Case ${deadline.caseReference}: the authority's limit "${deadline.ruleTitle.en}" passed at ${when} (${deadline.citation}) and the person is recorded as detained: the detention may now be unlawful. Consider hábeas corpus or the remedy the forum allows, now.`,
          es: `Caso ${deadline.caseReference}: el plazo de la autoridad «${deadline.ruleTitle.es}» venció el ${when} (${deadline.citation}) y la persona consta como detenida: la detención puede ser ya ilegal. Valore un hábeas corpus o el recurso que el foro admita, ahora.`,
        }
      : {
          en: `Case ${deadline.caseReference}: the authority's limit "${deadline.ruleTitle.en}" passed at ${when} (${deadline.citation}). It is not the office's miss; it may ground a remedy.`,
          es: `Caso ${deadline.caseReference}: el plazo de la autoridad «${deadline.ruleTitle.es}» venció el ${when} (${deadline.citation}). No es un plazo incumplido por la oficina; puede fundar un recurso.`,
        },
  };
}

export interface NoticeEscalation {
  readonly caseReference: string;
  readonly level: 'high' | 'extreme';
  /** What makes removal possible within 72 hours, one line per clock. */
  readonly clocks: readonly Bilingual[];
}

const LEVEL: Record<NoticeEscalation['level'], Bilingual> = {
  high: { en: 'high', es: 'alto' },
  extreme: { en: 'extreme', es: 'extremo' },
};

export function escalationNotice(escalation: NoticeEscalation): NoticeText {
  const level = LEVEL[escalation.level];
  return {
    title: {
      en: `Escalated: ${level.en} risk, removal possible within 72 hours (${escalation.caseReference})`,
      es: `Escalado: riesgo ${level.es}, expulsión posible en 72 horas (${escalation.caseReference})`,
    },
    body: {
      en: `Case ${escalation.caseReference}: the latest screening is ${level.en} risk and ${escalation.clocks.map((c) => c.en).join(' ')} A supervisor may acknowledge it with a reason.`,
      es: `Caso ${escalation.caseReference}: la última evaluación es de riesgo ${level.es} y ${escalation.clocks.map((c) => c.es).join(' ')} Un supervisor puede darlo por atendido indicando el motivo.`,
    },
  };
}
