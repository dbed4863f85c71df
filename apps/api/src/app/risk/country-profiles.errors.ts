// What can go wrong when reading or editing country profiles, each with a stable code.
import { ConflictError, InvalidInputError, NotFoundError, type ErrorDetail } from '@amparo/domain';

export const countryProfileNotFound = () =>
  new NotFoundError('Country profile', 'COUNTRY_PROFILE_NOT_FOUND');

export const staleCountryProfile = (current: unknown) =>
  new ConflictError(
    'COUNTRY_PROFILE_VERSION_CONFLICT',
    'Someone changed this country profile meanwhile; review the current version and retry',
    [{ message: 'current version of the record', current } as ErrorDetail],
  );

/** One problem with an edited profile; `field` is a path in the request body (`profile.…`). */
export interface CountryProfileProblem {
  readonly field: string;
  readonly message: string;
  readonly code: string;
}

/** A refused edit: every problem at once, each naming its field. Nothing is written. */
export const invalidCountryProfile = (problems: readonly CountryProfileProblem[]) =>
  new InvalidInputError(
    'COUNTRY_PROFILE_INVALID',
    `Country profile refused: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
    problems.map((p) => ({ field: p.field, message: p.message, code: p.code })),
  );
