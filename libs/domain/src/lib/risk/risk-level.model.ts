// How much danger of serious harm on return a screening suggests: an aid, never a decision.

export const RISK_LEVELS = ['low', 'moderate', 'high', 'extreme'] as const;

export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Position of a level on the scale; comparing ranks is how "never lower" is checked. */
export function riskLevelRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

export function maxRiskLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return riskLevelRank(a) >= riskLevelRank(b) ? a : b;
}
