// Structured JSON logs: one line per event, a request id on every request line, and never a
// request body, a cookie, a token or a password.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Logger } from 'pino';
import pinoHttp from 'pino-http';
import type { LogLevel } from '../../config/app.config';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * A path segment that may hold a secret: a run of 32 or more token characters once record ids are
 * set aside (a calendar feed's `<office>.<feed>.<secret>.ics`; a hashed file name is far shorter).
 * Routing ignores case and a trailing slash, so matching one exact path would miss
 * `/API/Calendar/<token>.ics/`: every segment is judged.
 */
const SECRET_RUN = /[A-Za-z0-9_-]{32,}/;
const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** What a logged request path may show: no query string (tokens, names), no secret segment. */
export function loggablePath(url: string): string {
  return url
    .split('?')[0]
    .split('/')
    .map((segment) => (SECRET_RUN.test(segment.replace(UUIDS, '')) ? '[redacted]' : segment))
    .join('/');
}

/**
 * An error as the log keeps it: its class, code and stack, never what a database error carries
 * about the statement (its SQL, its parameters, the offending values in `detail`, or a message
 * that quotes the input, as "invalid input syntax for type uuid: ..." does).
 */
export function loggableError(error: unknown): Record<string, unknown> {
  // By shape, not instanceof: errors from another realm (a worker, a test sandbox) are errors too,
  // and pino-http hands its serializer an error already copied by pino's own ({type, message...}).
  if (!isErrorLike(error)) return { type: typeof error };
  const name = error.name ?? error.type ?? 'Error';
  const code = (error as { code?: unknown }).code;
  const fromDatabase =
    name === 'QueryFailedError' ||
    (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) ||
    'query' in error;
  // A database error's schema names (table, column, constraint) help an operator; its values stay out.
  const { table, column, constraint, routine } = error as ErrorLike & Record<string, unknown>;
  return {
    type: name,
    ...(typeof code === 'string' ? { code } : {}),
    ...(fromDatabase ? { table, column, constraint, routine } : {}),
    message: fromDatabase ? 'database error (statement and values not logged)' : error.message,
    stack: fromDatabase ? error.stack?.split('\n').slice(1).join('\n') : error.stack,
  };
}

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'amparo-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: loggableError },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'res.headers["set-cookie"]',
          '*.password',
          '*.token',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

interface ErrorLike {
  name?: string;
  type?: string;
  message: string;
  stack?: string;
}

function isErrorLike(value: unknown): value is ErrorLike {
  if (typeof value !== 'object' || value === null) return false;
  const { name, type, message } = value as Record<string, unknown>;
  return typeof message === 'string' && (typeof name === 'string' || typeof type === 'string');
}

export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (request: IncomingMessage, response: ServerResponse) => {
      const incoming = request.headers['x-request-id'];
      const id =
        typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
      response.setHeader('X-Request-Id', id);
      return id;
    },
    // Client mistakes are not server errors: only 5xx is logged at error level.
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : 'info',
    serializers: {
      req: (request: { id: string; method: string; url: string; remoteAddress?: string }) => ({
        id: request.id,
        method: request.method,
        // The query string may carry tokens or search terms (names), a feed's path its token.
        url: loggablePath(request.url),
        remoteAddress: request.remoteAddress,
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      err: loggableError,
    },
    autoLogging: { ignore: (request) => request.url === '/api/health' },
  });
}

/** Routes NestJS's own messages (start-up, routes mapped) into the same JSON stream. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
