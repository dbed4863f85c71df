// Why a screening could not be scored: the profiles handed in do not match the answers.
import { InvalidInputError } from '../errors/invalid-input.error';

export enum RiskScoringErrorCode {
  DestinationMissing = 'RISK_DESTINATION_MISSING',
  DestinationProfileMismatch = 'RISK_DESTINATION_PROFILE_MISMATCH',
}

export class RiskScoringError extends InvalidInputError {
  constructor(code: RiskScoringErrorCode, message: string) {
    super(code, message, [{ field: 's1.destination_country', message }]);
  }
}
