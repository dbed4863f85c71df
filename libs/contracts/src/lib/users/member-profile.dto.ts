// A member's professional details that filings print: bar or professional registration, the EOIR
// ID (US immigration courts) and the gender their title agrees with ("Abogada", "Abogado").
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { OneLine } from '../text/one-line.decorator';
import { NOT_BLANK } from '../text/text.patterns';

export const MEMBER_GENDERS = ['female', 'male'] as const;
export type MemberGender = (typeof MEMBER_GENDERS)[number];

/** Replaces the profile as a whole: a field left out (or null) is cleared. */
export class UpdateMemberProfileDto {
  /** Colegiatura (CAL), cédula profesional, state bar number: as the court expects it printed. */
  @IsOptional()
  @IsString()
  @Length(1, 80, { message: 'barNumber must be between 1 and 80 characters' })
  @Matches(NOT_BLANK, { message: 'barNumber must not be blank' })
  @OneLine()
  barNumber?: string | null;

  /** EOIR registration ID, letters and digits (e.g. ZX123456); stored in capitals. */
  @IsOptional()
  @Matches(/^\s*[A-Za-z0-9]{6,12}\s*$/, {
    message: 'eoirId must be the EOIR ID: 6 to 12 letters and digits, e.g. ZX123456',
  })
  eoirId?: string | null;

  /** Only for the title printed with the name; left out, filings use a neutral form. */
  @IsOptional()
  @IsIn(MEMBER_GENDERS, { message: `gender must be one of ${MEMBER_GENDERS.join(', ')}` })
  gender?: MemberGender | null;

  /** The version read: a stale one is a 409 carrying the current profile. */
  @IsInt()
  @Min(1)
  version!: number;
}

export interface MemberProfileResponse {
  userId: string;
  name: string;
  barNumber: string | null;
  eoirId: string | null;
  gender: MemberGender | null;
  version: number;
}
