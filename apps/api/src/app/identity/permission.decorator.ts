// Every route says who may call it, with exactly one of these decorators; a test fails for a
// route that has neither.
import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@amparo/domain';

export const REQUIRED_PERMISSION = 'amparo:required-permission';
export const PUBLIC_ROUTE = 'amparo:public-route';

/** Only signed-in callers whose roles grant `permission`. */
export const RequirePermission = (permission: Permission) =>
  SetMetadata(REQUIRED_PERMISSION, permission);

/** Anyone, signed in or not (health probe, login, token refresh). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);
