// A supervisor's edit of a country profile: the whole profile, checked against the domain rules.
import { IsInt, IsObject, Min } from 'class-validator';
import type { CountryProfile } from '@amparo/domain';

export class UpdateCountryProfileDto {
  /** The version you last saw (0 for the shipped reference): a stale one is refused with the current profile. */
  @IsInt()
  @Min(0)
  version!: number;

  /** The complete profile; its shape and its citations are checked, each problem naming its field. */
  @IsObject()
  profile!: CountryProfile;
}
