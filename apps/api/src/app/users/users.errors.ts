// What can go wrong when managing accounts, each with a stable code.
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  type ErrorDetail,
  type Role,
} from '@amparo/domain';

export const userNotFound = () => new NotFoundError('User', 'USER_NOT_FOUND');

export const emailTaken = () =>
  new ConflictError('USER_EMAIL_TAKEN', 'An account with this e-mail already exists', [
    { field: 'email', message: 'An account with this e-mail already exists' },
  ]);

export const staleUser = (current: unknown) =>
  new ConflictError(
    'USER_VERSION_CONFLICT',
    'Someone changed this account meanwhile; review the current version and retry',
    [{ message: 'current version of the record', current } as ErrorDetail],
  );

export const lastAdmin = () =>
  new ConflictError('USER_LAST_ADMIN', 'The office must keep at least one active admin');

export const setupLinkInvalid = () =>
  new InvalidInputError(
    'PASSWORD_SETUP_INVALID',
    'This link is invalid, used or expired; ask your admin for a new one',
    [{ field: 'token', message: 'invalid, used or expired' }],
  );

export const selfRoleGrant = (roles: readonly Role[]) =>
  new ForbiddenError(
    'USER_SELF_ROLE_GRANT',
    `You cannot give yourself a role that opens case records (${roles.join(', ')}); ask another admin`,
  );
