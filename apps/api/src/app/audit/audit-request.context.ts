// The request being served, wherever the code that records an audit entry happens to run: the
// actor (user, IP, user agent, request id) is read from it at the moment of recording.
import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import { auditActorFromRequest, type AuditActor, type AuditRequest } from './audit-actor';

@Injectable()
export class AuditRequestContext {
  private readonly storage = new AsyncLocalStorage<AuditRequest>();

  run<T>(request: AuditRequest, work: () => T): T {
    return this.storage.run(request, work);
  }

  /** The actor of the request in progress (read late: authentication sets `user` after us). */
  actor(): AuditActor | undefined {
    const request = this.storage.getStore();
    return request ? auditActorFromRequest(request) : undefined;
  }
}

/** Opens the context for every request; registered for all routes by AuditModule. */
@Injectable()
export class AuditRequestContextMiddleware implements NestMiddleware {
  constructor(private readonly context: AuditRequestContext) {}

  use(request: AuditRequest, _response: unknown, next: () => void): void {
    this.context.run(request, next);
  }
}
