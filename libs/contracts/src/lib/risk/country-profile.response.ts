// A country profile as an office sees it: the shipped reference, or the office's own edit of it.
import type { CountryProfile, GuidanceAge } from '@amparo/domain';

/** `reference`: the data shipped with Amparo; `office`: edited by a supervisor of this office. */
export type CountryProfileSource = 'reference' | 'office';

export interface CountryProfileResponse {
  code: string;
  source: CountryProfileSource;
  /** Send it back when editing; 0 until the office first edits this country. */
  version: number;
  /** When and by whom the office last edited or reverted it; null for an untouched reference. */
  updatedAt: string | null;
  updatedBy: string | null;
  /** Citations and dates, "guidance not found", returns advised against, third-country arrangements. */
  profile: CountryProfile;
  /** How old the shown profile's newest country guidance is today, and whether review is due. */
  guidanceAge: GuidanceAge;
  /** When the shipped reference was last reviewed against its sources. */
  referenceReviewedOn: string;
  /**
   * True when the office's own copy was saved before the shipped reference's latest review: the
   * reference may have corrected something the copy still says (compare, then edit or revert).
   */
  referenceNewerThanEdit: boolean;
}
