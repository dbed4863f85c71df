// The transparent rules of the screening, gathered: each names its level, its words and its trigger.
import { COUNTRY_RISK_RULES } from './country-risk.rules';
import { INDIVIDUAL_RISK_RULES } from './individual-risk.rules';
import { RISK_LEVELS } from './risk-level.model';
import type { RiskRule } from './risk-rule.model';

export type { RiskRule, RuleHit } from './risk-rule.model';

/** All rules, gravest first (the order reasons are shown in). */
export const RISK_RULES: readonly RiskRule[] = [...RISK_LEVELS]
  .reverse()
  .flatMap((level) =>
    [...INDIVIDUAL_RISK_RULES, ...COUNTRY_RISK_RULES].filter((r) => r.level === level),
  );
