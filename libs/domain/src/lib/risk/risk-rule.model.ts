// What a screening rule is: a named, levelled test over the answers and the country profiles.
import type { LegalBasis } from './legal-basis.model';
import type { LocalizedText } from './localized-text.model';
import type { RiskContext } from './risk-context';
import type { RiskLevel } from './risk-level.model';

export interface RuleHit {
  readonly answers: readonly string[];
  readonly profileFacts: readonly string[];
  /** Replaces the rule's generic text when the hit can say more (which profile, which country). */
  readonly text?: LocalizedText;
}

/**
 * A rule only ever tests for the presence of risk factors (a "yes", a selected option, a rank at
 * least N, a profile fact): so adding a factor can only make more rules fire, and since the level
 * is the highest level of the rules that fired, it can never go down.
 */
export interface RiskRule {
  readonly id: string;
  readonly level: RiskLevel;
  readonly text: LocalizedText;
  readonly legalBasis: readonly LegalBasis[];
  evaluate(ctx: RiskContext): readonly RuleHit[];
}

export function hit(
  answers: readonly string[],
  profileFacts: readonly string[] = [],
  text?: LocalizedText,
): RuleHit[] {
  return [{ answers, profileFacts, ...(text ? { text } : {}) }];
}

export function when(condition: boolean, hits: () => RuleHit[]): RuleHit[] {
  return condition ? hits() : [];
}
