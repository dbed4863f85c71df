// Which screenings must reach the supervisors at once: grave risk and removal within 72 hours.
import { riskLevelRank } from './risk-level.model';
import type { RiskScore } from './risk-score.model';

/** High or extreme risk with a removal possible within 72 hours (issue 6, escalation). */
export function needsEscalation(score: Pick<RiskScore, 'level' | 'urgency'>): boolean {
  return riskLevelRank(score.level) >= riskLevelRank('high') && score.urgency.removalWithin72h;
}
