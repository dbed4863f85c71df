// The gate on every route: authenticate (passport), then check the route's permission against
// the caller's roles with the shared permission map. Object-level checks come later, in services.
import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { can, type Permission } from '@amparo/domain';
import { IdentityAudit } from './identity-audit';
import { mfaEnrolmentRequired, permissionDenied } from './identity.errors';
import type { Principal } from './principal';
import { PUBLIC_ROUTE, REQUIRED_PERMISSION } from './permission.decorator';
import { SESSION_STRATEGY } from './session-token.strategy';

@Injectable()
export class AccessGuard extends AuthGuard(SESSION_STRATEGY) {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: IdentityAudit,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    await super.canActivate(context);
    const permission = this.reflector.getAllAndOverride<Permission>(REQUIRED_PERMISSION, targets);
    const principal = context.switchToHttp().getRequest<{ user: Principal }>().user;
    // A route that forgot to declare who may call it is closed to everyone.
    // Until they enrol a second factor the office requires, members may only manage themselves.
    if (principal.mfaEnrolmentRequired && permission !== 'self.manage') {
      await this.audit.denied('mfa-enrolment-required');
      throw mfaEnrolmentRequired();
    }
    if (!permission || !can(principal.roles, permission)) {
      await this.audit.denied(permission ?? 'undeclared');
      throw permissionDenied();
    }
    return true;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    return user;
  }
}
