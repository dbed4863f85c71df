// The JSON body parser fails before any route runs; its errors are re-raised as HTTP exceptions
// with a message a person can act on (NestJS would otherwise pass on the bare parser text).
import { HttpException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** Errors raised by body-parser carry their HTTP status and a type. */
interface BodyParserError extends Error {
  type: string;
  status: number;
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

function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    error instanceof Error &&
    typeof (error as BodyParserError).type === 'string' &&
    typeof (error as BodyParserError).status === 'number'
  );
}

export function bodyParserErrors(
  error: unknown,
  _request: Request,
  _response: Response,
  next: NextFunction,
): void {
  if (!isBodyParserError(error)) return next(error);
  const describe = MESSAGES[error.type];
  next(new HttpException(describe ? describe(error) : error.message, error.status));
}
