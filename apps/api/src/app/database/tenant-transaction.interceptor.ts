// One request, one transaction: a handler's writes (and its audit entries) commit together or
// not at all, scoped to the organization of the authenticated user.
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { TenantTransactions } from './tenant-transactions';
import { WITHOUT_TRANSACTION } from './without-transaction.decorator';

/** What authentication leaves on the request; absent for anonymous calls. */
export interface RequestPrincipal {
  organizationId: string;
}

@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(WITHOUT_TRANSACTION, targets))
      return next.handle();
    const request = context.switchToHttp().getRequest<{ user?: RequestPrincipal }>();
    const organizationId = request.user?.organizationId ?? null;
    return from(
      this.transactions.run(organizationId, () =>
        lastValueFrom(next.handle(), { defaultValue: undefined }),
      ),
    );
  }
}
