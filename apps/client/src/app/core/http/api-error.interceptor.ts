import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { catchError, throwError } from 'rxjs';
import { toApiError } from './api-error';
import { isApiUrl, requestIdHeader } from './api-url';

/** Every failed API call reaches callers as an `ApiError`, never as a raw HttpErrorResponse. */
export const apiErrorInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url)) return next(request);
  const sentRequestId = request.headers.get(requestIdHeader) ?? undefined;
  return next(request).pipe(
    catchError((error: unknown) =>
      throwError(() =>
        error instanceof HttpErrorResponse ? toApiError(error, sentRequestId) : error,
      ),
    ),
  );
};
