import type { ArgumentsHost } from '@nestjs/common';
import { ApiExceptionFilter, databaseUnavailable } from './api-exception.filter';

function respond(exception: unknown) {
  const headers: Record<string, string> = {};
  let status = 0;
  let body: unknown;
  const response = {
    headersSent: false,
    setHeader: (name: string, value: string) => (headers[name] = value),
    status: (code: number) => ((status = code), response),
    json: (payload: unknown) => (body = payload),
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ id: 'req-1' }), getResponse: () => response }),
  } as unknown as ArgumentsHost;
  new ApiExceptionFilter().catch(exception, host);
  return { status, headers, body };
}

describe('ApiExceptionFilter', () => {
  it('answers 503 with a retry hint when no database connection could be had in time', () => {
    const { status, headers, body } = respond(new Error('timeout exceeded when trying to connect'));
    expect(status).toBe(503);
    expect(headers['Retry-After']).toBe('5');
    expect(body).toMatchObject({ code: 'DATABASE_UNAVAILABLE', statusCode: 503 });
    expect(JSON.stringify(body)).not.toContain('timeout exceeded');
  });

  it('tells a refused connection from a bug, which stays a 500 quoting the request id', () => {
    expect(databaseUnavailable(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe(
      true,
    );
    const { status, body } = respond(new Error('relation "x" does not exist'));
    expect(status).toBe(500);
    expect(JSON.stringify(body)).toContain('req-1');
    expect(JSON.stringify(body)).not.toContain('relation');
  });

  it('answers 409 "try again" to a deadlock or serialization failure the retries did not clear', () => {
    for (const code of ['40P01', '40001']) {
      const { status, body } = respond(
        Object.assign(new Error('deadlock detected: Process 42 waits for ShareLock'), { code }),
      );
      expect(status).toBe(409);
      expect(body).toMatchObject({ code: 'CONCURRENT_CHANGE', statusCode: 409 });
      expect(JSON.stringify(body)).not.toContain('Process 42');
    }
  });
});
