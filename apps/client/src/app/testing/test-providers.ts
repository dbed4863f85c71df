import { provideHttpClientTesting } from '@angular/common/http/testing';
import type { EnvironmentProviders, Provider } from '@angular/core';
import { provideRouter, type Routes } from '@angular/router';
import { appHttpFeatures } from '../app.config';
import { routerFeatures } from '../app.routes';
import type { LoginResponse, MeResponse } from '../core/auth';

/** Pinned "now" for tests: 2026-03-02 11:00 UTC (06:00 in Lima). */
export const testNow = Date.parse('2026-03-02T11:00:00Z');

/** The app's real HTTP pipeline (all interceptors) over Angular's testing backend. */
export function provideTestHttp(): (Provider | EnvironmentProviders)[] {
  return [...appHttpFeatures(), provideHttpClientTesting()];
}

export function provideTestRouter(routes: Routes = []): EnvironmentProviders {
  return provideRouter(routes, ...routerFeatures);
}

const rosa = {
  id: 'u-1',
  email: 'attorney@lima.example',
  name: 'Rosa Quispe',
  roles: ['attorney' as const],
  organizationId: 'org-lima',
};

export function aLoginResponse(overrides: Partial<LoginResponse> = {}): LoginResponse {
  return {
    accessToken: 'access-abc',
    expiresAt: new Date(testNow + 10 * 60_000).toISOString(),
    refreshToken: 'refresh-abc',
    csrfToken: 'csrf-abc',
    user: rosa,
    ...overrides,
  };
}

export function aMeResponse(overrides: Partial<MeResponse> = {}): MeResponse {
  return {
    user: rosa,
    permissions: ['cases.read', 'deadlines.complete', 'self.manage'],
    mfaEnabled: false,
    mfaEnrolmentRequired: false,
    sessionExpiresAt: new Date(testNow + 12 * 3600_000).toISOString(),
    ...overrides,
  };
}

/** An API error response body as the API's exception filter writes it. */
export function anErrorBody(statusCode: number, code?: string, message = 'Server says no') {
  return { statusCode, error: 'Error', message, ...(code ? { code } : {}) };
}

/** Clears what the app keeps in the browser (language, cookies), between tests. */
export function resetBrowserStorage(): void {
  localStorage.clear();
  sessionStorage.clear();
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0].trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
  document.documentElement.lang = '';
}
