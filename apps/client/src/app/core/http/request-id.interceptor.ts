import type { HttpInterceptorFn } from '@angular/common/http';
import { isApiUrl, requestIdHeader } from './api-url';

/**
 * Tags every API call with an id that the API writes into its logs, so a person reporting a
 * failure can quote the reference shown in the message and support can find that exact request.
 */
export const requestIdInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url) || request.headers.has(requestIdHeader)) return next(request);
  return next(request.clone({ setHeaders: { [requestIdHeader]: newRequestId() } }));
};

export function newRequestId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  // Older browsers on shared office machines: uniqueness per session is all the logs need.
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
