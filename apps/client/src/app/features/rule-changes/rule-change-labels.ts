// The words for what a rule pack's new version did to a deadline.
import type { RuleChangeOutcome } from '@amparo/domain';
import type { MessageKey } from '../../core/i18n';

export const outcomeKeys = {
  moved: 'ruleChange.outcome.moved',
  unchanged: 'ruleChange.outcome.unchanged',
  starts: 'ruleChange.outcome.starts',
  'no-longer-started': 'ruleChange.outcome.noLongerStarted',
} as const satisfies Record<RuleChangeOutcome, MessageKey>;
