// Wire types come type-only from @amparo/contracts, so class-validator never reaches the bundle.
import type {
  CreateUserDto,
  OrganizationSettingsResponse,
  PasswordSetupResponse,
  UpdateOrganizationSettingsDto,
  UpdateUserRolesDto,
  UserResponse,
} from '@amparo/contracts';
import type { Role } from '@amparo/domain';

export type { Role };
export type User = UserResponse;
export type PasswordSetup = PasswordSetupResponse;
export type InviteUserRequest = CreateUserDto;
export type UpdateRolesRequest = UpdateUserRolesDto;
export type OrganizationSettings = OrganizationSettingsResponse;
export type UpdateSettingsRequest = UpdateOrganizationSettingsDto;
export type CaseVisibility = OrganizationSettingsResponse['caseVisibility'];

/**
 * The roles in the order the API lists them (ROLES in @amparo/domain). Repeated here as a value
 * so the client does not import the domain library's runtime code; the types keep it in step.
 */
export const allRoles = [
  'admin',
  'supervisor',
  'attorney',
  'paralegal',
] as const satisfies readonly Role[];
/** Fails to compile when the domain gains a role that is missing above. */
type Never<T extends never> = T;
export type EveryRoleListed = Never<Exclude<Role, (typeof allRoles)[number]>>;

export const caseVisibilities = [
  'assigned',
  'organization',
] as const satisfies readonly CaseVisibility[];

/** API codes the admin screens answer with their own message. */
export const adminErrorCodes = {
  emailTaken: 'USER_EMAIL_TAKEN',
  lastAdmin: 'USER_LAST_ADMIN',
  selfRoleGrant: 'USER_SELF_ROLE_GRANT',
  userConflict: 'USER_VERSION_CONFLICT',
  settingsConflict: 'ORGANIZATION_VERSION_CONFLICT',
} as const;
