import type { CaseDeadlineResponse, CaseResponse } from '@amparo/contracts';
import type { MessageKey, TranslationService } from '../../core/i18n';
import { genderedLabel } from '../case-shared/gendered-label';

export const custodyKeys = {
  detained: 'case.custody.detained',
  released: 'case.custody.released',
  at_liberty: 'case.custody.at_liberty',
  unknown: 'case.custody.unknown',
} as const satisfies Record<CaseResponse['custodyStatus'], MessageKey>;

/** The case's custody as said of its client: "Detenida", "Detenido", "En libertad". */
export const custodyText = (
  i18n: TranslationService,
  record: Pick<CaseResponse, 'custodyStatus' | 'clientGender'>,
): string => genderedLabel(i18n, custodyKeys[record.custodyStatus], record.clientGender);

export const stageKeys = {
  intake: 'case.stage.intake',
  active: 'case.stage.active',
  decision: 'case.stage.decision',
  appeal: 'case.stage.appeal',
  closed: 'case.stage.closed',
} as const satisfies Record<CaseResponse['stage'], MessageKey>;

export const priorityKeys = {
  normal: 'case.priority.normal',
  high: 'case.priority.high',
  urgent: 'case.priority.urgent',
} as const satisfies Record<CaseResponse['priority'], MessageKey>;

export const deadlineStatusKeys = {
  open: 'deadline.status.open',
  met: 'deadline.status.met',
  missed: 'deadline.status.missed',
  waived: 'deadline.status.waived',
  overridden: 'deadline.status.overridden',
} as const satisfies Record<CaseDeadlineResponse['status'], MessageKey>;

export const ruleStatusKeys = {
  verified: 'deadline.rule.verified',
  secondary: 'deadline.rule.secondary',
  unverified: 'deadline.rule.unverified',
} as const satisfies Record<CaseDeadlineResponse['ruleStatus'], MessageKey>;
