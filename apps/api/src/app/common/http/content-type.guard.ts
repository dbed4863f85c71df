// Requests with a body must say it is a type the route reads; anything else is a 415, before
// validation or any work. Routes that read other types declare them with @AcceptsBody, so the
// OpenAPI document and the check can never disagree.
import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import typeis from 'type-is';
import { ACCEPTED_BODY_TYPES } from './accepts-body.decorator';

const DEFAULT_TYPES = ['application/json'];

@Injectable()
export class ContentTypeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (!typeis.hasBody(request) || request.headers['content-length'] === '0') return true;
    const accepted =
      this.reflector.getAllAndOverride<string[]>(ACCEPTED_BODY_TYPES, [
        context.getHandler(),
        context.getClass(),
      ]) ?? DEFAULT_TYPES;
    if (typeis(request, accepted)) return true;
    const sent = request.headers['content-type'] ?? 'none';
    throw new UnsupportedMediaTypeException(
      `Content-Type "${sent}" is not accepted here; send ${accepted.join(' or ')}`,
    );
  }
}
