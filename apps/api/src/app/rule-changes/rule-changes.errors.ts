// What can go wrong with a rule-change notice, each with a stable code.
import { ConflictError, NotFoundError } from '@amparo/domain';

export const ruleChangeNotFound = () =>
  new NotFoundError('Rule-change notice', 'RULE_CHANGE_NOT_FOUND');

export const ruleChangeAlreadyAcknowledged = () =>
  new ConflictError(
    'RULE_CHANGE_ALREADY_ACKNOWLEDGED',
    'An attorney of the case has already acknowledged this rule change',
  );
