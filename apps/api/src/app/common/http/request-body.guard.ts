// What is wrong with the body itself, once the caller is known: the body parser's findings
// (malformed JSON 400, too large 413, unsupported charset 415), nesting too deep to validate and
// text that is not Unicode.
// Runs after authentication and the content-type check (RequestChecksGuard fixes the order) and
// before the ValidationPipe, whose recursive walk a deeply nested body would overflow.
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { InvalidInputError } from '@amparo/domain';
import { bodyParserError } from './body-parser-errors.middleware';
import { jsonBodyProblem, MAX_BODY_DEPTH } from './json-body.checks';

@Injectable()
export class RequestBodyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const parserError = bodyParserError(request);
    if (parserError !== undefined) throw parserError;
    switch (jsonBodyProblem(request.body, MAX_BODY_DEPTH)) {
      case 'too-deep':
        throw new InvalidInputError(
          'BODY_TOO_DEEP',
          `The request body nests objects or arrays deeper than ${MAX_BODY_DEPTH} levels`,
        );
      case 'unpaired-surrogate':
        throw new InvalidInputError(
          'BODY_INVALID_TEXT',
          'The request body holds an unpaired surrogate (\\ud800 without its pair): text must be valid Unicode',
        );
    }
    return true;
  }
}
