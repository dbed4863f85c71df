// Turns anything thrown while serving a request into the API's one error shape; never leaks a
// stack trace, a SQL message or a driver error to the caller.
import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
} from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { DomainError, TooManyRequestsError } from '@amparo/domain';
import { isTransientConflict } from '../../database/tenant-transactions';
import { STATUS_BY_KIND } from './domain-error.status';
import type { ErrorResponse } from './error-response';
import { RequestValidationException } from './validation.exception';

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request & { id?: string; log?: Logger }>();
    const response = context.getResponse<Response>();
    const body = this.toResponse(exception, request.id);

    if (body.statusCode >= 500) {
      request.log?.error({ err: exception }, 'request failed');
    }
    if (response.headersSent) return;
    if (exception instanceof TooManyRequestsError) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    if (databaseUnavailable(exception)) response.setHeader('Retry-After', '5');
    response.status(body.statusCode).json(body);
  }

  private toResponse(exception: unknown, requestId?: string): ErrorResponse {
    if (exception instanceof DomainError) {
      const statusCode = STATUS_BY_KIND[exception.kind];
      return {
        ...base(statusCode, exception.message),
        code: exception.code,
        ...withDetails(exception.details),
      };
    }
    if (exception instanceof RequestValidationException) {
      return {
        ...base(400, exception.message),
        code: 'VALIDATION_FAILED',
        details: exception.details,
      };
    }
    if (exception instanceof HttpException) {
      return this.fromHttpException(exception);
    }
    if (isTransientConflict(exception)) {
      // Still meeting other writers after the transaction's own retries (TenantTransactions.run).
      return {
        ...base(
          HttpStatus.CONFLICT,
          'Others were changing the same records at this moment; nothing was saved. Try again.',
        ),
        code: 'CONCURRENT_CHANGE',
      };
    }
    if (databaseUnavailable(exception)) {
      return {
        ...base(
          HttpStatus.SERVICE_UNAVAILABLE,
          'The database is busy or unreachable; nothing was saved. Try again in a moment.',
        ),
        code: 'DATABASE_UNAVAILABLE',
      };
    }
    return base(
      HttpStatus.INTERNAL_SERVER_ERROR,
      `Something went wrong on our side; nothing was saved. Quote request id ${requestId ?? 'unknown'} if you report it.`,
    );
  }

  private fromHttpException(exception: HttpException): ErrorResponse {
    const statusCode = exception.getStatus();
    const payload = exception.getResponse();
    let message = exception.message;
    let details: ErrorResponse['details'];
    if (typeof payload === 'object' && payload !== null) {
      const raw = (payload as { message?: unknown; details?: unknown }).message;
      if (Array.isArray(raw)) {
        details = raw.map((m) => ({ message: String(m) }));
        message = raw.map(String).join('; ');
      } else if (typeof raw === 'string') {
        message = raw;
      }
      if (Array.isArray((payload as { details?: unknown }).details)) {
        details = (payload as { details: ErrorResponse['details'] }).details;
      }
    }
    return { ...base(statusCode, message), ...withDetails(details) };
  }
}

/**
 * No database connection could be had in time (pg-pool's acquire timeout, a refused or dropped
 * connection): the server is overloaded or PostgreSQL is down, not the request at fault.
 */
export function databaseUnavailable(exception: unknown): boolean {
  if (!(exception instanceof Error)) return false;
  const code = (exception as { code?: unknown }).code;
  return (
    /timeout exceeded when trying to connect|Connection terminated due to connection timeout/.test(
      exception.message,
    ) ||
    code === 'ECONNREFUSED' ||
    code === '57P03' // cannot_connect_now (starting up, shutting down)
  );
}

function base(statusCode: number, message: string): ErrorResponse {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
}

function withDetails(details?: ErrorResponse['details']): Pick<ErrorResponse, 'details'> {
  return details && details.length > 0 ? { details } : {};
}
