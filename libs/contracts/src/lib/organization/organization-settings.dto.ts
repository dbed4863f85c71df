// Office-wide settings an admin may change.
import {
  ArrayUnique,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { ROLES, type Role } from '@amparo/domain';
import { NO_CONTROL_CHARACTERS } from '../text/text.patterns';

export const CASE_VISIBILITIES = ['assigned', 'organization'] as const;
export type CaseVisibility = (typeof CASE_VISIBILITIES)[number];
export const OFFICE_LANGUAGES = ['en', 'es'] as const;
export type OfficeLanguage = (typeof OFFICE_LANGUAGES)[number];

export class UpdateOrganizationSettingsDto {
  /** `assigned`: members see the cases they are assigned to; `organization`: every case. */
  @IsOptional()
  @IsIn(CASE_VISIBILITIES, {
    message: `caseVisibility must be one of ${CASE_VISIBILITIES.join(', ')}`,
  })
  caseVisibility?: CaseVisibility;

  /** Roles whose members must use a second factor. */
  @IsOptional()
  @ArrayUnique()
  @IsIn(ROLES, { each: true, message: `each role must be one of ${ROLES.join(', ')}` })
  mfaRequiredRoles?: Role[];

  /** The country most cases are in (a jurisdiction with a rule pack); null clears it. */
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Matches(/^[A-Z]{2}$/, { message: 'defaultJurisdiction must be a country code such as MX' })
  defaultJurisdiction?: string | null;

  /** The IANA zone the office works in, e.g. America/Tijuana; null clears it. */
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(64)
  @Matches(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$|^UTC$/, {
    message: 'defaultTimeZone must be an IANA time zone such as America/Tijuana',
  })
  defaultTimeZone?: string | null;

  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsIn(OFFICE_LANGUAGES, {
    message: `defaultLanguage must be one of ${OFFICE_LANGUAGES.join(', ')}`,
  })
  defaultLanguage?: OfficeLanguage | null;

  /** The office's postal address, as filings print it; an empty text clears it. */
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: 'address must be at most 300 characters' })
  @Matches(NO_CONTROL_CHARACTERS, { message: 'address must not contain control characters' })
  address?: string;

  /** The version you last saw: a stale one is refused with the current settings. */
  @IsInt()
  @Min(1)
  version!: number;
}

/** What intake starts from in this office (readable by everyone who takes people in). */
export interface OfficeDefaultsResponse {
  defaultJurisdiction: string | null;
  defaultTimeZone: string | null;
  defaultLanguage: OfficeLanguage | null;
}

export interface OrganizationSettingsResponse extends OfficeDefaultsResponse {
  id: string;
  name: string;
  caseVisibility: CaseVisibility;
  mfaRequiredRoles: Role[];
  address: string | null;
  version: number;
}
