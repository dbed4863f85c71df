// What a supervisor filters the office's rule-change notices by, and what an attorney says when
// acknowledging one.
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export const RULE_CHANGE_NOTICE_FILTERS = ['pending', 'all'] as const;

export class RuleChangeNoticeQueryDto {
  /** `pending` (default): not yet acknowledged by an attorney of the case; `all`: with those that were. */
  @IsOptional()
  @IsIn(RULE_CHANGE_NOTICE_FILTERS, { message: 'status must be pending or all' })
  status?: (typeof RULE_CHANGE_NOTICE_FILTERS)[number];
}

export class AcknowledgeRuleChangeDto {
  /** What the attorney did about it (optional: reading the new date may be all there is to do). */
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'note must be at most 500 characters' })
  note?: string;
}
