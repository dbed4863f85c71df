// Whether removal may happen within 72 hours, read from the case's stored deadlines, its events
// and its latest screening.
import type { RemovalClockResponse } from '@amparo/contracts';
import {
  type Bilingual,
  IMMINENT_REMOVAL_HOURS,
  SCREENING_QUESTION_IDS,
  type ScreeningAnswers,
} from '@amparo/domain';

const HOUR = 3_600_000;
/** Police retention (24 h) plus the PASEE decision (24 h): Peru's DL 1582 window. */
export const PASEE_WINDOW_HOURS = 48;

/** An open deadline of the case (case_deadlines), as of `now`. */
export interface OpenClock {
  readonly id: string;
  readonly title: Bilingual;
  /** Counted in hours (PASEE, police report): the clocks on which a removal can come at once. */
  readonly hourRule: boolean;
  /** The instant to work to (an override replaces the computed one). */
  readonly dueAt: Date;
  /** The last moment it is still open: the override, else the latest reading, else dueAt. */
  readonly endsAt: Date;
}

export interface RemovalClockInput {
  readonly jurisdiction: string;
  readonly procedure: string;
  /** The case's open deadlines (status open or overridden). */
  readonly deadlines: readonly OpenClock[];
  /** When each police-retention event without stored deadlines happened (recorded before them). */
  readonly retentions: readonly Date[];
  /** The screening's "hours until removal" answer (removalHoursAnswer), null when not answered. */
  readonly hoursUntilRemoval: number | null;
  readonly assessedAt: Date;
  readonly now: Date;
}

/**
 * The answer the escalation rule reads, stored in its own clear column when an assessment is saved
 * (the rest of the answers are sealed). Migration 1763900070000 derives it the same way in SQL for
 * rows written in clear: a number, else null.
 */
export function removalHoursAnswer(answers: ScreeningAnswers): number | null {
  const hours = answers[SCREENING_QUESTION_IDS.hoursUntilRemoval];
  return typeof hours === 'number' ? hours : null;
}

export function removalClocks(input: RemovalClockInput): RemovalClockResponse[] {
  const clocks: RemovalClockResponse[] = [];
  const now = input.now.getTime();
  for (const deadline of input.deadlines) {
    if (!deadline.hourRule || deadline.endsAt.getTime() <= now) continue;
    if (deadline.dueAt.getTime() > now + IMMINENT_REMOVAL_HOURS * HOUR) continue;
    clocks.push({
      source: 'open-deadline',
      text: {
        en: `An open hour-counted deadline, "${deadline.title.en}", falls due within ${IMMINENT_REMOVAL_HOURS} hours.`,
        es: `Un plazo en horas abierto, «${deadline.title.es}», vence dentro de ${IMMINENT_REMOVAL_HOURS} horas.`,
      },
      until: deadline.endsAt.toISOString(),
      deadlineId: deadline.id,
    });
  }
  if (input.jurisdiction === 'PE' && input.procedure === 'pasee-expulsion') {
    const open = input.retentions
      .map((at) => at.getTime() + PASEE_WINDOW_HOURS * HOUR)
      .filter((closes) => closes > input.now.getTime());
    if (open.length > 0) {
      clocks.push({
        source: 'pasee-open',
        text: {
          en: 'An open PASEE: police retention in the last 48 hours can end in expulsion within hours.',
          es: 'PASEE abierto: una retención policial en las últimas 48 horas puede terminar en la expulsión en horas.',
        },
        until: new Date(Math.max(...open)).toISOString(),
      });
    }
  }
  if (input.jurisdiction === 'US' && input.procedure === 'expedited-removal') {
    clocks.push({
      source: 'expedited-removal',
      text: {
        en: 'Expedited removal can be carried out within hours.',
        es: 'La expulsión expedita puede ejecutarse en horas.',
      },
      until: null,
    });
  }
  const hours = input.hoursUntilRemoval;
  if (hours !== null && hours <= IMMINENT_REMOVAL_HOURS) {
    const at = input.assessedAt.getTime() + hours * HOUR;
    if (at > input.now.getTime()) {
      clocks.push({
        source: 'removal-hours-answer',
        text: {
          en: `The screening answered that removal may happen within ${hours} hours.`,
          es: `La evaluación indicó que la expulsión podría producirse dentro de ${hours} horas.`,
        },
        until: new Date(at).toISOString(),
      });
    }
  }
  return clocks;
}
