import {
  provideHttpClient,
  withFetch,
  withInterceptors,
  withNoXsrfProtection,
} from '@angular/common/http';
import {
  type ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, TitleStrategy } from '@angular/router';
import { appRoutes, routerFeatures } from './app.routes';
import { authInterceptor } from './core/auth';
import { apiErrorInterceptor, csrfInterceptor, requestIdInterceptor } from './core/http';
import { TranslatedTitleStrategy } from './core/i18n';

/**
 * The HTTP pipeline, shared with the tests. Order matters: the request id is set first; errors
 * are mapped to ApiError before the auth interceptor sees them on the way back; the CSRF header
 * is added innermost, read afresh on every attempt, so a request retried after a refresh carries
 * the token that refresh issued (Angular's built-in XSRF interceptor is replaced by ours).
 */
export function appHttpFeatures() {
  return [
    provideHttpClient(
      withFetch(),
      withNoXsrfProtection(),
      withInterceptors([
        requestIdInterceptor,
        authInterceptor,
        apiErrorInterceptor,
        csrfInterceptor,
      ]),
    ),
  ];
}

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // No zone.js: signals and OnPush drive rendering, which keeps the bundle and the work small.
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, ...routerFeatures),
    { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
    ...appHttpFeatures(),
  ],
};
