import { HttpClient, HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { provideTestHttp, provideTestRouter } from '../../testing/test-providers';
import { ApiError, toApiError } from './api-error';
import { requestIdHeader } from './api-url';
import { csrfHeader } from './csrf.interceptor';

function failure(status: number, body: unknown, headers?: Record<string, string>) {
  return new HttpErrorResponse({
    status,
    error: body,
    headers: new HttpHeaders(headers),
    url: '/api/cases',
  });
}

describe('toApiError', () => {
  it.each([
    [0, 'errors.network'],
    [401, 'errors.unauthorized'],
    [403, 'errors.forbidden'],
    [404, 'errors.notFound'],
    [409, 'errors.conflict'],
    [413, 'errors.payloadTooLarge'],
    [415, 'errors.unsupportedMediaType'],
    [429, 'errors.tooManyRequests'],
    [503, 'errors.unavailable'],
    [500, 'errors.server'],
    [418, 'errors.unknown'],
  ])('maps status %i to %s', (status, key) => {
    expect(toApiError(failure(status, null)).messageKey).toBe(key);
  });

  it("keeps the server's sentence for input errors, so the person knows what to correct", () => {
    const error = toApiError(
      failure(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: 'property nickname should not exist',
        code: 'VALIDATION_FAILED',
        details: [{ field: 'nickname', message: 'property nickname should not exist' }],
      }),
    );
    expect(error.messageKey).toBe('errors.badRequest');
    expect(error.messageParams).toEqual({ detail: 'property nickname should not exist.' });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details).toEqual([
      { field: 'nickname', message: 'property nickname should not exist' },
    ]);
  });

  it('gives a server failure the request id to quote to support, preferring the echoed one', () => {
    const echoed = toApiError(failure(500, null, { [requestIdHeader]: 'from-server' }), 'sent');
    expect(echoed.messageParams).toEqual({ requestId: 'from-server' });
    expect(toApiError(failure(500, null), 'sent').requestId).toBe('sent');
  });

  it('asks for a reload when the CSRF token is stale', () => {
    const body = { statusCode: 403, error: 'Forbidden', message: 'missing', code: 'AUTH_CSRF' };
    expect(toApiError(failure(403, body)).messageKey).toBe('errors.csrf');
    expect(toApiError(failure(403, { ...body, code: 'PERMISSION_DENIED' })).messageKey).toBe(
      'errors.forbidden',
    );
  });

  it('does not trust a body that is not the API error shape', () => {
    const error = toApiError(failure(502, '<html>Bad gateway</html>'));
    expect(error.body).toBeUndefined();
    expect(error.messageKey).toBe('errors.unavailable');
  });
});

describe('API interceptors', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTestHttp(), provideTestRouter()] });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('adds a fresh request id to every API call', () => {
    http.get('/api/health').subscribe();
    http.get('/api/health').subscribe();
    const [first, second] = backend.match('/api/health');
    const firstId = first.request.headers.get(requestIdHeader);
    expect(firstId).toMatch(/^[\w-]{8,}$/);
    expect(second.request.headers.get(requestIdHeader)).not.toBe(firstId);
    first.flush({});
    second.flush({});
  });

  it('sends no request id or token to other origins', () => {
    http.get('https://example.org/data.json').subscribe();
    const request = backend.expectOne('https://example.org/data.json').request;
    expect(request.headers.has(requestIdHeader)).toBe(false);
    expect(request.headers.has('Authorization')).toBe(false);
  });

  it('turns an API error response into an ApiError carrying the request id', async () => {
    const result = firstValueFrom(http.get('/api/cases/1'));
    const pending = backend.expectOne('/api/cases/1');
    const sentId = pending.request.headers.get(requestIdHeader);
    pending.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Stale version',
        code: 'STALE_VERSION',
        details: [{ message: 'current version', version: 4 }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, messageKey: 'errors.conflict', requestId: sentId });
    expect((error as ApiError).details).toEqual([{ message: 'current version', version: 4 }]);
  });

  it('echoes the CSRF cookie on writes to the API only', () => {
    document.cookie = 'amparo_csrf=csrf-123; path=/';
    http.post('/api/cases', {}).subscribe();
    http.get('/api/cases').subscribe();
    http.post('https://example.org/form', {}).subscribe();
    expect(
      backend.expectOne({ method: 'POST', url: '/api/cases' }).request.headers.get(csrfHeader),
    ).toBe('csrf-123');
    expect(
      backend.expectOne({ method: 'GET', url: '/api/cases' }).request.headers.has(csrfHeader),
    ).toBe(false);
    expect(backend.expectOne('https://example.org/form').request.headers.has(csrfHeader)).toBe(
      false,
    );
    document.cookie = 'amparo_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('turns a network failure into the connection message', async () => {
    const result = firstValueFrom(http.get('/api/cases'));
    backend.expectOne('/api/cases').error(new ProgressEvent('error'));
    await expect(result).rejects.toMatchObject({ status: 0, messageKey: 'errors.network' });
  });
});
