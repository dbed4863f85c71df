// The body parsers run before any route, so before we know who is calling or whether the route
// exists. Their errors are kept on the request, in words a person can act on, and raised by
// RequestInputGuard once the caller is authenticated: an anonymous caller gets 401 whatever they
// sent. Passing them on as Express errors would also hand them to @nestjs/serve-static's error
// middleware, which turns every error under /api into "404 Cannot POST".
import { HttpException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** Errors raised by body-parser carry their HTTP status, and most a type. */
interface BodyParserError extends Error {
  status: number;
  type?: string;
  limit?: number;
  charset?: string;
}

/** body-parser's number for the intake files' limit ('5mb'). */
const CSV_LIMIT_BYTES = 5 * 1024 * 1024;

const MESSAGES: Record<string, (error: BodyParserError) => string> = {
  'entity.parse.failed': (e) => `Malformed JSON in the request body: ${e.message}`,
  'entity.too.large': (e) =>
    e.limit === CSV_LIMIT_BYTES
      ? 'The file is larger than 5 MB: split it into files of at most 5,000 people'
      : `The request body is larger than the limit of ${e.limit ?? 'the server'} bytes`,
  'charset.unsupported': (e) => `Unsupported charset "${e.charset}": send UTF-8`,
  'encoding.unsupported': () => 'Unsupported content encoding: send the body uncompressed',
  'request.aborted': () => 'The request was aborted before its body arrived',
  'request.size.invalid': () => 'The request body does not match its Content-Length',
};

const BODY_ERROR = Symbol('amparo:body-error');

interface RequestWithBodyError extends Request {
  [BODY_ERROR]?: unknown;
}

function isClientError(error: unknown): error is BodyParserError {
  const status = (error as BodyParserError | null)?.status;
  return error instanceof Error && typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * Registered right after the body parsers, so every error it sees is theirs. Client errors become
 * an HttpException with a message a person can act on; anything else is kept as it is, a 500
 * for the filter to log.
 */
export function recordBodyParserErrors(
  error: unknown,
  request: Request,
  _response: Response,
  next: NextFunction,
): void {
  (request as RequestWithBodyError)[BODY_ERROR] = isClientError(error)
    ? new HttpException(
        MESSAGES[error.type ?? '']?.(error) ?? unreadable(request.headers['content-encoding']),
        error.status,
      )
    : error;
  next();
}

/** body-parser's errors without a type are those of inflating a compressed body. */
function unreadable(encoding: string | undefined): string {
  return encoding
    ? `The request body is not valid "${encoding}" data: send it uncompressed`
    : 'The request body could not be read';
}

/** What the body parser found wrong with this request's body, if anything. */
export function bodyParserError(request: Request): unknown {
  return (request as RequestWithBodyError)[BODY_ERROR];
}
