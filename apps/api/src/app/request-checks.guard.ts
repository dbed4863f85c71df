// The one global guard. Every route's checks run here in a fixed order, instead of in whatever
// order modules happen to register their guards: who is calling first (401, then 403), so an
// anonymous caller learns nothing about a route; then what they sent (415 for the content type,
// then the body parser's 400/413, then nesting too deep to validate and text no column can
// hold). Pipes validate after this.
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { ContentTypeGuard } from './common/http/content-type.guard';
import { RequestInputGuard } from './common/http/request-input.guard';
import { AccessGuard } from './identity/access.guard';

@Injectable()
export class RequestChecksGuard implements CanActivate {
  private readonly checks: readonly CanActivate[];

  constructor(access: AccessGuard, contentType: ContentTypeGuard, input: RequestInputGuard) {
    this.checks = [access, contentType, input];
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    for (const check of this.checks) {
      if (!(await check.canActivate(context))) return false;
    }
    return true;
  }
}
