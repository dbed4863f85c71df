// Office-wide settings an admin may change.
import { ArrayUnique, IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { ROLES, type Role } from '@amparo/domain';

export const CASE_VISIBILITIES = ['assigned', 'organization'] as const;
export type CaseVisibility = (typeof CASE_VISIBILITIES)[number];

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

  /** The version you last saw: a stale one is refused with the current settings. */
  @IsInt()
  @Min(1)
  version!: number;
}

export interface OrganizationSettingsResponse {
  id: string;
  name: string;
  caseVisibility: CaseVisibility;
  mfaRequiredRoles: Role[];
  version: number;
}
