// What can go wrong with assessments and escalations, each with a stable code.
import { ConflictError, InvalidInputError, NotFoundError } from '@amparo/domain';

export const assessmentNotFound = () =>
  new NotFoundError('Risk assessment', 'RISK_ASSESSMENT_NOT_FOUND');

export const alreadySignedOff = (signedOffAt: Date) =>
  new ConflictError(
    'RISK_ASSESSMENT_ALREADY_SIGNED_OFF',
    `This assessment version was signed off at ${signedOffAt.toISOString()}; record a new version to change it`,
  );

export const destinationMismatch = (destination: string, answered: string) =>
  new InvalidInputError(
    'RISK_DESTINATION_MISMATCH',
    `destination ${destination} differs from the answer ${answered}`,
    [
      {
        field: 's1.destination_country',
        message: `destination ${destination} differs from the answer ${answered}`,
      },
    ],
  );

export const escalationNotActive = () =>
  new ConflictError(
    'RISK_ESCALATION_NOT_ACTIVE',
    'This case is not escalated now (or the escalation was already acknowledged)',
  );
