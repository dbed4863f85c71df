import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import type { EnvironmentProviders, Provider } from '@angular/core';
import { provideRouter, type Routes } from '@angular/router';
import { routerFeatures } from '../app.routes';
import { authInterceptor } from '../core/auth';
import type { LoginResponse } from '../core/auth';
import { apiErrorInterceptor, requestIdInterceptor } from '../core/http';

/** Pinned "now" for tests: 2026-03-02 11:00 UTC (06:00 in Lima). */
export const testNow = Date.parse('2026-03-02T11:00:00Z');

/** The real HTTP pipeline (all interceptors) over Angular's testing backend. */
export function provideTestHttp(): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(
      withInterceptors([requestIdInterceptor, authInterceptor, apiErrorInterceptor]),
    ),
    provideHttpClientTesting(),
  ];
}

export function provideTestRouter(routes: Routes = []): EnvironmentProviders {
  return provideRouter(routes, ...routerFeatures);
}

export function aLoginResponse(overrides: Partial<LoginResponse> = {}): LoginResponse {
  return {
    accessToken: 'token-abc',
    expiresAt: new Date(testNow + 8 * 3600_000).toISOString(),
    user: {
      id: 'u-1',
      email: 'attorney@lima.example',
      name: 'Rosa Quispe',
      roles: ['attorney'],
      organizationId: 'org-lima',
    },
    ...overrides,
  };
}

/** Clears the storage that the language and session persist into, between tests. */
export function resetBrowserStorage(): void {
  localStorage.clear();
  sessionStorage.clear();
  document.documentElement.lang = '';
}
