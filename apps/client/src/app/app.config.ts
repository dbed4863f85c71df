import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  type ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, TitleStrategy } from '@angular/router';
import { appRoutes, routerFeatures } from './app.routes';
import { authInterceptor } from './core/auth';
import { apiErrorInterceptor, requestIdInterceptor } from './core/http';
import { TranslatedTitleStrategy } from './core/i18n';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // No zone.js: signals and OnPush drive rendering, which keeps the bundle and the work small.
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, ...routerFeatures),
    { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
    // Order matters: the id is added first, and errors are mapped before the auth interceptor
    // looks at them on the way back.
    provideHttpClient(
      withFetch(),
      withInterceptors([requestIdInterceptor, authInterceptor, apiErrorInterceptor]),
    ),
  ],
};
