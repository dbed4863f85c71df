// What is wrong with what the caller sent, once the caller is known: the body parser's findings
// (malformed JSON 400, too large 413, unsupported charset 415), nesting too deep to validate, and
// text no column can hold, in the body, the query string or the path. Runs after authentication
// and the content-type check (RequestChecksGuard fixes the order) and before the ValidationPipe,
// whose recursive walk a deeply nested body would overflow.
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import typeis from 'type-is';
import { InvalidInputError } from '@amparo/domain';
import { bodyParserError } from './body-parser-errors.middleware';
import { inputProblem, MAX_BODY_DEPTH, TEXT_PROBLEM_MESSAGES } from './request-input.checks';

@Injectable()
export class RequestInputGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const parserError = bodyParserError(request);
    if (parserError !== undefined) throw parserError;
    const parts = [
      // A text body (an intake file) is read by its route's own parser, whose refusal says how
      // to save the file properly; JSON is checked here.
      ['request body', typeis(request, ['text/*']) ? undefined : request.body],
      ['query string', request.query],
      ['path', request.params],
    ] as const;
    for (const [place, value] of parts) {
      const problem = inputProblem(value, MAX_BODY_DEPTH);
      if (problem === 'too-deep') {
        throw new InvalidInputError(
          'BODY_TOO_DEEP',
          `The ${place} nests objects or arrays deeper than ${MAX_BODY_DEPTH} levels`,
        );
      }
      if (problem) {
        throw new InvalidInputError(
          'INPUT_INVALID_TEXT',
          `The ${place} ${TEXT_PROBLEM_MESSAGES[problem]}`,
        );
      }
    }
    return true;
  }
}
