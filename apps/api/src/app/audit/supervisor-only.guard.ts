// Only supervisors read the audit trail. Stands in for the permission decorator of the access
// control feature, which replaces it; a refusal is recorded either way.
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { AuditRequest } from './audit-actor';
import { AuditForbiddenError, AuditUnauthenticatedError } from './audit.errors';
import { AuditService } from './audit.service';

@Injectable()
export class SupervisorOnlyGuard implements CanActivate {
  constructor(private readonly audit: AuditService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const user = context.switchToHttp().getRequest<AuditRequest>().user;
    if (!user) throw new AuditUnauthenticatedError();
    if (user.roles.includes('supervisor')) return true;
    // Guards run before the request's transaction: this entry commits on its own.
    await this.audit.record({
      action: 'access.denied',
      outcome: 'denied',
      recordType: 'audit_log',
    });
    throw new AuditForbiddenError();
  }
}
