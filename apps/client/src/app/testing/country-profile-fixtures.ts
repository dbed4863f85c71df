// The shipped country profiles as the API answers them to an office that reads the reference,
// aged on the review day so the tests do not change with the calendar.
import type { CountryProfileResponse } from '@amparo/contracts';
// The domain's index also loads its date library (ESM only), which jest cannot run; these data
// files alone are plain.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { COUNTRY_PROFILES } from '../../../../../libs/domain/src/lib/countries/country-profiles.data';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { guidanceAge } from '../../../../../libs/domain/src/lib/countries/guidance-age';

export const shippedProfileResponses = (): CountryProfileResponse[] =>
  COUNTRY_PROFILES.map((profile) => ({
    code: profile.code,
    source: 'reference',
    version: 0,
    updatedAt: null,
    updatedBy: null,
    profile,
    guidanceAge: guidanceAge(profile, '2026-12-07'),
    referenceReviewedOn: profile.reviewedOn,
    referenceNewerThanEdit: false,
  }));

export function shippedProfileResponse(code: string): CountryProfileResponse {
  const found = shippedProfileResponses().find((p) => p.code === code);
  if (!found) throw new Error(`no shipped profile ${code}`);
  return found;
}
