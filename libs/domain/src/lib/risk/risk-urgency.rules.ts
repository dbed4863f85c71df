// When removal may come before the defense can act: the flag that puts a case at the top.
import type { RiskContext } from './risk-context';
import type { RiskUrgency, UrgencyReason } from './risk-score.model';
import { Q } from './screening-question.ids';

/** The threshold: a removal possible within 72 hours is imminent. */
export const IMMINENT_REMOVAL_HOURS = 72;

/** Procedures that can end in removal within hours (Peru PASEE, US expedited removal). */
const SUMMARY_PROCEDURES = ['pasee', 'expedited-removal'];

export function assessUrgency(c: RiskContext): RiskUrgency {
  const reasons: UrgencyReason[] = [];
  const hours = c.answers.number(Q.hoursUntilRemoval);
  if (hours !== undefined && hours <= IMMINENT_REMOVAL_HOURS) {
    reasons.push({
      code: 'removal-within-72h',
      text: {
        en: `Removal may happen within ${hours} hours.`,
        es: `La expulsión podría producirse dentro de ${hours} horas.`,
      },
      answers: [Q.hoursUntilRemoval],
    });
  }
  const procedure = c.answers.text(Q.removalProcedure);
  if (procedure !== undefined && SUMMARY_PROCEDURES.includes(procedure)) {
    reasons.push({
      code: 'summary-procedure',
      text: {
        en: 'A summary procedure (PASEE or expedited removal) can end in removal within hours.',
        es: 'Un procedimiento sumario (PASEE o expulsión expedita) puede terminar en la expulsión en horas.',
      },
      answers: [Q.removalProcedure],
    });
  }
  if (c.thirdCountry) {
    reasons.push({
      code: 'third-country-removal',
      text: {
        en: 'Removal to a third country: the risk of chain refoulement must be raised before removal.',
        es: 'Expulsión a un tercer país: el riesgo de devolución en cadena debe plantearse antes de la expulsión.',
      },
      answers: c.thirdCountryAnswers,
    });
  }
  return {
    urgent: reasons.length > 0,
    removalWithin72h: reasons.some((r) => r.code !== 'third-country-removal'),
    reasons,
  };
}
